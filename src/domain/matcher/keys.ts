/**
 * The three keys the matcher compares, from strictest to loosest:
 * 1. matchKey: case, spacing, punctuation and tone placement ignored;
 * 2. expanded: common abbreviations written out (UBND -> ủy ban nhân dân, TP -> thành phố);
 * 3. loose: the expanded key without any marks.
 */
import { matchKey, stripDiacritics } from "../text/normalize";

/** Abbreviations as loose word sequences, and what they stand for. Longest first. */
const EXPANSIONS: [string[], string][] = (
  [
    ["phat thanh va truyen hinh", "phát thanh truyền hình"],
    ["pt va th", "phát thanh truyền hình"],
    ["pt th", "phát thanh truyền hình"],
    ["ptth", "phát thanh truyền hình"],
    ["ubnd", "ủy ban nhân dân"],
    ["hdnd", "hội đồng nhân dân"],
    ["ubmttq", "ủy ban mặt trận tổ quốc"],
    ["ub", "ủy ban"],
    ["mttq", "mặt trận tổ quốc"],
    ["tp", "thành phố"],
    ["tx", "thị xã"],
    ["h", "huyện"],
    ["ttdt", "thông tin điện tử"],
    ["tw", "trung ương"],
    ["dbqh", "đại biểu quốc hội"],
    ["vp", "văn phòng"],
    ["ql", "quản lý"],
    ["kcn", "khu công nghiệp"],
    ["lhpn", "liên hiệp phụ nữ"],
    ["ccb", "cựu chiến binh"],
    ["ldld", "liên đoàn lao động"],
    ["vn", "việt nam"],
    ["cchc", "cải cách hành chính"],
    ["bcd", "ban chỉ đạo"],
    ["kbnn", "kho bạc nhà nước"],
    ["bhxh", "bảo hiểm xã hội"],
  ] as [string, string][]
)
  .map(([pattern, expansion]): [string[], string] => [pattern.split(" "), expansion])
  .sort((a, b) => b[0].length - a[0].length);

/** Every word of every abbreviation pattern ("pt", "va", "th", "ubnd"...). */
export const ABBREVIATION_WORDS: ReadonlySet<string> = new Set(EXPANSIONS.flatMap(([p]) => p));

/** Neighbouring words inside some pattern ("pt va", "va th", "phat thanh"...): word, next. */
const PATTERN_NEXT = new Map<string, Set<string>>();
for (const [p] of EXPANSIONS)
  for (let k = 1; k < p.length; k++) {
    const next = PATTERN_NEXT.get(p[k - 1]);
    if (next) next.add(p[k]);
    else PATTERN_NEXT.set(p[k - 1], new Set([p[k]]));
  }

/** A matchKey word as the abbreviations are looked up by. */
export const patternWord = (token: string) => (token.length <= 6 ? stripDiacritics(token) : token);

/**
 * Whether an abbreviation could span the place where a key ending in word `left` meets a key
 * starting with word `right`. When none can, expandKey of the two joined by a space is their
 * expandKeys joined by a space.
 */
export function expandsAcross(left: string, right: string): boolean {
  return joinsAcross(patternWord(left), patternWord(right));
}

/** expandsAcross for words already as patternWord gives them. */
export function joinsAcross(left: string, right: string): boolean {
  return PATTERN_NEXT.get(left)?.has(right) ?? false;
}

/** Patterns by their first word, so most words are looked up once. */
const BY_FIRST = new Map<string, [string[], string][]>();
for (const e of EXPANSIONS) {
  const list = BY_FIRST.get(e[0][0]);
  if (list) list.push(e);
  else BY_FIRST.set(e[0][0], [e]);
}

/** Whether words[from...] begins with the pattern's words. */
function startsWith(words: string[], from: number, pattern: string[]): boolean {
  if (from + pattern.length > words.length) return false;
  for (let k = 0; k < pattern.length; k++) if (words[from + k] !== pattern[k]) return false;
  return true;
}

/** Write out the abbreviations in a matchKey. */
export function expandKey(key: string): string {
  if (key === "") return key;
  const tokens = key.split(" ");
  // Filled by a loop: an array made by map may differ in its kind of elements from call to call.
  const loose: string[] = [];
  for (let k = 0; k < tokens.length; k++) loose.push(patternWord(tokens[k]));
  const out: string[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    const list = BY_FIRST.get(loose[i]);
    if (list)
      for (let q = 0; q < list.length; q++) {
        const pattern = list[q][0];
        if (startsWith(loose, i, pattern)) {
          out.push(list[q][1]);
          i += pattern.length;
          continue outer;
        }
      }
    out.push(tokens[i]);
    i += 1;
  }
  return out.join(" ");
}

/** Made by `new`: a matcher keeps one per key (see Found in matcher.ts). */
export class Keys {
  constructor(
    readonly key: string,
    readonly expanded: string,
    readonly loose: string,
  ) {}
}

export function keysOf(text: string): Keys {
  return keysOfKey(matchKey(text));
}

/** keysOf for a text whose matchKey is already known. */
export function keysOfKey(key: string): Keys {
  const expanded = expandKey(key);
  return new Keys(key, expanded, stripDiacritics(expanded));
}
