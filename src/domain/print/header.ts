/**
 * The official header block above a table and the signature block below it (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I), as cells, formats and merges for a table spanning `columnsCount`
 * columns from column A.
 *
 * Layout of the header block (rows from `top`):
 *   0  UBND TỈNH YÊN BÁI          | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   1  SỞ NỘI VỤ (bold)           | Độc lập - Tự do - Hạnh phúc (bold)
 *   2  ———  (short rule)          | ——————————————  (rule as long as the motto)
 *   3                             | Yên Bái, ngày 05 tháng 6 năm 2020 (italic)
 *   4  (space)
 *   5  TITLE (bold, 14, across the whole table)
 *   6  (Kèm theo Báo cáo số …/BC-SNV ngày …) (italic)
 *   7  (space before the table)
 *
 * The rules are rows of em dashes, not cell borders: a border runs the whole width of a merged
 * cell (far longer than the decree's 1/3–1/2 of the agency name), while a line of "—" in Times
 * New Roman prints as one solid stroke of a length we choose, the same in Excel and LibreOffice.
 */
import type { Block, CellFormat, HAlign, RangeFormat } from "../sheet";
import { cellAddress, rangeAddress } from "../address";
import { DEFAULT_DIGIT_PX, fitColumns } from "./columns";
import { type Orientation, PRINT_FONT } from "./layout";
import { columnPx, PT_PER_PX, rowHeightFor, textWidthPt, wrapLines, wrappedLines } from "./metrics";
import { appendixRecipients, caps, dateLine, type PrintSettings, referenceLine } from "./settings";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const RECIPIENTS_LABEL = "Nơi nhận:";
export const SIGNATURE_HINT = "(Ký, ghi rõ họ tên, đóng dấu)";
const EM_DASH = "\u2014";

/** Rows the header block takes; the table starts right below. */
export const HEADER_BLOCK_ROWS = 8;

/** Blank rows left for the signature and seal (about 25 mm). */
export const SIGNATURE_SPACE_ROWS = 4;

/** Font sizes (pt) chosen inside the decree's ranges. */
export const SIZES = {
  parentAgency: 13, // 12–13, regular
  agency: 13, // 12–13, bold
  nationalTitle: 12, // 12–13, bold; 12 keeps the long line on one row in narrow tables
  motto: 13, // 13–14, bold
  dateLine: 13, // 13–14, italic
  title: 14, // 14, bold
  reference: 13,
  recipientsLabel: 12, // 12, bold italic
  recipients: 11, // 11, regular
  signerTitle: 13, // 13–14, bold
  signatureHint: 12,
  signerName: 13, // 13–14, bold
} as const;

export const BLACK = "#000000";

/** A piece of a sheet edit: rows `top`..`top + rows - 1` (1-based). */
export interface SheetPart {
  top: number;
  rows: number;
  blocks: Block[];
  formats: RangeFormat[];
  merges: string[];
  /** Heights in points, keyed by 1-based row. */
  rowHeights: Record<number, number>;
}

export interface PartOptions {
  /** 1-based first row; default 1 for the header. */
  top?: number;
  /** Column widths (Excel units) of the printed columns, to split halves and size rows. */
  widths?: number[];
  orientation?: Orientation;
  /** MDW of the workbook's Normal font (see columns.ts). */
  digitWidthPx?: number;
  /**
   * Columns of the left half, when a block laid out before must be kept (its merged cells stay
   * where they are); default the best split for the widths (splitColumns).
   */
  leftColumns?: number;
}

interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  align: HAlign;
  /** Rules do not wrap. */
  nowrap?: boolean;
}

interface Placed {
  row: number;
  from: number;
  to: number;
  text: string;
  style: TextStyle;
}

/** Full format for a text cell: every field set so formats already in the sheet do not leak in. */
export function textFormat(style: TextStyle): CellFormat {
  return {
    fontName: PRINT_FONT,
    fontSize: style.size,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    fontColor: BLACK,
    hAlign: style.align,
    vAlign: "middle",
    wrap: !style.nowrap,
  };
}

interface Geometry {
  columnsCount: number;
  /** Usable text width of each column in points. */
  columnPt: number[];
  /** Columns in the left half (agency, "Nơi nhận"); the rest form the right half. */
  leftCount: number;
  /** Widths in Excel units and the digit width they are in, for the row-height estimate. */
  widths: number[];
  digitPx: number;
}

const CELL_PADDING_PT = 4;

function geometry(columnsCount: number, opts: PartOptions): Geometry {
  if (!Number.isInteger(columnsCount) || columnsCount < 2) {
    throw new RangeError(`A printed table needs at least 2 columns, got ${columnsCount}`);
  }
  const digitPx = opts.digitWidthPx ?? DEFAULT_DIGIT_PX;
  const widths =
    opts.widths && opts.widths.length >= columnsCount
      ? opts.widths.slice(0, columnsCount)
      : fitColumns(new Array<number>(columnsCount).fill(10), opts.orientation ?? "landscape", {
          digitWidthPx: digitPx,
        });
  const columnPt = widths.map((w) => columnPx(w, digitPx) * PT_PER_PX);
  const given = opts.leftColumns;
  const leftCount =
    given !== undefined && Number.isInteger(given) && given >= 1 && given < columnsCount
      ? given
      : splitColumns(columnPt);
  return { columnsCount, columnPt, leftCount, widths, digitPx };
}

/** Width in points of columns from..to, less the cell padding. */
const spanPt = (g: Geometry, from: number, to: number): number =>
  g.columnPt.slice(from, to + 1).reduce((a, b) => a + b, 0) - CELL_PADDING_PT;

/** Share of the width the agency side takes in the decree's model layout (about 2 : 3). */
const LEFT_SHARE = 0.4;

/**
 * How many columns make the left half. Prefer splits where the agency lines and the national
 * title each fit on one line, then the one nearest a 2 : 3 split.
 */
export function splitColumns(columnPt: number[]): number {
  const total = columnPt.reduce((a, b) => a + b, 0);
  const leftNeed = textWidthPt("UBND TỈNH YÊN BÁI", SIZES.parentAgency) + CELL_PADDING_PT;
  const rightNeed = textWidthPt(NATIONAL_TITLE, SIZES.nationalTitle, true) + CELL_PADDING_PT;
  let best = 1;
  let bestScore = Infinity;
  let left = 0;
  for (let k = 1; k < columnPt.length; k++) {
    left += columnPt[k - 1];
    const fits = left >= leftNeed && total - left >= rightNeed;
    const score = Math.abs(left / total - LEFT_SHARE) + (fits ? 0 : 1);
    if (score < bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** A line of em dashes about `lengthPt` long (at least two). */
function rule(lengthPt: number, size: number): string {
  return EM_DASH.repeat(Math.max(2, Math.round(lengthPt / size)));
}

function widestLine(text: string, size: number, bold: boolean, widthPt: number): number {
  return Math.max(...wrapLines(text, size, bold, widthPt).map((l) => textWidthPt(l, size, bold)));
}

/** Turn placed texts into a SheetPart: one block of values, one full format per text cell. */
function buildPart(
  top: number,
  rows: number,
  g: Geometry,
  placed: Placed[],
  fixedHeights: Record<number, number>,
): SheetPart {
  const values = Array.from({ length: rows }, () =>
    new Array<string | null>(g.columnsCount).fill(null),
  );
  const formats: RangeFormat[] = [];
  const merges: string[] = [];
  const heights: number[] = new Array<number>(rows).fill(0);
  for (const p of placed) {
    values[p.row][p.from] = p.text === "" ? null : p.text;
    const box = { top: top - 1 + p.row, bottom: top - 1 + p.row, left: p.from, right: p.to };
    const range = rangeAddress(box);
    formats.push({ range, format: textFormat(p.style) });
    // An empty text (no signer's name yet) needs no merged cell; a later run merges it.
    if (p.to > p.from && p.text !== "") merges.push(range);
    const lines = p.style.nowrap
      ? 1
      : wrappedLines(p.text, p.style.size, !!p.style.bold, g.widths, p.from, p.to, g.digitPx);
    heights[p.row] = Math.max(heights[p.row], rowHeightFor(lines, p.style.size));
  }
  const rowHeights: Record<number, number> = {};
  heights.forEach((h, i) => {
    rowHeights[top + i] = fixedHeights[i] ?? (h || rowHeightFor(1, 11));
  });
  return {
    top,
    rows,
    blocks: [{ at: cellAddress(top - 1, 0), values }],
    formats,
    merges,
    rowHeights,
  };
}

/** The header block for `settings` over a table of `columnsCount` columns from column A. */
export function headerBlock(
  settings: PrintSettings,
  columnsCount: number,
  opts: PartOptions = {},
): SheetPart {
  const g = geometry(columnsCount, opts);
  const top = opts.top ?? 1;
  const lastLeft = g.leftCount - 1;
  const last = columnsCount - 1;
  const agency = caps(settings.agency);
  const leftPt = spanPt(g, 0, lastLeft);
  const rightPt = spanPt(g, g.leftCount, last);

  // Agency rule: between 1/3 and 1/2 of the agency line; motto rule: as long as the motto.
  const agencyRule = rule(widestLine(agency, SIZES.agency, true, leftPt) * 0.4, SIZES.agency);
  const mottoRule = rule(widestLine(MOTTO, SIZES.motto, true, rightPt), SIZES.motto);

  const left = (row: number, text: string, style: TextStyle): Placed => ({
    row,
    from: 0,
    to: lastLeft,
    text,
    style,
  });
  const right = (row: number, text: string, style: TextStyle): Placed => ({
    row,
    from: g.leftCount,
    to: last,
    text,
    style,
  });
  const across = (row: number, text: string, style: TextStyle): Placed => ({
    row,
    from: 0,
    to: last,
    text,
    style,
  });
  const center: HAlign = "center";
  const placed: Placed[] = [
    left(0, caps(settings.parentAgency), { size: SIZES.parentAgency, align: center }),
    left(1, agency, { size: SIZES.agency, bold: true, align: center }),
    left(2, agencyRule, { size: SIZES.agency, align: center, nowrap: true }),
    right(0, NATIONAL_TITLE, { size: SIZES.nationalTitle, bold: true, align: center }),
    right(1, MOTTO, { size: SIZES.motto, bold: true, align: center }),
    right(2, mottoRule, { size: SIZES.motto, align: center, nowrap: true }),
    // Ô số 4 of the decree's model: under the motto, centred on it.
    right(3, dateLine(settings), { size: SIZES.dateLine, italic: true, align: center }),
    across(5, caps(settings.title), { size: SIZES.title, bold: true, align: center }),
    across(6, referenceLine(settings), { size: SIZES.reference, italic: true, align: center }),
  ];
  // The rule rows are thin so the stroke sits just under the line above it.
  return buildPart(top, HEADER_BLOCK_ROWS, g, placed, { 2: 8, 4: 10, 7: 12 });
}

/** The signature block ("Nơi nhận" left, signer right), starting at row `opts.top`. */
export function signatureBlock(
  settings: PrintSettings,
  columnsCount: number,
  opts: PartOptions & { top: number },
): SheetPart {
  const g = geometry(columnsCount, opts);
  const lastLeft = g.leftCount - 1;
  const last = columnsCount - 1;
  const placed: Placed[] = [];

  let row = 0;
  for (const line of caps(settings.signerTitle).split("\n")) {
    placed.push({
      row: row++,
      from: g.leftCount,
      to: last,
      text: line,
      style: { size: SIZES.signerTitle, bold: true, align: "center" },
    });
  }
  if (settings.signatureHint) {
    placed.push({
      row: row++,
      from: g.leftCount,
      to: last,
      text: SIGNATURE_HINT,
      style: { size: SIZES.signatureHint, italic: true, align: "center" },
    });
  }
  const spaceFrom = row;
  row += SIGNATURE_SPACE_ROWS;
  placed.push({
    row: row++,
    from: g.leftCount,
    to: last,
    text: settings.signerName,
    style: { size: SIZES.signerName, bold: true, align: "center" },
  });

  const recipients = appendixRecipients(settings.recipients);
  const leftLines: Placed[] = !recipients.length
    ? []
    : [
        {
          row: 0,
          from: 0,
          to: lastLeft,
          text: RECIPIENTS_LABEL,
          style: { size: SIZES.recipientsLabel, bold: true, italic: true, align: "left" },
        },
        ...recipients.map((text, i) => ({
          row: i + 1,
          from: 0,
          to: lastLeft,
          text,
          style: { size: SIZES.recipients, align: "left" as HAlign },
        })),
      ];
  placed.push(...leftLines);
  const rows = Math.max(row, leftLines.length);

  // Space rows keep their height for the signature even when a recipient line sits beside them.
  const part = buildPart(opts.top, rows, g, placed, {});
  for (let i = spaceFrom; i < spaceFrom + SIGNATURE_SPACE_ROWS; i++) {
    part.rowHeights[opts.top + i] = Math.max(part.rowHeights[opts.top + i], 18);
  }
  return part;
}
