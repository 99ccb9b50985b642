// Matcher throughput: 10,000 realistic messy cells (legacy fonts, missing marks, typos,
// abbreviations, several agencies per cell), generated deterministically and matched by the
// compiled code in lib/ (build it first: npx tsc -p tsconfig.cli.json).
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { CELLS, makeCells } from "./lib/matcherCells.mjs";
import { countInstructions } from "./lib/matcherInstructions.mjs";

const require = createRequire(import.meta.url);
const { createMatcher } = require("../lib/domain/matcher/index.js");
const { yenBai2020 } = require("../lib/domain/registry/index.js");

const RUNS = 5;

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
  // Counted after the timed runs, so its two valgrind processes do not weigh on them.
  const instructions = await countInstructions();
  return [
    `matcher: ${fmt(CELLS)} cells (${fmt(distinct)} distinct texts), median ${fmt(median)} ms over ${RUNS} runs (${fmt((CELLS / median) * 1000)} cells/s; aim < 100 ms); first run, cold, ${fmt(cold)} ms; fastest ${fmt(times[0])} ms`,
    `matcher: ${fmt(parts)} parts: ${Object.keys(counts).map(pct).join(", ")}; ` +
      `${((100 * intended) / CELLS).toFixed(1)}% of cells read as the agencies they were made from`,
    ...instructions,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await run()) console.log(line);
}
