/**
 * Rough text and column metrics for print layout.
 *
 * Excel does not autofit merged cells and has no "draw a line" in the cell model, so the print
 * builders estimate how wide a line of Times New Roman text is (to size rules and row heights).
 * Widths are Times New Roman advance widths in 1/1000 em, read from Liberation Serif, which is
 * metric-compatible with Times New Roman (what LibreOffice prints with when TNR is missing).
 */
import { remembered } from "../remember";

/** Advance widths, 1/1000 em, for ASCII 32..126 (space to "~"). */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 777, 180, 333, 333, 500, 563, 250, 333, 250, 277, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 277, 277, 563, 563, 563, 443, 920, 722, 666, 666, 722, 610,
  556, 722, 722, 333, 389, 722, 610, 889, 722, 722, 556, 722, 666, 556, 610, 722, 722, 943, 722,
  722, 610, 333, 277, 333, 469, 500, 333, 443, 500, 443, 500, 443, 333, 500, 500, 277, 277, 500,
  277, 777, 500, 500, 500, 500, 333, 389, 277, 500, 500, 722, 500, 500, 443, 479, 200, 479, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 277, 333, 333, 500, 569, 250, 333, 250, 277, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 333, 333, 569, 569, 569, 500, 930, 722, 666, 722, 722, 666,
  610, 777, 777, 389, 500, 777, 666, 943, 722, 777, 610, 777, 722, 556, 666, 722, 722, 1000, 722,
  722, 666, 333, 277, 333, 581, 500, 333, 500, 556, 443, 556, 443, 333, 500, 556, 277, 333, 556,
  277, 833, 556, 500, 556, 556, 443, 389, 333, 556, 500, 722, 500, 500, 443, 394, 220, 394, 520,
];

/** Width of one character in 1/1000 em. Vietnamese letters take their base letter's width. */
function measureChar(ch: string, bold: boolean): number {
  if (ch === "\u2014" || ch === "\u2026") return 1000; // em dash, ellipsis
  if (ch === "\u2013") return 500; // en dash
  const parts = ch.normalize("NFD");
  let base = parts[0] ?? ch;
  if (base === "đ") base = "d";
  else if (base === "Đ") base = "D";
  // ơ and ư carry a horn (U+031B) that adds a little width.
  const horn = parts.includes("\u031B") ? 60 : 0;
  const code = base.charCodeAt(0);
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32] + horn;
  return 500;
}

// Texts use few distinct characters; NFD-splitting each one every time was most of the cost.
const CHAR_UNITS = [
  remembered((ch) => measureChar(ch, false)),
  remembered((ch) => measureChar(ch, true)),
];

const charWidth = (ch: string, bold: boolean): number => CHAR_UNITS[bold ? 1 : 0](ch);

/** Width of `text` in 1/1000 em (whole units, so sums of parts are exact). */
function textUnits(text: string, bold: boolean): number {
  let units = 0;
  for (const ch of text.normalize("NFC")) units += charWidth(ch, bold);
  return units;
}

/** Estimated width in points of one line of Times New Roman text. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  return (textUnits(text, bold) / 1000) * sizePt;
}

/**
 * Break text into the lines a cell of `widthPt` shows with wrapping on (greedy, at spaces,
 * as Excel and LibreOffice do). Explicit "\n" always breaks.
 */
export function wrapLines(text: string, sizePt: number, bold: boolean, widthPt: number): string[] {
  const lines: string[] = [];
  const space = textUnits(" ", bold);
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineUnits = 0;
    // A line's width is the sum of its words' and spaces' widths: each word is measured once.
    for (const word of paragraph.split(" ")) {
      const wordUnits = textUnits(word, bold);
      const candidateUnits = line ? lineUnits + space + wordUnits : wordUnits;
      if (line && (candidateUnits / 1000) * sizePt > widthPt) {
        lines.push(line);
        line = word;
        lineUnits = wordUnits;
      } else {
        line = line ? `${line} ${word}` : word;
        lineUnits = candidateUnits;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Excel's tallest row, in points: it refuses a taller one. */
export const MAX_ROW_HEIGHT_PT = 409;

/**
 * Row height in points for `lines` lines of text at `sizePt`, at most Excel's 409. Excel's TNR
 * line is ~1.3 em; LibreOffice's is closer (~1.15 em), so the height fits both.
 */
export function rowHeightFor(lines: number, sizePt: number): number {
  return Math.min(MAX_ROW_HEIGHT_PT, Math.ceil((lines * sizePt * 1.3 + 2) * 4) / 4);
}

export const PX_PER_INCH = 96;
export const MM_PER_INCH = 25.4;
export const PT_PER_PX = 72 / PX_PER_INCH;

export const mmToPx = (mm: number): number => (mm / MM_PER_INCH) * PX_PER_INCH;

/** Digit advance of a few fonts, in em: what Excel measures its column unit with. */
const DIGIT_EM: Record<string, number> = {
  calibri: 0.5068,
  "times new roman": 0.5,
  arial: 0.556,
  cambria: 0.5547,
  "liberation serif": 0.5,
};

/**
 * Excel's "maximum digit width" in pixels (96 dpi) for the workbook's Normal-style font.
 * Excel's column width unit is this width (the cell's own font plays no part): Calibri 11 → 7,
 * Times New Roman 12 → 8, Times New Roman 13 → 9.
 */
export function maxDigitWidthPx(fontName = "Calibri", fontSizePt = 11): number {
  const em = DIGIT_EM[fontName.trim().toLowerCase()] ?? 0.5;
  return Math.max(1, Math.round(em * fontSizePt * (PX_PER_INCH / 72)));
}

/** Pixels Excel gives a column of width `width` (file units, padding included). */
export function columnPx(width: number, digitPx: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / digitPx)) / 256) * digitPx);
}

/** The Normal-style font the widths assume when the caller does not say. */
export const DEFAULT_NORMAL_FONT = { name: "Times New Roman", size: 12 } as const;

export const DEFAULT_DIGIT_PX = maxDigitWidthPx(DEFAULT_NORMAL_FONT.name, DEFAULT_NORMAL_FONT.size);

/** Excel's width of a column nobody sized (Calibri 11 workbooks; what the file says otherwise). */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/* --------------------------------------------------------- wrapped row heights */

/**
 * The one row-height estimate for wrapped text (print preparation, the summary's refit, the
 * report form). Excel does not grow a row for wrapped text in merged cells, nor on open, and
 * LibreOffice keeps the heights it is given, so the builders set them.
 *
 * WRAP_SAFETY is the share of a cell's text width the estimate counts on. Our widths are
 * Liberation Serif's (= Times New Roman's), but LibreOffice draws some Vietnamese letters from a
 * wider fallback font when Times New Roman is missing, and printer drivers round, so real lines
 * break a little earlier than the metric says. A line too many costs a little white space; a
 * line too few hides text on paper. 0.9: the report form and the task matrix print whole in
 * LibreOffice with it (test/app/matrix-print-libreoffice.test.ts), and the 31-task matrix keeps
 * to 11 pages (0.88 made it 12, a line too many on most tall rows).
 */
export const WRAP_SAFETY = 0.9;

/** Excel's cell padding, both sides together, in pixels of the column's width. */
const CELL_PADDING_PX = 5;

/** Points one line of a cell spanning columns `from`..`to` holds, safety taken off. */
export function wrapWidthPt(
  widths: readonly (number | undefined)[],
  from: number,
  to = from,
  digitPx = DEFAULT_DIGIT_PX,
): number {
  let px = 0;
  for (let c = from; c <= to; c++) px += columnPx(widths[c] ?? DEFAULT_COLUMN_WIDTH, digitPx);
  return Math.max(1, (px - CELL_PADDING_PX) * PT_PER_PX * WRAP_SAFETY);
}

/** Lines `text` wraps to in a cell spanning columns `from`..`to` (an empty text is one line). */
export function wrappedLines(
  text: string,
  sizePt: number,
  bold: boolean,
  widths: readonly (number | undefined)[],
  from: number,
  to = from,
  digitPx = DEFAULT_DIGIT_PX,
): number {
  if (!text) return 1;
  const widthPt = wrapWidthPt(widths, from, to, digitPx);
  // Sheets repeat texts (statuses, units' names in several lists): each is wrapped once.
  const key = `${sizePt}|${bold ? 1 : 0}|${widthPt}|${text}`;
  let lines = WRAPPED.get(key);
  if (lines === undefined) {
    if (WRAPPED.size >= 10_000) WRAPPED.clear();
    lines = wrapLines(text, sizePt, bold, widthPt).length;
    WRAPPED.set(key, lines);
  }
  return lines;
}

const WRAPPED = new Map<string, number>();

export interface WrappedRow {
  /** 0-based row. */
  row: number;
  /** Texts by column (one column each); "" for none. */
  cells: string[];
  bold?: boolean;
  /** At least this many lines (text in merged cells the caller counted itself). */
  minLines?: number;
}

/** Heights (points, keyed by 1-based row) that show every cell's wrapped text at `sizePt`. */
export function wrappedRowHeights(
  rows: readonly WrappedRow[],
  widths: readonly (number | undefined)[],
  sizePt: number,
): Record<number, number> {
  const out: Record<number, number> = {};
  for (const { row, cells, bold, minLines } of rows) {
    let lines = minLines ?? 1;
    cells.forEach((text, c) => {
      if (text && c < widths.length) {
        lines = Math.max(lines, wrappedLines(text, sizePt, !!bold, widths, c));
      }
    });
    out[row + 1] = rowHeightFor(lines, sizePt);
  }
  return out;
}

/* ------------------------------------------------------------- estimated widths */

/** Excel units a text needs on one line at 12 pt (a digit is 6 pt there), padding included. */
const unitsFor = (text: string, bold = false) => textWidthPt(text, 12, bold) / 6 + 1;

/**
 * Widths (Excel units) for a table nobody sized: per column its longest body text on one line,
 * its longest header word, between 4 and 40. `rows` are the table's texts, header rows first.
 */
export function estimatedWidths(rows: string[][], headerRows: number, columns: number): number[] {
  const widths: number[] = [];
  for (let c = 0; c < columns; c++) {
    let header = 0;
    let body = 0;
    rows.forEach((row, r) => {
      const text = row[c];
      if (!text) return;
      if (r < headerRows) {
        for (const word of text.split(/\s+/)) header = Math.max(header, unitsFor(word, true));
      } else {
        body = Math.max(body, unitsFor(text));
      }
    });
    widths.push(Math.min(40, Math.max(4, header, body)));
  }
  return widths;
}
