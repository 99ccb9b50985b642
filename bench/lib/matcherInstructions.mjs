// Instructions the matcher runs on the bench's 10,000 cells, once its code is compiled: a
// steadier figure than wall time on a shared machine. Needs valgrind (Debian's `valgrind`;
// without it the line says so) and the compiled code in lib/ (npx tsc -p tsconfig.cli.json).
//   node bench/lib/matcherInstructions.mjs   (npm run bench prints it after the timed runs)
// Runs the loop 4 and then 7 times (each run a fresh matcher) under cachegrind, V8 on one
// thread; the difference over 3 is one run once compiled, collection included.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

function loop(runs) {
  const { createMatcher } = require("../../lib/domain/matcher/index.js");
  const { yenBai2020 } = require("../../lib/domain/registry/index.js");
  return import("./matcherCells.mjs").then(({ makeCells }) => {
    const cells = makeCells();
    for (let r = 0; r < runs; r++) {
      const matcher = createMatcher(yenBai2020);
      for (const { cell, font } of cells) matcher.matchCell(cell, { font });
    }
  });
}

function instructions(runs) {
  const args = [
    "--tool=cachegrind",
    "--cache-sim=no",
    "--cachegrind-out-file=/dev/null",
    "--smc-check=all-non-file",
    process.execPath,
    "--single-threaded",
    fileURLToPath(import.meta.url),
    "--loop",
    String(runs),
  ];
  return new Promise((resolve, reject) =>
    execFile("valgrind", args, { maxBuffer: 1 << 24 }, (error, _out, err) => {
      const m = /I\s+refs:\s+([\d,]+)/.exec(err);
      if (error || !m) reject(error ?? new Error(`valgrind gave no count:\n${err}`));
      else resolve(Number(m[1].replace(/,/g, "")));
    }),
  );
}

/** The figure as a line for `npm run bench`; a line saying why when valgrind is missing. */
export async function countInstructions() {
  try {
    const [four, seven] = await Promise.all([instructions(4), instructions(7)]);
    const perRun = (seven - four) / 3 / 1e6;
    return [
      `matcher: ${perRun.toFixed(0)} M instructions per run of 10,000 cells once compiled (valgrind, one thread)`,
    ];
  } catch (err) {
    if (err?.code === "ENOENT")
      return [
        "matcher: instructions not counted (valgrind is not installed: apt-get install valgrind)",
      ];
    throw err;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--loop");
  if (at > 0) await loop(Number(process.argv[at + 1]));
  else for (const line of await countInstructions()) console.log(line);
}
