/**
 * The fast reader for received forms and merges, on SheetJS (@e965/xlsx), behind the zip guard.
 *
 * - Values: numbers, text, booleans; a number whose format is a date comes back as a UTC
 *   wall-clock Date (see cellValues.ts). SheetJS is asked for serials (cellDates off) and the
 *   conversion is done here, because SheetJS's own dates follow the machine's time zone.
 * - Formulas: "=…" in `formulas`; `values` holds the cached result (null when the file has none).
 * - Errors: a cell showing "#REF!" has that text in `values` and an entry in `errors`
 *   ("C7" -> "#REF!"), so a caller can tell the error from someone typing the text.
 * - Tables and fonts come from the package XML (SheetJS CE doesn't parse table parts).
 *
 * Cost: each part is inflated at most once, when SheetJS or this file first reads it; parts no
 * reading uses (images, drawings, printer settings, themes, comments) stay packed. `sheets`
 * picks, from the outline (sheet names, tables, defined names), the sheets parsed at open;
 * the others are parsed only if asked for.
 *
 * Size: the grids of the sheets read may span at most `maxCells` cells in all (rows × columns
 * from A1 to each sheet's last used cell, summed over the workbook), so a small file that
 * spreads a few values over many sheets or far down one sheet is refused as "too-large" at
 * open, naming the sheet (sheetSize.ts). The rows with no used cell share one frozen row of
 * nulls, and only the cells that exist are visited, so memory follows the cells, not the span.
 */
import * as XLSX from "@e965/xlsx/dist/xlsx.mini.min.js";
import { cellAddress } from "../../domain/address";
import type {
  DefinedName,
  Scalar,
  SheetData,
  SheetInfo,
  SheetVisibility,
} from "../../domain/sheet";
import { isDateFormat, serialToDate } from "../shared/cellValues";
import {
  attributes,
  cellFonts,
  decodeXml,
  partText,
  sheetPaths,
  tablesBySheet,
  workbookPath,
  type TablePart,
} from "./packageParts";
import { fixOdsWorkbook, isOdsPackage, quietly, readLegacyXls, SHEETJS_OPTIONS } from "./formats";
import { CellBudget, type SheetSizeOptions } from "./sheetSize";
import { openChecked, WorkbookReadError, type CheckedPackage, type ZipLimits } from "./zipGuard";

/** What a workbook shows before any cell is read. */
export interface WorkbookOutline {
  /** Sheet names in workbook order. */
  sheets: string[];
  /** Excel tables per sheet name. */
  tables: Map<string, TablePart[]>;
  /** Workbook-level defined names (sheet-level and _xlnm.* names left out). */
  names: DefinedName[];
}

export interface ReadFileOptions extends ZipLimits, SheetSizeOptions {
  /** The sheets to parse at open (default: every sheet); the others are parsed if asked for. */
  sheets?: (outline: WorkbookOutline) => string[];
}

export interface SheetReadOptions {
  /** Include `formulas` (default true: the reader has them anyway). */
  formulas?: boolean;
  /** Include `fonts` (font name per cell, from the styles part). */
  fonts?: boolean;
}

export interface WorkbookFile {
  sheets: SheetInfo[];
  /** The sheets parsed at open (all of them unless `sheets` chose). */
  parsed: string[];
  /** Workbook-level defined names (sheet-level and _xlnm.* names are left out). */
  names: DefinedName[];
  /** One sheet's data; throws naming the sheet when it is missing. */
  data(sheetName: string, options?: SheetReadOptions): SheetData;
  props: { modified?: Date };
}

/** SheetJS error codes (BIFF numbers) and their text. */
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

const VISIBILITY: Record<number, SheetVisibility> = { 0: "visible", 1: "hidden", 2: "veryHidden" };

/** Parts no reading here uses: never handed to SheetJS, so never inflated. */
const UNUSED_PART =
  /^(?:xl\/(?:media|drawings|printerSettings|theme|threadedComments|persons|embeddings|externalLinks|ctrlProps|customXml)\/|xl\/(?:comments\d*\.xml|calcChain\.xml|vbaProject\.bin)$|docProps\/(?:app|custom)\.xml$|customXml\/)/i;

export function readWorkbookFile(
  buffer: Uint8Array | ArrayBuffer,
  opts: ReadFileOptions = {},
): WorkbookFile {
  const data = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  // An .xls (OLE) is guarded and parsed whole in formats.ts; anything else is a checked zip.
  const legacy = readLegacyXls(data);
  if (legacy) return workbookFromSheetJs(legacy, { opts });
  const pkg = openChecked(data, opts);
  const parts = partsOf(pkg);
  if (isOdsPackage(pkg.part)) {
    // An .ods has no xl/workbook.xml to choose sheets from: every sheet is parsed.
    const ods = quietly(() => parseWithSheetJs(pkg, undefined));
    fixOdsWorkbook(ods, parts);
    return workbookFromSheetJs(ods, { opts, parts });
  }
  const outline = opts.sheets ? outlineOf(parts) : undefined;
  const wb = parseWithSheetJs(pkg, outline && opts.sheets?.(outline));
  return workbookFromSheetJs(wb, {
    opts,
    parts,
    tables: outline?.tables,
    // A sheet not parsed at open is parsed alone when asked for.
    more: (sheet) => parseWithSheetJs(pkg, [sheet]).Sheets[sheet],
  });
}

/** The package's parts as a record whose entries inflate on first read (packageParts.ts). */
function partsOf(pkg: CheckedPackage): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  for (const name of pkg.names) {
    Object.defineProperty(parts, name, { enumerable: true, get: () => pkg.part(name) });
  }
  return parts;
}

/** Sheet names, tables and workbook-level names, from the workbook part and its relations. */
export function outlineOf(parts: Record<string, Uint8Array>): WorkbookOutline {
  const xml = partText(parts, workbookPath(parts)) ?? "";
  const names: DefinedName[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?definedName\b([^>]*)>([^<]*)</g)) {
    const a = attributes(m[1]);
    if (!a.name || a.localSheetId !== undefined || a.name.startsWith("_xlnm.")) continue;
    names.push({ name: a.name, refersTo: `=${decodeXml(m[2])}` });
  }
  return { sheets: [...sheetPaths(parts).keys()], tables: tablesBySheet(parts), names };
}

/**
 * SheetJS over the checked package: it is handed the parts as entries whose content inflates
 * when read. SheetJS swallows errors while parsing a sheet, so a part that fails to inflate
 * (a lying or damaged part) is remembered and thrown after.
 */
function parseWithSheetJs(pkg: CheckedPackage, sheets: string[] | undefined): XLSX.WorkBook {
  let failure: unknown;
  const files: Record<string, unknown> = {};
  for (const name of pkg.names) {
    if (UNUSED_PART.test(name)) continue;
    files[name] = {
      name,
      type: 2,
      get content() {
        try {
          return asBuffer(pkg.part(name)!);
        } catch (err) {
          failure ??= err;
          throw err;
        }
      },
    };
  }
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.parse_zip({ files }, { ...SHEETJS_OPTIONS, ...(sheets ? { sheets } : {}) });
  } catch (err) {
    throw failure ?? readError(err);
  }
  if (failure) throw failure;
  return wb;
}

/** In Node, SheetJS reads a Buffer's text fastest; in the browser it takes the bytes. */
function asBuffer(bytes: Uint8Array): Uint8Array {
  const B = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  return B ? B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

function readError(err: unknown): WorkbookReadError {
  if (err instanceof WorkbookReadError) return err;
  return new WorkbookReadError(
    "corrupt",
    `The workbook cannot be read: ${(err as Error).message}`,
    {
      cause: err,
    },
  );
}

export interface FromSheetJsOptions {
  opts?: SheetSizeOptions;
  /** The package's parts, for tables and fonts (none for a file SheetJS read from bytes). */
  parts?: Record<string, Uint8Array>;
  /** The tables per sheet when already read from `parts` (the outline): not read twice. */
  tables?: Map<string, TablePart[]>;
  /** Parse one more sheet that was not parsed at first. */
  more?: (sheet: string) => XLSX.WorkSheet | undefined;
}

/** A workbook SheetJS parsed, as the reader's WorkbookFile (the cell budget checked). */
export function workbookFromSheetJs(
  wb: XLSX.WorkBook,
  { opts = {}, parts, more, tables }: FromSheetJsOptions = {},
): WorkbookFile {
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const sheets: SheetInfo[] = wb.SheetNames.map((name, i) => ({
    name,
    visibility: VISIBILITY[wb.Workbook?.Sheets?.[i]?.Hidden ?? 0] ?? "visible",
  }));
  const names: DefinedName[] = (wb.Workbook?.Names ?? [])
    .filter((n) => n.Sheet === undefined && !n.Name.startsWith("_xlnm."))
    .map((n) => ({ name: n.Name, refersTo: `=${n.Ref}` }));
  // The used cells and extent of every sheet parsed, up front: a workbook too big to lay out
  // is refused now, with a reason, rather than when a grid is asked for.
  const budget = new CellBudget(opts);
  const used = new Map<string, UsedCells>();
  const take = (name: string, ws: XLSX.WorkSheet) => {
    const cells = usedCells(ws);
    budget.add(name, cells.rows, cells.cols);
    used.set(name, cells);
    return cells;
  };
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (ws) take(name, ws);
  }
  const parsed = [...used.keys()];
  const modified = wb.Props?.ModifiedDate;

  return {
    sheets,
    parsed,
    names,
    props: modified instanceof Date && !isNaN(modified.getTime()) ? { modified } : {},
    data(sheetName, options = {}) {
      let cells = used.get(sheetName);
      if (!cells && more && wb.SheetNames.includes(sheetName)) {
        const ws = more(sheetName);
        if (ws) cells = take(sheetName, ws);
      }
      if (!cells) throw new Error(`Sheet "${sheetName}" not found`);
      tables ??= parts ? tablesBySheet(parts) : new Map();
      const sheet = sheetData(sheetName, cells, date1904, options.formulas !== false);
      sheet.tables = tables.get(sheetName) ?? [];
      if (options.fonts && parts) sheet.fonts = fontGrid(cellFonts(parts, sheetName).byCell, cells);
      return sheet;
    },
  };
}

function cellScalar(cell: XLSX.CellObject, date1904: boolean): { value: Scalar; error?: string } {
  switch (cell.t) {
    case "n": {
      const v = cell.v as number;
      return { value: isDateFormat(cell.z as string | undefined) ? serialToDate(v, date1904) : v };
    }
    case "s":
      return { value: String(cell.v ?? "") };
    case "b":
      return { value: !!cell.v };
    case "d": {
      const d = cell.v as Date;
      const utc = Date.UTC(
        d.getFullYear(),
        d.getMonth(),
        d.getDate(),
        d.getHours(),
        d.getMinutes(),
        d.getSeconds(),
        d.getMilliseconds(),
      );
      return { value: new Date(utc) };
    }
    case "e": {
      const text = ERROR_TEXT[cell.v as number] ?? cell.w ?? "#VALUE!";
      return { value: text, error: text };
    }
    default:
      return { value: null };
  }
}

/** The cells of a sheet with a value or a formula, and the extent they span from A1. */
interface UsedCells {
  cells: { r: number; c: number; cell: XLSX.CellObject }[];
  rows: number;
  cols: number;
}

function usedCells(ws: XLSX.WorkSheet): UsedCells {
  // Styled blanks (stubs) don't count: formatting alone does not make a cell used.
  const cells: UsedCells["cells"] = [];
  let rows = 0;
  let cols = 0;
  for (const key of Object.keys(ws)) {
    if (key.startsWith("!")) continue;
    const cell = ws[key] as XLSX.CellObject;
    const isUsed = (cell.t !== "z" && cell.v !== undefined) || !!cell.f;
    if (!isUsed) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    cells.push({ r, c, cell });
    if (r >= rows) rows = r + 1;
    if (c >= cols) cols = c + 1;
  }
  return { cells, rows, cols };
}

/**
 * A grid from A1 to the last used cell, `cols` wide, nulls where nothing is. The rows holding
 * no used cell are all one shared, frozen row of nulls, so a sparse sheet (A1 and B1000000)
 * costs a pointer per row, not a row per row.
 */
function grid<T>(
  rows: number,
  cols: number,
  at: Iterable<{ r: number; c: number; v: T | null }>,
): (T | null)[][] {
  const empty = Object.freeze(new Array<T | null>(cols).fill(null)) as (T | null)[];
  const out: (T | null)[][] = new Array<(T | null)[]>(rows).fill(empty);
  for (const { r, c, v } of at) {
    if (out[r] === empty) out[r] = new Array<T | null>(cols).fill(null);
    out[r][c] = v;
  }
  return out;
}

function sheetData(
  name: string,
  used: UsedCells,
  date1904: boolean,
  withFormulas: boolean,
): SheetData {
  const { rows, cols } = used;
  const errors: Record<string, string> = {};
  const values = grid<Scalar>(
    rows,
    cols,
    used.cells.map(({ r, c, cell }) => {
      const { value, error } = cellScalar(cell, date1904);
      if (error) errors[cellAddress(r, c)] = error;
      return { r, c, v: value };
    }),
  );
  const data: SheetData = { name, values, tables: [] };
  if (withFormulas) {
    // Every used cell is placed (null without a formula), so both grids have the same rows.
    data.formulas = grid<string>(
      rows,
      cols,
      used.cells.map(({ r, c, cell }) => ({ r, c, v: cell.f ? `=${cell.f}` : null })),
    );
  }
  if (Object.keys(errors).length > 0) data.errors = errors;
  return data;
}

/** Fonts only where there is something to read (same rule in every adapter). */
function fontGrid(byCell: Map<string, string>, used: UsedCells): (string | null)[][] {
  return grid<string>(
    used.rows,
    used.cols,
    used.cells.map(({ r, c }) => ({ r, c, v: byCell.get(cellAddress(r, c)) || null })),
  );
}
