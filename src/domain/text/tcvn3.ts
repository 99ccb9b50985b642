/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime, .VnArial…): every lowercase Vietnamese
 * letter is one byte; of the capitals only Ă Â Ê Ô Ơ Ư Đ have bytes. Other capitals come from
 * the "H" fonts (.VnTimeH, .VnArialH), which draw the lowercase bytes as capitals, so the cell's
 * font decides the case. In a cell the bytes arrive as Windows-1252 characters: "ư" is U+00AD,
 * the soft hyphen, which must never be stripped before decoding.
 */
import { codeAt } from "./units";

/** Byte (as its Windows-1252 character) for each letter. Byte values in the comments. */
// prettier-ignore
const LOWER_TABLE: Record<string, string> = {
  // a: à B5 ả B6 ã B7 á B8 ạ B9
  à: "\u00b5", ả: "\u00b6", ã: "\u00b7", á: "\u00b8", ạ: "\u00b9",
  // ă A8: ằ BB ẳ BC ẵ BD ắ BE ặ C6
  ă: "\u00a8", ằ: "\u00bb", ẳ: "\u00bc", ẵ: "\u00bd", ắ: "\u00be", ặ: "\u00c6",
  // â A9: ầ C7 ẩ C8 ẫ C9 ấ CA ậ CB
  â: "\u00a9", ầ: "\u00c7", ẩ: "\u00c8", ẫ: "\u00c9", ấ: "\u00ca", ậ: "\u00cb",
  // e: è CC ẻ CE ẽ CF é D0 ẹ D1
  è: "\u00cc", ẻ: "\u00ce", ẽ: "\u00cf", é: "\u00d0", ẹ: "\u00d1",
  // ê AA: ề D2 ể D3 ễ D4 ế D5 ệ D6
  ê: "\u00aa", ề: "\u00d2", ể: "\u00d3", ễ: "\u00d4", ế: "\u00d5", ệ: "\u00d6",
  // i: ì D7 ỉ D8 ĩ DC í DD ị DE
  ì: "\u00d7", ỉ: "\u00d8", ĩ: "\u00dc", í: "\u00dd", ị: "\u00de",
  // o: ò DF ỏ E1 õ E2 ó E3 ọ E4
  ò: "\u00df", ỏ: "\u00e1", õ: "\u00e2", ó: "\u00e3", ọ: "\u00e4",
  // ô AB: ồ E5 ổ E6 ỗ E7 ố E8 ộ E9
  ô: "\u00ab", ồ: "\u00e5", ổ: "\u00e6", ỗ: "\u00e7", ố: "\u00e8", ộ: "\u00e9",
  // ơ AC: ờ EA ở EB ỡ EC ớ ED ợ EE
  ơ: "\u00ac", ờ: "\u00ea", ở: "\u00eb", ỡ: "\u00ec", ớ: "\u00ed", ợ: "\u00ee",
  // u: ù EF ủ F1 ũ F2 ú F3 ụ F4
  ù: "\u00ef", ủ: "\u00f1", ũ: "\u00f2", ú: "\u00f3", ụ: "\u00f4",
  // ư AD (soft hyphen): ừ F5 ử F6 ữ F7 ứ F8 ự F9
  ư: "\u00ad", ừ: "\u00f5", ử: "\u00f6", ữ: "\u00f7", ứ: "\u00f8", ự: "\u00f9",
  // y: ỳ FA ỷ FB ỹ FC ý FD ỵ FE
  ỳ: "\u00fa", ỷ: "\u00fb", ỹ: "\u00fc", ý: "\u00fd", ỵ: "\u00fe",
  // đ AE
  đ: "\u00ae",
};

/** The seven capitals with their own bytes in VN3: Ă A1 Â A2 Ê A3 Ô A4 Ơ A5 Ư A6 Đ A7. */
// prettier-ignore
const CAPITAL_TABLE: Record<string, string> = {
  Ă: "\u00a1", Â: "\u00a2", Ê: "\u00a3", Ô: "\u00a4", Ơ: "\u00a5", Ư: "\u00a6", Đ: "\u00a7",
};

function invert(table: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(table).map(([letter, byte]) => [byte, letter]));
}

const DECODE = new Map([...invert(LOWER_TABLE), ...invert(CAPITAL_TABLE)]);

/** Characters that only TCVN3 text contains (each is a letter in TCVN3). */
export const TCVN3_CHARS: ReadonlySet<string> = new Set(DECODE.keys());

export interface Tcvn3Options {
  /** The cell's font is a capitals font (".VnTimeH"): every letter shows as a capital. */
  capitalsFont?: boolean;
}

/** A decoded string with, for each output character, the index it came from in the input. */
export interface Decoded {
  text: string;
  /** map[k] = input index of output character k; map[text.length] = input length. */
  map: number[];
}

/** The letter for each byte (by its code, all below U+0100), undefined for the rest. */
const BY_CODE: (string | undefined)[] = new Array(0x100);
for (const [byte, letter] of DECODE) BY_CODE[byte.charCodeAt(0)] = letter;

/** TCVN3 decodes one UTF-16 unit to one: output character k comes from input index k. */
export function decodeTcvn3WithMap(text: string, options: Tcvn3Options = {}): Decoded {
  const map = Array.from({ length: text.length + 1 }, (_, i) => i);
  return { text: decodeTcvn3(text, options), map };
}

/** TCVN3 text (as Windows-1252 characters) to Unicode. */
export function decodeTcvn3(text: string, options: Tcvn3Options = {}): string {
  let out = "";
  let kept = 0; // text[kept, i) is copied as it is
  for (let i = 0, n = text.length; i < n; i++) {
    const c = codeAt(text, i);
    const letter = c < 0x100 ? BY_CODE[c] : undefined;
    if (letter === undefined) continue;
    out += text.slice(kept, i) + letter;
    kept = i + 1;
  }
  const lower = kept === 0 ? text : out + text.slice(kept);
  return options.capitalsFont ? capitals(lower) : lower;
}

/**
 * Every UTF-16 unit as its capital, except where the capital is longer ("ß" -> "SS"): the
 * font draws one glyph per byte. Without surrogates, a capitalised whole as long as the text
 * capitalised each unit to one unit, so it is the same as going unit by unit.
 */
function capitals(s: string): string {
  if (!/[\ud800-\udfff]/.test(s)) {
    const whole = s.toUpperCase();
    if (whole.length === s.length) return whole;
  }
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const upper = s[i].toUpperCase();
    out += upper.length === 1 ? upper : s[i];
  }
  return out;
}

/**
 * Unicode to TCVN3. Capitals other than Ă Â Ê Ô Ơ Ư Đ exist only in a capitals font: pass
 * `capitalsFont` to write them as their lowercase bytes (the font shows them as capitals);
 * without it they cannot be written and an error names the first one.
 */
export function encodeTcvn3(text: string, options: Tcvn3Options = {}): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const lower = ch.toLowerCase();
    if (options.capitalsFont && ch !== lower) {
      out += LOWER_TABLE[lower] ?? ch;
      continue;
    }
    const byte = LOWER_TABLE[ch] ?? CAPITAL_TABLE[ch];
    if (byte !== undefined) out += byte;
    else if (ch !== lower && LOWER_TABLE[lower] !== undefined)
      throw new Error(`"${ch}" cannot be written in TCVN3 without a capitals font (.VnTimeH)`);
    else out += ch;
  }
  return out;
}
