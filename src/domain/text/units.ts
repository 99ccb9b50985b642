/**
 * `s.charCodeAt(i)`, called through the function itself. Cells reach the matcher as many kinds
 * of V8 string (flat or joined, cut out of another, one or two bytes a unit); a loop that looks
 * up `s.charCodeAt` on five kinds or more falls back to V8's slowest look-up, on every unit,
 * and runs about four times slower. Loops read `s.length` once, before they start, for the
 * same reason.
 */
const charCodeAt = String.prototype.charCodeAt;

export function codeAt(s: string, i: number): number {
  return charCodeAt.call(s, i);
}
