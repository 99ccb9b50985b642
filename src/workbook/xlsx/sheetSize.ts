/**
 * How big a sheet the readers lay out. The port's SheetData is a rows × columns grid from A1 to
 * the last used cell, so one value typed in XFD1048576 of an otherwise empty 6 KB file would ask
 * for 17 billion cells and end the process. A sheet whose used range is over the cap is refused
 * as "too-large", naming the sheet and its range, before any grid is made.
 */
import { cellAddress } from "../../domain/address";
import { WorkbookReadError } from "./zipGuard";

/** Most cells (rows × columns of the used range) a sheet may span. */
export const MAX_SHEET_CELLS = 2_000_000;

export interface SheetSizeOptions {
  /** Most cells a sheet's used range may span (default MAX_SHEET_CELLS). */
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
