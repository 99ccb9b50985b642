/**
 * The provincial summary as a workbook edit (data only; an adapter writes it). The first
 * sheet is the table to print; the others explain it: per unit, missing units, rejected
 * files, and where every figure came from. Text from forms (file names, unit names, reasons)
 * is written as plain values, never as formulas.
 */
import { cellAddress, rangeAddress } from "../address";
import { translator, type Lang, type T } from "../../i18n";
import type { Indicator, Plan } from "../plan/types";
import type { Cell, CellFormat, RangeFormat, SheetEdit, WorkbookEdit } from "../sheet";
import { fitColumns, printablePx, totalPx } from "../print/columns";
import { officialPageLayout, type Orientation } from "../print/layout";
import { rowHeightFor, wrappedLines } from "../print/metrics";
import { renderReasons } from "./json";
import { planKeys, figureKey } from "./rows";
import type { MergeResult } from "./types";
import { CONFLICT_SHEET, conflictSheet } from "./conflictSheet";

export const SUMMARY_SHEETS = {
  byUnit: "Theo đơn vị",
  missing: "Đơn vị chưa nộp",
  rejected: "Tệp bị từ chối",
  sources: "Nguồn số liệu",
  conflicts: CONFLICT_SHEET,
} as const;

/** "Tổng hợp 2020-H1", made safe for Excel: ≤ 31 characters, none of []:*?/\ . */
export function summarySheetName(period: string): string {
  const name = `Tổng hợp ${period}`.normalize("NFC").replace(/[[\]:*?/\\]/g, "-");
  return name
    .slice(0, 31)
    .replace(/^'+|'+$/g, "")
    .trim();
}

export interface SummaryOptions {
  plan: Plan;
  lang?: Lang;
  /** A title line above the table (two rows above it); needs tableTopRow ≥ 3. */
  title?: string;
  /** 1-based row of the first sheet's header row; rows above are left for the print header. */
  tableTopRow?: number;
}

/** Where the printable table is, for print setup (repeat its header row on every page). */
export interface SummaryLayout {
  sheet: string;
  /** Header row and data rows, e.g. "A6:G40". */
  tableRange: string;
  /** The header row as print titles, e.g. "$6:$6". */
  headerRows: string;
  /** Number of columns of the table (A…). */
  columns: number;
}

export interface SummaryEdit extends WorkbookEdit {
  summary: SummaryLayout;
}

const FONT = "Times New Roman";

/**
 * Widths (Excel units) the summary table asks for before print setup fits them to A4: STT, task
 * code, task, indicator, unit, period total, cumulative. "Chuẩn bị in" fits the same widths.
 */
export const SUMMARY_COLUMN_WIDTHS: readonly number[] = [5, 10, 40, 36, 14, 14, 14];

const HEADER: CellFormat = {
  bold: true,
  hAlign: "center",
  vAlign: "middle",
  wrap: true,
  border: true,
};
const CAPTION: CellFormat = { bold: true, fontSize: 13 };

/**
 * Row heights for wrapped text: Excel does not autofit rows whose text sits in merged cells,
 * and LibreOffice keeps the default height on import, so long task names would be cut off.
 * The one estimate of domain/print/metrics on these column widths (print setup may refit them).
 */
function linesIn(v: Cell, widthChars: number, sizePt: number, bold: boolean): number {
  return typeof v === "string" ? wrappedLines(v, sizePt, bold, [widthChars], 0) : 1;
}
function heightOf(row: Cell[], widths: number[], sizePt: number, bold = false): number {
  const lines = Math.max(1, ...row.map((v, c) => linesIn(v, widths[c] ?? 10, sizePt, bold)));
  return rowHeightFor(lines, sizePt);
}
/** Heights keyed by 1-based row for `rows` written from 0-based row `first`. */
function heights(rows: Cell[][], first: number, widths: number[], sizePt: number, bold = false) {
  const out: Record<number, number> = {};
  rows.forEach((r, i) => (out[first + i + 1] = heightOf(r, widths, sizePt, bold)));
  return out;
}

const numberFormat = (n: number | null): string =>
  n !== null && !Number.isInteger(n) ? "#,##0.00" : "#,##0";

/** Per-cell number formats for a column of figures. */
function figureFormats(col: number, firstRow: number, values: (number | null)[]): RangeFormat[] {
  return values.flatMap((v, i) =>
    v !== null && !Number.isInteger(v)
      ? [{ range: cellAddress(firstRow + i, col), format: { numberFormat: numberFormat(v) } }]
      : [],
  );
}

function firstSheet(result: MergeResult, options: SummaryOptions, t: T) {
  const name = summarySheetName(result.period);
  const top = (options.tableTopRow ?? (options.title ? 3 : 1)) - 1; // 0-based
  if (!Number.isInteger(top) || top < 0)
    throw new RangeError("tableTopRow must be a whole number ≥ 1");
  if (options.title && top < 2) throw new RangeError("a title needs tableTopRow ≥ 3");

  const header = [
    "stt",
    "taskCode",
    "content",
    "indicator",
    "measureUnit",
    "periodTotal",
    "cumulative",
  ].map((k) => t(`merge.summary.col.${k}`));
  const widths = [...SUMMARY_COLUMN_WIDTHS];
  const rows: Cell[][] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = { [top + 1]: heightOf(header, widths, 12, true) };
  let stt = 0;
  for (const task of options.plan.tasks) {
    if (task.indicators.length === 0) continue;
    stt += 1;
    const first = top + 1 + rows.length;
    const n = task.indicators.length;
    // The merged task cells' text shares the height of the task's rows.
    const shared = rowHeightFor(linesIn(task.title, widths[2], 12, false), 12) / n;
    task.indicators.forEach((ind, j) => {
      const own = heightOf([null, null, null, ind.name, ind.unit], widths, 12);
      rowHeights[first + j + 1] = Math.ceil(Math.max(own, shared) * 4) / 4;
      const key = figureKey(task.code, ind.code);
      rows.push([
        j === 0 ? stt : null,
        j === 0 ? task.code : null,
        j === 0 ? task.title : null,
        ind.name,
        unitOf(ind, t),
        result.totals[key] ?? null,
        result.cumulative[key] ?? null,
      ]);
    });
    if (task.indicators.length > 1) {
      const last = first + task.indicators.length - 1;
      for (const c of [0, 1, 2])
        merges.push(rangeAddress({ top: first, bottom: last, left: c, right: c }));
    }
  }
  const bottom = top + rows.length;
  const width = header.length;
  const tableRange = rangeAddress({ top, bottom, left: 0, right: width - 1 });
  const body = rows.length
    ? rangeAddress({ top: top + 1, bottom, left: 0, right: width - 1 })
    : null;

  const blocks = [{ at: cellAddress(top, 0), values: [header, ...rows] }];
  const formats: RangeFormat[] = [
    { range: tableRange, format: { fontName: FONT, fontSize: 12, border: true } },
    { range: rangeAddress({ top, bottom: top, left: 0, right: width - 1 }), format: HEADER },
  ];
  if (body) {
    formats.push({ range: body, format: { vAlign: "middle", wrap: true } });
    formats.push({
      range: rangeAddress({ top: top + 1, bottom, left: 5, right: 6 }),
      format: { numberFormat: "#,##0", hAlign: "right" },
    });
    formats.push({
      range: rangeAddress({ top: top + 1, bottom, left: 0, right: 1 }),
      format: { hAlign: "center" },
    });
    for (const col of [5, 6]) {
      formats.push(
        ...figureFormats(
          col,
          top + 1,
          rows.map((r) => r[col] as number | null),
        ),
      );
    }
  }
  if (options.title) {
    const at = top - 2;
    blocks.unshift({ at: cellAddress(at, 0), values: [[options.title]] });
    const titleWidth = widths.reduce((a, b) => a + b, 0);
    rowHeights[at + 1] = rowHeightFor(linesIn(options.title, titleWidth, 14, true), 14);
    merges.push(rangeAddress({ top: at, bottom: at, left: 0, right: width - 1 }));
    formats.push({
      range: cellAddress(at, 0),
      format: { fontName: FONT, bold: true, fontSize: 14, hAlign: "center", wrap: true },
    });
  }

  const sheet: SheetEdit = {
    name,
    mode: "replace",
    position: 0,
    activate: true,
    blocks,
    formats,
    merges,
    columns: widths.map((w, index) => ({ index, width: w })),
    rowHeights,
    freeze: { rows: top + 1, columns: 0 },
  };
  const layout: SummaryLayout = {
    sheet: name,
    tableRange,
    headerRows: `$${top + 1}:$${top + 1}`,
    columns: width,
  };
  return { sheet, layout };
}

/**
 * Page setup of the sheets that explain the summary: A4 in `orientation` with the decree's
 * margins and page numbers, the table's header rows repeated on every page. No official header
 * block: these are working lists, not the document that is signed.
 */
function listPageLayout(orientation: Orientation, headerRows: string, fitToWidth = true) {
  return { ...officialPageLayout({ orientation, titleRows: headerRows }), fitToWidth };
}

/** The narrowest a fitted column gets: "STT" in bold on one line. */
const MIN_FITTED_WIDTH = 5;

/** Widths as asked when they fit the page's printable width, else scaled down to fit it. */
function fittedWidths(widths: number[], orientation: Orientation): number[] {
  if (totalPx(widths) <= printablePx(orientation)) return widths;
  return fitColumns(widths, orientation, { minWidth: MIN_FITTED_WIDTH });
}

/**
 * A plain listing sheet: caption on row 1, header on row 3 (repeated on every printed page),
 * data below; its columns fitted to the width of an A4 page in `orientation`.
 */
function listSheet(
  name: string,
  position: number,
  caption: string,
  header: string[],
  rows: Cell[][],
  wanted: number[],
  orientation: Orientation,
  t: T,
  extraFormats: RangeFormat[] = [],
): SheetEdit {
  const widths = fittedWidths(wanted, orientation);
  const data = rows.length ? rows : [[null, t("merge.summary.none")]];
  const bottom = 2 + data.length;
  return {
    name,
    mode: "replace",
    position,
    blocks: [
      { at: "A1", values: [[caption]], format: CAPTION },
      { at: "A3", values: [header, ...data] },
    ],
    formats: [
      {
        range: rangeAddress({ top: 2, bottom, left: 0, right: header.length - 1 }),
        format: { border: true, vAlign: "top", wrap: true },
      },
      {
        range: rangeAddress({ top: 2, bottom: 2, left: 0, right: header.length - 1 }),
        format: HEADER,
      },
      ...extraFormats,
    ],
    columns: widths.map((width, index) => ({ index, width })),
    rowHeights: { ...heights([header], 2, widths, 11, true), ...heights(data, 3, widths, 11) },
    freeze: { rows: 3, columns: 0 },
    pageLayout: listPageLayout(orientation, "$3:$3"),
  };
}

/**
 * The unit a figure is counted in. A yes/no indicator counts units that answered "có": the
 * total is their number, and each unit's own row holds 1 or 0 of them.
 */
function unitOf(ind: Indicator, t: T): string {
  return ind.kind === "flag" ? t("merge.summary.flagUnit") : ind.unit;
}

function byUnitSheet(result: MergeResult, plan: Plan, t: T): SheetEdit {
  const keys = planKeys(plan);
  const names = new Map(
    plan.tasks.flatMap((task) =>
      task.indicators.map((i) => [figureKey(task.code, i.code), `${i.name} (${unitOf(i, t)})`]),
    ),
  );
  const fileOf = new Map(result.accepted.map((a) => [a.unitCode, a.file]));
  const lead = ["stt", "unit", "state", "file"].map((k) => t(`merge.summary.col.${k}`));
  const tail = ["done", "rows", "completion"].map((k) => t(`merge.summary.col.${k}`));
  const header: Cell[] = [...lead, ...keys, ...tail];
  const subHeader: Cell[] = [
    null,
    null,
    null,
    null,
    ...keys.map((k) => names.get(k) ?? null),
    null,
    null,
    null,
  ];

  const rows: Cell[][] = [];
  for (const c of result.completion) {
    const figures = result.byUnit[c.unit] ?? {};
    rows.push([
      rows.length + 1,
      c.unit,
      t("merge.summary.state.submitted"),
      fileOf.get(c.unitCode) ?? null,
      ...keys.map((k) => figures[k] ?? null),
      c.done,
      c.rows,
      c.rows ? c.percent / 100 : null,
    ]);
  }
  for (const m of result.missing) {
    rows.push([
      rows.length + 1,
      m.name,
      t("merge.summary.state.missing"),
      null,
      ...keys.map(() => null),
      null,
      null,
      null,
    ]);
  }
  rows.push([
    null,
    t("merge.summary.total"),
    null,
    null,
    ...keys.map((k) => result.totals[k] ?? null),
    null,
    null,
    null,
  ]);

  const width = header.length;
  // Narrow figure columns: more indicators on each page across (the units repeat on every one).
  const widths = [5, 30, 10, 18, ...keys.map(() => 10), ...tail.map(() => 10)];
  const top = 2; // header row (0-based), caption on row 0
  const bottom = top + 1 + rows.length;
  const firstKey = lead.length;
  const lastKey = firstKey + keys.length - 1;
  const completionCol = width - 1;
  const formats: RangeFormat[] = [
    {
      range: rangeAddress({ top, bottom, left: 0, right: width - 1 }),
      // Wrapped: a long unit name stays whole in its column (the rows are sized for it).
      format: { border: true, vAlign: "middle", wrap: true },
    },
    { range: rangeAddress({ top, bottom: top + 1, left: 0, right: width - 1 }), format: HEADER },
    {
      range: rangeAddress({ top: bottom, bottom, left: 0, right: width - 1 }),
      format: { bold: true },
    },
    {
      range: rangeAddress({ top: top + 2, bottom, left: completionCol, right: completionCol }),
      format: { numberFormat: "0.0%" },
    },
  ];
  if (keys.length) {
    formats.push({
      range: rangeAddress({ top: top + 2, bottom, left: firstKey, right: lastKey }),
      format: { numberFormat: "#,##0" },
    });
    keys.forEach((_, i) =>
      formats.push(
        ...figureFormats(
          firstKey + i,
          top + 2,
          rows.map((r) => r[firstKey + i] as number | null),
        ),
      ),
    );
  }
  const merges = [...lead.keys(), ...[0, 1, 2].map((i) => firstKey + keys.length + i)].map((c) =>
    rangeAddress({ top, bottom: top + 1, left: c, right: c }),
  );
  return {
    name: SUMMARY_SHEETS.byUnit,
    mode: "replace",
    position: 1,
    blocks: [
      {
        at: "A1",
        values: [[t("merge.summary.byUnit.caption", { period: result.period })]],
        format: CAPTION,
      },
      { at: cellAddress(top, 0), values: [header, subHeader, ...rows] },
    ],
    formats,
    merges,
    columns: widths.map((w, index) => ({ index, width: w })),
    rowHeights: {
      ...heights([header, subHeader], top, widths, 11, true),
      ...heights(rows, top + 2, widths, 11),
    },
    freeze: { rows: top + 2, columns: 2 },
    // One column per indicator (32 in the 2020 plan): fitted to one page wide it would print at
    // a quarter of its size, so it prints at full size over several pages across, each page
    // repeating the units (STT, name, state) on its left and the indicators' header on top:
    // every page of figures says whose they are.
    pageLayout: {
      ...listPageLayout("landscape", `$${top + 1}:$${top + 2}`, false),
      printTitleColumns: "$A:$C",
    },
  };
}

export function buildSummaryEdit(result: MergeResult, options: SummaryOptions): SummaryEdit {
  const lang = options.lang ?? "vi";
  const t = translator(lang);
  const { sheet, layout } = firstSheet(result, options, t);
  const col = (k: string) => t(`merge.summary.col.${k}`);

  const missing = listSheet(
    SUMMARY_SHEETS.missing,
    2,
    t("merge.summary.missing.caption", {
      period: result.period,
      count: result.missing.length,
      expected: result.expected.length,
    }),
    [col("stt"), col("unit")],
    result.missing.map((m, i) => [i + 1, m.name]),
    [5, 50],
    "portrait",
    t,
  );

  const refused: Cell[][] = [
    ...result.rejected.map((r) => [
      r.file,
      t("merge.summary.state.rejected"),
      renderReasons(lang, r.reasons),
    ]),
    ...result.duplicates.flatMap((d) =>
      d.ignored.map((f) => [
        f,
        t("merge.summary.state.ignored"),
        t("merge.duplicate.ignored", { unit: d.unit, kept: d.kept }),
      ]),
    ),
  ].map((r, i) => [i + 1, ...r]);
  const rejected = listSheet(
    SUMMARY_SHEETS.rejected,
    3,
    t("merge.summary.rejected.caption", { period: result.period }),
    [col("stt"), col("file"), col("state"), col("reason")],
    refused,
    [5, 36, 16, 90],
    "landscape",
    t,
  );

  const sourceRows: Cell[][] = result.provenance.map((p, i) => [
    i + 1,
    p.unit,
    p.key,
    t(`merge.summary.measure.${p.measure}`),
    p.value,
    p.rolledUp
      ? t(p.rolledUp.communes ? "merge.summary.rolledUpCommunes" : "merge.summary.rolledUp", {
          file: p.file,
          count: p.rolledUp.count,
          sources: p.rolledUp.sources.join(", "),
        })
      : p.file,
    p.sheet,
    p.cell,
  ]);
  const sources = listSheet(
    SUMMARY_SHEETS.sources,
    4,
    t("merge.summary.sources.caption", { period: result.period }),
    ["stt", "unit", "key", "measure", "value", "file", "sheet", "cell"].map(col),
    sourceRows,
    [6, 34, 14, 12, 10, 30, 14, 8],
    "landscape",
    t,
    sourceRows.length
      ? figureFormats(
          4,
          3,
          sourceRows.map((r) => r[4] as number),
        )
      : [],
  );

  const conflicts = conflictSheet(
    result,
    lang,
    t,
    5,
    (name, position, caption, header, rows, wanted) =>
      listSheet(name, position, caption, header, rows, wanted, "landscape", t),
  );
  return {
    sheets: [sheet, byUnitSheet(result, options.plan, t), missing, rejected, sources, conflicts],
    summary: layout,
  };
}
