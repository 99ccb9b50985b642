/**
 * Text copied from a form into a report (a reason, a summary cell, the JSON) is cut to a
 * length with "…": a cell may hold a million characters, and Excel takes at most 32,767.
 */
/** Longest text a message quotes from a form or workbook cell. */
export const MAX_QUOTED_TEXT = 200;

export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never split a surrogate pair (an emoji, a rare Han character).
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
