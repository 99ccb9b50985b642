/**
 * Cutting a cell into pieces at every place a list of agencies may be separated: ";", ",",
 * line breaks, and the words "và"/"va" or a spaced "&". Names contain the same marks
 * ("Sở Văn hóa, Thể thao và Du lịch"), so pieces are only candidates: the matcher joins
 * neighbouring pieces back when together they spell a known name.
 */
import { codeAt } from "../text/units";

export interface Piece {
  /** Trimmed bounds in the text, end exclusive. */
  start: number;
  end: number;
}

/**
 * The cut, written out by hand (the matcher cuts every cell; a regular expression allocates a
 * match per separator). What it does, as expressions:
 *   separators /[;,\n\r]|(?<![\p{L}\p{M}\p{N}])(?:và|va|&)(?![\p{L}\p{M}\p{N}])/giu,
 *   trimmed from the start /^[\s\-\u2010-\u2015+•*·.:]+/u and from the end /[\s.:;]+$/u.
 */
const WORDLIKE = /[\p{L}\p{M}\p{N}]/u;

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isLeading(c: number): boolean {
  // "-", "+", "•", "*", "·", ".", ":" and the dashes U+2010-2015
  return (
    isSpace(c) ||
    c === 45 ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 43 ||
    c === 0x2022 ||
    c === 42 ||
    c === 0xb7 ||
    c === 46 ||
    c === 58
  );
}

function isTrailing(c: number): boolean {
  return isSpace(c) || c === 46 || c === 58 || c === 59;
}

/** Whether the code point before `i` (or at `i`) is a letter, mark or digit. */
function wordlikeBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = codeAt(text, i - 1);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  const high = i >= 2 ? codeAt(text, i - 2) : 0;
  const pair = c >= 0xdc00 && c <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return WORDLIKE.test(String.fromCodePoint(text.codePointAt(pair ? i - 2 : i - 1)!));
}

function wordlikeAt(text: string, i: number, length: number): boolean {
  if (i >= length) return false;
  const c = codeAt(text, i);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORDLIKE.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Length of a separator at `i` (0: none). */
function separatorAt(text: string, i: number, length: number): number {
  const c = codeAt(text, i);
  if (c === 59 || c === 44 || c === 10 || c === 13) return 1;
  let n = 0;
  if (c === 38) n = 1;
  else if (c === 118 || c === 86) {
    const a = codeAt(text, i + 1);
    if (a === 97 || a === 65 || a === 0xe0 || a === 0xc0) n = 2;
  }
  if (n === 0 || wordlikeBefore(text, i) || wordlikeAt(text, i + n, length)) return 0;
  return n;
}

function pushTrimmed(out: Piece[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && isLeading(codeAt(text, s))) s++;
  let e = end;
  while (e > s && isTrailing(codeAt(text, e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  const length = text.length;
  for (let i = 0; i < length;) {
    const n = separatorAt(text, i, length);
    if (n === 0) {
      i++;
      continue;
    }
    pushTrimmed(out, text, from, i);
    i += n;
    from = i;
  }
  pushTrimmed(out, text, from, length);
  return out;
}

/** How many pieces the longest spelling in a list spans (so joins never need to go further). */
export function maxSpan(spellings: Iterable<string>): number {
  let n = 1;
  for (const s of spellings) n = Math.max(n, pieces(s).length);
  return n;
}

/** Characters that end every word and start none, in matchKey, lower-casing and tone folding. */
function isCleanBreak(c: number): boolean {
  // space, tab, line feed, carriage return, ",", "-", ";"
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 45 || c === 59;
}

/**
 * Whether every gap between the pieces starts and ends with a clean break (a space, a line
 * break, ",", ";" or "-"). Then the matchKey of any stretch of pieces is the matchKeys of its
 * pieces and gaps, the empty ones left out, joined by spaces: nothing in matchKey reaches
 * across such a break. `text` is NFC.
 */
export function joinable(text: string, list: Piece[]): boolean {
  for (let k = 1; k < list.length; k++) {
    const from = list[k - 1].end;
    const to = list[k].start;
    if (!isCleanBreak(codeAt(text, from)) || !isCleanBreak(codeAt(text, to - 1))) return false;
  }
  return true;
}
