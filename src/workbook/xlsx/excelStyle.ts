/** CellFormat (port) -> ExcelJS cell style. */
import type * as ExcelJS from "exceljs";
import type { CellFormat } from "../../domain/sheet";

/** "#1F4E79" -> "FF1F4E79" (ExcelJS wants ARGB). */
export function argb(color: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) throw new Error(`Not a "#RRGGBB" colour: ${color}`);
  return `FF${m[1].toUpperCase()}`;
}

/** A font as ExcelJS stores it: a named face at a size (family 1 = roman, i.e. serif). */
export const excelFont = (font: { name: string; size: number }): Partial<ExcelJS.Font> => ({
  name: font.name,
  size: font.size,
  family: 1,
});

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

export type Style = Partial<ExcelJS.Style>;

/**
 * Style objects made during one edit, by (the cell's old style, what was applied to it): cells
 * formatted alike get the same object. ExcelJS then files a style once, not once per cell (its
 * writer remembers style objects it has seen), which was most of the summary's write time.
 * Safe because no code here changes a style object in place: every change makes a new one.
 */
export class StyleCache {
  /** Every style without properties counts as one (each new cell has its own empty object). */
  private readonly empty = {};
  private readonly made = new WeakMap<object, Map<unknown, Style>>();

  derive(old: Style, key: unknown, make: () => Style): Style {
    const from = Object.keys(old).length === 0 ? this.empty : old;
    let byKey = this.made.get(from);
    if (!byKey) this.made.set(from, (byKey = new Map()));
    let style = byKey.get(key);
    if (!style) byKey.set(key, (style = make()));
    return style;
  }
}

/** Keys for a format applied at the bottom edge of its range or elsewhere. */
const edgeKeys = new WeakMap<CellFormat, [object, object]>();
const edgeKey = (format: CellFormat, bottom: boolean): object => {
  let keys = edgeKeys.get(format);
  if (!keys) edgeKeys.set(format, (keys = [{}, {}]));
  return keys[bottom ? 1 : 0];
};

/**
 * Apply a format to one cell. The style object is rebuilt rather than mutated: ExcelJS may
 * share one style object between cells loaded from a file, and mutating it would restyle them all.
 * `edges` says which sides of the range this cell is on (for the bottom rule).
 */
export function applyCellFormat(
  cell: ExcelJS.Cell,
  format: CellFormat,
  edges: { bottom: boolean },
  base: Readonly<Partial<ExcelJS.Font>>,
  cache?: StyleCache,
): void {
  cell.style = formatStyle(cell.style ?? {}, format, edges.bottom, base, cache) as ExcelJS.Style;
}

/** The style a cell with style `old` gets from `format` (`atBottom`: on the range's last row). */
export function formatStyle(
  old: Style,
  format: CellFormat,
  atBottom: boolean,
  base: Readonly<Partial<ExcelJS.Font>>,
  cache?: StyleCache,
): Style {
  const bottom = atBottom && !!format.borderBottom && !format.border;
  return cache
    ? cache.derive(old, edgeKey(format, bottom), () => formatted(old, format, bottom, base))
    : formatted(old, format, bottom, base);
}

/** A new style: `old` with `format` applied (`bottom`: this cell takes the bottom rule). */
function formatted(
  old: Style,
  format: CellFormat,
  bottom: boolean,
  base: Readonly<Partial<ExcelJS.Font>>,
): Style {
  const style: Style = { ...old };

  // A font without a name is drawn differently by each program: start from the workbook's
  // text font (the adapter's `base`) when the cell has no font yet.
  const font: Partial<ExcelJS.Font> = { ...(old.font ?? base) };
  let fontChanged = false;
  const setFont = <K extends keyof ExcelJS.Font>(key: K, value: ExcelJS.Font[K] | undefined) => {
    if (value === undefined) return;
    font[key] = value;
    fontChanged = true;
  };
  setFont("name", format.fontName);
  setFont("size", format.fontSize);
  setFont("bold", format.bold);
  setFont("italic", format.italic);
  if (format.underline !== undefined) setFont("underline", format.underline ? "single" : "none");
  if (format.fontColor !== undefined) setFont("color", { argb: argb(format.fontColor) });
  if (fontChanged) style.font = font;

  if (format.fill === null) {
    delete style.fill;
  } else if (format.fill !== undefined) {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
  }

  if (format.hAlign || format.vAlign || format.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(old.alignment ?? {}) };
    if (format.hAlign) alignment.horizontal = format.hAlign;
    if (format.vAlign) alignment.vertical = format.vAlign;
    if (format.wrap !== undefined) alignment.wrapText = format.wrap;
    style.alignment = alignment;
  }

  if (format.numberFormat !== undefined) style.numFmt = format.numberFormat;

  if (format.border || bottom) {
    const border: Partial<ExcelJS.Borders> = { ...(old.border ?? {}) };
    if (format.border) {
      border.top = thin;
      border.left = thin;
      border.right = thin;
      border.bottom = thin;
    } else {
      border.bottom = thin;
    }
    style.border = border;
  }

  if (format.unlocked !== undefined) {
    style.protection = { ...(old.protection ?? {}), locked: !format.unlocked };
  }
  return style;
}
