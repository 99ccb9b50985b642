/**
 * "Chuẩn bị in" (F10): make the provincial summary, the task matrix or the tracking sheet print
 * as an official appendix (Nghị định 30/2020/NĐ-CP, Phụ lục I) in ONE read and ONE edit.
 *
 * Decisions:
 * - The sheet: by kind ("Tổng hợp …" — the first sheet whose name starts so —, "Bảng phân công
 *   nhiệm vụ", "Theo dõi báo cáo") or by name. The port knows no active sheet, so one of the two must
 *   be given. Everything is one `port.update`: the sheet list, one read, one write (three syncs
 *   in Excel, whatever the table's size); nothing is written when the answer is an error.
 * - The table: the sheet's Excel table when it starts in column A, else the first row starting
 *   in column A with "STT" (or with three or more texts), down to the first empty row.
 * - Room above: the builders leave HEADER_BLOCK_ROWS rows above their tables. Those rows may hold a
 *   title in column A (the matrix writes one there for the screen) or the header block of an
 *   earlier run: both are replaced. Anything else there (a number, a formula, a cell right of
 *   column A) is the user's, so nothing is written and the message names the cells in the way.
 * - Below: the signature block goes two rows under whatever the sheet has under its table, or
 *   where an earlier run put it.
 * - The tracking sheet is printed through a copy, "Bản in theo dõi báo cáo": its settings sit
 *   right above the table (no room for the header block), its yellow input cells and status
 *   colours are working aids, and its 3 columns per period (18 for 2020) cannot print readably
 *   on one page. The copy links every cell back with a formula, so its figures stay current (a
 *   unit added or removed needs a new run); per period it prints the received date and the
 *   status, the deadline once in the column header. A sheet of that name the user made is never
 *   replaced.
 * - Widths: the builders' own widths (summary, matrix) fitted to A4; for other sheets,
 *   estimated from the text, and the rows made tall enough for the wrapped text.
 */
import {
  absolute,
  cellAddress,
  columnLetter,
  parseRange,
  rangeAddress,
  sheetRef,
  sameSheet,
  sheetKey,
} from "../domain/address";
import {
  EXTRA_COLUMN_WIDTH,
  isMatrixSheet,
  MATRIX_COLUMNS,
  MATRIX_SHEET,
  matrixRowHeights,
} from "../domain/matrix";
import type { Plan } from "../domain/plan/types";
import {
  columnPx,
  DEFAULT_DIGIT_PX,
  defaultPrintSettings,
  fitColumns,
  HEADER_BLOCK_ROWS,
  NATIONAL_TITLE,
  PRINT_FONT,
  PT_PER_PX,
  RECIPIENTS_LABEL,
  rowHeightFor,
  textWidthPt,
  wrapLines,
  type PrintSettings,
} from "../domain/print";
import type { Registry } from "../domain/registry/types";
import { SUMMARY_COLUMN_WIDTHS } from "../domain/rollup/summary";
import { DATE_FORMAT, findPeriod, STATUS_TEXT } from "../domain/schedule";
import type { Lang } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import type { Cell, RangeFormat, Scalar, SheetData, SheetEdit, SheetInfo } from "../domain/sheet";
import {
  preparePrintEdit,
  printReport,
  printSheetsFor,
  summaryTitleFor,
  withRowBreaks,
  type PrintKind,
} from "../domain/print";
import { TRACKING_SHEET } from "../domain/tracking";

/* ----------------------------------------------------------------- messages */

const TEXT = {
  vi: {
    noTarget:
      "Hãy chọn loại bảng (tổng hợp, bảng phân công nhiệm vụ, theo dõi) hoặc tên trang tính cần in.",
    noSheet: "Sổ làm việc không có trang tính “{sheet}”.",
    noSummary:
      "Sổ làm việc chưa có trang “Tổng hợp …”: hãy chạy Tổng hợp báo cáo trước rồi Chuẩn bị in.",
    noTable:
      "Không tìm thấy bảng trên trang “{sheet}”: cần một dòng tiêu đề bảng bắt đầu từ cột A (ví dụ có ô “STT”).",
    tooHigh:
      "Trang “{sheet}”: bảng bắt đầu ở dòng {row}, phía trên cần {needed} dòng trống để đặt phần đầu văn bản theo Nghị định 30/2020. Hãy chèn thêm {missing} dòng phía trên bảng rồi chạy lại.",
    occupied:
      "Trang “{sheet}”: phần đầu văn bản theo Nghị định 30/2020 cần {needed} dòng trống phía trên bảng (dòng {from}–{to}), nhưng các ô {cells} đang có dữ liệu. Để không ghi đè, chưa thay đổi gì; hãy chèn thêm {needed} dòng phía trên bảng (hoặc dời các ô đó) rồi chạy lại.",
    done: "Đã chuẩn bị in trang “{sheet}”: bảng {table}, {columns} cột vừa chiều ngang khổ giấy.",
    copy: "Trang “{source}” giữ nguyên; bản in là trang “{sheet}”, lấy số liệu từ trang đó bằng công thức (thêm hoặc bớt đơn vị thì chạy lại Chuẩn bị in).",
    copyTaken:
      "Sổ làm việc đã có trang “{sheet}” không do lệnh Chuẩn bị in tạo ra. Để không ghi đè, chưa thay đổi gì; hãy đổi tên hoặc xóa trang đó rồi chạy lại.",
  },
  en: {
    noTarget: "Say which table to print (summary, matrix, tracking) or the sheet's name.",
    noSheet: "The workbook has no sheet “{sheet}”.",
    noSummary:
      "The workbook has no “Tổng hợp …” sheet yet: run the merge first, then prepare it for printing.",
    noTable:
      "No table found on sheet “{sheet}”: a table header row starting in column A is needed (e.g. with a “STT” cell).",
    tooHigh:
      "Sheet “{sheet}”: the table starts at row {row}; the header block of Decree 30/2020 needs {needed} free rows above it. Insert {missing} rows above the table and run again.",
    occupied:
      "Sheet “{sheet}”: the header block of Decree 30/2020 needs {needed} free rows above the table (rows {from}–{to}), but cells {cells} hold data. Nothing was changed so as not to overwrite them; insert {needed} rows above the table (or move those cells) and run again.",
    done: "Sheet “{sheet}” is ready to print: table {table}, {columns} columns fitted to the page width.",
    copy: "Sheet “{source}” is left as it is; the print is sheet “{sheet}”, which takes its figures from it by formulas (run it again when units are added or removed).",
    copyTaken:
      "The workbook already has a sheet “{sheet}” that “Chuẩn bị in” did not make. Nothing was changed so as not to overwrite it; rename or delete that sheet and run again.",
  },
} as const;

type MessageKey = keyof (typeof TEXT)["vi"];

function say(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in params ? String(params[k]) : m,
  );
}

/** A sheet or table that cannot be prepared; the message is for the user. */
export class PreparePrintError extends Error {
  override readonly name = "PreparePrintError";
  constructor(
    readonly key: MessageKey,
    lang: Lang,
    params: Record<string, string | number> = {},
  ) {
    super(say(lang, key, params));
  }
}

/* -------------------------------------------------------------------- API */

/** The sheet the tracking sheet prints through (see the decisions above). */
export const TRACKING_PRINT_SHEET = "Bản in theo dõi báo cáo";

export interface PreparePrintOptions {
  /** Which of the add-in's tables; with `sheet` it only tells how that sheet is laid out. */
  kind?: PrintKind;
  /** The sheet by name (wins over the kind's default sheet). */
  sheet?: string;
  /** Overrides of the printed names, date, report number, signer, title. */
  settings?: Partial<PrintSettings>;
  /** The plan: its year and province name the date line and the parent agency. */
  plan?: Pick<Plan, "year" | "province">;
  /** The registry: the issuing agency (Sở Nội vụ, code "SNV") as it spells it. */
  registry?: Registry;
  /** Year for titles and the date line; default the plan's, else found on the sheet. */
  year?: number;
  lang?: Lang;
}

export interface PreparePrintResult {
  /** The sheet that prints (for the tracking sheet, its print copy). */
  sheet: string;
  /** The printed table, header row(s) included, e.g. "A9:G41". */
  table: string;
  /** What was set up, then any rule of the decree the layout breaks (none when all is well). */
  report: string[];
}

const same = sameSheet;

const SUMMARY_PREFIX = "tổng hợp";

/** The kind of one of our sheets by its name ("Tổng hợp 2020-H1", …); a user's sheet has none. */
function kindOfSheet(name: string): PrintKind | undefined {
  const n = sheetKey(name).trim();
  if (new RegExp(`^${SUMMARY_PREFIX} \\d{4}-[a-z0-9]+$`).test(n)) return "summary";
  if (isMatrixSheet(name)) return "matrix";
  if (same(name, TRACKING_SHEET) || same(name, TRACKING_PRINT_SHEET)) return "tracking";
  return undefined;
}

export async function preparePrint(
  port: WorkbookPort,
  options: PreparePrintOptions,
): Promise<PreparePrintResult> {
  const lang = options.lang ?? "vi";
  // Neither kind nor sheet (the ribbon button): the sheet the user is on.
  let kind = options.kind ?? (options.sheet ? kindOfSheet(options.sheet) : undefined);
  let named = options.sheet;

  let source: SheetData | undefined;
  let prepared: Prepared | undefined;
  // One batch: the sheet list, one read, one write (three syncs in Excel).
  await port.update(
    (info) => {
      if (!kind && !named) {
        named = info.sheets.find((s) => s.active)?.name;
        if (!named) throw new PreparePrintError("noTarget", lang);
        kind = kindOfSheet(named);
      }
      const sheet = targetSheet(info.sheets, kind, named, lang);
      const requests = [{ sheet, formulas: true }];
      // The tracking copy replaces its sheet: read it too, to be sure it is ours.
      const copy = info.sheets.find((s) => same(s.name, TRACKING_PRINT_SHEET));
      if (kind === "tracking" && copy) requests.push({ sheet: copy.name, formulas: false });
      return requests;
    },
    ({ data }) => {
      source = data[0];
      if (kind === "tracking" && data[1] && !isTrackingCopy(data[1])) {
        throw new PreparePrintError("copyTaken", lang, { sheet: data[1].name });
      }
      prepared =
        kind === "tracking"
          ? trackingCopy(source, options, lang)
          : inPlace(source, kind, options, lang);
      return { sheets: [prepared.edit] };
    },
  );
  if (!source || !prepared) throw new Error("preparePrint: the workbook was not read");

  const { edit, table, columns } = prepared;
  const report = [say(lang, "done", { sheet: edit.name, table, columns })];
  if (kind === "tracking")
    report.push(say(lang, "copy", { source: source.name, sheet: edit.name }));
  if (edit.pageLayout) report.push(...printReport(edit.pageLayout, lang));
  return { sheet: edit.name, table, report };
}

/** The sheet to read, as the workbook spells it; a missing one is said in the user's words. */
function targetSheet(
  sheets: SheetInfo[],
  kind: PrintKind | undefined,
  name: string | undefined,
  lang: Lang,
): string {
  if (kind === "summary" && !name) {
    const found = sheets.find((s) => sheetKey(s.name).startsWith(SUMMARY_PREFIX));
    if (!found) throw new PreparePrintError("noSummary", lang);
    return found.name;
  }
  let wanted = name ?? (kind === "matrix" ? MATRIX_SHEET : TRACKING_SHEET);
  // The tracking sheet prints through its copy, which is made from the tracking sheet.
  if (kind === "tracking" && (!name || same(name, TRACKING_PRINT_SHEET))) wanted = TRACKING_SHEET;
  const found =
    kind === "matrix" && !name
      ? sheets.find((s) => isMatrixSheet(s.name))
      : sheets.find((s) => same(s.name, wanted));
  if (!found) throw new PreparePrintError("noSheet", lang, { sheet: wanted });
  return found.name;
}

interface Prepared {
  edit: SheetEdit;
  table: string;
  columns: number;
}

/* ------------------------------------------------------------ reading a sheet */

const norm = (v: unknown) =>
  typeof v === "string" ? v.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase() : "";

/** Does cell (r, c) hold anything: a value or a formula? */
function filled(data: SheetData, r: number, c: number): boolean {
  const v = data.values[r]?.[c];
  return (v !== null && v !== undefined && v !== "") || !!data.formulas?.[r]?.[c];
}

function rowFilled(data: SheetData, r: number, columns: number): boolean {
  for (let c = 0; c < columns; c++) if (filled(data, r, c)) return true;
  return false;
}

/** Last filled column + 1 of a row. */
function rowWidth(data: SheetData, r: number): number {
  const row = data.values[r] ?? [];
  for (let c = Math.max(row.length, data.formulas?.[r]?.length ?? 0) - 1; c >= 0; c--) {
    if (filled(data, r, c)) return c + 1;
  }
  return 0;
}

const isText = (v: Scalar | undefined) => typeof v === "string" && v.trim() !== "";

/** A table header row: "STT"/"TT" in A and another header, or 3+ texts from A and no figures. */
function isHeaderRow(data: SheetData, r: number): boolean {
  const row = data.values[r] ?? [];
  if (!isText(row[0]) || data.formulas?.[r]?.[0]) return false;
  const count = row.filter((v) => v !== null && v !== "").length;
  if (/^(stt|tt)$/.test(norm(row[0])) && count >= 2) return true;
  return count >= 3 && row.every((v) => v === null || typeof v === "string");
}

interface TableAt {
  /** 0-based rows of the header's first row and of the table's last row. */
  top: number;
  bottom: number;
  headerRows: number;
  columns: number;
}

function locateTable(data: SheetData, headerRowsWanted?: number): TableAt | null {
  const excel = data.tables
    .map((t) => parseRange(t.range.replace(/\$/g, "").replace(/^.*!/, "")))
    .find((box) => box.left === 0 && box.right >= 1);
  if (excel) {
    return {
      top: excel.top,
      bottom: excel.bottom,
      headerRows: headerRowsWanted ?? 1,
      columns: excel.right + 1,
    };
  }
  const top = data.values.findIndex((_, r) => isHeaderRow(data, r));
  if (top < 0) return null;
  let headerRows = headerRowsWanted ?? 1;
  if (headerRowsWanted === undefined) {
    // A second header row: nothing in A (merged with the first), texts only.
    const next = data.values[top + 1] ?? [];
    const texts = next.filter(isText).length;
    if (
      !isText(next[0]) &&
      next[0] == null &&
      texts > 0 &&
      next.every((v) => v === null || typeof v === "string")
    )
      headerRows = 2;
  }
  let columns = 0;
  for (let r = top; r < top + headerRows; r++) columns = Math.max(columns, rowWidth(data, r));
  if (columns < 2) return null;
  let bottom = top + headerRows - 1;
  while (bottom + 1 < data.values.length && rowFilled(data, bottom + 1, columns)) bottom++;
  return { top, bottom, headerRows, columns };
}

/**
 * Is there room for the header block above the table? The rows may be empty, hold a title in
 * column A, or hold a header block from an earlier run. Returns the cells in the way.
 */
function cellsInTheWay(data: SheetData, blockTop: number, tableTop: number, columns: number) {
  if (earlierSplit(data, blockTop) !== undefined) return [];
  const inTheWay: string[] = [];
  for (let r = blockTop; r < tableTop; r++) {
    for (let c = 0; c < columns; c++) {
      if (!filled(data, r, c)) continue;
      const titleInA = c === 0 && isText(data.values[r]?.[0]) && !data.formulas?.[r]?.[0];
      if (!titleInA) inTheWay.push(cellAddress(r, c));
    }
  }
  return inTheWay;
}

/**
 * A header block an earlier run wrote at `blockTop` (0-based): the column its right half starts
 * in (where the quốc hiệu is), so the new block keeps the same split and merged cells.
 */
function earlierSplit(data: SheetData, blockTop: number): number | undefined {
  const c = (data.values[blockTop] ?? []).findIndex((v) => norm(v) === norm(NATIONAL_TITLE));
  return c > 0 ? c : undefined;
}

/**
 * 1-based row for the signature: two rows under what follows the table, or where an earlier
 * run put it (`earlier`), so its merged cells are reused.
 */
function signatureRow(data: SheetData, table: TableAt): { row: number; earlier: boolean } {
  let lastContent = table.bottom;
  for (let r = table.bottom + 1; r < data.values.length; r++) {
    if (norm(data.values[r]?.[0]) === norm(RECIPIENTS_LABEL) || isSignerRow(data, r)) {
      return r >= lastContent + 2
        ? { row: r + 1, earlier: true }
        : { row: lastContent + 3, earlier: false };
    }
    if (rowFilled(data, r, table.columns)) lastContent = r;
  }
  return { row: lastContent + 3, earlier: false };
}

/**
 * The first row of an earlier signature block: nothing in column A, the signer's title in
 * capitals to its right (a table's rows and the tracking rates have text in A or lower case).
 */
function isSignerRow(data: SheetData, r: number): boolean {
  const row = data.values[r] ?? [];
  if (filled(data, r, 0)) return false;
  const texts = row.filter(isText).map(String);
  return (
    texts.length === 1 && /\p{Lu}/u.test(texts[0]) && texts[0] === texts[0].toLocaleUpperCase("vi")
  );
}

/** A year named on the sheet (title, headers), if any. */
function yearOn(data: SheetData, upTo: number): number | undefined {
  const texts = [data.name];
  for (let r = 0; r <= upTo && r < data.values.length; r++) {
    for (const v of data.values[r] ?? []) if (typeof v === "string") texts.push(v);
  }
  for (const t of texts) {
    const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(t);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/* ------------------------------------------------------------------ settings */

function settingsFor(options: PreparePrintOptions, year: number, title: string): PrintSettings {
  const base: PrintSettings = { ...defaultPrintSettings(year), title };
  const province = options.plan?.province?.trim();
  if (province) {
    base.parentAgency = `UBND tỉnh ${province}`;
    base.place = province;
  }
  const agency = options.registry?.agencies.find((a) => a.code === "SNV");
  if (agency) base.agency = agency.name;
  const given = Object.fromEntries(
    Object.entries(options.settings ?? {}).filter(([, v]) => v !== undefined),
  ) as Partial<PrintSettings>;
  return { ...base, ...given };
}

/* ------------------------------------------------------------------- widths */

/** Excel units a text needs on one line at 12 pt (a digit is 6 pt there), padding included. */
const unitsFor = (text: string, bold = false) => textWidthPt(text, 12, bold) / 6 + 1;

function textOf(v: Scalar | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return "00/00/0000";
  if (typeof v === "number") return v.toLocaleString("vi-VN");
  return String(v);
}

/** Widths for a table nobody told us about: its longest data text, its longest header word. */
function estimatedWidths(data: SheetData, table: TableAt): number[] {
  const widths: number[] = [];
  for (let c = 0; c < table.columns; c++) {
    let header = 0;
    let body = 0;
    for (let r = table.top; r <= table.bottom; r++) {
      const text = textOf(data.values[r]?.[c]);
      if (!text) continue;
      if (r < table.top + table.headerRows) {
        for (const word of text.split(/\s+/)) header = Math.max(header, unitsFor(word, true));
      } else {
        body = Math.max(body, unitsFor(text));
      }
    }
    widths.push(Math.min(40, Math.max(4, header, body)));
  }
  return widths;
}

function wantedWidths(kind: PrintKind | undefined, data: SheetData, table: TableAt): number[] {
  if (kind === "summary" && table.columns === SUMMARY_COLUMN_WIDTHS.length) {
    return [...SUMMARY_COLUMN_WIDTHS];
  }
  if (kind === "matrix" && table.columns >= MATRIX_COLUMNS.length) {
    return Array.from(
      { length: table.columns },
      (_, i) => MATRIX_COLUMNS[i]?.width ?? EXTRA_COLUMN_WIDTH,
    );
  }
  return estimatedWidths(data, table);
}

/** Share of a column's width the height estimate counts on: printers wrap a little early. */
const WRAP_SAFETY = 0.92;

const usablePt = (widths: number[], from: number, to = from) => {
  let px = 0;
  for (let c = from; c <= to; c++) px += columnPx(widths[c], DEFAULT_DIGIT_PX);
  return Math.max(1, (px - 5) * PT_PER_PX * WRAP_SAFETY);
};

/** Heights (1-based keys) that show every cell's wrapped text at `size` pt. */
function heightsFor(
  rows: { row: number; cells: string[]; bold?: boolean; minLines?: number }[],
  widths: number[],
  size: number,
): Record<number, number> {
  const out: Record<number, number> = {};
  for (const { row, cells, bold, minLines } of rows) {
    let lines = minLines ?? 1;
    cells.forEach((text, c) => {
      if (text && c < widths.length) {
        lines = Math.max(lines, wrapLines(text, size, !!bold, usablePt(widths, c)).length);
      }
    });
    out[row + 1] = rowHeightFor(lines, size);
  }
  return out;
}

/* ------------------------------------------------------------ in place */

function inPlace(
  data: SheetData,
  kind: PrintKind | undefined,
  options: PreparePrintOptions,
  lang: Lang,
): Prepared {
  const table = locateTable(data);
  if (!table) throw new PreparePrintError("noTable", lang, { sheet: data.name });
  const blockTop = table.top - HEADER_BLOCK_ROWS; // 0-based
  if (blockTop < 0) {
    throw new PreparePrintError("tooHigh", lang, {
      sheet: data.name,
      row: table.top + 1,
      needed: HEADER_BLOCK_ROWS,
      missing: -blockTop,
    });
  }
  const inTheWay = cellsInTheWay(data, blockTop, table.top, table.columns);
  if (inTheWay.length) {
    const shown = inTheWay.slice(0, 6).join(", ") + (inTheWay.length > 6 ? ", …" : "");
    throw new PreparePrintError("occupied", lang, {
      sheet: data.name,
      needed: HEADER_BLOCK_ROWS,
      from: blockTop + 1,
      to: table.top,
      cells: shown,
    });
  }

  const year =
    options.year ?? options.plan?.year ?? yearOn(data, table.top) ?? new Date().getFullYear();
  const settings = settingsFor(options, year, titleFor(kind, data, year, blockTop));
  const wanted = wantedWidths(kind, data, table);
  const range = rangeAddress({
    top: table.top,
    bottom: table.bottom,
    left: 0,
    right: table.columns - 1,
  });
  const split = earlierSplit(data, blockTop);
  const signature = signatureRow(data, table);
  const edit = preparePrintEdit({
    sheet: data.name,
    table: { range, headerRows: table.headerRows },
    columnsCount: table.columns,
    settings,
    orientation: kind ? printSheetsFor(kind, year).orientation : "landscape",
    columnWidths: wanted,
    signatureTopRow: signature.row,
    leftColumns: split,
    lang,
  });
  edit.activate = true;
  // Merged cells an earlier run made are there already: merging them again is refused by
  // Excel's API (and ExcelJS) when they overlap, so only new ones are asked for. A merge is old
  // when it starts on a text of the earlier header or signature block.
  edit.merges = (edit.merges ?? []).filter((m) => {
    const box = parseRange(m);
    const inOldHeader = split !== undefined && box.top >= blockTop && box.bottom < table.top;
    const inOldSignature = signature.earlier && box.top >= signature.row - 1;
    return !((inOldHeader || inOldSignature) && filled(data, box.top, box.left));
  });
  // Page breaks from the rows' heights at the fitted widths (the matrix as its builder sizes
  // them; other tables by the estimate), a task's rows (STT only on its first) kept together.
  const fitted = (edit.columns ?? []).map((c) => c.width ?? 8.43);
  const bodyRows: { row: number; cells: string[] }[] = [];
  for (let r = table.top + table.headerRows; r <= table.bottom; r++) {
    bodyRows.push({ row: r, cells: (data.values[r] ?? []).slice(0, table.columns).map(textOf) });
  }
  const estimated =
    kind === "matrix"
      ? matrixRowHeights(
          bodyRows.map((b) => b.cells),
          fitted,
          table.top + table.headerRows + 1,
        )
      : heightsFor(bodyRows, fitted, 12);
  const headRows = [];
  for (let r = table.top; r < table.top + table.headerRows; r++) {
    headRows.push({
      row: r,
      cells: (data.values[r] ?? []).slice(0, table.columns).map(textOf),
      bold: true,
    });
  }
  Object.assign(estimated, heightsFor(headRows, fitted, 12));
  const runs: [number, number][] = [];
  for (let r = table.top + table.headerRows + 1; r <= table.bottom; r++) {
    if (filled(data, r, 0)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === r) last[1] = r + 1;
    else runs.push([r, r + 1]);
  }
  const broken = withRowBreaks(
    edit,
    { top: table.top + 1, bottom: table.bottom + 1 },
    estimated,
    runs,
  );
  edit.pageLayout = broken.pageLayout;
  if (!kind) {
    // Our builders size their rows for these widths; a user's table gets rows that show the
    // wrapped text at the fitted widths (12 pt, what our Normal style prints).
    const widths = (edit.columns ?? []).map((c) => c.width ?? 8.43);
    const rows = [];
    for (let r = table.top; r <= table.bottom; r++) {
      const cells = (data.values[r] ?? []).slice(0, table.columns).map(textOf);
      rows.push({ row: r, cells, bold: r < table.top + table.headerRows });
    }
    edit.rowHeights = { ...heightsFor(rows, widths, 12), ...edit.rowHeights };
  }
  return { edit, table: range, columns: table.columns };
}

function titleFor(
  kind: PrintKind | undefined,
  data: SheetData,
  year: number,
  blockTop: number,
): string {
  if (kind === "summary") {
    const code = /(\d{4}-[A-Za-z0-9]+)\s*$/.exec(data.name)?.[1];
    const period = code ? findPeriod(code)?.name : undefined;
    return period ? summaryTitleFor(period) : printSheetsFor("summary", year).title;
  }
  if (kind) return printSheetsFor(kind, year).title;
  // A sheet of the user's: the title an earlier run printed, else its own title in column A.
  if (earlierSplit(data, blockTop) !== undefined) {
    const old = data.values[blockTop + 5]?.[0];
    if (isText(old)) return String(old);
  }
  for (let r = 0; r < blockTop + HEADER_BLOCK_ROWS; r++) {
    const v = data.values[r]?.[0];
    if (isText(v)) return String(v);
  }
  return data.name;
}

/* ------------------------------------------------------------ tracking copy */

interface TrackingPeriod {
  name: string;
  deadline: number;
  received: number;
  status: number;
}

interface TrackingSource {
  header: number;
  stt: number;
  name: number;
  periods: TrackingPeriod[];
  /** 0-based rows of units, then of the rates under them. */
  units: number[];
  rates: number[];
  labels: { stt: string; unit: string; deadline: string; received: string; status: string };
}

/** The tracking sheet as buildTrackingEdit lays it out, found by its header texts. */
function readTracking(data: SheetData): TrackingSource | null {
  const header = data.values.findIndex((row) => norm(row?.[0]) === "stt");
  if (header < 0) return null;
  const head = data.values[header] ?? [];
  const sub = data.values[header + 1] ?? [];
  const name = head.findIndex((v) => norm(v) === "đơn vị");
  if (name < 0) return null;
  const starts: number[] = [];
  head.forEach((v, c) => {
    if (c > name && isText(v)) starts.push(c);
  });
  const labels = {
    stt: String(head[0]),
    unit: String(head[name]),
    deadline: "Hạn nộp",
    received: "Ngày nhận",
    status: "Tình trạng",
  };
  const periods: TrackingPeriod[] = [];
  starts.forEach((start, i) => {
    const end = (starts[i + 1] ?? Math.max(sub.length, head.length)) - 1;
    const find = (text: string) => {
      for (let c = start; c <= end; c++) if (norm(sub[c]) === norm(text)) return c;
      return -1;
    };
    const [deadline, received, status] = [labels.deadline, labels.received, labels.status].map(
      find,
    );
    if (received < 0 || status < 0) return;
    const title = String(head[start]).replace(/\s*\(\d{4}-[A-Za-z0-9]+\)\s*$/, "");
    periods.push({ name: title, deadline, received, status });
  });
  if (periods.length === 0) return null;
  const units: number[] = [];
  let r = header + 2;
  for (; r < data.values.length && isText(data.values[r]?.[name]); r++) units.push(r);
  const rates: number[] = [];
  for (let blank = 0; r < data.values.length && blank <= 2; r++) {
    const v = data.values[r]?.[name];
    if (/^t[ỷỉ] lệ/.test(norm(v))) rates.push(r);
    else if (rates.length) break;
    else if (!isText(v)) blank++;
    else break;
  }
  return { header, stt: 0, name, periods, units, rates, labels };
}

/** A sheet an earlier run made: our header block on top, or at least our table header. */
function isTrackingCopy(data: SheetData): boolean {
  const empty = data.values.every((row) => row.every((v) => v === null || v === ""));
  return (
    empty ||
    earlierSplit(data, 0) !== undefined ||
    norm(data.values[HEADER_BLOCK_ROWS]?.[0]) === "stt"
  );
}

const COPY_FONT_PT = 11;
/** Wanted widths: STT, unit, then per period received date and status (fitted to A4 after). */
const COPY_WIDTHS = { stt: 3.6, unit: 22, received: 9.6, status: 8.4 };

function trackingCopy(data: SheetData, options: PreparePrintOptions, lang: Lang): Prepared {
  const src = readTracking(data);
  if (!src) throw new PreparePrintError("noTable", lang, { sheet: data.name });
  const link = (r: number, c: number): Cell => {
    const ref = sheetRef(data.name, cellAddress(r, c));
    return { formula: `=IF(ISBLANK(${ref}),"",${ref})` };
  };

  const top = HEADER_BLOCK_ROWS; // 0-based header row of the copy's table
  const n = 2 + src.periods.length * 2;
  const colOf = (p: number, k: 0 | 1) => 2 + p * 2 + k;
  const firstUnit = src.units[0];
  const head: Cell[] = [src.labels.stt, src.labels.unit];
  const deadlines: Cell[] = [null, null];
  const sub: Cell[] = [null, null];
  for (const p of src.periods) {
    head.push(p.name, null);
    deadlines.push(
      firstUnit !== undefined && p.deadline >= 0 ? link(firstUnit, p.deadline) : null,
      null,
    );
    sub.push(src.labels.received, src.labels.status);
  }
  const unitRows: Cell[][] = src.units.map((r) => [
    link(r, src.stt),
    link(r, src.name),
    ...src.periods.flatMap((p) => [link(r, p.received), link(r, p.status)]),
  ]);
  const rateRows: Cell[][] = src.rates.map((r) => [
    null,
    link(r, src.name),
    ...src.periods.flatMap((p) => [link(r, p.status), null]),
  ]);
  const rows = [head, deadlines, sub, ...unitRows, ...rateRows];
  const bottom = top + rows.length - 1;
  const firstData = top + 3;
  const firstRate = firstData + unitRows.length;
  const last = columnLetter(n - 1);
  const box = (r1: number, c1: number, r2 = r1, c2 = c1) =>
    rangeAddress({ top: r1, left: c1, bottom: r2, right: c2 });

  const merges = [box(top, 0, top + 2, 0), box(top, 1, top + 2, 1)];
  src.periods.forEach((_, p) => {
    merges.push(
      box(top, colOf(p, 0), top, colOf(p, 1)),
      box(top + 1, colOf(p, 0), top + 1, colOf(p, 1)),
    );
    for (let r = firstRate; r <= bottom; r++) merges.push(box(r, colOf(p, 0), r, colOf(p, 1)));
  });

  const deadlineFormat = `"${src.labels.deadline.replace(/"/g, "")}: "${DATE_FORMAT}`;
  const formats: RangeFormat[] = [
    {
      range: box(top, 0, bottom, n - 1),
      format: {
        fontName: PRINT_FONT,
        fontSize: COPY_FONT_PT,
        fontColor: "#000000",
        vAlign: "middle",
        wrap: true,
        border: true,
      },
    },
    { range: box(top, 0, top + 2, n - 1), format: { bold: true, hAlign: "center" } },
    {
      range: box(top + 1, 2, top + 1, n - 1),
      format: { bold: false, italic: true, numberFormat: deadlineFormat },
    },
    { range: box(firstData, 0, bottom, 0), format: { hAlign: "center" } },
  ];
  if (unitRows.length) {
    src.periods.forEach((_, p) => {
      formats.push(
        {
          range: box(firstData, colOf(p, 0), firstRate - 1, colOf(p, 0)),
          format: { numberFormat: DATE_FORMAT, hAlign: "center" },
        },
        {
          range: box(firstData, colOf(p, 1), firstRate - 1, colOf(p, 1)),
          format: { hAlign: "center" },
        },
      );
    });
  }
  if (rateRows.length) {
    formats.push(
      { range: box(firstRate, 0, bottom, n - 1), format: { bold: true } },
      {
        range: box(firstRate, 2, bottom, n - 1),
        format: { numberFormat: "0.0%", hAlign: "center" },
      },
    );
  }

  const wanted = [
    COPY_WIDTHS.stt,
    COPY_WIDTHS.unit,
    ...src.periods.flatMap(() => [COPY_WIDTHS.received, COPY_WIDTHS.status]),
  ];
  const widths = fitColumns(wanted, "landscape");
  const statusLines = Math.max(
    ...Object.values(STATUS_TEXT).map(
      (s) => wrapLines(s, COPY_FONT_PT, false, usablePt(widths, 2 + 1)).length,
    ),
  );
  const textAt = (v: Scalar | undefined) => (isText(v) ? String(v) : "");
  const rowHeights = heightsFor(
    [
      {
        row: top,
        cells: [],
        bold: true,
        minLines: Math.max(
          1,
          ...src.periods.map(
            (p, i) =>
              wrapLines(p.name, COPY_FONT_PT, true, usablePt(widths, colOf(i, 0), colOf(i, 1)))
                .length,
          ),
        ),
      },
      { row: top + 1, cells: [] },
      {
        row: top + 2,
        cells: ["", "", ...sub.slice(2).map((v) => textAt(v as Scalar))],
        bold: true,
      },
      ...src.units.map((r, i) => ({
        row: firstData + i,
        cells: ["", textAt(data.values[r]?.[src.name])],
        minLines: statusLines,
      })),
      ...src.rates.map((r, i) => ({
        row: firstRate + i,
        cells: ["", textAt(data.values[r]?.[src.name])],
        bold: true,
      })),
    ],
    widths,
    COPY_FONT_PT,
  );

  const year =
    options.year ?? options.plan?.year ?? yearOn(data, src.header) ?? new Date().getFullYear();
  const settings = settingsFor(options, year, printSheetsFor("tracking", year).title);
  const tableRange = `A${top + 1}:${last}${bottom + 1}`;
  const print = preparePrintEdit({
    sheet: TRACKING_PRINT_SHEET,
    table: { range: tableRange, headerRows: 3 },
    columnsCount: n,
    settings,
    orientation: printSheetsFor("tracking", year).orientation,
    columnWidths: widths,
    lang,
  });
  const edit: SheetEdit = {
    name: TRACKING_PRINT_SHEET,
    mode: "replace",
    blocks: [{ at: cellAddress(top, 0), values: rows }, ...(print.blocks ?? [])],
    formats: [...formats, ...(print.formats ?? [])],
    merges: [...merges, ...(print.merges ?? [])],
    columns: print.columns,
    rowHeights: { ...rowHeights, ...print.rowHeights },
    pageLayout: print.pageLayout,
    activate: true,
  };
  return { edit, table: absolute(tableRange).replace(/\$/g, ""), columns: n };
}
