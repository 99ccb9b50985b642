/**
 * `cchc check FILE…`: the agency names of report forms and task matrices against the registry.
 * Each problem is printed as "tệp › trang tính!ô: nội dung — gợi ý: … (lý do)". Exit 1 when any
 * file has an error (a name a person must look at, a form without a unit, a file that cannot be
 * read or holds no form); safe fixes (legacy encoding, tone placement, aliases) are warnings.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { checkWorkbookFile, type CheckResult } from "../../app/checkAgencies";
import type { AgencyProblem } from "../../domain/matrix";
import type { T } from "../../i18n";
import { WorkbookReadError } from "../../workbook/xlsx";
import { loadRegistry } from "../options";
import { parseCommand } from "../options";
import { UsageError, type CliCommand, type CliContext } from "../types";

function parseOptions(ctx: CliContext): { files: string[]; registry?: string } {
  const parsed = parseCommand(ctx, { allowPositionals: true, options: {} });
  if (parsed.positionals.length === 0) throw new UsageError(ctx.t("check.cli.noFiles"));
  return { files: parsed.positionals, registry: parsed.values.registry };
}

/** The files to check: each FILE, and the .xlsx files of each folder (in name order). */
async function expand(ctx: CliContext, args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const full = path.resolve(ctx.cwd, arg);
    const info = await stat(full).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(full))
        .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$"))
        .sort((a, b) => a.localeCompare(b, "vi"));
      out.push(...names.map((n) => path.join(arg, n)));
    } else out.push(arg);
  }
  return out;
}

export function problemLine(t: T, file: string, p: AgencyProblem): string {
  const where = p.cell
    ? t("check.cli.where", { file, sheet: p.sheet, cell: p.cell })
    : t("check.cli.whereNoCell", { file, sheet: p.sheet });
  let detail = p.message;
  if (p.suggestion !== null) {
    detail = t("check.cli.suggest", { suggestion: p.suggestion });
    if (p.reason) detail += ` (${p.reason})`;
    // Parts with nothing to propose still need saying.
    const open = p.parts.filter((part) => part.fix === null).map((part) => part.message);
    if (open.length > 0) detail += `; ${open.join("; ")}`;
  }
  const text = p.text === "" ? t("check.cli.empty") : p.prefix + p.text;
  return t("check.cli.line", { where, text, detail });
}

function readReason(t: T, err: unknown): string {
  if (err instanceof WorkbookReadError) return t(`check.read.${err.code}`);
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return t("check.read.missing");
  return t("check.read.other", { message: err instanceof Error ? err.message : String(err) });
}

export const command: CliCommand = {
  name: "check",
  usage: "cchc check FILE…",
  summaryKey: "cli.summary.check",
  async run(ctx) {
    const options = parseOptions(ctx);
    const registry = await loadRegistry(ctx, options.registry);
    const files = await expand(ctx, options.files);
    let errors = 0;
    let warnings = 0;
    for (const file of files) {
      let result: CheckResult;
      try {
        const bytes = await readFile(path.resolve(ctx.cwd, file));
        result = checkWorkbookFile(new Uint8Array(bytes), {
          registry,
          // An explicit --registry wins over the file's own "Danh mục cơ quan".
          useWorkbookRegistry: options.registry === undefined,
          lang: ctx.lang,
        });
      } catch (err) {
        // One bad file is reported and counted; the others are still checked.
        ctx.out(ctx.t("check.cli.unreadable", { file, reason: readReason(ctx.t, err) }));
        errors++;
        continue;
      }
      for (const note of result.notes) ctx.out(`${file}: ${note}`);
      if (result.matrices.length === 0 && result.forms.length === 0) {
        ctx.out(ctx.t("check.cli.nothing", { file }));
        errors++;
        continue;
      }
      for (const p of result.problems) ctx.out(problemLine(ctx.t, file, p));
      errors += result.errors;
      warnings += result.warnings;
      ctx.out(
        result.problems.length === 0
          ? ctx.t("check.cli.clean", { file, cells: result.cells })
          : ctx.t("check.cli.fileSummary", {
              file,
              errors: result.errors,
              warnings: result.warnings,
            }),
      );
    }
    if (files.length > 1)
      ctx.out(ctx.t("check.cli.total", { files: files.length, errors, warnings }));
    return errors > 0 ? 1 : 0;
  },
};
