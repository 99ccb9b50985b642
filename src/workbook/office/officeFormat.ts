/** CellFormat (port) -> queued Office.js format writes on a range. */
import type { CellFormat } from "../../domain/sheet";
import { fillMatrix } from "../shared/cellValues";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** "#1f4e79" -> "#1F4E79"; Office.js wants "#RRGGBB". */
export function officeColor(color: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) throw new Error(`Not a "#RRGGBB" colour: ${color}`);
  return `#${m[1].toUpperCase()}`;
}

export function applyFormat(range: Excel.Range, f: CellFormat, rows: number, cols: number): void {
  const font = range.format.font;
  if (f.fontName !== undefined) font.name = f.fontName;
  if (f.fontSize !== undefined) font.size = f.fontSize;
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.underline !== undefined) font.underline = f.underline ? "Single" : "None";
  if (f.fontColor !== undefined) font.color = officeColor(f.fontColor);
  if (f.fill === null) range.format.fill.clear();
  else if (f.fill !== undefined) range.format.fill.color = officeColor(f.fill);
  if (f.hAlign) range.format.horizontalAlignment = H_ALIGN[f.hAlign];
  if (f.vAlign) range.format.verticalAlignment = V_ALIGN[f.vAlign];
  if (f.wrap !== undefined) range.format.wrapText = f.wrap;
  // numberFormat takes a 2-D array the size of the range.
  if (f.numberFormat !== undefined) range.numberFormat = fillMatrix(rows, cols, f.numberFormat);
  if (f.border) {
    const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    // Inside borders only exist when the range has more than one row / column.
    if (rows > 1) edges.push("InsideHorizontal");
    if (cols > 1) edges.push("InsideVertical");
    for (const edge of edges) thin(range, edge);
  } else if (f.borderBottom) {
    thin(range, "EdgeBottom");
  }
  if (f.unlocked !== undefined) range.format.protection.locked = !f.unlocked;
}

/** Enum values are passed as strings: the global `Excel` exists only inside Office. */
type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function thin(range: Excel.Range, edge: Edge): void {
  const border = range.format.borders.getItem(edge);
  border.style = "Continuous";
  border.weight = "Thin";
  border.color = "#000000";
}

/** Excel column width in characters -> points (Calibri 11: 7 px per character + 5 px padding). */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
