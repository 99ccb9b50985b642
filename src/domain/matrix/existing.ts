/**
 * Reading a task matrix already in a workbook, so inserting it again keeps what the user typed.
 * The table is found by its name (MaTranNhiemVu, or MaTranNhiemVu2… after a copy), else by its
 * header row. Rows typed right under an Excel table (which a fake or a file does not grow the
 * table over) count as the table's rows up to the first empty row.
 */
import { parseRange } from "../address";
import { looseKey } from "../text/normalize";
import type { Cell, Scalar, SheetData } from "../sheet";
import { MATRIX_COLUMNS, MATRIX_TABLE, type ColumnKey } from "./layout";

export interface ExistingRow {
  /** 1-based sheet row. */
  row: number;
  /** The task code as typed, trimmed; "" when blank. */
  code: string;
  /** Cells by column of the existing table (0 = its first column); formulas kept as formulas. */
  cells: Cell[];
}

export interface ExistingMatrix {
  /** Header texts of the existing table, left to right. */
  headers: string[];
  /** Which of our columns each existing column is (undefined: a column the user added). */
  keys: (ColumnKey | undefined)[];
  rows: ExistingRow[];
}

const headerKey = (v: unknown): string => (typeof v === "string" ? looseKey(v) : "");

const KEY_BY_HEADER = new Map<string, ColumnKey>(
  MATRIX_COLUMNS.map((c) => [looseKey(c.header), c.key]),
);
// Headers people shorten or reword.
for (const [text, key] of [
  ["Nội dung", "content"],
  ["Hình thức", "content"],
  ["Nội dung, hình thức", "content"],
  ["Chủ trì", "lead"],
  ["Phối hợp", "coordinating"],
  ["Thời gian", "timeFrame"],
  ["Chỉ tiêu", "indicators"],
  // The header before the indicators were marked as Sở Nội vụ's.
  ["Chỉ tiêu và mục tiêu", "indicators"],
  ["Số TT", "stt"],
] as const) {
  KEY_BY_HEADER.set(looseKey(text), key);
}

export const isBlankCell = (c: Cell): boolean =>
  c === null || (typeof c === "string" && c.trim() === "");

interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

function locate(data: SheetData): Box | null {
  const wanted = looseKey(MATRIX_TABLE);
  const table =
    data.tables.find((t) => looseKey(t.name) === wanted) ??
    data.tables.find((t) => new RegExp(`^${wanted}\\d+$`).test(looseKey(t.name)));
  if (table) return parseRange(table.range);
  // By header: a row naming both the task code and the lead agency.
  const code = looseKey("Mã nhiệm vụ");
  const lead = looseKey("Cơ quan chủ trì");
  for (let r = 0; r < data.values.length; r++) {
    const row = data.values[r] ?? [];
    const keys = row.map(headerKey);
    if (!keys.includes(code) || !keys.includes(lead)) continue;
    let left = 0;
    while (left < row.length && headerKey(row[left]) === "") left++;
    let right = row.length - 1;
    while (right > left && headerKey(row[right]) === "") right--;
    // Without a table the data runs to the first empty row.
    let bottom = r;
    while (bottom + 1 < data.values.length && rowHasContent(data, bottom + 1, left, right))
      bottom++;
    return { top: r, left, right, bottom };
  }
  return null;
}

function cellAt(data: SheetData, r: number, c: number): Cell {
  const formula = data.formulas?.[r]?.[c];
  if (formula) return { formula };
  const v: Scalar = data.values[r]?.[c] ?? null;
  return v;
}

function rowHasContent(data: SheetData, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isBlankCell(cellAt(data, r, c))) return true;
  return false;
}

/** The matrix on `data`, or null when the sheet holds none. */
export function readExistingMatrix(data: SheetData): ExistingMatrix | null {
  const box = locate(data);
  if (!box) return null;
  const headers: string[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const v = data.values[box.top]?.[c];
    headers.push(typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : String(v));
  }
  const keys = headers.map((h) => KEY_BY_HEADER.get(looseKey(h)));
  // Only the first column of each kind is ours; a second "Ghi chú" is the user's own column.
  const seen = new Set<ColumnKey>();
  keys.forEach((k, i) => {
    if (k === undefined) return;
    if (seen.has(k)) keys[i] = undefined;
    else seen.add(k);
  });
  const codeCol = keys.indexOf("code");

  // Rows typed straight under the table belong to it (Excel would have grown the table); the
  // print's signature block under it (the signer's title in capitals, alone) is not a row.
  const signature = (r: number) => {
    const texts = (data.values[r] ?? []).filter((v) => !isBlankCell(v));
    return (
      texts.length === 1 &&
      typeof texts[0] === "string" &&
      isBlankCell(cellAt(data, r, box.left)) &&
      texts[0] === texts[0].toLocaleUpperCase("vi")
    );
  };
  let bottom = box.bottom;
  while (
    bottom + 1 < data.values.length &&
    rowHasContent(data, bottom + 1, box.left, box.right) &&
    !signature(bottom + 1)
  )
    bottom++;

  const rows: ExistingRow[] = [];
  for (let r = box.top + 1; r <= bottom; r++) {
    const cells: Cell[] = [];
    for (let c = box.left; c <= box.right; c++) cells.push(cellAt(data, r, c));
    const rawCode = codeCol >= 0 ? cells[codeCol] : null;
    const code =
      typeof rawCode === "string" || typeof rawCode === "number" ? String(rawCode).trim() : "";
    rows.push({ row: r + 1, code, cells });
  }
  return { headers, keys, rows };
}
