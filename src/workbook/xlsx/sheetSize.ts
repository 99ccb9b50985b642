/**
 * How big a workbook the readers lay out. The port's SheetData is a rows × columns grid from A1
 * to the last used cell, so one value typed in XFD1048576 of an otherwise empty 6 KB file would
 * ask for 17 billion cells and end the process, and forty sheets each holding A1 and B1000000
 * would ask for 80 million. A sheet whose used range is over the cap, or the sheet that takes
 * the workbook's sheets over it in all, is refused as "too-large", naming the sheet and its
 * range, before any grid is made.
 */
import { cellAddress } from "../../domain/address";
import { WorkbookReadError } from "./zipGuard";

/** Most cells (rows × columns of the used ranges) the sheets read from a workbook may span. */
export const MAX_SHEET_CELLS = 2_000_000;

export interface SheetSizeOptions {
  /** Most cells the used ranges read from one workbook may span in all (default MAX_SHEET_CELLS). */
  maxCells?: number;
}

/**
 * Throws "too-large" when a used range of `rows` × `cols` (counted from A1) is over the cap.
 * The message names the sheet, its range and its size ("spans 1048576 rows × 16384 columns").
 */
export function checkSheetSize(
  sheet: string,
  rows: number,
  cols: number,
  opts: SheetSizeOptions = {},
): void {
  const max = opts.maxCells ?? MAX_SHEET_CELLS;
  if (rows * cols <= max) return;
  const range = `A1:${cellAddress(rows - 1, cols - 1)}`;
  throw new WorkbookReadError(
    "too-large",
    `The sheet "${sheet}" (${range}) spans ${rows} rows × ${cols} columns (limit ${max} cells).`,
  );
}

/** The cells a workbook's sheets span so far, refused once over the cap (see checkSheetSize). */
export class CellBudget {
  private spent = 0;
  constructor(private readonly opts: SheetSizeOptions = {}) {}

  /** Counts a sheet of `rows` × `cols`; throws "too-large" naming it when the total is over. */
  add(sheet: string, rows: number, cols: number): void {
    const max = this.opts.maxCells ?? MAX_SHEET_CELLS;
    checkSheetSize(sheet, rows, cols, this.opts);
    this.spent += rows * cols;
    if (this.spent <= max) return;
    const range = `A1:${cellAddress(rows - 1, cols - 1)}`;
    throw new WorkbookReadError(
      "too-large",
      `The workbook's sheets span ${this.spent} cells in all (limit ${max} cells); the sheet "${sheet}" (${range}) takes them over.`,
    );
  }
}
