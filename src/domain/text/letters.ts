/**
 * The Vietnamese letters beyond ASCII, built from their parts so no table can drift.
 * 12 vowels x 5 tones + ă â ê ô ơ ư đ = 67 per case, 134 in all.
 */

/** Vowels in alphabetical order. */
export const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;

/** Tones as combining marks, in the order huyền, sắc, hỏi, ngã, nặng. */
export const TONE_MARKS = {
  grave: "\u0300",
  acute: "\u0301",
  hook: "\u0309",
  tilde: "\u0303",
  dot: "\u0323",
} as const;

export type Tone = keyof typeof TONE_MARKS;
export const TONES = Object.keys(TONE_MARKS) as Tone[];

/** A vowel with a tone, precomposed (NFC). */
export function withTone(vowel: string, tone: Tone): string {
  return (vowel + TONE_MARKS[tone]).normalize("NFC");
}

function buildLowercase(): string[] {
  const out: string[] = [];
  for (const v of VOWELS) {
    if (v !== v.normalize("NFD")[0]) out.push(v); // ă â ê ô ơ ư themselves
    for (const t of TONES) out.push(withTone(v, t));
  }
  out.push("đ");
  return out;
}

/** The 67 lowercase letters that are not plain ASCII. */
export const LOWERCASE_LETTERS: readonly string[] = buildLowercase();
/** Their 67 capitals, same order. */
export const UPPERCASE_LETTERS: readonly string[] = LOWERCASE_LETTERS.map((c) => c.toUpperCase());
