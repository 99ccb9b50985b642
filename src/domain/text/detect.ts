/**
 * Which encoding a cell's text is in, and its repair to Unicode. Correct Unicode is never
 * "repaired": legacy decoding happens only when the font says so or when the legacy reading is
 * clearly better Vietnamese than the text as it stands.
 */
import { isAscii, nfc } from "./normalize";
import { decodeTcvn3WithMap, type Decoded } from "./tcvn3";
import { decodeVniWithMap } from "./vni";

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
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x100 && c <= 0x24f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff))
      return true;
  }
  return false;
}

/** The Latin-1 letters Unicode Vietnamese uses; every other Latin-1 character hints at legacy. */
const VIETNAMESE_LATIN1 = new Set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý");

function isLegacyHint(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xa1 && c <= 0xff && !VIETNAMESE_LATIN1.has(ch);
}

function countHints(s: string): number {
  let n = 0;
  for (const ch of s) if (isLegacyHint(ch)) n++;
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
 * How un-Vietnamese the words of a text are: 1 for a word that is no syllable, 2 for a word
 * with two tones. ASCII words and words in capitals (abbreviations such as "KHĐT") are left
 * out: they read the same, or say nothing, in every encoding.
 */
function implausibleWords(s: string): number {
  let n = 0;
  for (const word of s.match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (/^[A-Za-z]+$/.test(word) || (word.length > 1 && word === word.toUpperCase())) continue;
    const decomposed = word.toLowerCase().normalize("NFD");
    const tones = decomposed.match(TONE_MARK)?.length ?? 0;
    const bare = decomposed.replace(TONE_MARK, "").normalize("NFC");
    if (tones > 1) n += 2;
    else if (!SYLLABLE.test(bare)) n++;
  }
  return n;
}

/** Lower is better: words that are not Vietnamese, and legacy bytes left undecoded. */
function badness(s: string): number {
  return implausibleWords(s) + 2 * countHints(s);
}

/** Decide the encoding of a cell's text; `font` is the cell's font name when known. */
export function detectEncoding(s: string, font?: string | null): Encoding {
  if (isAscii(s)) return "ascii";
  if (hasUnicodeOnly(s)) return "unicode";
  const byFont = fontEncoding(font);
  if (byFont) {
    // The font shows the legacy reading. It wins when the text holds bytes only legacy text
    // has, unless the text reads strictly better as it is; text made only of letters Unicode
    // shares ("các") stays unless the legacy reading is strictly better.
    const capitalsFont = byFont === "tcvn3-capitals";
    const legacy =
      byFont === "vni" ? decodeVniWithMap(s).text : decodeTcvn3WithMap(s, { capitalsFont }).text;
    const asIs = badness(s);
    const read = badness(legacy);
    const keep = countHints(s) > 0 ? asIs < read : asIs <= read;
    if (keep) return "unicode";
    return byFont === "vni" ? "vni" : "tcvn3";
  }
  // Without a font, a legacy reading must be strictly better Vietnamese than the text as is.
  const asIs = badness(s);
  if (asIs === 0) return "unicode";
  const tcvn3 = badness(decodeTcvn3WithMap(s).text);
  const vni = badness(decodeVniWithMap(s).text);
  if (asIs <= tcvn3 && asIs <= vni) return "unicode";
  return tcvn3 <= vni ? "tcvn3" : "vni";
}

export interface Repaired {
  text: string;
  encoding: Encoding;
  changed: boolean;
}

/**
 * The text as Unicode (NFC) with, for each character, the index it came from in the input;
 * `map` is null when nothing moved (the common case: correct Unicode).
 */
export function repairWithMap(
  s: string,
  font?: string | null,
): { text: string; map: number[] | null; encoding: Encoding } {
  const encoding = detectEncoding(s, font);
  if (encoding === "tcvn3") {
    const capitalsFont = fontEncoding(font) === "tcvn3-capitals";
    return { ...nfcWithMap(decodeTcvn3WithMap(s, { capitalsFont })), encoding };
  }
  if (encoding === "vni") return { ...nfcWithMap(decodeVniWithMap(s)), encoding };
  if (s === nfc(s)) return { text: s, map: null, encoding };
  const identity = { text: s, map: Array.from({ length: s.length + 1 }, (_, i) => i) };
  return { ...nfcWithMap(identity), encoding };
}

/** NFC that keeps the index map: compose each base character with the marks that follow it. */
function nfcWithMap(d: Decoded): Decoded {
  if (d.text === nfc(d.text)) return d;
  let text = "";
  const map: number[] = [];
  for (const m of d.text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const composed = nfc(m[0]);
    for (let k = 0; k < composed.length; k++) map.push(d.map[m.index ?? 0]);
    text += composed;
  }
  map.push(d.map[d.text.length]);
  return { text, map };
}

/** Repair a cell's text: legacy TCVN3/VNI decoded, then NFC. Correct Unicode comes back as is. */
export function repairText(s: string, font?: string | null): Repaired {
  const { text, encoding } = repairWithMap(s, font);
  return { text, encoding, changed: text !== s };
}
