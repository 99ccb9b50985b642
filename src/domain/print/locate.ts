/**
 * Finding things on a sheet read back for "Chuẩn bị in": the table, the room above it for the
 * header block, an earlier run's header and signature blocks, a year named on the sheet.
 *
 * - The table: the sheet's Excel table when it starts in column A, else the first row starting
 *   in column A with "STT" (or with three or more texts), down to the first empty row.
 * - Above it, HEADER_BLOCK_ROWS rows may hold a title in column A (the matrix writes one there
 *   for the screen) or the header block of an earlier run; anything else is the user's.
 */
import { cellAddress, parseRange } from "../address";
import type { Scalar, SheetData } from "../sheet";
import { isText, labelKey } from "../text";
import { NATIONAL_TITLE, RECIPIENTS_LABEL } from "./header";

/** Does cell (r, c) hold anything: a value or a formula? */
export function filled(data: SheetData, r: number, c: number): boolean {
  const v = data.values[r]?.[c];
  return (v !== null && v !== undefined && v !== "") || !!data.formulas?.[r]?.[c];
}

function rowFilled(data: SheetData, r: number, columns: number): boolean {
  for (let c = 0; c < columns; c++) if (filled(data, r, c)) return true;
  return false;
}

/** Last filled column + 1 of a row. */
function rowWidth(data: SheetData, r: number): number {
  const row = data.values[r] ?? [];
  for (let c = Math.max(row.length, data.formulas?.[r]?.length ?? 0) - 1; c >= 0; c--) {
    if (filled(data, r, c)) return c + 1;
  }
  return 0;
}

/** A table header row: "STT"/"TT" in A and another header, or 3+ texts from A and no figures. */
export function isHeaderRow(data: SheetData, r: number): boolean {
  const row = data.values[r] ?? [];
  if (!isText(row[0]) || data.formulas?.[r]?.[0]) return false;
  const count = row.filter((v) => v !== null && v !== "").length;
  if (/^(stt|tt)$/.test(labelKey(row[0])) && count >= 2) return true;
  return count >= 3 && row.every((v) => v === null || typeof v === "string");
}

export interface TableAt {
  /** 0-based rows of the header's first row and of the table's last row. */
  top: number;
  bottom: number;
  headerRows: number;
  columns: number;
}

export function locateTable(data: SheetData, headerRowsWanted?: number): TableAt | null {
  const excel = data.tables
    .map((t) => parseRange(t.range.replace(/\$/g, "").replace(/^.*!/, "")))
    .find((box) => box.left === 0 && box.right >= 1);
  if (excel) {
    return {
      top: excel.top,
      bottom: excel.bottom,
      headerRows: headerRowsWanted ?? 1,
      columns: excel.right + 1,
    };
  }
  const top = data.values.findIndex((_, r) => isHeaderRow(data, r));
  if (top < 0) return null;
  let headerRows = headerRowsWanted ?? 1;
  if (headerRowsWanted === undefined) {
    // A second header row: nothing in A (merged with the first), texts only.
    const next = data.values[top + 1] ?? [];
    const texts = next.filter(isText).length;
    if (next[0] == null && texts > 0 && next.every((v) => v === null || typeof v === "string"))
      headerRows = 2;
  }
  let columns = 0;
  for (let r = top; r < top + headerRows; r++) columns = Math.max(columns, rowWidth(data, r));
  if (columns < 2) return null;
  let bottom = top + headerRows - 1;
  while (bottom + 1 < data.values.length && rowFilled(data, bottom + 1, columns)) bottom++;
  return { top, bottom, headerRows, columns };
}

/**
 * Is there room for the header block above the table? The rows may be empty, hold a title in
 * column A, or hold a header block from an earlier run. Returns the cells in the way.
 */
export function cellsInTheWay(
  data: SheetData,
  blockTop: number,
  tableTop: number,
  columns: number,
): string[] {
  if (earlierSplit(data, blockTop) !== undefined) return [];
  const inTheWay: string[] = [];
  for (let r = blockTop; r < tableTop; r++) {
    for (let c = 0; c < columns; c++) {
      if (!filled(data, r, c)) continue;
      const titleInA = c === 0 && isText(data.values[r]?.[0]) && !data.formulas?.[r]?.[0];
      if (!titleInA) inTheWay.push(cellAddress(r, c));
    }
  }
  return inTheWay;
}

/**
 * A header block an earlier run wrote at `blockTop` (0-based): the column its right half starts
 * in (where the quốc hiệu is), so the new block keeps the same split and merged cells.
 */
export function earlierSplit(data: SheetData, blockTop: number): number | undefined {
  const c = (data.values[blockTop] ?? []).findIndex(
    (v) => labelKey(v) === labelKey(NATIONAL_TITLE),
  );
  return c > 0 ? c : undefined;
}

/**
 * 1-based row for the signature: two rows under what follows the table, or where an earlier
 * run put it (`earlier`), so its merged cells are reused.
 */
export function signatureRow(data: SheetData, table: TableAt): { row: number; earlier: boolean } {
  let lastContent = table.bottom;
  for (let r = table.bottom + 1; r < data.values.length; r++) {
    if (labelKey(data.values[r]?.[0]) === labelKey(RECIPIENTS_LABEL) || isSignerRow(data, r)) {
      return r >= lastContent + 2
        ? { row: r + 1, earlier: true }
        : { row: lastContent + 3, earlier: false };
    }
    if (rowFilled(data, r, table.columns)) lastContent = r;
  }
  return { row: lastContent + 3, earlier: false };
}

/**
 * The first row of an earlier signature block: nothing in column A, the signer's title in
 * capitals to its right (a table's rows and the tracking rates have text in A or lower case).
 */
function isSignerRow(data: SheetData, r: number): boolean {
  const row = data.values[r] ?? [];
  if (filled(data, r, 0)) return false;
  const texts = row.filter(isText).map(String);
  return (
    texts.length === 1 && /\p{Lu}/u.test(texts[0]) && texts[0] === texts[0].toLocaleUpperCase("vi")
  );
}

/** A year named on the sheet (its name, then its texts down to row `upTo`), if any. */
export function yearOn(data: SheetData, upTo: number): number | undefined {
  const texts = [data.name];
  for (let r = 0; r <= upTo && r < data.values.length; r++) {
    for (const v of data.values[r] ?? []) if (typeof v === "string") texts.push(v);
  }
  for (const t of texts) {
    const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(t);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** A cell as it prints, for width and height estimates (a date as its dd/mm/yyyy width). */
export function printedText(v: Scalar | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return "00/00/0000";
  if (typeof v === "number") return v.toLocaleString("vi-VN");
  return String(v);
}

/** Row `r`'s first `columns` cells as they print. */
export const rowTexts = (data: SheetData, r: number, columns: number): string[] =>
  (data.values[r] ?? []).slice(0, columns).map(printedText);
