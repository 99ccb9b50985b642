/**
 * Properties of the merge over generated sets of forms (random units incl. duplicates and
 * unknown ones, random values, some bad, some unreadable files). Bad cells are conflicts: each
 * filled figure cell of an accepted form is counted or listed, never both, never neither.
 */
import fc from "fast-check";
import {
  mergeForms,
  parseNumberText,
  planKeys,
  toMergeJson,
  type MergeInput,
  type MergeResult,
} from "../../src/domain/rollup";
import type { Scalar } from "../../src/domain/sheet";
import { cellAddress } from "../../src/domain/address";
import type { FormSource } from "../../src/domain/rollup";
import {
  cellOf,
  expected,
  failedRead,
  formSource,
  plan,
  resolveUnit,
  type RowSpec,
} from "./rollup-fixtures";
import { propertyRuns } from "../helpers/property";

const KEYS = planKeys(plan);
const UNITS = [...expected.map((u) => u.name), "Báo Yên Bái", "UBND huyen Van Yen", "Sở Ma"];
const DAYS = [undefined, new Date("2020-06-01"), new Date("2020-06-02"), new Date("2020-06-03")];

const goodValue: fc.Arbitrary<Scalar> = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 500 }) },
  { weight: 1, arbitrary: fc.nat({ max: 99 }).map((n) => n / 4) },
  { weight: 1, arbitrary: fc.nat({ max: 5000 }).map((n) => n.toLocaleString("de-DE")) }, // "1.234"
  { weight: 1, arbitrary: fc.constant(null) },
);
const badValue: fc.Arbitrary<Scalar> = fc.constantFrom<Scalar>(
  "mười",
  -4,
  "#REF!",
  "#DIV/0!",
  2.5,
  1e308,
  "12345678901234567890",
  new Date("2020-03-01T00:00:00Z"),
);

const rowArb = (key: string): fc.Arbitrary<RowSpec> =>
  fc
    .record({
      value: fc.oneof({ weight: 20, arbitrary: goodValue }, { weight: 2, arbitrary: badValue }),
      extra: fc.nat({ max: 20 }),
      withCum: fc.boolean(),
    })
    .map(({ value, extra, withCum }) => {
      const [task, ind] = key.split("/");
      const flag = ind === "KH" || ind === "CM";
      // Yes/no indicators take 0/1: keep them valid unless the value is one of the bad ones.
      const good =
        typeof value === "number"
          ? value >= 0 && value <= 5000
          : typeof value === "string" && parseNumberText(value) !== null && value.length < 10;
      const v = flag && good && value !== null ? Number(value !== 0 && value !== "0") : value;
      const cum = withCum && typeof v === "number" && v >= 0 ? (flag ? v : v + extra) : null;
      return { task, ind, value: v, cum };
    });

interface Gen {
  kind: "form" | "failed";
  unit: string;
  period: string;
  modified?: Date;
  fileTime?: Date;
  rows: RowSpec[];
}

const formArb: fc.Arbitrary<Gen> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant("form" as const),
      unit: fc.constantFrom(...UNITS),
      period: fc.constantFrom("2020-H1", "2020-H1", "2020-H1", "2020-Q1"),
      modified: fc.constantFrom(...DAYS),
      fileTime: fc.constantFrom(...DAYS),
      rows: fc
        .subarray(KEYS, { minLength: 1 })
        .chain((keys) => fc.tuple(...keys.map(rowArb)))
        .map((rows) => rows as RowSpec[]),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constant<Gen>({ kind: "failed", unit: "", period: "", rows: [] }),
  },
);

const build = (gens: Gen[]): MergeInput[] =>
  gens.map((g, i) => {
    const file = `f${String(i).padStart(2, "0")}.xlsx`;
    if (g.kind === "failed") return failedRead(file, "corrupt", "bad zip");
    return formSource({ file, ...g });
  });

const merge = (inputs: MergeInput[]): MergeResult =>
  mergeForms({ plan, period: "2020-H1", expected, resolveUnit, inputs });

const inputsArb = fc.array(formArb, { minLength: 0, maxLength: 14 }).map(build);
const RUNS = propertyRuns(150, 50);

test("every input file is in exactly one of accepted, rejected or a duplicate's ignored", () => {
  fc.assert(
    fc.property(inputsArb, (inputs) => {
      const json = toMergeJson(merge(inputs));
      const placed = [
        ...json.accepted.map((a) => a.file),
        ...json.rejected.map((r) => r.file),
        ...json.duplicates.flatMap((d) => d.ignored),
      ].sort();
      expect(placed).toEqual(inputs.map((i) => i.file).sort());
      // One accepted form per unit; the kept file of a duplicate is the accepted one.
      const units = json.accepted.map((a) => a.unit);
      expect(new Set(units).size).toBe(units.length);
      for (const d of json.duplicates) {
        expect(json.accepted.find((a) => a.unit === d.unit)?.file).toBe(d.kept);
      }
      // Missing = expected units without an accepted form.
      expect(json.missing).toEqual(expected.map((u) => u.name).filter((n) => !units.includes(n)));
    }),
    RUNS,
  );
});

test("totals equal the sum of byUnit, key by key", () => {
  fc.assert(
    fc.property(inputsArb, (inputs) => {
      const r = merge(inputs);
      const keys = new Set(Object.values(r.byUnit).flatMap((f) => Object.keys(f)));
      expect(Object.keys(r.totals).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const sum = Object.values(r.byUnit).reduce((s, f) => s + (f[key] ?? 0), 0);
        expect(r.totals[key]).toBeCloseTo(sum, 9);
      }
      for (const key of Object.keys(r.cumulative)) {
        const sum = Object.values(r.cumulativeByUnit).reduce((s, f) => s + (f[key] ?? 0), 0);
        expect(r.cumulative[key]).toBeCloseTo(sum, 9);
      }
      expect(Object.keys(r.byUnit).sort()).toEqual(r.accepted.map((a) => a.unit).sort());
    }),
    RUNS,
  );
});

test("each figure in provenance equals the source cell it names, and every figure has one", () => {
  fc.assert(
    fc.property(inputsArb, (inputs) => {
      const r = merge(inputs);
      const byFile = new Map(inputs.map((i) => [i.file, i]));
      for (const p of r.provenance) {
        const source = byFile.get(p.file);
        if (!source || "error" in source) throw new Error(`provenance names ${p.file}`);
        const raw = cellOf(source, p.sheet, p.cell);
        const expectedValue = typeof raw === "string" ? parseNumberText(raw) : raw;
        expect(p.value).toBe(expectedValue);
        const figures = p.measure === "period" ? r.byUnit : r.cumulativeByUnit;
        expect(figures[p.unit][p.key]).toBe(p.value);
      }
      const figureCount = Object.values(r.byUnit).reduce((n, f) => n + Object.keys(f).length, 0);
      expect(r.provenance.filter((p) => p.measure === "period")).toHaveLength(figureCount);
    }),
    RUNS,
  );
});

test("merging twice, or in another order, gives the same JSON", () => {
  fc.assert(
    fc.property(
      inputsArb,
      fc.array(fc.double({ noNaN: true }), { minLength: 14, maxLength: 14 }),
      (inputs, keys) => {
        const once = JSON.stringify(toMergeJson(merge(inputs)));
        expect(JSON.stringify(toMergeJson(merge(inputs)))).toBe(once);
        const shuffled = inputs
          .map((input, i) => ({ input, k: keys[i] }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.input);
        expect(JSON.stringify(toMergeJson(merge(shuffled)))).toBe(once);
      },
    ),
    RUNS,
  );
});

/** The filled figure cells (period F, cumulative G) of a generated form, as "'Báo cáo'!F7". */
function filledCells(source: FormSource): string[] {
  const data = source.data("Báo cáo");
  const out: string[] = [];
  for (let r = 6; r < data.values.length; r++) {
    for (const c of [5, 6]) {
      const v = data.values[r]?.[c] ?? null;
      if (v === null || v === "" || v === "-") continue;
      out.push(`'Báo cáo'!${cellAddress(r, c)}`);
    }
  }
  return out.sort();
}

test("each filled cell of an accepted form is counted or a conflict, never both, never neither", () => {
  fc.assert(
    fc.property(inputsArb, (inputs) => {
      const r = merge(inputs);
      const json = toMergeJson(r);
      for (const a of r.accepted) {
        const source = inputs.find((i) => i.file === a.file);
        if (!source || "error" in source) throw new Error(`accepted ${a.file} is no form`);
        const counted = r.provenance
          .filter((p) => p.file === a.file)
          .map((p) => `'${p.sheet}'!${p.cell}`);
        const listed = a.conflicts.map((c) => `'${c.sheet}'!${c.cell}`);
        expect([...counted, ...listed].sort()).toEqual(filledCells(source));
        // Every conflict is in the JSON with its address and a reason.
        const entry = json.accepted.find((x) => x.file === a.file)!;
        expect(entry.conflicts.map((c) => c.cell).sort()).toEqual([...listed].sort());
        expect(entry.conflicts.every((c) => c.reason.length > 0)).toBe(true);
      }
      // Nothing beyond sense reaches the figures.
      for (const v of [...Object.values(r.totals), ...Object.values(r.cumulative)]) {
        expect(Number.isFinite(v) && v <= 1e9 * 14).toBe(true);
      }
    }),
    RUNS,
  );
});
