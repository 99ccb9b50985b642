// Merge benchmark: the whole `cchc merge` command against a plain SheetJS parse of the same
// files (each in a fresh node), how time and peak memory grow from 50 to 2,000 forms, the
// hostile sparse form of issue 13, and the readers compared in one process. Uses the compiled
// code (lib/, bin/): `npm run bench` builds it; alone: `npx tsc -p tsconfig.cli.json && node
// bench/merge.mjs`. `node bench/merge.mjs --generate DIR N` only writes N forms into DIR (e.g.
// to profile `node --cpu-prof bin/cchc.js merge DIR --period 2020-H1 --out …`).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compare, load, median, runNode, secs } from "./lib/child.mjs";
import { generate, hostileForm, lib, PERIOD } from "./lib/forms.mjs";

const require = createRequire(import.meta.url);

/** Only parsing: every file read from disk and every sheet's values taken, nothing else. */
async function parseOnce(L, dir, names) {
  const t = performance.now();
  let cells = 0;
  for (const name of names) {
    const wb = L.xlsx.readWorkbookFile(new Uint8Array(await readFile(path.join(dir, name))));
    for (const s of wb.sheets) cells += wb.data(s.name).values.length;
  }
  return { ms: performance.now() - t, cells };
}

/** The other candidate reader: ExcelJS loading the same files and walking every value. */
async function excelJsOnce(dir, names) {
  const ExcelJS = require("exceljs");
  const t = performance.now();
  let cells = 0;
  for (const name of names) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await readFile(path.join(dir, name)));
    wb.eachSheet((ws) => ws.eachRow((row) => (cells += row.cellCount)));
  }
  return { ms: performance.now() - t, cells };
}

/** One form with a list validation over a whole column, read by each reader. */
async function wholeColumnValidation(L, dir, name) {
  const { unzipSync, zipSync, strFromU8, strToU8 } = L.fflate;
  const files = unzipSync(new Uint8Array(await readFile(path.join(dir, name))));
  const sheet = Object.keys(files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const rule =
    '<dataValidations count="1"><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" sqref="H1:H1048576"><formula1>0</formula1></dataValidation></dataValidations>';
  let xml = strFromU8(files[sheet]).replace(/<dataValidations[\s\S]*?<\/dataValidations>/, "");
  xml = xml.replace(/(<\/sheetData>(?:<mergeCells[\s\S]*?<\/mergeCells>)?)/, `$1${rule}`);
  files[sheet] = strToU8(xml);
  const file = path.join(dir, "whole-column.xlsx");
  await writeFile(file, zipSync(files));
  const sheetjs = await parseOnce(L, dir, ["whole-column.xlsx"]);
  const ExcelJS = require("exceljs");
  const t = performance.now();
  const heap0 = process.memoryUsage().heapUsed;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await readFile(file));
  const heap = (process.memoryUsage().heapUsed - heap0) / 1048576;
  return { sheetjs: sheetjs.ms, exceljs: performance.now() - t, heap };
}

/** `cchc merge` over `files` (paths) in a child process, writing into `out`. */
function cchcMerge(files, out, nodeOptions = []) {
  return runNode([
    ...nodeOptions,
    "bin/cchc.js",
    "merge",
    ...files,
    "--period",
    PERIOD,
    "--out",
    path.join(out, "tong-hop.xlsx"),
    "--json",
    path.join(out, "tong-hop.json"),
  ]);
}

export async function run() {
  const L = lib();
  const lines = [];
  const dir = await mkdtemp(path.join(os.tmpdir(), "cchc-bench-merge-"));
  const out = await mkdtemp(path.join(os.tmpdir(), "cchc-bench-out-"));
  try {
    const started = performance.now();
    const all = await generate(dir, 2000);
    lines.push(`merge bench: 2000 filled forms generated in ${secs(performance.now() - started)}`);
    const paths = (n) => all.slice(0, n).map((f) => path.join(dir, f));

    // The whole command against a plain SheetJS parse of the same files, each in a fresh node.
    const n200 = paths(200);
    const r = compare(
      {
        merge: [
          "bin/cchc.js",
          "merge",
          ...n200,
          "--period",
          PERIOD,
          "--out",
          path.join(out, "a.xlsx"),
          "--json",
          path.join(out, "a.json"),
        ],
        parse: ["bench/lib/parse-only.mjs", ...n200],
      },
      3,
    );
    const report = JSON.parse(await readFile(path.join(out, "a.json"), "utf8"));
    lines.push(
      `cchc merge, 200 forms, whole command vs SheetJS parse only (child processes, median of 3): ${secs(r.merge.ms)} (CPU ${secs(r.merge.cpu)}) vs ${secs(r.parse.ms)} (CPU ${secs(r.parse.cpu)}): ${(r.merge.ms / r.parse.ms).toFixed(2)}×, CPU ${(r.merge.cpu / r.parse.cpu).toFixed(2)}× (aim ≤ 1.5×; ${load()})`,
    );
    lines.push(
      `  (${report.accepted.length} units accepted, ${report.duplicates.reduce((s, d) => s + d.ignored.length, 0)} older duplicates ignored, ${report.rejected.length} rejected)`,
    );

    // Growth: time per form and peak memory of the whole command.
    const per = [];
    for (const n of [50, 200, 2000]) {
      const runs = [];
      for (let i = 0; i < (n === 2000 ? 1 : 3); i++) runs.push(cchcMerge(paths(n), out));
      per.push({
        n,
        ms: median(runs.map((x) => x.ms)),
        rss: median(runs.map((x) => x.rss)),
      });
    }
    const marginal = (a, b) => ((b.ms - a.ms) / (b.n - a.n)).toFixed(1);
    lines.push(
      `cchc merge growth: ${per.map((p) => `${p.n} forms ${secs(p.ms)} (${(p.ms / p.n).toFixed(1)} ms/form, peak RSS ${p.rss.toFixed(0)} MB)`).join("; ")}; each extra form 50→200: ${marginal(per[0], per[1])} ms, 200→2000: ${marginal(per[1], per[2])} ms (linear when these agree; start-up and the summary are fixed costs)`,
    );

    // Issue 13: one hostile 21 KB form among 28 good ones.
    const hostile = path.join(dir, "z-hostile.xlsx");
    const size = await hostileForm(hostile);
    // Under a 1 GB heap, so a reader that lays the grids out fails here instead of taking
    // the machine's memory.
    const what = `hostile form (${(size / 1024).toFixed(0)} KB, 40 hidden sheets each with A1 and B1000000) among 28 good ones`;
    try {
      const h = cchcMerge([...paths(28), hostile], out, ["--max-old-space-size=1024"]);
      const hr = JSON.parse(await readFile(path.join(out, "tong-hop.json"), "utf8"));
      const refused = hr.rejected.find((x) => x.file === "z-hostile.xlsx");
      lines.push(
        `${what}: ${hr.accepted.length} accepted, hostile ${refused ? `refused: ${refused.reason}` : "NOT refused"}; ${secs(h.ms)}, peak RSS ${h.rss.toFixed(0)} MB (aim < 500 MB)`,
      );
    } catch (err) {
      lines.push(`${what}: the merge FAILED (${String(err.message).split("\n")[0]})`);
    }

    // The zip guard's checked unzip against fflate's own unzipSync on one real form.
    const one = await readFile(paths(1)[0]);
    const { unzipChecked } = require("../lib/workbook/xlsx/zipGuard.js");
    const timeIt = (fn) => {
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) fn();
      return (performance.now() - t0) / 50;
    };
    const checkedUnzip = [];
    const plainUnzip = [];
    for (let i = 0; i < 9; i++) {
      checkedUnzip.push(timeIt(() => unzipChecked(new Uint8Array(one))));
      plainUnzip.push(timeIt(() => L.fflate.unzipSync(new Uint8Array(one))));
    }
    lines.push(
      `checked unzip of one form (every part): ${median(checkedUnzip).toFixed(2)} ms; fflate unzipSync: ${median(plainUnzip).toFixed(2)} ms (ratio ${(median(checkedUnzip) / median(plainUnzip)).toFixed(2)}); the reader inflates only the parts it reads`,
    );

    const names200 = all.slice(0, 200);
    const parses = [];
    const exceljs = [];
    for (let i = 0; i < 3; i++) {
      parses.push((await parseOnce(L, dir, names200)).ms);
      exceljs.push((await excelJsOnce(dir, names200)).ms);
    }
    const whole = await wholeColumnValidation(L, dir, names200[0]);
    lines.push(
      `readers in one process, 200 forms: our reader (SheetJS mini, zip guard) ${secs(median(parses))}; ExcelJS 4.4.0 ${secs(median(exceljs))} (median of 3); one form with a validation over H1:H1048576: SheetJS ${secs(whole.sheetjs)}, ExcelJS ${secs(whole.exceljs)} (+${whole.heap.toFixed(0)} MB heap)`,
    );
    lines.push(`merge bench total ${secs(performance.now() - started)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === "--generate") {
    await generate(process.argv[3], Number(process.argv[4] ?? 200));
  } else {
    for (const line of await run()) console.log(line);
  }
}
