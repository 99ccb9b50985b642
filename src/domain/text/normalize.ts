/** Unicode normalisation and the keys used to compare Vietnamese names. */
import { codeAt } from "./units";

export function isAscii(s: string): boolean {
  for (let i = 0, n = s.length; i < n; i++) if (codeAt(s, i) > 0x7f) return false;
  return true;
}

/**
 * Below U+0300 every character is its own NFC and composes with nothing before it, as do the
 * precomposed Vietnamese letters U+1EA0-U+1EF9: text made only of them is NFC already.
 */
function isNfcAsIs(s: string): boolean {
  for (let i = 0, n = s.length; i < n; i++) {
    const c = codeAt(s, i);
    if (c >= 0x300 && (c < 0x1ea0 || c > 0x1ef9)) return false;
  }
  return true;
}

export function nfc(s: string): string {
  return isNfcAsIs(s) ? s : s.normalize("NFC");
}

const TONE_COMBINING = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Old and new tone placement ("hoà"/"hòa", "khoẻ"/"khỏe", "uỷ"/"ủy") folded to one form: the
 * tone on the first vowel of a word-final "oa", "oe", "uy". Only word-final clusters move,
 * so "hoàng", "hoạch", "huỳnh" (tone rightly on the second vowel) are never touched, and
 * "quý" stays because its "u" belongs to the consonant.
 */
export function foldTones(s: string): string {
  return nfc(s).replace(
    /([qQ]?)([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu,
    (whole, q: string, first: string, second: string) => {
      const lowFirst = first.toLowerCase();
      const decomposed = second.normalize("NFD");
      const base = decomposed[0].toLowerCase();
      const fits = lowFirst === "o" ? base === "a" || base === "e" : base === "y" && q === "";
      if (!fits) return whole;
      const tone = decomposed.slice(1).match(TONE_COMBINING)?.[0] ?? "";
      const plainSecond = decomposed.replace(TONE_COMBINING, "").normalize("NFC");
      return q + (first + tone).normalize("NFC") + plainSecond;
    },
  );
}

/** Trim and collapse every run of spaces, no-break spaces, tabs and line breaks to one space. */
export function cleanSpaces(s: string): string {
  // \s covers U+00A0, U+2000-200A, U+202F, U+3000 and line breaks; zero-width ones are added.
  // U+00AD (soft hyphen) is TCVN3's "ư": it must survive here.
  return s.replace(/[\s\u200B\u2060]+/g, " ").trim();
}

function stripSlow(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/**
 * Each UTF-16 unit's base, worked out once (by stripSlow on the character alone): its code in
 * BASE, and in KIND 1 for one unit, 2 for nothing (a mark), 3 for anything else; 0 not yet.
 */
const BASE = new Uint16Array(0x10000);
const KIND = new Uint8Array(0x10000);
/** The bases that are not one unit, and those of characters outside the 16-bit plane. */
const OTHER_BASE = new Map<string, string>();

function baseKind(c: number): number {
  const ch = String.fromCharCode(c);
  const base = stripSlow(ch);
  if (base.length === 1) {
    BASE[c] = base.charCodeAt(0);
    return (KIND[c] = 1);
  }
  if (base === "") return (KIND[c] = 2);
  OTHER_BASE.set(ch, base);
  return (KIND[c] = 3);
}

/** The units of the text being stripped; grown when a longer text comes. */
let units = new Uint16Array(256);

/**
 * Remove every Vietnamese mark: tones, hats, horns, breves; "đ" becomes "d".
 * "Ủy ban nhân dân" -> "Uy ban nhan dan". (A table lookup per character, the result made in one
 * piece: the matcher calls this a lot, and reads its results character by character.)
 */
export function stripDiacritics(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && codeAt(s, i) < 0x80) i++;
  if (i === n) return s;
  if (units.length < n) units = new Uint16Array(2 * n);
  for (let k = 0; k < i; k++) units[k] = codeAt(s, k);
  let m = i;
  let extra = "";
  for (; i < n; i++) {
    const c = codeAt(s, i);
    if (c < 0x80) {
      units[m++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) return stripSlowly(s);
    const kind = KIND[c] || baseKind(c);
    if (kind === 1) units[m++] = BASE[c];
    else if (kind === 3) {
      extra = OTHER_BASE.get(String.fromCharCode(c))!;
      for (let k = 0; k < extra.length; k++) units[m++] = codeAt(extra, k);
    }
  }
  return m <= 4096
    ? String.fromCharCode.apply(null, units.subarray(0, m) as unknown as number[])
    : stripSlowly(s);
}

/** stripDiacritics code point by code point, for texts with characters outside the 16-bit plane. */
function stripSlowly(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = codeAt(ch, 0);
    if (ch.length === 1 && c < 0x80) out += ch;
    else if (ch.length === 1) {
      const kind = KIND[c] || baseKind(c);
      out += kind === 1 ? String.fromCharCode(BASE[c]) : kind === 2 ? "" : OTHER_BASE.get(ch)!;
    } else {
      let base = OTHER_BASE.get(ch);
      if (base === undefined) {
        base = stripSlow(ch);
        if (OTHER_BASE.size < 4096) OTHER_BASE.set(ch, base);
      }
      out += base;
    }
  }
  return out;
}

/**
 * The key two spellings share when they name the same thing: NFC, tones folded, lower case,
 * dashes and punctuation read as spaces, "&" read as "và", spaces collapsed.
 * "Sở Lao động - Thương binh & Xã hội" and "sở lao động, thương binh và xã hội" share one key.
 */
export function matchKey(s: string): string {
  return punctuationKey(foldTones(s));
}

/** matchKey without folding tone placement: tells a tone-placement fix from a case fix. */
export function punctuationKey(s: string): string {
  // One pass doing what these would, in this order: remove zero-width characters, "&" -> " và ",
  // dashes and punctuation -> " ", then cleanSpaces (collapse every run of spaces, trim).
  const t = nfc(s).toLowerCase();
  let out = "";
  let space = false;
  let run = 0;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = codeAt(t, i);
    const kind = keyCharKind(c);
    if (kind === KEEP) continue;
    if (i > run) {
      if (space && out !== "") out += " ";
      out += t.slice(run, i);
      space = false;
    }
    run = i + 1;
    if (kind === AMPERSAND) {
      if (out !== "") out += " ";
      out += "và";
      space = true;
    } else if (kind === SPACE) space = true;
  }
  if (n > run) {
    if (space && out !== "") out += " ";
    out += t.slice(run);
  }
  return out;
}

/**
 * Whether a UTF-16 unit is one matchKey turns into nothing in a text made only of such units
 * (spaces, punctuation, dashes, zero-width characters): such a text's key is "".
 */
export function blankInKey(c: number): boolean {
  const kind = keyCharKind(c);
  return kind === SPACE || kind === DROP;
}

const KEEP = 0;
const SPACE = 1;
const DROP = 2;
const AMPERSAND = 3;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
/** Above this every UTF-16 unit but U+FEFF is kept as it is. */
const LAST_SPECIAL = 0x3000;
let kinds: Uint8Array | undefined;

/** What punctuationKey makes of one UTF-16 unit, from the same character classes as before. */
function keyCharKind(c: number): number {
  if (c > LAST_SPECIAL) return c === 0xfeff ? DROP : KEEP;
  if (!kinds) {
    kinds = new Uint8Array(LAST_SPECIAL + 1);
    for (let u = 0; u <= LAST_SPECIAL; u++) {
      const ch = String.fromCharCode(u);
      if (ZERO_WIDTH.test(ch)) kinds[u] = DROP;
      else if (ch === "&") kinds[u] = AMPERSAND;
      else if (/[\s\u200B\u2060]/.test(ch) || /[-\u2010-\u2015\u2212]/.test(ch)) kinds[u] = SPACE;
      else if (/[.,;:!?()[\]{}"'`\u201c\u201d\u2018\u2019\u00ab\u00bb/\\*_\u2026|+#]/.test(ch))
        kinds[u] = SPACE;
    }
  }
  return kinds[c];
}

/** matchKey without any marks: what someone typing without a Vietnamese keyboard produces. */
export function looseKey(s: string): string {
  return stripDiacritics(matchKey(s));
}

/** A cell's text as labels are compared (NFC, spaces folded, lower case); not a text → "". */
export const labelKey = (v: unknown): string =>
  typeof v === "string" ? v.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase() : "";

/** Is a cell a text with something in it besides spaces? */
export const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
