/**
 * Properties of mergeFiles over real files (a few runs: every form is a real workbook):
 * every input is accounted for once, totals are the sum of the units, every figure of the
 * summary workbook is the form cell its provenance names, every filled cell of an accepted
 * form is counted or listed as a conflict (never both, never neither), and the result does
 * not depend on the order the files come in.
 */
import fc from "fast-check";
import { type MergeFile } from "../../src/app/merge";
import { mergeFiles } from "../../src/app/files/merge";
import { parseCell } from "../../src/domain/address";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { SUMMARY_SHEETS, summarySheetName } from "../../src/domain/rollup";
import type { Scalar } from "../../src/domain/sheet";
import { readWorkbookFile } from "../../src/workbook/xlsx";
import { filledForm, type FixtureValue } from "../helpers/forms";
import { propertyRuns } from "../helpers/property";

const PERIOD = "2020-H1";
const UNITS = ["SNV", "STP", "SVHTTDL", "H-VANYEN", "H-TRAMTAU", "TP-YENBAI"];
const KEYS = ["II.2.a/HN", "II.2.a/NG", "II.2.a/TB", "II.2.a/PS"];

type Kind = "good" | "negative" | "wrongPeriod" | "unknownUnit" | "text";

const figure = fc.oneof(
  fc.constant(null),
  fc.nat({ max: 5000 }),
  fc.integer({ min: 0, max: 999 }).map((n) => n / 10),
);

const formSpec = fc.record({
  unit: fc.constantFrom(...UNITS),
  kind: fc.constantFrom<Kind>(
    "good",
    "good",
    "good",
    "good",
    "negative",
    "wrongPeriod",
    "unknownUnit",
    "text",
  ),
  values: fc.tuple(...KEYS.map(() => figure)),
  extra: fc.tuple(...KEYS.map(() => fc.nat({ max: 50 }))),
  day: fc.integer({ min: 1, max: 28 }),
});

async function toFile(
  s: {
    unit: string;
    kind: Kind;
    values: (number | null)[];
    extra: number[];
    day: number;
  },
  i: number,
): Promise<MergeFile & { filled: number }> {
  const values: Record<string, FixtureValue> = {};
  const cumulative: Record<string, FixtureValue> = {};
  KEYS.forEach((k, j) => {
    const v = s.values[j];
    values[k] = v;
    if (v !== null) cumulative[k] = Math.round((v + s.extra[j]) * 10) / 10;
  });
  if (s.kind === "negative") values[KEYS[0]] = -1 - s.extra[0];
  if (s.kind === "text") values[KEYS[1]] = "chưa tổng hợp";
  const bytes = await filledForm({
    unit: s.unit,
    period: s.kind === "wrongPeriod" ? "2020-Q1" : PERIOD,
    unitText: s.kind === "unknownUnit" ? "Phòng Văn hóa huyện" : undefined,
    values,
    cumulative,
    modified: new Date(Date.UTC(2020, 5, s.day, 8, i)),
  });
  const filled =
    Object.values(values).filter((v) => v !== null).length + Object.keys(cumulative).length;
  return { name: `bao-cao-${i + 1}-${s.unit}.xlsx`, bytes: bytes, filled };
}

const cellValue = (bytes: Uint8Array, sheet: string, cell: string): Scalar => {
  const { row, col } = parseCell(cell);
  return readWorkbookFile(bytes).data(sheet).values[row]?.[col] ?? null;
};

const tidy = (n: number) => Number(n.toPrecision(15));

test("every input once; totals = Σ units; summary figures = their form cells; order-free", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(formSpec, { minLength: 1, maxLength: 8 }), async (specs) => {
      const files = await Promise.all(specs.map((s, i) => toFile(s, i)));
      const bytesOf = new Map(files.map((f) => [f.name, f.bytes as Uint8Array]));
      const { json, result, summaryBytes } = await mergeFiles({
        files,
        period: PERIOD,
        plan: plan2020,
        registry: yenBai2020,
      });

      // Every input file in exactly one of accepted, rejected, ignored.
      const placed = [
        ...json.accepted.map((a) => a.file),
        ...json.rejected.map((r) => r.file),
        ...json.duplicates.flatMap((d) => d.ignored),
      ];
      expect([...placed].sort()).toEqual(files.map((f) => f.name).sort());
      // Forms that cannot be attributed are rejected; a bad cell costs only that cell.
      specs.forEach((s, i) => {
        const name = files[i].name;
        if (s.kind === "wrongPeriod" || s.kind === "unknownUnit") {
          expect(json.rejected.map((r) => r.file)).toContain(name);
          return;
        }
        expect(json.rejected.map((r) => r.file)).not.toContain(name);
        const entry = json.accepted.find((a) => a.file === name);
        if (!entry) return; // an older duplicate
        const counted = result.provenance.filter((p) => p.file === name).length;
        expect(counted + entry.conflicts.length).toBe(files[i].filled);
        const cells = entry.conflicts.map((c) => c.cell);
        expect(new Set(cells).size).toBe(cells.length);
        const bad = { negative: KEYS[0], text: KEYS[1] }[s.kind as "negative" | "text"];
        if (bad) expect(entry.conflicts.map((c) => c.key)).toContain(bad);
      });

      // totals == Σ byUnit, key by key.
      const sums: Record<string, number> = {};
      for (const figures of Object.values(json.byUnit))
        for (const [k, v] of Object.entries(figures)) sums[k] = tidy((sums[k] ?? 0) + v);
      expect(json.totals).toEqual(sums);

      // The summary workbook, read back: every figure is the form cell its provenance names.
      const summary = readWorkbookFile(summaryBytes);
      const sources = summary.data(SUMMARY_SHEETS.sources).values.slice(3);
      const rows = sources.filter((r) => typeof r[0] === "number");
      expect(rows).toHaveLength(result.provenance.length);
      for (const [, unit, key, , value, file, sheet, cell] of rows) {
        const bytes = bytesOf.get(String(file))!;
        expect([file, cell, cellValue(bytes, String(sheet), String(cell))]).toEqual([
          file,
          cell,
          value,
        ]);
        const p = result.provenance.find(
          (x) => x.unit === unit && x.key === key && x.cell === cell,
        );
        expect(p?.value).toBe(value);
      }
      // Per unit: the sheet's figures are the provenance values for the period.
      const byUnitSheet = summary.data(SUMMARY_SHEETS.byUnit).values;
      const header = byUnitSheet[2];
      for (const p of result.provenance.filter((x) => x.measure === "period")) {
        const row = byUnitSheet.find((r) => r[1] === p.unit)!;
        expect(row[header.indexOf(p.key)]).toBe(p.value);
      }
      // The printed table: each total is the sum of the period figures behind it.
      const table = summary.data(summarySheetName(PERIOD)).values;
      for (const [key, total] of Object.entries(json.totals)) {
        const [task, ind] = key.split("/");
        const indicator = plan2020.tasks
          .find((t) => t.code === task)!
          .indicators.find((x) => x.code === ind)!;
        // The task code stands on the task's first row; its indicators follow.
        const first = table.findIndex((r) => r[1] === task);
        const line = table.slice(first).find((r) => r[3] === indicator.name);
        const behind = result.provenance
          .filter((p) => p.key === key && p.measure === "period")
          .reduce((s, p) => tidy(s + p.value), 0);
        expect([key, line?.[5]]).toEqual([key, total]);
        expect(total).toBe(behind);
      }

      // Merging again, files in the reverse order, gives the same JSON.
      const again = await mergeFiles({
        files: [...files].reverse(),
        period: PERIOD,
        plan: plan2020,
        registry: yenBai2020,
      });
      expect(JSON.stringify(again.json)).toBe(JSON.stringify(json));
    }),
    propertyRuns(15, 4),
  );
}, 180_000);
