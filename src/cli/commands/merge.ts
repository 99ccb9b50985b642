/**
 * `cchc merge PATH… --period CODE --out FILE [--json FILE] [--received FILE]` (contract 5.2):
 * forms in, the provincial summary out, on the same core as the add-in (src/app/merge.ts).
 *
 * - PATH is a form or a folder of forms (not recursive). Every file found is an input: a file
 *   that is not an .xlsx is listed as rejected, so nothing sent in goes unaccounted for.
 * - Exit 0 when the merge ran, even with rejected files; 2 on bad usage (nothing is written).
 * - Files written: --out, --json, and --received (the tracking workbook, updated in place).
 *   An input form is never written: an output path that is one of the inputs is bad usage,
 *   and outputs lying in an input folder are not read as inputs.
 */
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { mergeFiles, updateTrackingFile, type MergeFile } from "../../app/merge";
import { TRACKING_SHEET } from "../../app/track";
import { parsePeriod, render, renderReasons, type MergeResult } from "../../domain/rollup";
import { findPeriod } from "../../domain/schedule";
import { translator, type Lang, type Params, type T } from "../../i18n";
import { readWorkbookFile } from "../../workbook/xlsx";
import { loadData } from "../options";
import { UsageError, type CliCommand, type CliContext } from "../types";

/* ----------------------------------------------------------------- messages */

/** This command's messages: "merge.cli.<key>" in src/i18n/messages/merge.ts. */
type Say = (key: string, params?: Params) => string;
const sayer =
  (t: T): Say =>
  (key, params) =>
    t(`merge.cli.${key}`, params);

/* ------------------------------------------------------------------ options */

interface Options {
  paths: string[];
  period: string;
  out: string;
  json?: string;
  received?: string;
  plan?: string;
  registry?: string;
}

function parseOptions(ctx: CliContext, say: Say): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: ctx.args,
      allowPositionals: true,
      strict: true,
      options: {
        period: { type: "string" },
        out: { type: "string" },
        json: { type: "string" },
        received: { type: "string" },
        plan: { type: "string" },
        registry: { type: "string" },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(say("noPaths"));
  if (!values.period) throw new UsageError(say("noPeriod"));
  const period = parsePeriod(values.period);
  if (!period) throw new UsageError(say("badPeriod", { period: values.period }));
  if (!findPeriod(period)) throw new UsageError(say("unknownPeriod", { period }));
  if (!values.out) throw new UsageError(say("noOut"));
  const abs = (p: string) => path.resolve(ctx.cwd, p);
  return {
    paths: positionals.map(abs),
    period,
    out: abs(values.out),
    json: values.json ? abs(values.json) : undefined,
    received: values.received ? abs(values.received) : undefined,
    plan: values.plan,
    registry: values.registry,
  };
}

/* ------------------------------------------------------------------- inputs */

interface InputFile {
  full: string;
  mtime: Date;
}

const samePath = (a: string, b: string) =>
  process.platform === "win32" ? a.toLowerCase() === b.toLowerCase() : a === b;

/** The files named or lying in the folders named, once each, in a stable order. */
async function collectInputs(
  opts: Options,
  say: Say,
  note: (line: string) => void,
): Promise<InputFile[]> {
  const outputs = [opts.out, opts.json, opts.received].filter((p): p is string => !!p);
  const found: InputFile[] = [];
  const seen = new Set<string>();
  const add = (full: string, mtime: Date) => {
    const key = process.platform === "win32" ? full.toLowerCase() : full;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ full, mtime });
  };
  for (const p of opts.paths) {
    const info = await stat(p).catch(() => null);
    if (!info) throw new UsageError(say("notFound", { path: p }));
    if (info.isDirectory()) {
      const entries = (await readdir(p)).sort();
      for (const name of entries) {
        const full = path.join(p, name);
        // The summary or report of an earlier run in the same folder is not a form sent in.
        if (outputs.some((o) => samePath(o, full))) continue;
        const s = await stat(full).catch(() => null);
        if (!s) continue;
        if (s.isDirectory()) note(say("subfolder", { path: full }));
        else if (s.isFile()) add(full, s.mtime);
      }
    } else {
      for (const [option, o] of [
        ["--out", opts.out],
        ["--json", opts.json],
        ["--received", opts.received],
      ] as const) {
        if (o && samePath(o, p)) throw new UsageError(say("outIsInput", { option, path: p }));
      }
      add(p, info.mtime);
    }
  }
  return found;
}

/** Report names: the file name, or the path from the working folder when two share a name. */
function displayNames(files: InputFile[], cwd: string): string[] {
  const count = new Map<string, number>();
  for (const f of files) {
    const b = path.basename(f.full);
    count.set(b, (count.get(b) ?? 0) + 1);
  }
  return files.map((f) => {
    const b = path.basename(f.full);
    if (count.get(b) === 1) return b;
    return path.relative(cwd, f.full).split(path.sep).join("/");
  });
}

async function checkOutputs(opts: Options, say: Say): Promise<void> {
  const outputs = [opts.out, opts.json, opts.received].filter((p): p is string => !!p);
  if (new Set(outputs).size !== outputs.length) throw new UsageError(say("sameOutputs"));
  for (const o of outputs) {
    const dir = await stat(path.dirname(o)).catch(() => null);
    if (!dir?.isDirectory()) throw new UsageError(say("noDir", { path: o }));
  }
  if (opts.received) {
    const bytes = await readFile(opts.received).catch(() => null);
    if (!bytes) throw new UsageError(say("receivedMissing", { path: opts.received }));
    let sheets: string[];
    try {
      sheets = readWorkbookFile(bytes).sheets.map((s) => s.name);
    } catch (e) {
      throw new UsageError(
        say("receivedUnreadable", { path: opts.received, message: (e as Error).message }),
      );
    }
    if (!sheets.includes(TRACKING_SHEET)) {
      throw new UsageError(say("receivedNoSheet", { path: opts.received, sheet: TRACKING_SHEET }));
    }
  }
}

/* ------------------------------------------------------------------- output */

export function summaryLines(result: MergeResult, lang: Lang): string[] {
  const say = sayer(translator(lang));
  const ignored = result.duplicates.reduce((n, d) => n + d.ignored.length, 0);
  const lines = [
    say("counts", {
      accepted: result.accepted.length,
      rejected: result.rejected.length,
      ignored,
    }),
    say("units", {
      submitted: result.expected.length - result.missing.length,
      expected: result.expected.length,
      missing: result.missing.length,
    }),
  ];
  if (result.rejected.length) {
    lines.push(say("rejectedTitle"));
    for (const r of result.rejected) lines.push(`  - ${r.file}: ${renderReasons(lang, r.reasons)}`);
  }
  if (result.duplicates.length) {
    lines.push(say("duplicatesTitle"));
    for (const d of result.duplicates)
      lines.push(
        `  - ${say("duplicateLine", { unit: d.unit, kept: d.kept, ignored: d.ignored.join(", ") })}`,
      );
  }
  const warned = result.accepted.filter((a) => a.warnings.length > 0);
  if (warned.length) {
    lines.push(say("warningsTitle"));
    for (const a of warned)
      lines.push(`  - ${a.file} (${a.unit}): ${a.warnings.map((w) => render(lang, w)).join("; ")}`);
  }
  if (result.missing.length) {
    lines.push(say("missingTitle", { count: result.missing.length }));
    for (const m of result.missing) lines.push(`  - ${m.name}`);
  }
  return lines;
}

/* ------------------------------------------------------------------ command */

/** A path as the user would recognise it: relative to the working folder when inside it. */
function shown(cwd: string, full: string): string {
  const rel = path.relative(cwd, full);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : full;
}

export const command: CliCommand = {
  name: "merge",
  usage: "cchc merge PATH… --period CODE --out FILE [--json FILE] [--received FILE]",
  summaryKey: "cli.summary.merge",
  abortable: true,
  async run(ctx) {
    const say = sayer(ctx.t);
    const opts = parseOptions(ctx, say);
    await checkOutputs(opts, say);
    const { plan, registry } = await loadData(ctx, opts);
    const inputs = await collectInputs(opts, say, ctx.err);
    const names = displayNames(inputs, ctx.cwd);
    const files: MergeFile[] = inputs.map((f, i) => ({
      name: names[i],
      bytes: async () => new Uint8Array(await readFile(f.full)),
      mtime: f.mtime,
    }));

    const period = findPeriod(opts.period)!;
    if (period.year !== plan.year)
      ctx.err(say("yearDiffers", { period: opts.period, year: plan.year }));
    ctx.out(say("start", { period: opts.period, name: period.name, count: files.length }));
    const { result, json, summaryBytes, receivedDates } = await mergeFiles({
      files,
      period: opts.period,
      plan,
      registry,
      lang: ctx.lang,
      onProgress: (done, total, file) => ctx.out(say("progress", { done, total, file })),
      signal: ctx.signal,
    });
    for (const line of summaryLines(result, ctx.lang)) ctx.out(line);

    await writeFile(opts.out, summaryBytes);
    ctx.out(say("wroteOut", { path: shown(ctx.cwd, opts.out) }));
    if (opts.json) {
      await writeFile(opts.json, JSON.stringify(json, null, 2) + "\n", "utf8");
      ctx.out(say("wroteJson", { path: shown(ctx.cwd, opts.json) }));
    }
    if (opts.received) {
      const where = shown(ctx.cwd, opts.received);
      const tracking = new Uint8Array(await readFile(opts.received));
      const { bytes, update } = await updateTrackingFile(tracking, result, receivedDates, ctx.lang);
      if (!update.periodFound) {
        ctx.err(say("receivedNoPeriod", { path: where, period: opts.period }));
      } else if (bytes) {
        await writeFile(opts.received, bytes);
        ctx.out(
          say("wroteReceived", {
            path: where,
            filled: update.filled.length,
            kept: update.kept.length,
          }),
        );
      } else {
        ctx.out(say("receivedUnchanged", { path: where, kept: update.kept.length }));
      }
      if (update.notListed.length)
        ctx.err(say("receivedNotListed", { units: update.notListed.join("; ") }));
    }
    return 0;
  },
};
