/**
 * Real filled report forms for tests: the contract 5.1 form as `cchc forms` writes it
 * (src/app/forms.ts), loaded with the file adapter, the unit's figures typed in with an
 * "update" edit, saved again. Options make the bad variants people send back: a unit typed
 * another way, the wrong period, text or errors in number cells, a renamed sheet, merged
 * cells, a validation over a whole column, and anything else through a raw ExcelJS hook.
 */
import type * as ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { reportFormFile } from "../../src/app/files/forms";
import { columnOf, FORM_ROWS, FORM_SHEET, formLines } from "../../src/domain/forms";
import { plan2020 } from "../../src/domain/plan";
import type { Plan } from "../../src/domain/plan/types";
import { yenBai2020, type Agency, type Registry } from "../../src/domain/registry";
import { figureKey } from "../../src/domain/rollup";
import { cellAddress } from "../../src/domain/address";
import type { Cell } from "../../src/domain/sheet";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

/** What a figure cell may hold in a fixture. */
export type FixtureValue =
  number | string | null | { formula: string; result?: number | string } | { error: string };

export interface FilledFormSpec {
  /** Registry name or code of the unit the form is made for. */
  unit: string;
  period: string;
  plan?: Plan;
  registry?: Registry;
  /** "Kết quả kỳ báo cáo" by key ("II.2.a/HN"). */
  values?: Record<string, FixtureValue>;
  /** "Lũy kế từ đầu năm" by key. */
  cumulative?: Record<string, FixtureValue>;
  /** "Tình trạng" by key (topic rows are keyed by the task code alone). */
  status?: Record<string, string>;
  /** "Ghi chú" by key. */
  notes?: Record<string, string>;
  /** Text typed in the unit cell (DonVi) instead of the registry name. */
  unitText?: string;
  /** Text typed in the period cell (KyBaoCao) instead of the code. */
  periodText?: string;
  /** The workbook's own "modified" time (docProps/core.xml). */
  modified?: Date;
  /** Anything else, done with ExcelJS on the filled form before it is saved. */
  edit?: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void;
  /** Last touch on the saved package: the form sheet's XML (what ExcelJS cannot write). */
  sheetXml?: (xml: string) => string;
}

export function agencyOf(unit: string, registry: Registry = yenBai2020): Agency {
  const a = registry.agencies.find((x) => x.code === unit || x.name === unit);
  if (!a) throw new Error(`No agency "${unit}" in the registry`);
  return a;
}

/** The keys of a unit's form, in row order ("II.2.a/HN"; a topic row by its task code). */
export function formKeys(unit: string, plan: Plan = plan2020, registry = yenBai2020): string[] {
  return formLines(plan, agencyOf(unit, registry)).map((l) =>
    figureKey(l.task.code, l.indicator?.code),
  );
}

/** The keys of a unit's form that take a count (figures that add up). */
export function countKeys(unit: string, plan: Plan = plan2020, registry = yenBai2020): string[] {
  return formLines(plan, agencyOf(unit, registry))
    .filter((l) => l.indicator?.kind === "count")
    .map((l) => figureKey(l.task.code, l.indicator!.code));
}

/** 1-based sheet row of a key on the unit's form. */
export function rowOf(unit: string, key: string, plan: Plan = plan2020, registry = yenBai2020) {
  const i = formKeys(unit, plan, registry).indexOf(key);
  if (i < 0) throw new Error(`The form of ${unit} has no row ${key}`);
  return FORM_ROWS.firstData + i;
}

/** A1 address of a key's cell in a column of the form ("period", "cumulative", "note"…). */
export function cellOf(
  unit: string,
  key: string,
  column: "period" | "cumulative" | "status" | "note" = "period",
  plan: Plan = plan2020,
  registry: Registry = yenBai2020,
): string {
  return cellAddress(rowOf(unit, key, plan, registry) - 1, columnOf(column));
}

const templates = new Map<string, Promise<Uint8Array>>();

/** The blank form of a unit and period, made once per test file. */
export function blankForm(unit: string, period: string, plan = plan2020, registry = yenBai2020) {
  const key = `${plan.id}|${unit}|${period}`;
  let t = templates.get(key);
  if (!t) {
    t = reportFormFile({
      plan,
      unit: agencyOf(unit, registry),
      period,
      created: "2020-05-20T08:00:00Z",
    });
    templates.set(key, t);
  }
  return t;
}

/** Port cells for the values the adapter can write; ExcelJS-only values go through the hook. */
function portCell(v: FixtureValue): Cell | undefined {
  if (v === null || typeof v === "number" || typeof v === "string") return v;
  return undefined;
}

function excelValue(v: FixtureValue): ExcelJS.CellValue {
  if (v !== null && typeof v === "object" && "formula" in v) {
    const body = v.formula.replace(/^=/, "");
    return v.result === undefined
      ? ({ formula: body } as ExcelJS.CellFormulaValue)
      : ({ formula: body, result: v.result } as ExcelJS.CellFormulaValue);
  }
  if (v !== null && typeof v === "object" && "error" in v) {
    return { error: v.error } as ExcelJS.CellErrorValue;
  }
  return v;
}

/** A filled form as .xlsx bytes. */
export async function filledForm(spec: FilledFormSpec): Promise<Uint8Array> {
  const plan = spec.plan ?? plan2020;
  const registry = spec.registry ?? yenBai2020;
  const wb = await XlsxWorkbook.load(await blankForm(spec.unit, spec.period, plan, registry));
  const blocks: { at: string; values: Cell[][] }[] = [];
  const raw: { at: string; value: FixtureValue }[] = [];
  const put = (at: string, v: FixtureValue) => {
    const cell = portCell(v);
    if (cell === undefined) raw.push({ at, value: v });
    else blocks.push({ at, values: [[cell]] });
  };
  const columns = [
    ["period", spec.values],
    ["cumulative", spec.cumulative],
    ["status", spec.status],
    ["note", spec.notes],
  ] as const;
  for (const [column, map] of columns) {
    for (const [key, v] of Object.entries(map ?? {})) {
      put(cellOf(spec.unit, key, column, plan, registry), v);
    }
  }
  if (spec.unitText !== undefined) put(cellAddress(FORM_ROWS.unit - 1, 2), spec.unitText);
  if (spec.periodText !== undefined) put(cellAddress(FORM_ROWS.period - 1, 2), spec.periodText);
  if (blocks.length) await wb.apply({ sheets: [{ name: FORM_SHEET, mode: "update", blocks }] });
  const ws = wb.workbook.getWorksheet(FORM_SHEET)!;
  for (const { at, value } of raw) ws.getCell(at).value = excelValue(value);
  spec.edit?.(wb.workbook, ws);
  let bytes = await wb.toBuffer();
  if (spec.sheetXml) bytes = patchPart(bytes, "xl/worksheets/sheet1.xml", spec.sheetXml);
  return spec.modified ? setModified(bytes, spec.modified) : bytes;
}

/** The same package with one part's text changed. */
export function patchPart(xlsx: Uint8Array, part: string, change: (xml: string) => string) {
  const files = unzipSync(xlsx);
  if (!files[part]) throw new Error(`The package has no part ${part}`);
  files[part] = strToU8(change(strFromU8(files[part])));
  return zipSync(files, { level: 6 });
}

/** A data validation over whole columns (sqref "H:H"), added to the sheet's validations. */
export function wholeColumnValidation(sqref: string) {
  const rule =
    `<dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" ` +
    `showErrorMessage="1" sqref="${sqref}"><formula1>0</formula1></dataValidation>`;
  return (xml: string): string => {
    const m = /<dataValidations count="(\d+)">/.exec(xml);
    if (!m) throw new Error("The sheet has no data validations to add to");
    return xml.replace(m[0], `<dataValidations count="${Number(m[1]) + 1}">${rule}`);
  };
}

/** The same package with docProps/core.xml's dcterms:modified set (ExcelJS stamps "now"). */
export function setModified(xlsx: Uint8Array, when: Date): Uint8Array {
  const files = unzipSync(xlsx);
  const part = "docProps/core.xml";
  const xml = strFromU8(files[part]);
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, "Z");
  const next = xml.replace(
    /(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/,
    (_, a: string, b: string) => `${a}${stamp}${b}`,
  );
  if (next === xml) throw new Error("core.xml has no modified time");
  files[part] = strToU8(next);
  return zipSync(files, { level: 6 });
}

/**
 * A form rebuilt by hand: a plain sheet with the labels and the contract's header texts, no
 * table BaoCao, no names, no _cchc sheet.
 */
export async function handBuiltForm(spec: {
  unit: string;
  period: string;
  sheetName?: string;
  rows: { task: string; indicator?: string; value?: number | string | null; status?: string }[];
}): Promise<Uint8Array> {
  const rows: Cell[][] = [
    ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN CCHC"],
    [],
    ["Đơn vị:", spec.unit],
    ["Kỳ báo cáo:", spec.period],
    [],
    ["STT", "Mã nhiệm vụ", "Mã chỉ tiêu", "Kết quả kỳ báo cáo", "Tình trạng"],
    ...spec.rows.map((r, i) => [
      i + 1,
      r.task,
      r.indicator ?? null,
      r.value ?? null,
      r.status ?? null,
    ]),
  ];
  const wb = XlsxWorkbook.create();
  await wb.apply({
    sheets: [
      { name: spec.sheetName ?? "Sheet1", mode: "create", blocks: [{ at: "A1", values: rows }] },
    ],
  });
  return wb.toBuffer();
}

/** A workbook that is not a form: a sheet of notes. */
export async function notAForm(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply({
    sheets: [
      {
        name: "Ghi chép",
        mode: "create",
        blocks: [{ at: "A1", values: [["Danh sách cán bộ dự tập huấn"], ["Nguyễn Văn A", 1980]] }],
      },
    ],
  });
  return wb.toBuffer();
}

/** A workbook with one empty sheet. */
export async function emptyWorkbook(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply({ sheets: [{ name: "Sheet1", mode: "create" }] });
  return wb.toBuffer();
}

/**
 * The hostile form of issue 13: a sheet with a unit label and 40 hidden sheets each holding
 * only A1 and B1000000 (two million grid cells a sheet, in some 21 KB).
 */
export async function hostileForm(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  wb.workbook.addWorksheet("Báo cáo").getCell("A1").value = "Đơn vị: Sở Nội vụ";
  for (let i = 1; i <= 40; i++) {
    const ws = wb.workbook.addWorksheet(`Ẩn ${i}`, { state: "hidden" });
    ws.getCell("A1").value = i;
    ws.getCell("B1000000").value = i;
  }
  return wb.toBuffer();
}
