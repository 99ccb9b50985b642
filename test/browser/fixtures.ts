/**
 * Workbooks the task pane tests open, made by the project's own builders and then edited the
 * way a user would: report forms with numbers typed in, a task matrix with agencies misspelled.
 */
import { reportFormFile } from "../../src/app/files/forms";
import { matrixFile } from "../../src/app/files/matrix";
import { FORM_ROWS, FORM_SHEET, columnOf } from "../../src/domain/forms";
import { MATRIX_SHEET, HEADER_ROW } from "../../src/domain/matrix";
import { plan2020 } from "../../src/domain/plan";
import { expectedReporters, yenBai2020 } from "../../src/domain/registry";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  DEFAULT_SETTINGS as DEFAULT_DEADLINES,
} from "../../src/domain/schedule";
import { buildTrackingEdit } from "../../src/domain/tracking";
import { encodeTcvn3, encodeVni, stripDiacritics } from "../../src/domain/text";
import { cellAddress } from "../../src/domain/address";
import type { Scalar } from "../../src/domain/sheet";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

const agency = (name: string) => {
  const a = yenBai2020.agencies.find((x) => x.name === name);
  if (!a) throw new Error(`No agency ${name}`);
  return a;
};

export interface FilledForm {
  name: string;
  bytes: Uint8Array;
  /** "II.2.a|Hội nghị…" (task code | indicator name) -> the number typed. */
  figures: Map<string, number>;
}

/** A blank form from the form builder, with `value(i)` typed into the i-th figure row. */
export async function filledForm(
  unitName: string,
  period: string,
  fileName: string,
  value: (i: number) => number,
): Promise<FilledForm> {
  const blank = await reportFormFile({ plan: plan2020, unit: agency(unitName), period });
  const wb = await XlsxWorkbook.load(blank);
  const [sheet] = await wb.read([{ sheet: FORM_SHEET }]);
  const figures = new Map<string, number>();
  const blocks: { at: string; values: Scalar[][] }[] = [];
  let task: string | null = null;
  let i = 0;
  for (let r = FORM_ROWS.firstData - 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const code = row[columnOf("task")];
    if (typeof code === "string" && code) task = code;
    const indicator = row[columnOf("indicatorName")];
    if (!task || typeof row[columnOf("indicator")] !== "string" || typeof indicator !== "string")
      continue;
    const unit = row[columnOf("unit")];
    // Yes/no indicators take 1 (có) or 0.
    const v = typeof unit === "string" && unit.includes("1 có") ? i % 2 : value(i);
    i++;
    figures.set(`${task}|${indicator}`, v);
    blocks.push({ at: cellAddress(r, columnOf("period")), values: [[v]] });
  }
  if (figures.size === 0) throw new Error(`No figure rows on ${unitName}'s form`);
  await wb.apply({ sheets: [{ name: FORM_SHEET, mode: "update", blocks }] });
  return { name: fileName, bytes: await wb.toBuffer(), figures };
}

/** The sum per task|indicator over several forms. */
export function sumFigures(forms: FilledForm[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const f of forms) for (const [k, v] of f.figures) total.set(k, (total.get(k) ?? 0) + v);
  return total;
}

/** task|indicator -> period total, read from the summary sheet's table (header on row 9). */
export function summaryTotals(values: Scalar[][], headerRow: number): Map<string, number> {
  const out = new Map<string, number>();
  let task: string | null = null;
  for (let r = headerRow; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((v) => v === null || v === "")) break;
    if (typeof row[1] === "string" && row[1]) task = row[1];
    const indicator = row[3];
    if (task && typeof indicator === "string" && typeof row[5] === "number") {
      out.set(`${task}|${indicator}`, row[5]);
    }
  }
  return out;
}

export interface Misspelling {
  cell: string;
  /** What the test typed. */
  typed: string;
  /** The registry's spelling the fix must write. */
  expected: string;
}

/**
 * The task matrix from the matrix builder with three lead-agency cells retyped: in TCVN3 bytes,
 * in VNI bytes and without diacritics. Each cell chosen holds exactly one registry name.
 */
export async function misspelledMatrix(): Promise<{ bytes: Uint8Array; typos: Misspelling[] }> {
  const wb = await XlsxWorkbook.load(await matrixFile({ plan: plan2020, registry: yenBai2020 }));
  const [sheet] = await wb.read([{ sheet: MATRIX_SHEET }]);
  const header = sheet.values[HEADER_ROW - 1] ?? [];
  const lead = header.indexOf("Cơ quan chủ trì");
  if (lead < 0) throw new Error("The matrix has no lead column");
  const names = new Set(yenBai2020.agencies.map((a) => a.name));
  const candidates: { row: number; name: string }[] = [];
  for (let r = HEADER_ROW; r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[lead];
    if (typeof v === "string" && names.has(v)) candidates.push({ row: r, name: v });
  }
  // Three different agencies, so each spelling is checked against its own name.
  const picked: { row: number; name: string }[] = [];
  for (const c of candidates) {
    if (!picked.some((p) => p.name === c.name)) picked.push(c);
    if (picked.length === 3) break;
  }
  if (picked.length < 3) throw new Error("Fewer than three single-agency lead cells");
  const spell = [encodeTcvn3, encodeVni, stripDiacritics];
  const typos = picked.map((p, i) => ({
    cell: cellAddress(p.row, lead),
    typed: spell[i](p.name),
    expected: p.name,
  }));
  await wb.apply({
    sheets: [
      {
        name: MATRIX_SHEET,
        mode: "update",
        blocks: typos.map((t) => ({ at: t.cell, values: [[t.typed]] })),
      },
    ],
  });
  return { bytes: await wb.toBuffer(), typos };
}

/**
 * A tracking workbook (app/track.ts) whose reference date is fixed, with the received dates of
 * 2020-Q1 and 2020-H1 filled for every reporter but `late`.
 */
export async function trackingWorkbook(today: string, late: string[]): Promise<Uint8Array> {
  const reporters = expectedReporters(yenBai2020).map((a) => ({ code: a.code, name: a.name }));
  for (const name of late) agency(name);
  const received: Record<string, Record<string, string>> = {};
  for (const r of reporters) {
    received[r.name] = { "2020-Q1": "2020-03-02" };
    if (!late.includes(r.name)) received[r.name]["2020-H1"] = "2020-06-03";
  }
  const wb = XlsxWorkbook.create();
  await wb.apply(
    buildTrackingEdit({
      year: 2020,
      reporters,
      schedule: DEFAULT_SCHEDULE,
      holidays: DEFAULT_HOLIDAYS,
      settings: DEFAULT_DEADLINES,
      today,
      received,
    }),
  );
  return wb.toBuffer();
}
