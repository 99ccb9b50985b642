/** "Kiểm tra cơ quan" on a file (CLI, browser): the same check over the guarded SheetJS reader. */
import { isInternalSheet } from "../../domain/matrix";
import { REGISTRY_SHEET, type Registry } from "../../domain/registry";
import { checkUnit, parsePeriod, readForm, render } from "../../domain/rollup";
import { findPeriod, registryForPeriod } from "../../domain/schedule";
import type { Lang } from "../../i18n";
import { readWorkbookFile, type ReadFileOptions } from "../../workbook/xlsx";
import { checkSnapshot, type CheckOptions, type CheckResult } from "../checkAgencies";
import { unitResolver } from "../formSources";
import { fileFormSource } from "./formFiles";

/** The check of an .xlsx file (command line, browser): read with the guarded SheetJS reader. */
export function checkWorkbookFile(
  bytes: Uint8Array,
  opts: CheckOptions & { limits?: ReadFileOptions },
): CheckResult {
  const file = readWorkbookFile(bytes, opts.limits);
  const data = file.sheets
    .filter((s) => !isInternalSheet(s.name) || s.name === REGISTRY_SHEET)
    .map((s) => file.data(s.name, { formulas: true, fonts: !isInternalSheet(s.name) }));
  return checkSnapshot({ sheets: file.sheets, names: file.names, data }, opts);
}

/**
 * What the merge will say about a form file's unit: the same reading, the same rule and the
 * same registry (never one inside the file), so `check` and `merge` cannot disagree. Null when
 * the file holds no form the merge would read.
 */
export function mergeUnitVerdict(
  bytes: Uint8Array,
  registry: Registry,
  lang: Lang = "vi",
): { errors: string[]; warnings: { key: string; text: string }[] } | null {
  const source = fileFormSource("", bytes, { lang });
  if ("error" in source) return null;
  const outcome = readForm(source);
  if (!outcome.ok) return null;
  // Named as the merge names it: as in the form's period (the merge takes only that period).
  const period = outcome.form.period ? parsePeriod(outcome.form.period.value) : null;
  const named = period && findPeriod(period) ? registryForPeriod(registry, period) : registry;
  const identity = checkUnit(outcome.form, unitResolver(named, { lang }));
  return {
    errors: identity.problems.map((m) => render(lang, m)),
    warnings: identity.warnings.map((m) => ({ key: m.key, text: render(lang, m) })),
  };
}
