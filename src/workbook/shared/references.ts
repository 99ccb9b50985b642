/** Checks on formula references the adapters pass through (shared by both adapters). */

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const RANGE_REF = new RegExp(String.raw`^(?:${SHEET}!)?${CELL}(?::${CELL})?$`);
const SHEET_RANGE_REF = new RegExp(String.raw`^${SHEET}!${CELL}(?::${CELL})?$`);
const NAME = /^[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/;

/**
 * A validation list must come from a range (or a defined name over one), never an inline
 * list: inline lists are capped at 255 characters and go stale when the registry changes.
 * Returns the source with its leading "=".
 */
export function checkListSource(source: string, where: string): string {
  const s = source.trim();
  const body = s.startsWith("=") ? s.slice(1) : "";
  if (!body || !(RANGE_REF.test(body) || NAME.test(body))) {
    throw new Error(
      `${where}: a list must refer to a range like "='Danh mục cơ quan'!$B$2:$B$40", got ${JSON.stringify(source)}`,
    );
  }
  return `=${body}`;
}

/** A defined name must refer to a range on a named sheet: "='Báo cáo'!$C$3". Returns it without "=". */
export function checkNameReference(name: string, refersTo: string): string {
  const body = refersTo.trim().replace(/^=/, "");
  if (!SHEET_RANGE_REF.test(body)) {
    throw new Error(
      `Defined name "${name}": expected a range like "='Báo cáo'!$C$3", got ${JSON.stringify(refersTo)}`,
    );
  }
  return body;
}

/** "$6:$6" or "6:7" -> [6, 7]. */
export function parseRowSpan(rows: string): [number, number] {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(rows.trim());
  if (!m) throw new Error(`Not a row span like "$6:$6": ${rows}`);
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return [Math.min(a, b), Math.max(a, b)];
}

/** "$A:$B" or "A:B" -> [0, 1], 0-based columns in order; anything else is an error naming it. */
export function parseColumnSpan(columns: string): [number, number] {
  const m = /^\$?([A-Z]{1,3})(?::\$?([A-Z]{1,3}))?$/i.exec(columns.trim());
  if (!m) throw new Error(`Not a column span like "$A:$B": ${columns}`);
  const index = (letters: string) =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const a = index(m[1]);
  const b = m[2] ? index(m[2]) : a;
  return [Math.min(a, b), Math.max(a, b)];
}

/** "'Báo cáo'!$A$1:$K$40" or "A1:K40" -> "A1:K40" (the sheet part is the edited sheet). */
export function localRange(range: string): string {
  const bang = range.lastIndexOf("!");
  return (bang >= 0 ? range.slice(bang + 1) : range).replace(/\$/g, "");
}
