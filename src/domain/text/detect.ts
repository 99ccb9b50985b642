/**
 * Which encoding a cell's text is in, and its repair to Unicode. Correct Unicode is never
 * "repaired": legacy decoding happens only when the font says so or when the legacy reading is
 * clearly better Vietnamese than the text as it stands.
 */
import { isAscii, nfc } from "./normalize";
import { decodeTcvn3 } from "./tcvn3";
import { decodeVni, decodeVniWithMap } from "./vni";
import { codeAt } from "./units";
import { remembered } from "../remember";

export type Encoding = "unicode" | "tcvn3" | "vni" | "ascii";

export type FontEncoding = "tcvn3" | "tcvn3-capitals" | "vni";

/**
 * The legacy encoding a font name implies: ".VnTime", ".VnArial" -> TCVN3; ".VnTimeH",
 * ".VnArialH" (a capital H after the family name) -> TCVN3 drawn as capitals; "VNI-Times",
 * "VNI-Helve" -> VNI. Anything else -> undefined.
 */
export function fontEncoding(font?: string | null): FontEncoding | undefined {
  const f = (font ?? "").trim();
  if (/^vni[-_ ]/i.test(f)) return "vni";
  if (/^\.vn/i.test(f)) return /[a-z]H$/.test(f) ? "tcvn3-capitals" : "tcvn3";
  return undefined;
}

/** Letters and marks only Unicode Vietnamese has (Latin Extended, combining, Vietnamese block). */
function hasUnicodeOnly(s: string): boolean {
  for (let i = 0, n = s.length; i < n; i++) {
    const c = codeAt(s, i);
    if ((c >= 0x100 && c <= 0x24f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff))
      return true;
  }
  return false;
}

/** The Latin-1 letters Unicode Vietnamese uses; every other Latin-1 character hints at legacy. */
const VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

/** Per UTF-16 unit up to U+00FF: 1 for a legacy hint (U+00A1-U+00FF outside those letters). */
const HINT = new Uint8Array(0x100);
for (let c = 0xa1; c <= 0xff; c++)
  HINT[c] = VIETNAMESE_LATIN1.includes(String.fromCharCode(c)) ? 0 : 1;

function countHints(s: string): number {
  let n = 0;
  for (let i = 0, length = s.length; i < length; i++) {
    const c = codeAt(s, i);
    if (c <= 0xff) n += HINT[c];
  }
  return n;
}

// A Vietnamese syllable without its tone: an initial, then a rhyme. Rhymes ending in a glide
// ("ai", "ươi") take no final consonant; "ă", "â", "iê", "ươ"… need one; "ch" and "nh" close
// only a, ê, i, y ("tỉnh" yes, "tổnh" no).
const INITIAL = "(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?";
const OPEN =
  "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iêu|oai|oao|oay|oeo|oi|ôi|ơi|ua|uây|ui|uôi|uya|uyu|ưa|ưi|ưu|" +
  "ươi|ươu|yêu";
const MAY_CLOSE = "a|e|ê|i|o|ô|ơ|u|ư|y|oa|oe|uê|uy|uơ";
const MUST_CLOSE = "ă|â|iê|yê|uô|ươ|uyê|oă|uâ";
const FINAL = "(?:c|m|n|ng|p|t)";
const SYLLABLE = new RegExp(
  `^${INITIAL}(?:${OPEN}|(?:${MAY_CLOSE})${FINAL}?|(?:${MUST_CLOSE})${FINAL}|` +
    `(?:a|ê|i|y|oa|uê|uy)(?:ch|nh)|oong)?$`,
);
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * How un-Vietnamese one word is: 1 for a word that is no syllable, 2 for a word with two
 * tones. ASCII words and words in capitals (abbreviations such as "KHĐT") count 0: they read
 * the same, or say nothing, in every encoding.
 */
function wordBadness(word: string): number {
  if (/^[A-Za-z]+$/.test(word) || (word.length > 1 && word === word.toUpperCase())) return 0;
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONE_MARK)?.length ?? 0;
  if (tones > 1) return 2;
  return SYLLABLE.test(decomposed.replace(TONE_MARK, "").normalize("NFC")) ? 0 : 1;
}

/** The words of a text (runs of letters and marks), each weighed by wordBadness. */
function implausibleWords(s: string): number {
  let n = 0;
  for (const word of s.match(/[\p{L}\p{M}]+/gu) ?? []) n += wordBadness(word);
  return n;
}

/**
 * Word verdicts a caller keeps from cell to cell (a matcher keeps one): the same few words
 * come back in every legacy cell, and weighing a word takes several normalisations.
 */
export type DetectMemo = Map<string, number>;

/** Most words a DetectMemo keeps before it starts again. */
const MEMO_WORDS = 20_000;

/** Per UTF-16 unit from U+0080: 1 letter or mark, 2 neither, 0 not yet looked at. */
const WORDLIKE = new Uint8Array(0x10000);
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  let kind = WORDLIKE[c];
  if (kind === 0) WORDLIKE[c] = kind = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}

/** implausibleWords without a regular expression, each word weighed once per memo. */
function implausibleWordsMemo(s: string, memo: DetectMemo): number {
  let n = 0;
  let start = -1;
  const length = s.length;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? codeAt(s, i) : 32;
    // A surrogate pair is one code point the units can't classify: the regular expression can.
    if (c >= 0xd800 && c <= 0xdfff) return implausibleWords(s);
    if (isWordUnit(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = s.slice(start, i);
    start = -1;
    let w = memo.get(word);
    if (w === undefined) {
      w = wordBadness(word);
      if (memo.size >= MEMO_WORDS) memo.clear();
      memo.set(word, w);
    }
    n += w;
  }
  return n;
}

/** Lower is better: words that are not Vietnamese, and legacy bytes left undecoded. */
function badness(s: string, memo?: DetectMemo): number {
  return (memo ? implausibleWordsMemo(s, memo) : implausibleWords(s)) + 2 * countHints(s);
}

/** Decide the encoding of a cell's text; `font` is the cell's font name when known. */
export function detectEncoding(s: string, font?: string | null, memo?: DetectMemo): Encoding {
  return detect(s, font, memo);
}

/** The legacy text (not yet NFC) the last detect read as TCVN3 or VNI. */
let legacyText = "";
/** Where each of legacyText's characters came from, when detect decoded with the map. */
let legacyMap: number[] | null = null;

/**
 * The encoding; when a legacy one, its reading is left in legacyText (and with `withMap`, a VNI
 * reading by the font leaves its map in legacyMap: the repair needs it, so it is not decoded
 * twice).
 */
function detect(
  s: string,
  font: string | null | undefined,
  memo: DetectMemo | undefined,
  withMap = false,
): Encoding {
  legacyMap = null;
  if (isAscii(s)) return "ascii";
  if (hasUnicodeOnly(s)) return "unicode";
  const byFont = fontEncoding(font);
  if (byFont) {
    // The font shows the legacy reading. It wins when the text holds bytes only legacy text
    // has, unless the text reads strictly better as it is; text made only of letters Unicode
    // shares ("các") stays unless the legacy reading is strictly better.
    const capitalsFont = byFont === "tcvn3-capitals";
    let legacy: string;
    if (byFont !== "vni") legacy = decodeTcvn3(s, { capitalsFont });
    else if (!withMap) legacy = decodeVni(s);
    else {
      const decoded = decodeVniWithMap(s);
      legacy = decoded.text;
      legacyMap = decoded.map;
    }
    const read = badness(legacy, memo);
    const hints = countHints(s);
    // The text's legacy bytes alone (each counts 2 in badness) can make it read no better: the
    // words need not be weighed.
    if (hints === 0 || 2 * hints < read) {
      const asIs = badness(s, memo);
      if (hints > 0 ? asIs < read : asIs <= read) return "unicode";
    }
    legacyText = legacy;
    return byFont === "vni" ? "vni" : "tcvn3";
  }
  // Without a font, a legacy reading must be strictly better Vietnamese than the text as is.
  const asIs = badness(s, memo);
  if (asIs === 0) return "unicode";
  const tcvn3Text = decodeTcvn3(s);
  const vniText = decodeVni(s);
  const tcvn3 = badness(tcvn3Text, memo);
  const vni = badness(vniText, memo);
  if (asIs <= tcvn3 && asIs <= vni) return "unicode";
  legacyText = tcvn3 <= vni ? tcvn3Text : vniText;
  return tcvn3 <= vni ? "tcvn3" : "vni";
}

export interface Repaired {
  text: string;
  encoding: Encoding;
  changed: boolean;
}

/**
 * The text as Unicode (NFC) with, for each character, the index it came from in the input;
 * `map` is null when nothing moved (the common case: correct Unicode; TCVN3 too, one character
 * for one). `memo`: word verdicts kept from earlier calls (see DetectMemo); same answer.
 */
export function repairWithMap(
  s: string,
  font?: string | null,
  memo?: DetectMemo,
): { text: string; map: number[] | null; encoding: Encoding } {
  const encoding = detect(s, font, memo, true);
  if (encoding === "vni") {
    const decoded = legacyMap ? { text: legacyText, map: legacyMap } : decodeVniWithMap(s);
    const { text, map } = nfcWithMap(decoded.text, decoded.map);
    return { text, map, encoding };
  }
  // TCVN3 decodes one UTF-16 unit to one: nothing moves until NFC composes.
  const { text, map } = nfcWithMap(encoding === "tcvn3" ? legacyText : s, null);
  return { text, map, encoding };
}

/** Per UTF-16 unit from U+0080: 1 a combining mark, 2 not, 0 not yet looked at. */
const MARK = new Uint8Array(0x10000);
const IS_MARK = /^\p{M}$/u;

function isMarkUnit(c: number): boolean {
  if (c < 0x80) return false;
  let kind = MARK[c];
  if (kind === 0) MARK[c] = kind = IS_MARK.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}

/** NFC of a character and its marks, by the cluster: the same few letters come back. */
const composeCluster = remembered(nfc, 4096);

/**
 * NFC that keeps the index map (`map` null: the identity, and null again if nothing moved):
 * compose each base character with the marks that follow it.
 */
function nfcWithMap(text: string, map: number[] | null): { text: string; map: number[] | null } {
  if (text === nfc(text)) return { text, map };
  const from = (i: number) => (map ? map[i] : i);
  // A surrogate pair is one code point the units can't classify: the regular expression can.
  if (/[\ud800-\udfff]/.test(text)) {
    let out = "";
    const outMap: number[] = [];
    for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
      const composed = nfc(m[0]);
      for (let k = 0; k < composed.length; k++) outMap.push(from(m.index));
      out += composed;
    }
    outMap.push(from(text.length));
    return { text: out, map: outMap };
  }
  let out = "";
  const outMap: number[] = [];
  let kept = 0; // text[kept, i) is copied as it is
  const length = text.length;
  for (let i = 0; i < length;) {
    let j = i + 1;
    while (j < length && isMarkUnit(codeAt(text, j))) j++;
    // Alone, a character below U+0300 is its own NFC (others may not be: U+2126 is "Ω").
    if (j === i + 1 && codeAt(text, i) < 0x300) {
      outMap.push(from(i++));
      continue;
    }
    const composed = composeCluster(text.slice(i, j));
    out += text.slice(kept, i) + composed;
    for (let k = 0; k < composed.length; k++) outMap.push(from(i));
    i = kept = j;
  }
  outMap.push(from(text.length));
  return { text: out + text.slice(kept), map: outMap };
}

/** Repair a cell's text: legacy TCVN3/VNI decoded, then NFC. Correct Unicode comes back as is. */
export function repairText(s: string, font?: string | null): Repaired {
  const { text, encoding } = repairWithMap(s, font);
  return { text, encoding, changed: text !== s };
}
