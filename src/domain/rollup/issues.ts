/**
 * Problems found cell by cell, grouped so one message names every cell with the same
 * problem ("Số âm (ô 'Báo cáo'!F7, 'Báo cáo'!F9)") instead of one line per cell.
 */
import { sheetRef } from "../address";
import type { Message } from "./types";

/** How many cells a message names before it says "(+N)". */
const MAX_CELLS = 10;

interface Group {
  cells: string[];
  codes: string[];
}

export class CellIssues {
  private readonly groups = new Map<string, Group>();

  /** Record a problem `key` at `sheet!cell`; `code` is an optional detail shown once. */
  add(key: string, sheet: string, cell: string, code?: string): void {
    let g = this.groups.get(key);
    if (!g) {
      g = { cells: [], codes: [] };
      this.groups.set(key, g);
    }
    const ref = sheetRef(sheet, cell);
    if (!g.cells.includes(ref)) g.cells.push(ref);
    if (code !== undefined && !g.codes.includes(code)) g.codes.push(code);
  }

  get size(): number {
    return this.groups.size;
  }

  messages(): Message[] {
    return [...this.groups].map(([key, g]) => ({
      key,
      params: { cells: listCells(g.cells), codes: listCells(g.codes), count: g.cells.length },
    }));
  }
}

/** Items joined with commas, at most MAX_CELLS of them. */
export function listCells(cells: string[]): string {
  const shown = cells.slice(0, MAX_CELLS).join(", ");
  return cells.length > MAX_CELLS ? `${shown} (+${cells.length - MAX_CELLS})` : shown;
}
