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
 * - Size: a sheet's grid spans A1 to its last used cell, so a workbook with a sheet whose used
 *   range is over the cell cap (one value in XFD1048576) is refused at open as "too-large"
 *   (sheetSize.ts). Only the cells that exist are visited; the grid is filled from them.
 */
import * as XLSX from "@e965/xlsx";
import { zipSync } from "fflate";
import { cellAddress } from "../../domain/address";
import type { DefinedName, Scalar, SheetData, SheetInfo, SheetVisibility } from "../port";
import { isDateFormat, serialToDate } from "./cellValues";
import { cellFonts, tablesBySheet, type TablePart } from "./packageParts";
import { checkSheetSize, type SheetSizeOptions } from "./sheetSize";
import { unzipChecked, WorkbookReadError, type ZipLimits } from "./zipGuard";

export type ReadFileOptions = ZipLimits & SheetSizeOptions;

export interface SheetReadOptions {
  /** Include `formulas` (default true: the reader has them anyway). */
  formulas?: boolean;
  /** Include `fonts` (font name per cell, from the styles part). */
  fonts?: boolean;
}

export interface WorkbookFile {
  sheets: SheetInfo[];
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

export function readWorkbookFile(
  buffer: Uint8Array | ArrayBuffer,
  opts: ReadFileOptions = {},
): WorkbookFile {
  const data = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const parts = unzipChecked(data, opts);
  let wb: XLSX.WorkBook;
  try {
    // SheetJS inflates by itself and would trust the sizes; hand it the checked parts stored
    // uncompressed so nothing is inflated twice or unbounded.
    const stored = zipSync(parts, { level: 0 });
    wb = XLSX.read(stored, {
      type: "array",
      dense: false,
      cellDates: false,
      cellNF: true,
      cellFormula: true,
      cellStyles: false,
      cellHTML: false,
      cellText: false,
      sheetStubs: true,
      bookVBA: false,
    });
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw new WorkbookReadError(
      "corrupt",
      `The workbook cannot be read: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const sheets: SheetInfo[] = wb.SheetNames.map((name, i) => ({
    name,
    visibility: VISIBILITY[wb.Workbook?.Sheets?.[i]?.Hidden ?? 0] ?? "visible",
  }));
  const names: DefinedName[] = (wb.Workbook?.Names ?? [])
    .filter((n) => n.Sheet === undefined && !n.Name.startsWith("_xlnm."))
    .map((n) => ({ name: n.Name, refersTo: `=${n.Ref}` }));
  // Every sheet's used cells and extent, up front: a sheet too big to lay out refuses the file
  // now, with a reason, rather than when its grid is asked for.
  const used = new Map<string, UsedCells>();
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const cells = usedCells(ws);
    checkSheetSize(name, cells.rows, cells.cols, opts);
    used.set(name, cells);
  }
  let tables: Map<string, TablePart[]> | undefined;
  const modified = wb.Props?.ModifiedDate;

  return {
    sheets,
    names,
    props: modified instanceof Date && !isNaN(modified.getTime()) ? { modified } : {},
    data(sheetName, options = {}) {
      const cells = used.get(sheetName);
      if (!cells) throw new Error(`Sheet "${sheetName}" not found`);
      tables ??= tablesBySheet(parts);
      const sheet = sheetData(sheetName, cells, date1904);
      sheet.tables = tables.get(sheetName) ?? [];
      if (options.fonts) {
        // A cell without its own style has style 0, i.e. the workbook's default font.
        const { byCell } = cellFonts(parts, sheetName);
        // Fonts only where there is something to read (same rule in every adapter).
        const fonts = sheet.values.map((row) => Array<string | null>(row.length).fill(null));
        for (const { r, c } of cells.cells) {
          if (sheet.values[r][c] === null && !sheet.formulas?.[r][c]) continue;
          fonts[r][c] = byCell.get(cellAddress(r, c)) || null;
        }
        sheet.fonts = fonts;
      }
      if (options.formulas === false) delete sheet.formulas;
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

/** The grid from A1 to the last used cell, filled from the used cells only. */
function sheetData(name: string, used: UsedCells, date1904: boolean): SheetData {
  const { rows, cols } = used;
  const values: Scalar[][] = Array.from({ length: rows }, () => Array<Scalar>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () =>
    Array<string | null>(cols).fill(null),
  );
  const errors: Record<string, string> = {};
  for (const { r, c, cell } of used.cells) {
    const { value, error } = cellScalar(cell, date1904);
    values[r][c] = value;
    if (error) errors[cellAddress(r, c)] = error;
    if (cell.f) formulas[r][c] = `=${cell.f}`;
  }
  const data: SheetData = { name, values, formulas, tables: [] };
  if (Object.keys(errors).length > 0) data.errors = errors;
  return data;
}
