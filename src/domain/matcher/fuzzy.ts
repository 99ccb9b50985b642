/** Edit distances for near misses, with the guards that keep similar districts apart. */
import { isAscii } from "../text/normalize";
import { codeAt } from "../text/units";

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
 * alignment: "tỉhn" is one slip from "tỉnh"), or max + 1 when it exceeds max. Only the band of
 * cells within max of the diagonal is worked out: a path leaving it costs more than max.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  // What the two share at the start and at the end costs nothing: only the middles are
  // measured (a slip leaves most of a long name as it was).
  const aEnd = a.length - 1;
  const bEnd = b.length - 1;
  const shorter = aEnd < bEnd ? aEnd + 1 : bEnd + 1;
  let head = 0;
  while (head < shorter && codeAt(a, head) === codeAt(b, head)) head++;
  let tail = 0;
  while (tail < shorter - head && codeAt(a, aEnd - tail) === codeAt(b, bEnd - tail)) tail++;
  if (head > 0 || tail > 0) {
    a = a.slice(head, a.length - tail);
    b = b.slice(head, b.length - tail);
    if (a.length === 0 || b.length === 0) {
      const d = a.length + b.length;
      return d > max ? max + 1 : d;
    }
  }
  // The distance is the same both ways: the shorter is the one held in bits.
  if (a.length > b.length) {
    const t = a;
    a = b;
    b = t;
  }
  if (max > 2 && a.length > 0 && a.length <= 32 && isAscii(a) && isAscii(b)) {
    const d = bitDistance(a, b);
    return d > max ? max + 1 : d;
  }
  // Most pairs measured are close: a narrow band first, twice as wide each time it overflows.
  for (let band = NARROW; band < max; band = 2 * band + 1) {
    const d = bandDistance(a, b, band);
    if (d <= band) return d;
  }
  return bandDistance(a, b, max);
}

/** Pairs within this distance are measured in a band this wide before a wider one. */
const NARROW = 3;

/** boundedDistance by the table, cells within max of the diagonal only. */
function bandDistance(a: string, b: string, max: number): number {
  const aLength = a.length;
  const bLength = b.length;
  if (Math.abs(aLength - bLength) > max) return max + 1;
  if (rows[0].length <= bLength + 1) rows = rows.map(() => new Int32Array(bLength * 2 + 2));
  // By index: destructuring runs the iterator protocol until the function is optimised.
  let before = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  const over = max + 1;
  for (let j = 0; j <= bLength; j++) prev[j] = j;
  for (let i = 1; i <= aLength; i++) {
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < bLength ? i + max : bLength;
    cur[lo - 1] = lo === 1 ? i : over;
    let rowMin = over;
    const ca = codeAt(a, i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = codeAt(b, j - 1);
      const sub = prev[j - 1] + (ca === cb ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      let v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      if (i > 1 && j > 1 && ca === codeAt(b, j - 2) && codeAt(a, i - 2) === cb) {
        const swap = before[j - 2] + 1;
        if (swap < v) v = swap;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (lo === 1 && i < rowMin) rowMin = i;
    if (rowMin > max) return over;
    cur[hi + 1] = over;
    const t = before;
    before = prev;
    prev = cur;
    cur = t;
  }
  return prev[bLength] > max ? over : prev[bLength];
}

/** Per ASCII letter, where it stands in the pattern, as bits. */
const positions = new Int32Array(128);

/**
 * The same distance, one column of the table per letter of `text` held in the bits of a
 * number (Myers, with Hyyrö's term for swaps): for a `pattern` of 1 to 32 ASCII letters.
 */
function bitDistance(pattern: string, text: string): number {
  const m = pattern.length;
  for (let i = 0; i < m; i++) positions[codeAt(pattern, i)] |= 1 << i;
  const top = 1 << (m - 1);
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let before = 0;
  let score = m;
  for (let j = 0, n = text.length; j < n; j++) {
    const pm = positions[codeAt(text, j)];
    const swap = ((~d0 & pm) << 1) & before;
    d0 = (((pm & vp) + vp) ^ vp) | pm | vn | swap;
    const hp = vn | ~(d0 | vp);
    const hn = d0 & vp;
    if (hp & top) score++;
    else if (hn & top) score--;
    const x = (hp << 1) | 1;
    vn = x & d0;
    vp = (hn << 1) | ~(x | d0);
    before = pm;
  }
  for (let i = 0; i < m; i++) positions[codeAt(pattern, i)] = 0;
  return score;
}

const BINS = 29;

/** Letter counts of a loose key (a-z, space, digits, anything else), for a cheap lower bound. */
export function histogram(s: string): Int16Array {
  const h = new Int16Array(BINS);
  for (let i = 0, n = s.length; i < n; i++) {
    const c = codeAt(s, i);
    h[c >= 97 && c <= 122 ? c - 97 : c === 32 ? 26 : c >= 48 && c <= 57 ? 27 : 28]++;
  }
  return h;
}

/** Half the letters one string has that the other lacks never exceeds the edit distance. */
export function histogramBound(a: Int16Array, b: Int16Array): number {
  let diff = 0;
  for (let i = 0; i < BINS; i++) diff += Math.abs(a[i] - b[i]);
  return (diff + 1) >> 1;
}

function tokenSlack(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n <= 2 ? 0 : n <= 5 ? 1 : 2;
}

/** Words a writer may leave out without changing which body is meant. */
const OPTIONAL_WORDS = new Set(["tinh"]);

export interface WordFit {
  /** Every written word is, in order, one of the candidate's words give or take a typo. */
  fits: boolean;
  /** Candidate words nobody wrote (besides optional ones like "tỉnh"). */
  missing: number;
  /** A word naming the level of a unit ("huyện", "thành phố", "TX") is among them. */
  levelMissing: boolean;
}

/** Level words, single or as pairs, in loose form. */
const LEVEL_WORDS = new Set(["huyen", "tp", "tx"]);
const LEVEL_PAIRS = [
  ["thanh", "pho"],
  ["thi", "xa"],
];

/**
 * Compare word by word, in order: "Văn Yên" is never a near miss of "Văn Chấn", nor "tỉnh" of
 * "thành phố", nor "Yên Bái" of "Yên Bình". A long written word may be two of the candidate's
 * words run together ("Nộivụ"). A left-out level word ("Yên Bái" for "TP Yên Bái") is flagged:
 * the province and the city share the place name.
 */
export function wordFit(written: string[], candidate: string[]): WordFit {
  return fitWords(written, candidate, nearWord);
}

function nearWord(w: string, c: string): boolean {
  const slack = tokenSlack(w, c);
  return boundedDistance(w, c, slack) <= slack;
}

/** nearWord verdicts by written word, then by registry word. */
export type WordFitMemo = Map<string, Map<string, boolean>>;

/**
 * wordFit with each pair of words compared once: a matcher meets the same few written and
 * registry words again and again. Forgets everything past `limit` written words. `memoOf` gives
 * the table in use (each matcher has its own; the function is shared by a registry's matchers).
 */
export function memoWordFit(
  memoOf: () => WordFitMemo,
  limit = 20_000,
): (written: string[], candidate: string[]) => WordFit {
  const near = (w: string, c: string): boolean => {
    const memo = memoOf();
    let row = memo.get(w);
    if (!row) {
      if (memo.size >= limit) memo.clear();
      row = new Map();
      memo.set(w, row);
    }
    let v = row.get(c);
    if (v === undefined) {
      v = nearWord(w, c);
      row.set(c, v);
    }
    return v;
  };
  return (written, candidate) => fitWords(written, candidate, near);
}

/**
 * Whether the written word could take a place among the candidate's words at all (near one of
 * them, or several run together): wordFit fails for a candidate where one written word cannot.
 */
export function placeable(w: string, candidate: string[]): boolean {
  return candidate.some((c) => nearWord(w, c)) || runTogether(w, candidate, 0) !== null;
}

/** Registry words, or runs of them written together, by length, each with who has it. */
type ByLength = Map<number, { text: string; letters: number; bits: Uint32Array }[]>;

/** Which letters a loose word has (a-z; digits as one; anything else as one), as bits. */
function letterSet(s: string): number {
  let set = 0;
  for (let i = 0, n = s.length; i < n; i++) {
    const c = codeAt(s, i);
    set |= 1 << (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 : 27);
  }
  return set;
}

function bitCount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Fewer than this many edits can never turn one word into the other: an edit adds or drops
 * at most one letter of each word's set of letters.
 */
function setBound(a: number, b: number): number {
  return (bitCount(a ^ b) + 1) >>> 1;
}

/** Every word and every run of two or more neighbouring words of some candidates, numbered. */
export interface WordIndex {
  /** How many candidates. */
  size: number;
  words: ByLength;
  runs: ByLength;
}

function addTo(
  map: ByLength,
  seen: Map<string, Uint32Array>,
  text: string,
  n: number,
  size: number,
) {
  let bits = seen.get(text);
  if (!bits) {
    bits = new Uint32Array((size + 31) >>> 5);
    seen.set(text, bits);
    const list = map.get(text.length);
    const entry = { text, letters: letterSet(text), bits };
    if (list) list.push(entry);
    else map.set(text.length, [entry]);
  }
  bits[n >>> 5] |= 1 << (n & 31);
}

export function buildWordIndex(candidates: string[][]): WordIndex {
  const size = candidates.length;
  const words: ByLength = new Map();
  const runs: ByLength = new Map();
  const seenWords = new Map<string, Uint32Array>();
  const seenRuns = new Map<string, Uint32Array>();
  candidates.forEach((candidate, n) => {
    for (let start = 0; start < candidate.length; start++) {
      addTo(words, seenWords, candidate[start], n, size);
      let joined = candidate[start];
      for (let end = start + 1; end < candidate.length; end++) {
        joined += candidate[end];
        addTo(runs, seenRuns, joined, n, size);
      }
    }
  });
  return { size, words, runs };
}

/**
 * placeable(w, candidate) for every candidate of the index at once, as bits (candidate n is bit
 * n % 32 of element n / 32): only the index's words and runs of a length near w's are compared.
 */
export function placeableIn(index: WordIndex, w: string): Uint32Array {
  const out = new Uint32Array((index.size + 31) >>> 5);
  const or = (bits: Uint32Array) => {
    for (let k = 0; k < out.length; k++) out[k] |= bits[k];
  };
  const letters = letterSet(w);
  // nearWord allows at most 2 edits, so lengths further off never qualify.
  for (let length = w.length - 2; length <= w.length + 2; length++) {
    const list = index.words.get(length);
    if (!list) continue;
    for (let q = 0; q < list.length; q++) {
      const c = list[q];
      if (setBound(letters, c.letters) <= tokenSlack(w, c.text) && nearWord(w, c.text)) or(c.bits);
    }
  }
  // runTogether: one edit at most, from five letters on.
  if (w.length >= 5)
    for (let length = w.length - 1; length <= w.length + 1; length++) {
      const list = index.runs.get(length);
      if (!list) continue;
      for (let q = 0; q < list.length; q++) {
        const c = list[q];
        if (setBound(letters, c.letters) <= 1 && boundedDistance(w, c.text, 1) <= 1) or(c.bits);
      }
    }
  return out;
}

const NO_FIT: WordFit = Object.freeze({ fits: false, missing: 0, levelMissing: false });

function fitWords(
  written: string[],
  candidate: string[],
  near: (w: string, c: string) => boolean,
): WordFit {
  // Each written word takes at least one candidate word, in order.
  if (written.length > candidate.length) return NO_FIT;
  const used = new Array<boolean>(candidate.length).fill(false);
  let next = 0;
  for (let q = 0; q < written.length; q++) {
    const w = written[q];
    let k = next;
    while (k < candidate.length && !near(w, candidate[k])) k++;
    if (k < candidate.length) {
      used[k] = true;
      next = k + 1;
      continue;
    }
    const run = runTogether(w, candidate, next);
    if (!run) return NO_FIT;
    for (let r = run.start; r <= run.end; r++) used[r] = true;
    next = run.end + 1;
  }
  const missing = candidate.filter((c, k) => !used[k] && !OPTIONAL_WORDS.has(c)).length;
  const levelMissing = candidate.some(
    (c, k) =>
      !used[k] &&
      (LEVEL_WORDS.has(c) ||
        LEVEL_PAIRS.some(([a, b]) => c === a && candidate[k + 1] === b && !used[k + 1])),
  );
  return { fits: true, missing, levelMissing };
}

/** Candidate words (from `from` on) that the written word spells run together, if any. */
function runTogether(
  w: string,
  candidate: string[],
  from: number,
): { start: number; end: number } | null {
  if (w.length < 5) return null;
  for (let start = from; start < candidate.length; start++) {
    let joined = candidate[start];
    for (let end = start + 1; end < candidate.length && joined.length < w.length + 2; end++) {
      joined += candidate[end];
      if (boundedDistance(w, joined, 1) <= 1) return { start, end };
    }
  }
  return null;
}
