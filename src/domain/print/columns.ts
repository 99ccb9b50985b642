/**
 * Column widths that fill the printable width of an A4 page exactly, so the table prints at
 * 100 % (font sizes as the decree asks) and no column is cut off.
 *
 * The conversion, documented because it is easy to get wrong:
 * - printable width (mm) = paper width − left − right margin: landscape 297 − 30 − 15 = 252 mm,
 *   portrait 210 − 30 − 15 = 165 mm;
 * - pixels at Excel's 96 dpi = mm / 25.4 × 96: 252 mm ≈ 952 px, 165 mm ≈ 623 px;
 * - Excel's column width unit (what `ColumnSpec.width` and the file store, 5 px padding
 *   included) is the maximum digit width (MDW) of the workbook's Normal-style font, whatever
 *   font the cells use: Calibri 11 → 7 px, Times New Roman 12 → 8 px, Times New Roman 13 → 9 px;
 *   a column of width w is trunc((256·w + trunc(128/MDW)) / 256 · MDW) px.
 * So landscape holds ≈ 952 / 8 ≈ 119 units under a Times New Roman 12 Normal style (our
 * default: the decree's font, and LibreOffice has the metric-compatible Liberation Serif),
 * ≈ 136 under Calibri 11, ≈ 105 under TNR 13. Callers that know the Normal font pass it.
 * We aim at 98 % of the width to leave room for the printer driver's rounding. If the Normal
 * font is wider than assumed, fit-to-one-page-wide shrinks the page so nothing is cut off; if
 * narrower, the table prints at 100 % with some room on the right. (Checked by printing with
 * LibreOffice: under a TNR 12 Normal style the fitted table prints at 100 %, 246 mm wide.)
 */
import { type Orientation, OFFICIAL_MARGINS_MM, printableWidthMm } from "./layout";
import { columnPx, DEFAULT_DIGIT_PX, mmToPx } from "./metrics";
import type { PageLayout } from "../sheet";

// The default Normal font and its digit width are metrics' (kept importable from here too).
export { DEFAULT_DIGIT_PX, DEFAULT_NORMAL_FONT } from "./metrics";

/** Narrowest column we print: room for "STT" or a two-digit number in TNR 12. */
export const MIN_COLUMN_WIDTH = 4;

/** Share of the printable width the columns fill. */
export const FILL_RATIO = 0.98;

export interface FitOptions {
  /** Minimum width of any column, in Excel units. */
  minWidth?: number;
  /** MDW of the workbook's Normal font in px; default Times New Roman 12 (8 px). */
  digitWidthPx?: number;
  margins?: Pick<PageLayout["margins"], "left" | "right">;
}

/** Pixels available for the columns on one printed page. */
export function printablePx(orientation: Orientation, margins = OFFICIAL_MARGINS_MM): number {
  return Math.floor(mmToPx(printableWidthMm(orientation, margins)) * FILL_RATIO);
}

/** Total printed pixels of a set of columns. */
export function totalPx(widths: number[], digitWidthPx = DEFAULT_DIGIT_PX): number {
  return widths.reduce((sum, w) => sum + columnPx(w, digitWidthPx), 0);
}

const floor2 = (n: number): number => Math.floor(n * 100) / 100;

/**
 * Scale column widths (Excel units) in proportion so together they fill the printable width of
 * A4 in `orientation` with the official margins. Every column keeps at least `minWidth`; when
 * even that cannot fit, all columns get `minWidth` and fit-to-width does the rest.
 */
export function fitColumns(
  widths: number[],
  orientation: Orientation = "landscape",
  opts: FitOptions = {},
): number[] {
  if (widths.length === 0) return [];
  const min = opts.minWidth ?? MIN_COLUMN_WIDTH;
  const digitPx = opts.digitWidthPx ?? DEFAULT_DIGIT_PX;
  const availablePx = printablePx(orientation, { ...OFFICIAL_MARGINS_MM, ...opts.margins });
  const target = availablePx / digitPx;
  if (widths.length * min >= target) return widths.map(() => min);

  // Nonsense widths (0, negative, NaN) count as the minimum.
  const wanted = widths.map((w) => (Number.isFinite(w) && w > min ? w : min));
  const pinned = new Set<number>();
  let result: number[] = [];
  // Scale the free columns; any that fall under the minimum are pinned there and the rest
  // rescaled. Ends within n rounds since each round pins at least one more column or stops.
  for (;;) {
    const freeTotal = wanted.reduce((s, w, i) => (pinned.has(i) ? s : s + w), 0);
    const room = target - pinned.size * min;
    const scale = room / freeTotal;
    result = wanted.map((w, i) => (pinned.has(i) ? min : w * scale));
    const under = result.findIndex((w, i) => !pinned.has(i) && w < min);
    if (under < 0) break;
    result.forEach((w, i) => {
      if (!pinned.has(i) && w < min) pinned.add(i);
    });
  }
  result = result.map((w) => Math.max(min, floor2(w)));
  // Truncation can still overshoot by a pixel or two: trim the widest column.
  while (totalPx(result, digitPx) > availablePx) {
    const widest = result.indexOf(Math.max(...result));
    result[widest] = floor2(result[widest] - 0.01 * Math.ceil(digitPx / 2));
  }
  return result;
}
