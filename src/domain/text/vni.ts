/**
 * VNI-Windows (the VNI-Times family): a letter is its base letter followed by one or two
 * mark bytes ("ộ" = "o" + "ä"), except ơ ư đ and the toned i and ỵ, which are single bytes.
 * Capitals take the capital mark bytes ("Ộ" = "OÄ"). In a cell the bytes arrive as
 * Windows-1252 characters. Decoding tries two-character sequences before one.
 */
import type { Decoded } from "./tcvn3";
import { codeAt } from "./units";

/** Mark bytes, lowercase then capital, in the order acute, grave, hook, tilde, dot. */
const TONE_BYTES = { lower: ["ù", "ø", "û", "õ", "ï"], upper: ["Ù", "Ø", "Û", "Õ", "Ï"] };
/** Hat (circumflex) alone, then with acute, grave, hook, tilde, dot. */
const HAT_BYTES = { lower: ["â", "á", "à", "å", "ã", "ä"], upper: ["Â", "Á", "À", "Å", "Ã", "Ä"] };
/** Breve alone, then with acute, grave, hook, tilde, dot. */
const BREVE_BYTES = {
  lower: ["ê", "é", "è", "ú", "ü", "ë"],
  upper: ["Ê", "É", "È", "Ú", "Ü", "Ë"],
};

/** Tones as combining marks in the same order as the mark bytes. */
const TONES = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

const compose = (s: string) => s.normalize("NFC");

/** Unicode letter -> VNI bytes, built for both cases from the rules above. */
function buildEncodeTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const kase of ["lower", "upper"] as const) {
    const up = (s: string) => (kase === "upper" ? s.toUpperCase() : s);
    const tones = TONE_BYTES[kase];
    // a e o u y with a tone: base + tone byte (ỵ is special, below)
    for (const base of ["a", "e", "o", "u", "y"]) {
      TONES.forEach((tone, k) => table.set(up(compose(base + tone)), up(base) + tones[k]));
    }
    // â ê ô: base + hat byte (alone or with tone); ă: a + breve byte
    for (const [letter, base] of [
      ["â", "a"],
      ["ê", "e"],
      ["ô", "o"],
    ]) {
      table.set(up(letter), up(base) + HAT_BYTES[kase][0]);
      TONES.forEach((tone, k) =>
        table.set(up(compose(letter + tone)), up(base) + HAT_BYTES[kase][k + 1]),
      );
    }
    table.set(up("ă"), up("a") + BREVE_BYTES[kase][0]);
    TONES.forEach((tone, k) =>
      table.set(up(compose("ă" + tone)), up("a") + BREVE_BYTES[kase][k + 1]),
    );
    // ơ = "ô", ư = "ö", each + tone byte
    for (const [letter, byte] of [
      ["ơ", "ô"],
      ["ư", "ö"],
    ]) {
      table.set(up(letter), up(byte));
      TONES.forEach((tone, k) => table.set(up(compose(letter + tone)), up(byte) + tones[k]));
    }
    // i with a tone: single bytes í ì æ ó ò; ỵ = î; đ = ñ
    const iBytes = ["í", "ì", "æ", "ó", "ò"];
    TONES.forEach((tone, k) => table.set(up(compose("i" + tone)), up(iBytes[k])));
    table.set(up("ỵ"), up("î"));
    table.set(up("đ"), up("ñ"));
  }
  return table;
}

const ENCODE = buildEncodeTable();

/**
 * Bytes -> letter. Mark bytes of either case are accepted after a base of either case (typing
 * with Caps Lock mixes them); the base letter decides the case.
 */
function buildDecodeTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [letter, bytes] of ENCODE) {
    table.set(bytes, letter);
    if (bytes.length === 2) {
      const [base, mark] = bytes;
      const other = mark === mark.toLowerCase() ? mark.toUpperCase() : mark.toLowerCase();
      if (!table.has(base + other)) table.set(base + other, letter);
    }
  }
  // Single bytes that stand for themselves (í ì Í Ì) need no entry.
  for (const [bytes, letter] of [...table]) if (bytes === letter) table.delete(bytes);
  return table;
}

const DECODE = buildDecodeTable();

/**
 * DECODE by character codes, every byte being below U+0100: one byte at its code, two bytes at
 * first * 256 + second. Holes are undefined.
 */
const ONE: (string | undefined)[] = new Array(0x100);
const TWO: (string | undefined)[] = new Array(0x10000);
for (const [bytes, letter] of DECODE) {
  const codes = [...bytes].map((b) => b.charCodeAt(0));
  if (codes.some((c) => c > 0xff)) throw new Error(`VNI byte above U+00FF in "${bytes}"`);
  if (codes.length === 1) ONE[codes[0]] = letter;
  else TWO[codes[0] * 0x100 + codes[1]] = letter;
}

/** How many bytes the last letterAt took. */
let taken = 0;

/** The letter the bytes at text[i] spell, two bytes before one (see `taken`), if any. */
function letterAt(text: string, i: number, length: number): string | undefined {
  const c = codeAt(text, i);
  if (c > 0xff) return undefined;
  const d = i + 1 < length ? codeAt(text, i + 1) : 0x100;
  const two = d <= 0xff ? TWO[c * 0x100 + d] : undefined;
  if (two !== undefined) {
    taken = 2;
    return two;
  }
  taken = 1;
  return ONE[c];
}

export function decodeVniWithMap(text: string): Decoded {
  let out = "";
  const map: number[] = [];
  const length = text.length;
  for (let i = 0; i < length;) {
    const letter = letterAt(text, i, length);
    map.push(i);
    if (letter === undefined) {
      out += text[i++];
      continue;
    }
    out += letter;
    i += taken;
  }
  map.push(length);
  return { text: out, map };
}

/** VNI-Windows text (as Windows-1252 characters) to Unicode. */
export function decodeVni(text: string): string {
  let out = "";
  let kept = 0; // text[kept, i) is copied as it is
  const length = text.length;
  for (let i = 0; i < length;) {
    // Every byte that starts a letter is "A" or above.
    const letter = codeAt(text, i) < 0x41 ? undefined : letterAt(text, i, length);
    if (letter === undefined) {
      i++;
      continue;
    }
    out += text.slice(kept, i) + letter;
    i += taken;
    kept = i;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Unicode to VNI-Windows. */
export function encodeVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += ENCODE.get(ch) ?? ch;
  return out;
}
