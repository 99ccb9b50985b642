/**
 * The sheet model: what a workbook holds (SheetData) and a change to it (WorkbookEdit), as plain
 * data. The domain builds edits and reads sheets in these terms; the adapters behind the port
 * (src/workbook/port.ts) turn them into Excel calls or file bytes.
 */
/**
 * A cell value as stored. Dates are written as dates; formulas go in `Formula`.
 * A `Date` is a wall-clock date/time held in UTC: 04/03/2020 is `new Date(Date.UTC(2020, 2, 4))`
 * whatever the machine's time zone (both adapters read and write dates this way).
 */
export type Scalar = string | number | boolean | Date | null;

/** A formula cell: `formula` without the leading "=" is not accepted; always "=…". */
export interface Formula {
  formula: string;
}

export type Cell = Scalar | Formula;

export const isFormula = (c: Cell): c is Formula =>
  typeof c === "object" && c !== null && !(c instanceof Date) && "formula" in c;

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

export interface CellFormat {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" background fill; null clears it. */
  fill?: string | null;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  numberFormat?: string;
  /** Thin borders on every edge of every cell in the range. */
  border?: boolean;
  /** Bottom border only (a short rule under a header line). */
  borderBottom?: boolean;
  /** Cell is unlocked when the sheet is protected. */
  unlocked?: boolean;
}

/** A rectangle of values written at `at` (A1 address of its top-left cell). */
export interface Block {
  at: string;
  values: Cell[][];
  /** Applied to the whole block. */
  format?: CellFormat;
}

/** A format applied to a range, e.g. "A5:K5". */
export interface RangeFormat {
  range: string;
  format: CellFormat;
}

export interface ColumnSpec {
  /** 0-based column index. */
  index: number;
  /** Width in characters (Excel's column width unit). */
  width?: number;
  hidden?: boolean;
}

export interface TableSpec {
  name: string;
  /** Range including the header row, e.g. "A5:K40". */
  range: string;
  style?: string;
  /** Header row texts, left to right (the first row of `range`). */
  columns: string[];
}

export interface ValidationSpec {
  /** Target range, e.g. "D6:E40". */
  range: string;
  /** A list from a range ("='Danh mục cơ quan'!$B$2:$B$40") or whole numbers/decimals >= min. */
  rule:
    | { kind: "list"; source: string }
    | { kind: "decimal"; min: number; max?: number }
    // With `max`, between min and max (a yes/no cell: 0 or 1).
    | { kind: "whole"; min: number; max?: number };
  /** Shown when the entry is rejected (Vietnamese by default). */
  errorTitle?: string;
  errorMessage?: string;
  /** "stop" rejects the entry, "warning" asks, "information" lets it through. */
  errorStyle?: "stop" | "warning" | "information";
  /** Allow entries outside the list (several agencies in one cell): warn only. */
  allowBlank?: boolean;
}

export interface ConditionalFormatSpec {
  range: string;
  /** An Excel formula relative to the top-left cell of `range`, e.g. "=$F6=\"Quá hạn chưa nộp\"". */
  formula: string;
  format: Pick<CellFormat, "fill" | "fontColor" | "bold">;
}

/** Page setup as data (see src/domain/print). */
export interface PageLayout {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Millimetres. */
  margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
  fitToWidth: boolean;
  /**
   * The columns' widths were fitted to the printable width, so the sheet prints one page wide
   * at 100 % without Fit To (which Excel and LibreOffice give precedence over manual breaks).
   * Information for checks; the adapters print at 100 % whenever fitToWidth is false.
   */
  columnsFitted?: boolean;
  /** Rows repeated at the top of each printed page, e.g. "$6:$6". */
  printTitleRows?: string;
  /** Columns repeated at the left of each printed page, e.g. "$A:$B" (a wide table's labels). */
  printTitleColumns?: string;
  /**
   * Manual page breaks: each 1-based row starts a new printed page (a task's rows kept
   * together, the signature kept with the table's last rows). Replaces the sheet's own breaks.
   */
  rowBreaks?: number[];
  printArea?: string;
  /** Centre horizontally on the page. */
  centerHorizontally?: boolean;
  /** Excel header/footer codes, e.g. "&C&P"; firstPage* apply when differentFirst is set. */
  header?: string;
  footer?: string;
  differentFirst?: boolean;
  firstHeader?: string;
  firstFooter?: string;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetEdit {
  name: string;
  /**
   * "create": add if missing (fail if it exists); "replace": clear it (values, formats,
   * tables, validations, conditional formats) or add it; "update": keep what is there.
   */
  mode: "create" | "replace" | "update";
  /** Position among the sheets, 0 first; absent keeps or appends. */
  position?: number;
  visibility?: SheetVisibility;
  tabColor?: string;
  blocks?: Block[];
  formats?: RangeFormat[];
  merges?: string[];
  columns?: ColumnSpec[];
  /** Row heights in points, keyed by 1-based row number. */
  rowHeights?: Record<number, number>;
  tables?: TableSpec[];
  validations?: ValidationSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  freeze?: { rows: number; columns: number };
  pageLayout?: PageLayout;
  /** Activate this sheet after the edit. */
  activate?: boolean;
}

export interface DefinedName {
  name: string;
  /** e.g. "='Báo cáo'!$C$3" */
  refersTo: string;
}

export interface WorkbookEdit {
  sheets: SheetEdit[];
  names?: DefinedName[];
  /** Sheets to delete if present. */
  deleteSheets?: string[];
}

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
  /** The sheet the user is on (Excel's active sheet; a file's selected tab). */
  active?: boolean;
}

/** What a read returns for one sheet: its used range from A1, values and (on request) formulas. */
export interface SheetData {
  name: string;
  /** Values from A1 to the last used cell; empty cells are null. */
  values: Scalar[][];
  /** Formulas ("=…") where a cell has one, else null; present when asked for. */
  formulas?: (string | null)[][];
  /** Font name per cell, present when asked for (TCVN3 capitals depend on ".VnTimeH"). */
  fonts?: (string | null)[][];
  /** Excel tables on the sheet. */
  tables: { name: string; range: string }[];
  /**
   * Cells showing an Excel error, keyed by A1 address ("C7": "#REF!"); their `values` entry holds
   * the same text. Absent when there are none.
   */
  errors?: Record<string, string>;
}

export interface ReadRequest {
  sheet: string;
  formulas?: boolean;
  fonts?: boolean;
}

/** The sheets and defined names of a workbook, known before anything else is read. */
export interface WorkbookInfo {
  sheets: SheetInfo[];
  names: DefinedName[];
}

/** What `update` read: the workbook's sheets and names, and the sheets asked for. */
export interface WorkbookSnapshot extends WorkbookInfo {
  data: SheetData[];
}
