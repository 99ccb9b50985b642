/**
 * The task matrix (F2) as a WorkbookEdit: the "Bảng phân công nhiệm vụ" sheet with every task of the
 * plan in an Excel table, the registry sheet its drop-downs read from, and the status list.
 *
 * Inserting again merges with the sheet as read: plan rows are rewritten from the plan in plan
 * order, what the user typed in the editable columns (and in columns the user added) is kept by
 * task code, rows the user added (a code the plan does not have, or no code but some content)
 * follow the plan rows. The sheet is replaced as a whole, so there is never a second table.
 */
import { absolute, cellAddress, columnLetter, rangeAddress, sheetRef } from "../address";
import { createMatcher } from "../matcher/matcher";
import type { Plan } from "../plan/types";
import { PLAN_COLUMNS, PLAN_HEADER, PLAN_HEADER_ROW, PLAN_SHEET, planToRows } from "../plan/sheet";
import { fitColumns } from "../print/columns";
import { officialPageLayout, PRINT_FONT } from "../print/layout";
import { wrappedRowHeights } from "../print/metrics";
import type { Registry } from "../registry/types";
import { registryOn } from "../registry/validity";
import { looseKey } from "../text/normalize";
import { translate, type Lang } from "../../i18n";
import type {
  Cell,
  RangeFormat,
  SheetData,
  SheetEdit,
  ValidationSpec,
  WorkbookEdit,
} from "../sheet";
import { contentText, indicatorsText, namesText } from "./cells";
import { isBlankCell, readExistingMatrix, type ExistingMatrix } from "./existing";
import {
  BODY_FONT_SIZE,
  columnOf,
  EXTRA_COLUMN_WIDTH,
  FIRST_DATA_ROW,
  HEADER_FILL,
  HEADER_ROW,
  INPUT_FILL,
  LISTS_SHEET,
  MATRIX_COLUMNS,
  MATRIX_SHEET,
  MATRIX_TABLE,
  STATUS_OPTIONS,
  TITLE_FONT_SIZE,
  type ColumnKey,
} from "./layout";
import { readRegistrySheet, registrySheetEdit } from "./registrySheet";

export interface MatrixOptions {
  plan: Plan;
  /** Used when the workbook has no readable "Danh mục cơ quan" sheet. */
  registry: Registry;
  /** The matrix sheet as read (with formulas), when the workbook has one. */
  existing?: SheetData | null;
  /** The "Danh mục cơ quan" sheet as read, when the workbook has one: it is kept as it is. */
  registrySheet?: SheetData | null;
  /** The workbook already has a "Kế hoạch" sheet (it is kept); otherwise one is written. */
  hasPlanSheet?: boolean;
  lang?: Lang;
}

export interface MatrixBuild {
  edit: WorkbookEdit;
  /** Data rows in the table. */
  rows: number;
  /** Rows that come from the plan. */
  tasks: number;
  /** Plan rows whose typed values (editable or user columns) were carried over. */
  kept: number;
  /** Rows the user had added, kept after the plan rows. */
  added: number;
  /** The registry the names were matched against (the workbook's when it reads). */
  registry: Registry;
  /** Messages for the user (a registry sheet with errors, …). */
  warnings: string[];
}

/** Columns of the new table: ours, then the ones the user added, in their order. */
function tableColumns(existing: ExistingMatrix | null): { headers: string[]; extras: number[] } {
  const headers = MATRIX_COLUMNS.map((c) => c.header);
  const extras: number[] = [];
  if (!existing) return { headers, extras };
  const taken = new Set(headers.map(looseKey));
  existing.keys.forEach((key, i) => {
    if (key !== undefined) return;
    const hasData = existing.rows.some((r) => !isBlankCell(r.cells[i]));
    let header = existing.headers[i] || (hasData ? `Cột ${i + 1}` : "");
    if (!header) return;
    // Table headers must differ: "Ghi chú" twice becomes "Ghi chú (2)".
    for (let n = 2; taken.has(looseKey(header)); n++) header = `${existing.headers[i]} (${n})`;
    taken.add(looseKey(header));
    headers.push(header);
    extras.push(i);
  });
  return { headers, extras };
}

/** Title lines above the table: the matrix, the plan, its province, year and issuer. */
const TITLE_LINES = 3;

function titleRows(plan: Plan, lang: Lang): Cell[][] {
  return [
    [translate(lang, "matrix.title")],
    [plan.title],
    [
      translate(lang, "matrix.details", {
        province: plan.province,
        year: plan.year,
        issuer: plan.issuer,
      }),
    ],
  ];
}

const text = (c: Cell): string =>
  c === null || typeof c === "object"
    ? c instanceof Date
      ? c.toISOString().slice(0, 10)
      : ""
    : String(c);

/** The rows between the title and the table (kept for the print header block): thin. */
function spacerRows(): Record<number, number> {
  const out: Record<number, number> = {};
  for (let r = TITLE_LINES + 1; r < HEADER_ROW; r++) out[r] = 6;
  return out;
}

/**
 * Row heights (points, by 1-based row) for `rows` starting at 1-based `firstRow`: the one
 * wrapped-text estimate (print/metrics.ts). Excel does not autofit rows on open and LibreOffice
 * keeps the heights it is given; its Excel line spacing (1.3 em) is also taller than
 * LibreOffice's, so the one estimate fits both.
 */
export function matrixRowHeights(
  rows: Cell[][],
  widths: number[],
  firstRow: number,
  bold = false,
): Record<number, number> {
  return wrappedRowHeights(
    rows.map((row, i) => ({ row: firstRow - 1 + i, cells: row.map(text), bold })),
    widths,
    BODY_FONT_SIZE,
  );
}

function listsSheet(): { sheet: SheetEdit; source: string } {
  const values: Cell[][] = [["Tình trạng"], ...STATUS_OPTIONS.map((s) => [s])];
  return {
    sheet: {
      name: LISTS_SHEET,
      mode: "replace",
      visibility: "hidden",
      blocks: [{ at: "A1", values }],
      formats: [{ range: "A1", format: { bold: true } }],
      columns: [{ index: 0, width: 24 }],
    },
    source: `=${sheetRef(LISTS_SHEET, absolute(`A2:A${values.length}`))}`,
  };
}

function planSheet(plan: Plan): SheetEdit {
  const rows = planToRows(plan);
  const lastRow = rows.length;
  const lastLetter = columnLetter(PLAN_HEADER.length - 1);
  const header = PLAN_HEADER_ROW + 1;
  // Codes and dates stay text: Excel would read "04/02/2016" as a date and "1.2" as a number.
  const textColumns = [
    PLAN_COLUMNS.code,
    PLAN_COLUMNS.parent,
    PLAN_COLUMNS.docNumber,
    PLAN_COLUMNS.docDate,
  ];
  const formats: RangeFormat[] = [
    {
      range: `A1:${lastLetter}${lastRow}`,
      format: { fontName: PRINT_FONT, fontSize: BODY_FONT_SIZE, vAlign: "top" },
    },
    { range: `A1:A${header - 2}`, format: { bold: true } },
    {
      range: `A${header}:${lastLetter}${header}`,
      format: { bold: true, fill: HEADER_FILL, wrap: true, border: true },
    },
    ...textColumns.map((h) => {
      const letter = columnLetter(PLAN_HEADER.indexOf(h));
      return {
        range: `${letter}${header}:${letter}${lastRow + 200}`,
        format: { numberFormat: "@" },
      };
    }),
  ];
  return {
    name: PLAN_SHEET,
    mode: "create",
    blocks: [{ at: "A1", values: rows }],
    formats,
    columns: PLAN_HEADER.map((h, index) => ({
      index,
      width: [PLAN_COLUMNS.content, PLAN_COLUMNS.docTitle].includes(h as never)
        ? 50
        : [
              PLAN_COLUMNS.title,
              PLAN_COLUMNS.lead,
              PLAN_COLUMNS.coordinating,
              PLAN_COLUMNS.indicators,
            ].includes(h as never)
          ? 30
          : 14,
    })),
    freeze: { rows: header, columns: 1 },
    pageLayout: officialPageLayout({ titleRows: `$${header}:$${header}` }),
  };
}

export function buildMatrixEdit(opts: MatrixOptions): MatrixBuild {
  const lang = opts.lang ?? "vi";
  const warnings: string[] = [];

  // The registry: the workbook's own when it has a readable one.
  let registry = opts.registry;
  let agencySource: string | undefined;
  let registryEdit: SheetEdit | undefined;
  if (opts.registrySheet) {
    const found = readRegistrySheet(opts.registrySheet, lang);
    if (found.registry) registry = found.registry;
    else
      warnings.push(
        translate(lang, "matrix.registryUnreadable", {
          errors: found.errors.slice(0, 3).join("; "),
        }),
      );
    agencySource = found.source;
    if (!agencySource) warnings.push(translate(lang, "matrix.registryNoHeader"));
  } else {
    const made = registrySheetEdit(registry);
    registryEdit = made.sheet;
    agencySource = made.source;
  }
  // Bodies under the names they had in the plan's year (the office's 2020 name in 2020).
  const matcher = createMatcher(registryOn(registry, `${opts.plan.year}-01-01`));

  // What the user typed, by task code.
  const existing = opts.existing ? readExistingMatrix(opts.existing) : null;
  const { headers, extras } = tableColumns(existing);
  const width = headers.length;
  const planCodes = new Set(opts.plan.tasks.map((t) => t.code));
  const typed = new Map<string, Cell[]>();
  const userRows: Cell[][] = [];
  const fromExisting = (cells: Cell[], key: ColumnKey): Cell => {
    const i = existing ? existing.keys.indexOf(key) : -1;
    return i >= 0 ? (cells[i] ?? null) : null;
  };
  for (const row of existing?.rows ?? []) {
    const extraCells = extras.map((i) => row.cells[i] ?? null);
    if (row.code && planCodes.has(row.code) && !typed.has(row.code)) {
      typed.set(row.code, [
        fromExisting(row.cells, "status"),
        fromExisting(row.cells, "notes"),
        ...extraCells,
      ]);
      continue;
    }
    if (row.cells.every(isBlankCell)) continue;
    // A row of the user's: every cell as it was; the number is ours to recount.
    const cells: Cell[] = MATRIX_COLUMNS.map((c) =>
      c.key === "stt" ? null : fromExisting(row.cells, c.key),
    );
    userRows.push([...cells, ...extraCells]);
  }

  const names = new Map<string, string>();
  const agencyText = (list: readonly string[]): string | null => {
    if (list.length === 0) return null;
    const k = list.join("\u0000");
    let t = names.get(k);
    if (t === undefined) {
      t = namesText(list, matcher);
      names.set(k, t);
    }
    return t;
  };

  let kept = 0;
  const planRows: Cell[][] = opts.plan.tasks.map((task, i) => {
    const carried = typed.get(task.code) ?? [];
    if (carried.some((c) => !isBlankCell(c))) kept++;
    const indicators = indicatorsText(task.indicators);
    return [
      i + 1,
      task.code,
      contentText(task),
      agencyText(task.lead),
      agencyText(task.coordinating),
      task.timeFrame || null,
      indicators || null,
      ...Array.from({ length: width - 7 }, (_, k) => carried[k] ?? null),
    ];
  });
  userRows.forEach((row, i) => (row[0] = planRows.length + i + 1));
  const body = [...planRows, ...userRows];

  // Geometry.
  const first = FIRST_DATA_ROW;
  const last = first + Math.max(body.length, 1) - 1;
  const lastLetter = columnLetter(width - 1);
  const col = (key: ColumnKey) => columnLetter(columnOf(key));
  const dataRange = (from: ColumnKey, to: ColumnKey = from) =>
    `${col(from)}${first}:${col(to)}${last}`;
  const wanted = [...MATRIX_COLUMNS.map((c) => c.width), ...extras.map(() => EXTRA_COLUMN_WIDTH)];
  const widths = fitColumns(wanted, "landscape");

  const formats: RangeFormat[] = [
    // Title rows: plain text that runs over the empty cells to its right (no merges, so the
    // print header block can be laid over these rows).
    {
      range: "A1:A3",
      format: { fontName: PRINT_FONT, fontSize: BODY_FONT_SIZE, wrap: false, fontColor: "#000000" },
    },
    { range: "A1", format: { bold: true, fontSize: TITLE_FONT_SIZE } },
    { range: "A2", format: { bold: true } },
    { range: "A3", format: { italic: true } },
    {
      range: `A${HEADER_ROW}:${lastLetter}${last}`,
      format: {
        fontName: PRINT_FONT,
        fontSize: BODY_FONT_SIZE,
        fontColor: "#000000",
        wrap: true,
        vAlign: "top",
        border: true,
      },
    },
    {
      range: `A${HEADER_ROW}:${lastLetter}${HEADER_ROW}`,
      format: { bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle" },
    },
    { range: dataRange("stt", "code"), format: { hAlign: "center" } },
    { range: dataRange("code"), format: { numberFormat: "@" } },
    { range: dataRange("timeFrame"), format: { hAlign: "center" } },
    {
      range: `${col("status")}${first}:${lastLetter}${last}`,
      format: { fill: INPUT_FILL, unlocked: true },
    },
  ];

  const validations: ValidationSpec[] = [];
  if (agencySource) {
    validations.push({
      range: dataRange("lead", "coordinating"),
      rule: { kind: "list", source: agencySource },
      errorStyle: "warning",
      errorTitle: translate(lang, "matrix.validation.agency.title"),
      errorMessage: translate(lang, "matrix.validation.agency.message"),
      allowBlank: true,
    });
  }
  const lists = listsSheet();
  validations.push({
    range: dataRange("status"),
    rule: { kind: "list", source: lists.source },
    errorStyle: "warning",
    errorTitle: translate(lang, "matrix.validation.status.title"),
    errorMessage: translate(lang, "matrix.validation.status.message", {
      options: STATUS_OPTIONS.join(", "),
    }),
    allowBlank: true,
  });

  const matrix: SheetEdit = {
    // A workbook keeps its own sheet name (the former "Ma trận nhiệm vụ" too).
    name: opts.existing?.name ?? MATRIX_SHEET,
    mode: "replace",
    blocks: [
      { at: "A1", values: titleRows(opts.plan, lang) },
      { at: cellAddress(HEADER_ROW - 1, 0), values: [headers, ...body] },
    ],
    formats,
    columns: widths.map((w, index) => ({ index, width: w })),
    rowHeights: {
      ...spacerRows(),
      ...matrixRowHeights([headers], widths, HEADER_ROW, true),
      ...matrixRowHeights(body, widths, first),
    },
    tables: [
      {
        name: MATRIX_TABLE,
        range: rangeAddress({ top: HEADER_ROW - 1, left: 0, bottom: last - 1, right: width - 1 }),
        columns: headers,
        style: "TableStyleLight1",
      },
    ],
    validations,
    freeze: { rows: HEADER_ROW, columns: columnOf("code") + 1 },
    pageLayout: officialPageLayout({
      titleRows: `$${HEADER_ROW}:$${HEADER_ROW}`,
      // Only the table's columns: nothing to the right may widen (and so shrink) the page.
      printArea: absolute(`A1:${lastLetter}${last}`),
    }),
    activate: true,
  };

  const sheets: SheetEdit[] = [matrix];
  if (registryEdit) sheets.push(registryEdit);
  if (!opts.hasPlanSheet) sheets.push(planSheet(opts.plan));
  sheets.push(lists.sheet);

  return {
    edit: { sheets },
    rows: body.length,
    tasks: planRows.length,
    kept,
    added: userRows.length,
    registry,
    warnings,
  };
}
