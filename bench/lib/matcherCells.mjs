// The bench's agency cells: realistic messy cells (legacy fonts, missing marks, typos,
// abbreviations, several agencies per cell), generated deterministically from the registry, with
// the agencies each was made from. Shared by bench/matcher.mjs and matcherInstructions.mjs.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { yenBai2020 } = require("../../lib/domain/registry/index.js");
const text = require("../../lib/domain/text/index.js");

export const CELLS = 10_000;

/** mulberry32: a small seeded generator, so every run matches the same cells. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OLD_TONES = [
  ["òa", "oà"],
  ["óa", "oá"],
  ["ỏa", "oả"],
  ["õa", "oã"],
  ["ọa", "oạ"],
  ["ùy", "uỳ"],
  ["úy", "uý"],
  ["ủy", "uỷ"],
  ["Ủy", "Uỷ"],
  ["ụy", "uỵ"],
];

function typo(s, rnd) {
  const chars = [...s];
  const i = Math.floor(rnd() * chars.length);
  const kind = rnd();
  if (kind < 0.4) chars.splice(i, 1);
  else if (kind < 0.7) chars.splice(i, 0, chars[i]);
  else if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
  return chars.join("");
}

/** One spelling made messy the way cells really are; returns [text, font]. */
function mess(s, rnd) {
  const r = rnd();
  if (r < 0.35) return [s];
  if (r < 0.45) return [s.toLowerCase()];
  if (r < 0.55) return [text.stripDiacritics(s)];
  if (r < 0.62) return [OLD_TONES.reduce((t, [a, b]) => t.split(a).join(b), s)];
  if (r < 0.68) return [` ${s.replace(/ /g, "  ")} `];
  if (r < 0.78) return [typo(s, rnd)];
  if (r < 0.86) {
    try {
      return [text.encodeTcvn3(s), ".VnTime"];
    } catch {
      return [text.encodeTcvn3(s.toUpperCase(), { capitalsFont: true }), ".VnTimeH"];
    }
  }
  if (r < 0.94) return [text.encodeVni(s), rnd() < 0.5 ? "VNI-Times" : undefined];
  return [s.normalize("NFD")];
}

export function makeCells(count = CELLS, seed = 2020) {
  const rnd = random(seed);
  const spellings = yenBai2020.agencies.flatMap((a) =>
    [a.name, a.name, a.shortName, ...a.aliases].map((s) => [a.code, s]),
  );
  const separators = ["; ", ", ", " và ", "\n", ";\n- "];
  const cells = [];
  for (let i = 0; i < count; i++) {
    const n = rnd() < 0.6 ? 1 : rnd() < 0.75 ? 2 : 3;
    const items = Array.from({ length: n }, () => spellings[Math.floor(rnd() * spellings.length)]);
    const sep = separators[Math.floor(rnd() * separators.length)];
    const [cell, font] = mess(items.map(([, s]) => s).join(sep), rnd);
    cells.push({ cell, font, codes: items.map(([code]) => code) });
  }
  return cells;
}
