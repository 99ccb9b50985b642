/**
 * `cchc merge PATH… --period CODE --out FILE [--json FILE] [--received FILE]
 *  [--form-for UNIT --form-out FILE [--parent-registry FILE]]` (contract 5.2): forms in, the
 * summary out, on the same core as the add-in (src/app/merge.ts). With --form-for, also UNIT's
 * own report form filled with the totals (a district's from its communes', src/app/rollupForm.ts).
 *
 * - PATH is a form or a folder of forms (not recursive). Every file found is an input: a file
 *   that is not an .xlsx is listed as rejected, so nothing sent in goes unaccounted for.
 * - Exit 0 when the merge ran, even with rejected files; 2 on bad usage (nothing is written).
 * - Files written: --out, --json, and --received (the tracking workbook, updated in place).
 *   An input form is never written: an output path that is one of the inputs is bad usage,
 *   and outputs lying in an input folder are not read as inputs.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { type MergeFile } from "../../app/merge";
import { mergeFiles, updateTrackingFile } from "../../app/files/merge";
import { TRACKING_SHEET } from "../../domain/tracking";
import {
  conflictJson,
  parsePeriod,
  render,
  renderReasons,
  SUMMARY_SHEETS,
  type MergeResult,
} from "../../domain/rollup";
import { findPeriod, noReportersMessage, noReportersReason } from "../../domain/schedule";
import { translator, type Lang, type Params, type T } from "../../i18n";
import { readWorkbookFile } from "../../workbook/xlsx";
import {
  fileErrorText,
  guardOutputs,
  InputRefusedError,
  listInputs,
  lockAll,
  readBounded,
  reasonText,
  refusedText,
  resolveOutput,
  shown,
  writeAllAtomic,
  WriteFailedError,
  type Lock,
  type OutputPath,
} from "../io";
import { loadData, loadRegistry } from "../options";
import { isRollupForm, rollupFormFile } from "../../app/files/rollupForm";
import { findByNameOrCode } from "../../domain/registry";
import { COMMANDS } from "../commandList";
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
  formFor?: string;
  formOut?: string;
  parentRegistry?: string;
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
        "form-for": { type: "string" },
        "form-out": { type: "string" },
        "parent-registry": { type: "string" },
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
  if (!values["form-for"]?.trim() !== !values["form-out"])
    throw new UsageError(say("formNeedsBoth"));
  const abs = (p: string) => path.resolve(ctx.cwd, p);
  return {
    paths: positionals.map(abs),
    period,
    out: abs(values.out),
    json: values.json ? abs(values.json) : undefined,
    received: values.received ? abs(values.received) : undefined,
    plan: values.plan,
    registry: values.registry,
    formFor: values["form-for"]?.trim(),
    formOut: values["form-out"] ? abs(values["form-out"]) : undefined,
    parentRegistry: values["parent-registry"],
  };
}

/* ------------------------------------------------------------------- inputs */

/** Report names: the file name, or the path from the working folder when two share a name. */
function displayNames(files: string[], cwd: string): string[] {
  const count = new Map<string, number>();
  for (const f of files) {
    const b = path.basename(f);
    count.set(b, (count.get(b) ?? 0) + 1);
  }
  return files.map((f) => {
    const b = path.basename(f);
    if (count.get(b) === 1) return b;
    return path.relative(cwd, f).split(path.sep).join("/");
  });
}

/** Is an existing output file inside an input folder what this command wrote there before? */
async function isEarlierOutput(o: OutputPath): Promise<boolean> {
  try {
    const bytes = await readBounded(o.real);
    if (o.option === "--json") {
      const json = JSON.parse(new TextDecoder().decode(bytes)) as { format?: unknown };
      return json?.format === "cchc-merge/1";
    }
    const file = readWorkbookFile(bytes);
    if (o.option === "--form-out") return isRollupForm(file);
    const names = file.sheets.map((s) => s.name);
    return Object.values(SUMMARY_SHEETS).every((n) => names.includes(n));
  } catch {
    return false;
  }
}

/**
 * Outputs resolved and checked, inputs listed, both compared, all before any form is read.
 * Every entry found is accounted for: a refused one is an input the merge lists as rejected.
 */
async function prepare(ctx: CliContext, opts: Options, say: Say) {
  const outputs: OutputPath[] = [];
  for (const [option, given] of [
    ["--out", opts.out],
    ["--json", opts.json],
    ["--received", opts.received],
    ["--form-out", opts.formOut],
  ] as const) {
    if (given) outputs.push(await resolveOutput(option, given));
  }
  const listing = await listInputs(opts.paths);
  if (listing.missing.length) throw new UsageError(say("notFound", { path: listing.missing[0] }));
  const earlier = await guardOutputs(outputs, listing, isEarlierOutput);
  for (const e of earlier) ctx.err(ctx.t("files.earlierOutput", { path: shown(ctx.cwd, e.full) }));
  const entries = listing.entries.filter((e) => {
    if (earlier.includes(e)) return false;
    if (e.kind !== "subfolder") return true;
    ctx.err(say("subfolder", { path: e.full }));
    return false;
  });
  const names = displayNames(
    entries.map((e) => e.full),
    ctx.cwd,
  );
  const read = readAhead(
    entries.map((e) =>
      e.kind === "refused"
        ? undefined
        : () =>
            readBounded(e.full).catch((err: unknown) => {
              throw err instanceof InputRefusedError ? new Error(refusedText(ctx.t, err)) : err;
            }),
    ),
  );
  const files: MergeFile[] = entries.map((e, i) => {
    if (e.kind === "refused") {
      return { name: names[i], bytes: new Uint8Array(), refused: refusedText(ctx.t, e.why) };
    }
    return {
      name: names[i],
      bytes: () => read(i),
      mtime: e.kind === "file" ? e.mtime : undefined,
    };
  });
  const target = (option: string) => outputs.find((o) => o.option === option)?.real;
  return {
    files,
    out: target("--out")!,
    json: target("--json"),
    received: target("--received"),
    formOut: target("--form-out"),
  };
}

/** How many files are read ahead of the one being parsed. */
const READ_AHEAD = 4;

/**
 * Loaders that read ahead: asking for file i also starts reading the next few, so the disk
 * works while a form is parsed instead of the parse waiting for each read. Each file is still
 * read once, in order, and its failure reaches whoever asks for it.
 */
function readAhead(loaders: ((() => Promise<Uint8Array>) | undefined)[]) {
  const started = new Map<number, Promise<Uint8Array>>();
  const taken = new Set<number>();
  const start = (i: number) => {
    const load = loaders[i];
    if (!load || started.has(i)) return;
    const p = load();
    p.catch(() => {}); // handled by its reader; not an unhandled rejection meanwhile
    started.set(i, p);
  };
  return (i: number): Promise<Uint8Array> => {
    for (let j = i + 1; j <= i + READ_AHEAD && j < loaders.length; j++) {
      if (!taken.has(j)) start(j);
    }
    start(i);
    const p = started.get(i)!;
    // Handed over once: the bytes are not kept here, and a second call reads the file again.
    started.delete(i);
    taken.add(i);
    return p;
  };
}

async function checkReceived(file: string, shownPath: string, say: Say): Promise<Uint8Array> {
  const bytes = await readBounded(file).catch(() => null);
  if (!bytes) throw new UsageError(say("receivedMissing", { path: shownPath }));
  let sheets: string[];
  try {
    sheets = readWorkbookFile(bytes).sheets.map((s) => s.name);
  } catch (e) {
    throw new UsageError(
      say("receivedUnreadable", { path: shownPath, message: (e as Error).message }),
    );
  }
  if (!sheets.includes(TRACKING_SHEET)) {
    throw new UsageError(say("receivedNoSheet", { path: shownPath, sheet: TRACKING_SHEET }));
  }
  return bytes;
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
  const conflicts = result.accepted.flatMap((a) =>
    a.conflicts.map((c) => ({ a, c: conflictJson(lang, c) })),
  );
  if (conflicts.length) {
    lines.push(say("conflictsTitle"));
    for (const { a, c } of conflicts)
      lines.push(
        `  - ${say("conflictLine", { file: a.file, unit: a.unit, ...c, value: String(c.value) })}`,
      );
  }
  if (result.missing.length) {
    lines.push(say("missingTitle", { count: result.missing.length }));
    for (const m of result.missing) lines.push(`  - ${m.name}`);
  }
  return lines;
}

/* ------------------------------------------------------------------ command */

/** The write failed: nothing was replaced (atomic.ts); said with the path and the reason. */
function writeFailure(ctx: CliContext, target: string, e: unknown): never {
  const code = (e as NodeJS.ErrnoException)?.code;
  throw new Error(
    ctx.t("files.writeFailed", { path: shown(ctx.cwd, target), reason: reasonText(ctx.t, code) }),
  );
}

export const command: CliCommand = {
  ...COMMANDS.merge,
  abortable: true,
  async run(ctx) {
    const say = sayer(ctx.t);
    const opts = parseOptions(ctx, say);
    let prepared;
    try {
      prepared = await prepare(ctx, opts, say);
    } catch (e) {
      const text = fileErrorText(ctx.t, ctx.cwd, e);
      throw text ? new UsageError(text) : e;
    }
    const { files, out, json: jsonPath, received, formOut } = prepared;
    let held: Lock;
    try {
      held = await lockAll([out, jsonPath, received, formOut].filter((p): p is string => !!p));
    } catch (e) {
      const text = fileErrorText(ctx.t, ctx.cwd, e);
      throw text ? new UsageError(text) : e;
    }
    try {
      return await mergeAndWrite(ctx, opts, say, { files, out, jsonPath, received, formOut });
    } finally {
      await held.release();
    }
  },
};

async function mergeAndWrite(
  ctx: CliContext,
  opts: Options,
  say: Say,
  at: { files: MergeFile[]; out: string; jsonPath?: string; received?: string; formOut?: string },
): Promise<number> {
  const where = opts.received ? shown(ctx.cwd, opts.received) : "";
  const tracking = at.received ? await checkReceived(at.received, where, say) : undefined;
  const parent = await loadRegistry(ctx, opts.parentRegistry);
  const { plan } = await loadData(ctx, { plan: opts.plan });
  const registry = await loadRegistry(ctx, opts.registry, parent);
  const formUnit = opts.formFor ? findByNameOrCode(parent.agencies, opts.formFor) : undefined;
  if (opts.formFor && !formUnit) {
    const name = opts.parentRegistry ? path.basename(opts.parentRegistry) : parent.id;
    throw new UsageError(say("formUnitUnknown", { unit: opts.formFor, registry: name }));
  }

  const period = findPeriod(opts.period)!;
  if (period.year !== plan.year)
    ctx.err(say("yearDiffers", { period: opts.period, year: plan.year }));
  ctx.out(say("start", { period: opts.period, name: period.name, count: at.files.length }));
  const { result, json, summaryBytes, receivedDates } = await mergeFiles({
    files: at.files,
    period: opts.period,
    plan,
    registry,
    lang: ctx.lang,
    onProgress: (done, total, file) => ctx.out(say("progress", { done, total, file })),
    signal: ctx.signal,
  });

  // Every output made in memory first, then all written together: a failure leaves each
  // file as it was (atomic.ts), and nothing is printed about outputs before they exist.
  const writes: { target: string; bytes: Uint8Array | string }[] = [
    { target: at.out, bytes: summaryBytes },
  ];
  if (at.jsonPath)
    writes.push({ target: at.jsonPath, bytes: JSON.stringify(json, null, 2) + "\n" });
  const form = formUnit
    ? await rollupFormFile({ result, plan, unit: formUnit, registry, lang: ctx.lang })
    : undefined;
  if (form && at.formOut) writes.push({ target: at.formOut, bytes: form.bytes });
  let update: Awaited<ReturnType<typeof updateTrackingFile>>["update"] | undefined;
  let backup: string | undefined;
  if (at.received && tracking) {
    const updated = await updateTrackingFile(tracking, result, receivedDates, ctx.lang);
    update = updated.update;
    if (updated.bytes) {
      backup = backupPath(at.received);
      writes.push(
        { target: backup, bytes: tracking },
        { target: at.received, bytes: updated.bytes },
      );
    }
  }
  ctx.signal?.throwIfAborted(); // Ctrl-C before the writes: nothing is written
  try {
    await writeAllAtomic(writes);
  } catch (e) {
    if (e instanceof WriteFailedError) writeFailure(ctx, e.target, e.cause);
    throw e;
  }

  for (const line of summaryLines(result, ctx.lang)) ctx.out(line);
  // Nobody expected (the built-in units ended): the same words as `cchc forms`.
  const none = noReportersReason(registry, opts.period);
  if (none) for (const line of noReportersMessage(ctx.t, opts.period, none, "cli")) ctx.err(line);
  ctx.out(say("wroteOut", { path: shown(ctx.cwd, opts.out) }));
  if (opts.json) ctx.out(say("wroteJson", { path: shown(ctx.cwd, opts.json) }));
  if (form && formUnit && opts.formOut) {
    const params = { unit: formUnit.name, period: result.period, count: form.reports };
    const path_ = shown(ctx.cwd, opts.formOut);
    ctx.out(say("wroteForm", { ...params, filled: form.filled.length, path: path_ }));
    if (form.notOnForm.length)
      ctx.err(
        say("formNotOnForm", {
          ...params,
          count: form.notOnForm.length,
          keys: form.notOnForm.join(", "),
        }),
      );
  }
  if (update) {
    if (!update.periodFound) {
      ctx.err(say("receivedNoPeriod", { path: where, period: opts.period }));
    } else if (backup) {
      ctx.out(
        say("wroteReceived", {
          path: where,
          filled: update.filled.length,
          kept: update.kept.length,
        }),
      );
      ctx.out(ctx.t("files.backup", { path: shown(ctx.cwd, backup) }));
    } else {
      ctx.out(say("receivedUnchanged", { path: where, kept: update.kept.length }));
    }
    for (const n of update.notes) ctx.out(say("receivedNote", n));
    if (update.notListed.length)
      ctx.err(say("receivedNotListed", { units: update.notListed.join("; ") }));
  }
  return 0;
}

/** "theo-doi.xlsx" -> "theo-doi.truoc-cap-nhat.xlsx", beside it. */
export function backupPath(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.truoc-cap-nhat${ext}`);
}
