/**
 * `cchc check FILE…`: the agency names of report forms and task matrices against the registry.
 * Each problem is printed as "tệp › trang tính!ô: nội dung — gợi ý: … (lý do)". Exit 1 when any
 * file has an error (a name a person must look at, a form without a unit, a file that cannot be
 * read or holds no form); safe fixes (legacy encoding, tone placement, aliases) are warnings.
 */
import path from "node:path";
import { type CheckResult } from "../../app/checkAgencies";
import { checkWorkbookFile, mergeUnitVerdict } from "../../app/files/check";
import { isFormFileName } from "../../domain/forms/fileName";
import type { AgencyProblem } from "../../domain/matrix";
import type { T } from "../../i18n";
import { MAX_QUOTED_TEXT } from "../../domain/rollup/json";
import { clipText } from "../../domain/text";
import { WorkbookReadError } from "../../workbook/xlsx";
import { InputRefusedError, listInputs, readBounded, refusedText } from "../io";
import { loadRegistry } from "../options";
import { parseCommand } from "../options";
import { COMMANDS } from "../commandList";
import { UsageError, type CliCommand, type CliContext } from "../types";

function parseOptions(ctx: CliContext): { files: string[]; registry?: string } {
  const parsed = parseCommand(ctx, { allowPositionals: true, options: {} });
  if (parsed.positionals.length === 0) throw new UsageError(ctx.t("check.cli.noFiles"));
  return { files: parsed.positionals, registry: parsed.values.registry };
}

/**
 * The files to check: each FILE, and the form files of each folder (in name order). Entries
 * that are not regular files (FIFOs, devices, dangling links, loops) or are too large are
 * listed with the reason instead of being opened.
 */
async function expand(
  ctx: CliContext,
  args: string[],
): Promise<{ file: string; refused?: InputRefusedError }[]> {
  const out: { file: string; refused?: InputRefusedError }[] = [];
  for (const arg of args) {
    const full = path.resolve(ctx.cwd, arg);
    const listing = await listInputs([full], { sort: (a, b) => a.localeCompare(b, "vi") });
    if (listing.missing.length) out.push({ file: arg });
    for (const e of listing.entries) {
      const name = path.basename(e.full);
      const file = e.full === full ? arg : path.join(arg, name);
      if (e.full !== full && (!isFormFileName(name) || name.startsWith("~$"))) continue;
      if (e.kind === "refused") out.push({ file, refused: e.why });
      else if (e.kind === "file") out.push({ file });
    }
  }
  return out;
}

/**
 * A form's unit cell as the merge judges it: the merge's verdict decides whether it is an
 * error. The agency check's lines stay (they carry the suggestion) when the merge refuses
 * too; when the merge takes the unit ("Sở Tư pháp tỉnh Yên Bái"), it is not an error here.
 */
function withMergeVerdict(
  all: AgencyProblem[],
  verdict: ReturnType<typeof mergeUnitVerdict>,
): { problems: AgencyProblem[]; extraErrors: string[]; extraWarnings: string[] } {
  if (!verdict) return { problems: all, extraErrors: [], extraWarnings: [] };
  const unitErrors = all.filter((p) => p.kind === "unit" && p.severity === "error");
  const others = verdict.warnings.filter((w) => w.key !== "merge.unit.corrected");
  if (verdict.errors.length === 0) {
    // Accepted by the merge: its own words replace the agency check's error.
    return {
      problems: all.filter((p) => !unitErrors.includes(p)),
      extraErrors: [],
      extraWarnings: (unitErrors.length ? verdict.warnings : others).map((w) => w.text),
    };
  }
  return {
    problems: all,
    extraErrors: unitErrors.length ? [] : verdict.errors,
    extraWarnings: others.map((w) => w.text),
  };
}

export function problemLine(t: T, file: string, p: AgencyProblem): string {
  const where = p.cell
    ? t("check.cli.where", { file, sheet: p.sheet, cell: p.cell })
    : t("check.cli.whereNoCell", { file, sheet: p.sheet });
  let detail = p.message;
  if (p.suggestion !== null) {
    detail = t("check.cli.suggest", { suggestion: clipText(p.suggestion, MAX_QUOTED_TEXT) });
    if (p.reason) detail += ` (${p.reason})`;
    // Parts with nothing to propose still need saying.
    const open = p.parts.filter((part) => part.fix === null).map((part) => part.message);
    if (open.length > 0) detail += `; ${open.join("; ")}`;
  }
  const text = p.text === "" ? t("check.cli.empty") : clipText(p.prefix + p.text, MAX_QUOTED_TEXT);
  return t("check.cli.line", { where, text, detail });
}

function readReason(t: T, err: unknown): string {
  if (err instanceof InputRefusedError) return refusedText(t, err);
  if (err instanceof WorkbookReadError) return t(`check.read.${err.code}`);
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return t("check.read.missing");
  return t("check.read.other", { message: err instanceof Error ? err.message : String(err) });
}

export const command: CliCommand = {
  ...COMMANDS.check,
  async run(ctx) {
    const options = parseOptions(ctx);
    const registry = await loadRegistry(ctx, options.registry);
    const files = await expand(ctx, options.files);
    let errors = 0;
    let warnings = 0;
    for (const { file, refused } of files) {
      let result: CheckResult;
      let verdict: ReturnType<typeof mergeUnitVerdict>;
      try {
        if (refused) throw refused;
        const bytes = await readBounded(path.resolve(ctx.cwd, file));
        result = checkWorkbookFile(bytes, {
          registry,
          // The registry the merge uses: a "Danh mục cơ quan" inside a file sent in is not
          // trusted (it could list a look-alike name as a unit).
          useWorkbookRegistry: false,
          lang: ctx.lang,
        });
        verdict = mergeUnitVerdict(bytes, registry, ctx.lang);
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
      const { problems, extraErrors, extraWarnings } = withMergeVerdict(result.problems, verdict);
      for (const p of problems) ctx.out(problemLine(ctx.t, file, p));
      for (const e of extraErrors) ctx.out(ctx.t("check.cli.mergeRejects", { file, reason: e }));
      for (const w of extraWarnings) ctx.out(ctx.t("check.cli.mergeWarns", { file, reason: w }));
      const problemErrors = problems.filter((p) => p.severity === "error").length;
      const fileErrors = problemErrors + extraErrors.length;
      const fileWarnings = problems.length - problemErrors + extraWarnings.length;
      errors += fileErrors;
      warnings += fileWarnings;
      ctx.out(
        fileErrors + fileWarnings === 0
          ? ctx.t("check.cli.clean", { file, cells: result.cells })
          : ctx.t("check.cli.fileSummary", { file, errors: fileErrors, warnings: fileWarnings }),
      );
    }
    if (files.length > 1)
      ctx.out(ctx.t("check.cli.total", { files: files.length, errors, warnings }));
    return errors > 0 ? 1 : 0;
  },
};
