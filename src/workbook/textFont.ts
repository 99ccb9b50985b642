/**
 * The font of every cell we write that names none: Times New Roman (Nghị định 30/2020), at the
 * Normal style's 12 pt. Both adapters give it, so no cell falls back to a program's default
 * (Excel's Calibri, which LibreOffice lays out at other widths).
 */
import { parseCell, rangeAddress } from "../domain/address";
import { DEFAULT_NORMAL_FONT } from "../domain/print/columns";
import type { SheetEdit } from "../domain/sheet";

export const TEXT_FONT = DEFAULT_NORMAL_FONT;

/** The smallest range holding every block of a sheet edit ("A1:K40"), null when it has none. */
export function blocksBox(edit: SheetEdit): string | null {
  let box: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const block of edit.blocks ?? []) {
    const width = Math.max(0, ...block.values.map((r) => r.length));
    if (block.values.length === 0 || width === 0) continue;
    const { row, col } = parseCell(block.at);
    const bottom = row + block.values.length - 1;
    const right = col + width - 1;
    box = box
      ? {
          top: Math.min(box.top, row),
          left: Math.min(box.left, col),
          bottom: Math.max(box.bottom, bottom),
          right: Math.max(box.right, right),
        }
      : { top: row, left: col, bottom, right };
  }
  return box ? rangeAddress(box) : null;
}
