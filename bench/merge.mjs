// Merge benchmark: `cchc merge`'s core (mergeFiles) against only parsing the same files, how the
// time grows with the number of forms, and peak memory. Uses the compiled code in lib/ (built
// here with `npx tsc -p tsconfig.cli.json` when missing). Run alone: `node bench/merge.mjs`;
// `node bench/merge.mjs --generate DIR N` only writes N forms into DIR.
//
// The forms are real contract 5.1 forms: one blank form per expected reporter made by the form
// builder, then figures written straight into each copy's sheet XML (fast, and the files stay
// what Excel would save: numbers in the "Kết quả kỳ báo cáo" cells).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { clearInterval, setInterval } from "node:timers";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const require = createRequire(import.meta.url);
const PERIOD = "2020-H1";

function ensureBuilt(always = false) {
  if (!always && existsSync(path.join(root, "lib", "app", "merge.js"))) return;
  const r = spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("tsc -p tsconfig.cli.json failed");
}

function lib() {
  ensureBuilt();
  return {
    merge: require("../lib/app/merge.js"),
    forms: require("../lib/app/forms.js"),
    formsDomain: require("../lib/domain/forms/index.js"),
    plan: require("../lib/domain/plan/index.js"),
    registry: require("../lib/domain/registry/index.js"),
    address: require("../lib/domain/address.js"),
    xlsx: require("../lib/workbook/xlsx/index.js"),
    fflate: require("fflate"),
  };
}

/** Write `n` filled forms into `dir` (f0001-SNV.xlsx …), from one template per reporter. */
async function generate(L, dir, n) {
  const { plan2020 } = L.plan;
  const { yenBai2020, expectedReporters } = L.registry;
  const { columnOf, formLines, FORM_ROWS } = L.formsDomain;
  const { unzipSync, zipSync, strFromU8, strToU8 } = L.fflate;
  const units = expectedReporters(yenBai2020);
  const templates = [];
  for (const unit of units) {
    const bytes = await L.forms.reportFormFile({
      plan: plan2020,
      unit,
      period: PERIOD,
      created: "2020-05-20T08:00:00Z",
    });
    const files = unzipSync(bytes);
    const lines = formLines(plan2020, unit);
    const cells = lines.flatMap((l, i) =>
      l.indicator?.kind === "count"
        ? [L.address.cellAddress(FORM_ROWS.firstData - 1 + i, columnOf("period"))]
        : [],
    );
    templates.push({ unit, files, xml: strFromU8(files["xl/worksheets/sheet1.xml"]), cells });
  }
  const names = [];
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length];
    let xml = t.xml;
    t.cells.forEach((cell, j) => {
      const value = (i * 7 + j * 13) % 50;
      // The blank cell as ExcelJS writes it: <c r="H10" s="21"/> -> with a number.
      xml = xml.replace(
        new RegExp(`<c r="${cell}"( s="\\d+")?/>`),
        (_, s = "") => `<c r="${cell}"${s}><v>${value}</v></c>`,
      );
    });
    const files = { ...t.files, "xl/worksheets/sheet1.xml": strToU8(xml) };
    const name = `f${String(i + 1).padStart(4, "0")}-${t.unit.code}.xlsx`;
    await writeFile(path.join(dir, name), zipSync(files, { level: 6 }));
    names.push(name);
  }
  return names;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** CPU time (user + system) since `start`, in ms: steadier than wall time on a busy machine. */
const cpuMs = (start) => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

async function listFiles(dir, n) {
  return (await readdir(dir))
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .slice(0, n);
}

/** The CLI's core: files read one by one from disk, merged, summary written to memory. */
async function mergeOnce(L, dir, names) {
  const files = await Promise.all(
    names.map(async (name) => ({
      name,
      bytes: async () => new Uint8Array(await readFile(path.join(dir, name))),
      mtime: (await stat(path.join(dir, name))).mtime,
    })),
  );
  const { plan2020 } = L.plan;
  const { yenBai2020 } = L.registry;
  const t = performance.now();
  const c = process.cpuUsage();
  const out = await L.merge.mergeFiles({
    files,
    period: PERIOD,
    plan: plan2020,
    registry: yenBai2020,
  });
  return { ms: performance.now() - t, cpu: cpuMs(c), out };
}

/** Only parsing: every file read from disk and every sheet's values taken, nothing else. */
async function parseOnce(L, dir, names) {
  const t = performance.now();
  const c = process.cpuUsage();
  let cells = 0;
  for (const name of names) {
    const wb = L.xlsx.readWorkbookFile(new Uint8Array(await readFile(path.join(dir, name))));
    for (const s of wb.sheets) cells += wb.data(s.name).values.length;
  }
  return { ms: performance.now() - t, cpu: cpuMs(c), cells };
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

/** In a child process: merge n forms and report the high-water marks of memory. */
async function childMemory(dir, n) {
  const r = spawnSync(
    process.execPath,
    ["--max-old-space-size=256", fileURLToPath(import.meta.url), "--memory", dir, String(n)],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) return { failed: true, stderr: (r.stderr || "").slice(-500) };
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

async function memoryMode(dir, n) {
  const L = lib();
  const names = await listFiles(dir, n);
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 5);
  const { out } = await mergeOnce(L, dir, names);
  sample();
  clearInterval(timer);
  console.log(
    JSON.stringify({
      rss: rss / 2 ** 20,
      heap: heap / 2 ** 20,
      baseRss: base.rss / 2 ** 20,
      baseHeap: base.heapUsed / 2 ** 20,
      accepted: out.json.accepted.length,
    }),
  );
}

export async function run() {
  const L = lib();
  const lines = [];
  const dir = await mkdtemp(path.join(os.tmpdir(), "cchc-bench-merge-"));
  try {
    const started = performance.now();
    await generate(L, dir, 1000);
    lines.push(`merge bench: 1000 filled forms generated in ${secs(performance.now() - started)}`);
    const n200 = await listFiles(dir, 200);

    // Warm up (JIT, module loading) once each, then 5 runs each, interleaved.
    await mergeOnce(L, dir, n200.slice(0, 20));
    await parseOnce(L, dir, n200.slice(0, 20));
    const merges = [];
    const parses = [];
    let check;
    const load = os.loadavg()[0];
    for (let i = 0; i < 5; i++) {
      const m = await mergeOnce(L, dir, n200);
      merges.push(m);
      check = m.out;
      parses.push(await parseOnce(L, dir, n200));
    }
    const wall = (xs) => median(xs.map((x) => x.ms));
    const cpu = (xs) => median(xs.map((x) => x.cpu));
    lines.push(
      `merge 200 forms: median ${secs(wall(merges))} (CPU ${secs(cpu(merges))}); parse only (readWorkbookFile + every sheet's values): ${secs(wall(parses))} (CPU ${secs(cpu(parses))}); ratio ${(wall(merges) / wall(parses)).toFixed(2)}, CPU ratio ${(cpu(merges) / cpu(parses)).toFixed(2)} (aim ≤ 1.5; load average ${load.toFixed(1)} on ${os.cpus().length} cores)`,
    );
    lines.push(
      `  (${check.json.accepted.length} units accepted, ${check.json.duplicates.reduce((s, d) => s + d.ignored.length, 0)} older duplicates ignored, ${check.json.rejected.length} rejected; summary ${(check.summaryBytes.length / 1024).toFixed(0)} KB)`,
    );

    // The zip guard's checked unzip against fflate's own unzipSync on one real form.
    const one = await readFile(path.join(dir, n200[0]));
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
      `checked unzip of one form: ${median(checkedUnzip).toFixed(2)} ms; fflate unzipSync: ${median(plainUnzip).toFixed(2)} ms (ratio ${(median(checkedUnzip) / median(plainUnzip)).toFixed(2)})`,
    );

    const exceljs = [];
    for (let i = 0; i < 3; i++) exceljs.push((await excelJsOnce(dir, n200)).ms);
    const whole = await wholeColumnValidation(L, dir, n200[0]);
    lines.push(
      `readers, 200 forms: SheetJS (@e965/xlsx, with our zip guard) ${secs(wall(parses))}; ExcelJS 4.4.0 ${secs(median(exceljs))} (median of 3); one form with a validation over H1:H1048576: SheetJS ${secs(whole.sheetjs)}, ExcelJS ${secs(whole.exceljs)} (+${whole.heap.toFixed(0)} MB heap)`,
    );

    const per = [];
    const marginal = (a, b) => ((b.ms - a.ms) / (b.n - a.n)).toFixed(1);
    for (const n of [50, 200, 1000]) {
      const names = await listFiles(dir, n);
      const runs = n === 1000 ? 1 : 3;
      const times = [];
      for (let i = 0; i < runs; i++) times.push((await mergeOnce(L, dir, names)).ms);
      per.push({ n, ms: median(times) });
    }
    lines.push(
      `merge linearity: ${per.map((p) => `${p.n} forms ${secs(p.ms)} (${(p.ms / p.n).toFixed(1)} ms/form)`).join("; ")}; each extra form 50→200: ${marginal(per[0], per[1])} ms, 200→1000: ${marginal(per[1], per[2])} ms (linear when these agree; the summary is a fixed cost)`,
    );

    const mem200 = await childMemory(dir, 200);
    const mem1000 = await childMemory(dir, 1000);
    if (mem200.failed || mem1000.failed) {
      lines.push(
        `merge memory: the child process failed under --max-old-space-size=256: ${mem1000.stderr ?? mem200.stderr}`,
      );
    } else {
      const fmt = (m) => `peak RSS ${m.rss.toFixed(0)} MB, peak heap ${m.heap.toFixed(0)} MB`;
      lines.push(
        `merge memory (child, --max-old-space-size=256): 200 forms ${fmt(mem200)}; 1000 forms ${fmt(mem1000)}; heap growth 200→1000: ${(mem1000.heap - mem200.heap).toFixed(0)} MB`,
      );
    }
    lines.push(`merge bench total ${secs(performance.now() - started)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === "--memory") {
    await memoryMode(process.argv[3], Number(process.argv[4]));
  } else if (process.argv[2] === "--generate") {
    // `node bench/merge.mjs --generate DIR N`: the forms alone, e.g. to profile `cchc merge DIR`.
    ensureBuilt(true);
    await generate(lib(), process.argv[3], Number(process.argv[4] ?? 200));
  } else {
    ensureBuilt(true); // standalone: the compiled code must be the current source
    for (const line of await run()) console.log(line);
  }
}
