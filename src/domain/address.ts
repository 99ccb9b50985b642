/** A1 addresses: column letters, cell and range strings. Pure helpers shared by every layer. */

export function columnLetter(index: number): string {
  // 0 -> A, 25 -> Z, 26 -> AA
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column to "B3". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(range: string): RangeBox {
  const [a, b] = range.split(":");
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeAddress(box: RangeBox): string {
  const a = cellAddress(box.top, box.left);
  const b = cellAddress(box.bottom, box.right);
  return a === b ? a : `${a}:${b}`;
}

/** Quote a sheet name for a formula reference: 'Danh mục cơ quan'!$B$2:$B$40. */
export function sheetRef(sheet: string, range: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${range}`;
}

/** "B3:D9" -> "$B$3:$D$9". */
export function absolute(range: string): string {
  return range
    .split(":")
    .map((c) => {
      const { row, col } = parseCell(c);
      return `$${columnLetter(col)}$${row + 1}`;
    })
    .join(":");
}

/** Excel compares sheet names without case: the key two names share when Excel sees one sheet. */
export const sheetKey = (name: string): string => name.normalize("NFC").toLocaleLowerCase("vi");

export const sameSheet = (a: string, b: string): boolean => sheetKey(a) === sheetKey(b);
