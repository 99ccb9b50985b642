// Matcher throughput: 10,000 realistic messy cells (legacy fonts, missing marks, typos,
// abbreviations, several agencies per cell), generated deterministically and matched by the
// compiled code in lib/ (build it first: npx tsc -p tsconfig.cli.json).
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { createMatcher } = require("../lib/domain/matcher/index.js");
const { yenBai2020 } = require("../lib/domain/registry/index.js");
const text = require("../lib/domain/text/index.js");

const CELLS = 10_000;
const RUNS = 5;

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

const fmt = (n) => Math.round(n).toLocaleString("en-US");

export async function run() {
  const cells = makeCells();
  const times = [];
  const counts = { exact: 0, resolved: 0, suggested: 0, unknown: 0 };
  let intended = 0;
  for (let r = 0; r < RUNS; r++) {
    const matcher = createMatcher(yenBai2020); // a fresh matcher: no warm caches carried over
    const t0 = performance.now();
    for (const { cell, font, codes } of cells) {
      const m = matcher.matchCell(cell, { font });
      if (r > 0) continue;
      for (const p of m.parts) counts[p.status]++;
      const read = m.parts.map((p) => p.agency?.code ?? p.suggestions[0]?.agency.code);
      if (read.join("|") === codes.join("|")) intended++;
    }
    times.push(performance.now() - t0);
  }
  // The first run is cold (nothing compiled yet in this process): a user's first check in a
  // session. The median is that of all runs, the cold one included.
  const cold = times[0];
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)];
  const parts = Object.values(counts).reduce((a, b) => a + b, 0);
  // The matcher remembers cells it has seen: say how many texts it really had to work out.
  const distinct = new Set(cells.map(({ cell, font }) => `${font ?? ""}\u0000${cell}`)).size;
  const pct = (k) => `${k} ${((100 * counts[k]) / parts).toFixed(1)}%`;
  return [
    `matcher: ${fmt(CELLS)} cells (${fmt(distinct)} distinct texts), median ${fmt(median)} ms over ${RUNS} runs (${fmt((CELLS / median) * 1000)} cells/s; aim < 100 ms); first run, cold, ${fmt(cold)} ms; fastest ${fmt(times[0])} ms`,
    `matcher: ${fmt(parts)} parts: ${Object.keys(counts).map(pct).join(", ")}; ` +
      `${((100 * intended) / CELLS).toFixed(1)}% of cells read as the agencies they were made from`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await run()) console.log(line);
}
