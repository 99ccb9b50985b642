/** `cchc template --unit NAME --period CODE --out FILE`: one blank report form (contract 5.1). */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { reportFormFile } from "../../app/files/forms";
import { formLines, lookupUnit } from "../../domain/forms";
import { createMatcher } from "../../domain/matcher";
import { expectedReporters } from "../../domain/registry";
import type { Agency, Registry } from "../../domain/registry";
import { parsePeriod } from "../../domain/rollup";
import { DEFAULT_SCHEDULE, findPeriod, periodsForYear, type Period } from "../../domain/schedule";
import { loadData, parseCommand } from "../options";
import { COMMANDS } from "../commandList";
import { UsageError, type CliCommand, type CliContext } from "../types";
import { writeAtomic } from "../io/atomic";

/** The period named by --period: a code ("2020-H1", any case) or a name ("Quý I năm 2020"). */
export function periodOption(ctx: CliContext, text: string | undefined, planYear: number): Period {
  if (!text?.trim()) throw new UsageError(ctx.t("forms.cli.periodMissing"));
  const code = parsePeriod(text);
  const period = code ? findPeriod(code, DEFAULT_SCHEDULE) : undefined;
  if (period) {
    if (period.year !== planYear)
      ctx.err(ctx.t("forms.cli.otherYear", { period: period.code, year: planYear }));
    return period;
  }
  const year = /^\s*(\d{4})\b/.exec(text)?.[1];
  if (!year) {
    const examples = periodsForYear(planYear)
      .map((p) => p.code)
      .join(", ");
    throw new UsageError(ctx.t("forms.cli.periodFormat", { text: text.trim(), examples }));
  }
  const codes = periodsForYear(Number(year))
    .map((p) => p.code)
    .join(", ");
  throw new UsageError(ctx.t("forms.cli.periodBad", { text: text.trim(), year, codes }));
}

/** The unit named by --unit, through the matcher; only a sure match is taken. */
export function unitOption(
  ctx: CliContext,
  registry: Registry,
  text: string | undefined,
  date: string,
): Agency {
  if (!text?.trim()) throw new UsageError(ctx.t("forms.cli.unitMissing"));
  const found = lookupUnit(createMatcher(registry), text, date);
  const shown = text.trim();
  switch (found.status) {
    case "exact":
      return found.agency;
    case "resolved":
      ctx.err(
        ctx.t("forms.cli.unitResolved", {
          text: shown,
          name: found.agency.name,
          reason: ctx.t(`text.reason.${found.reason}`),
        }),
      );
      return found.agency;
    case "phrase":
      throw new UsageError(ctx.t("forms.cli.unitPhrase", { text: shown }));
    case "several":
      throw new UsageError(ctx.t("forms.cli.unitSeveral", { text: shown }));
    case "empty":
      throw new UsageError(ctx.t("forms.cli.unitMissing"));
    case "unknown":
      throw new UsageError(
        found.suggestions.length > 0
          ? ctx.t("forms.cli.unitSuggest", {
              text: shown,
              suggestions: found.suggestions.map((a) => `“${a.name}”`).join(", "),
            })
          : ctx.t("forms.cli.unitUnknown", { text: shown }),
      );
  }
}

/**
 * Writes bytes to a path relative to the working directory, making its folder. Atomic: a
 * failure or Ctrl-C leaves the file that was there as it was.
 */
export async function writeOutput(
  ctx: CliContext,
  file: string,
  bytes: Uint8Array,
): Promise<string> {
  const full = path.resolve(ctx.cwd, file);
  await mkdir(path.dirname(full), { recursive: true });
  await writeAtomic(full, bytes);
  return full;
}

function parseOptions(ctx: CliContext) {
  return parseCommand(ctx, {
    options: { unit: { type: "string" }, period: { type: "string" }, out: { type: "string" } },
  }).values;
}

export const command: CliCommand = {
  ...COMMANDS.template,
  async run(ctx) {
    const values = parseOptions(ctx);
    if (!values.unit?.trim()) throw new UsageError(ctx.t("forms.cli.unitMissing"));
    if (!values.out?.trim()) throw new UsageError(ctx.t("forms.cli.outMissing"));
    if (!/\.xlsx$/i.test(values.out))
      throw new UsageError(ctx.t("forms.cli.notXlsx", { file: values.out }));
    const { plan, registry } = await loadData(ctx, values);
    const period = periodOption(ctx, values.period, plan.year);
    const unit = unitOption(ctx, registry, values.unit, period.nominalDue);
    const rows = formLines(plan, unit).length;
    if (rows === 0) throw new UsageError(ctx.t("forms.cli.unitNoRows", { name: unit.name }));
    if (!expectedReporters(registry, period.nominalDue).some((a) => a.code === unit.code))
      ctx.err(ctx.t("forms.cli.unitNotExpected", { name: unit.name, period: period.code }));
    // The form is Vietnamese whatever --lang says: it goes to a Vietnamese office.
    const bytes = await reportFormFile({ plan, unit, period: period.code });
    await writeOutput(ctx, values.out, bytes);
    ctx.out(
      ctx.t("forms.cli.written", { period: period.code, name: unit.name, file: values.out, rows }),
    );
    return 0;
  },
};
