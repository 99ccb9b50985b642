/**
 * Comparing labels typed by people: "Lũy kế"/"Luỹ kế", "KẾT QUẢ  kỳ báo cáo", a header
 * wrapped over two lines. Local to the roll-up so it does not wait for src/domain/text.
 *
 * U+00AD (the soft hyphen) is TCVN3's "ư": a unit typed with a .VnTime font arrives with it,
 * so `cleanText` keeps it (its output goes to the matcher, which repairs the encoding); only
 * `cleanLabel` and `fold`, used for labels, codes, numbers and periods, never for names, drop it.
 */
import { remembered } from "../remember";

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const SOFT_HYPHEN = /\u00ad/g;

// Remembered (see remember.ts): 200 forms repeat the same headers, labels and codes, and
// normalising each copy again was a visible share of a merge.

/** NFC, trimmed, inner whitespace (incl. non-breaking) collapsed to one space; U+00AD kept. */
export const cleanText = remembered((s) =>
  s.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim(),
);

/** `cleanText` without soft hyphens: for labels, codes, numbers and periods, never for names. */
export function cleanLabel(s: string): string {
  return cleanText(s).replace(SOFT_HYPHEN, "").trim();
}

/**
 * Lower case without any diacritics, so tone placement (oà/òa, uỷ/ủy) and missing accents
 * do not matter. Only for recognising labels, never for writing.
 */
export const fold = remembered((s) =>
  cleanLabel(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase(),
);

/** A header cell folded, without a trailing colon, asterisk or parenthetical note. */
export function foldHeader(s: string): string {
  return fold(s)
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/[\s:*]+$/, "")
    .trim();
}

/** Codes compared loosely: "II.2.A." = "II.2.a", " ĐT " = "đt" (Đ stays distinct from D). */
export const foldCode = remembered((s) =>
  cleanLabel(s).replace(/\s+/g, "").replace(/\.+$/, "").toLowerCase(),
);
