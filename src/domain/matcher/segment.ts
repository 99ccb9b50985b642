/**
 * Cutting a cell into pieces at every place a list of agencies may be separated: ";", ",",
 * line breaks, and the words "và"/"va" or a spaced "&". Names contain the same marks
 * ("Sở Văn hóa, Thể thao và Du lịch"), so pieces are only candidates: the matcher joins
 * neighbouring pieces back when together they spell a known name.
 */

export interface Piece {
  /** Trimmed bounds in the text, end exclusive. */
  start: number;
  end: number;
}

const SEPARATOR = /[;,\n\r]|(?<![\p{L}\p{M}\p{N}])(?:và|va|&)(?![\p{L}\p{M}\p{N}])/giu;
const LEADING = /^[\s\-\u2010-\u2015+•*·.:]+/u;
const TRAILING = /[\s.:;]+$/u;

function trimmed(text: string, start: number, end: number): Piece | undefined {
  const raw = text.slice(start, end);
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
  const s = start + lead;
  const e = end - trail;
  return e > s ? { start: s, end: e } : undefined;
}

export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const m of text.matchAll(SEPARATOR)) {
    const p = trimmed(text, from, m.index ?? 0);
    if (p) out.push(p);
    from = (m.index ?? 0) + m[0].length;
  }
  const last = trimmed(text, from, text.length);
  if (last) out.push(last);
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
    if (!isCleanBreak(text.charCodeAt(from)) || !isCleanBreak(text.charCodeAt(to - 1)))
      return false;
  }
  return true;
}
