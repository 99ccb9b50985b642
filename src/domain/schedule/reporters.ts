/** Who must report, by period and by year: the registry read against the schedule. */
import { agencyOn, expectedReporters, registryOn } from "../registry/validity";
import type { Agency, Registry } from "../registry/types";
import type { T } from "../../i18n";
import { formatVi } from "./dates";
import { DEFAULT_SCHEDULE, findPeriod, periodsForYear, type ScheduleRow } from "./periods";

/**
 * The units expected to report for a period: those flagged as reporters and in force on the
 * day the rule names for it ("trước ngày 05/06" -> 05/06). Who must send a report is who
 * exists when it falls due: a district abolished on 30/06/2025 still owes 2025-H1, not 2025-Q3.
 */
export function expectedReportersFor(
  registry: Registry,
  period: string,
  schedule: readonly ScheduleRow[] = DEFAULT_SCHEDULE,
): Agency[] {
  const p = findPeriod(period, schedule);
  if (!p) throw new Error(`Unknown period code: ${period}`);
  return expectedReporters(registry, p.nominalDue);
}

/** The registry as the documents of a period name its units (on the day the period is due). */
export function registryForPeriod(
  registry: Registry,
  period: string,
  schedule: readonly ScheduleRow[] = DEFAULT_SCHEDULE,
): Registry {
  const p = findPeriod(period, schedule);
  return p ? registryOn(registry, p.nominalDue) : registry;
}

/**
 * Everyone expected for at least one period of the year, in registry order, named as in the
 * first period each one is expected for.
 */
export function reportersOfYear(
  registry: Registry,
  year: number,
  schedule: readonly ScheduleRow[] = DEFAULT_SCHEDULE,
): Agency[] {
  const firstDue = new Map<string, string>();
  for (const p of periodsForYear(year, schedule))
    for (const a of expectedReportersFor(registry, p.code, schedule))
      if (!firstDue.has(a.code)) firstDue.set(a.code, p.nominalDue);
  return registry.agencies.flatMap((a) => {
    const due = firstDue.get(a.code);
    return due ? [agencyOn(a, due)] : [];
  });
}

export interface NoReporters {
  period: string;
  due: string;
  /** Reporting units in the registry, of them district-level. */
  reporters: number;
  districts: number;
  /** The last day any of them exists. */
  lastDay: string | null;
}

/**
 * Why a period has no expected unit: how many reporting units the registry holds, and the
 * last day any of them exists, when they all ended before the report falls due (the built-in
 * Yên Bái registry ends on 30/06/2025). Null when someone is expected.
 */
export function noReportersReason(
  registry: Registry,
  period: string,
  schedule: readonly ScheduleRow[] = DEFAULT_SCHEDULE,
): NoReporters | null {
  if (expectedReportersFor(registry, period, schedule).length > 0) return null;
  const p = findPeriod(period, schedule)!;
  const all = registry.agencies.filter((a) => a.reports);
  const ends = all.flatMap((a) => (a.validTo ? [a.validTo] : [])).sort();
  return {
    period: p.code,
    due: p.nominalDue,
    reporters: all.length,
    districts: all.filter((a) => a.group === "district").length,
    lastDay: ends.length ? ends[ends.length - 1] : null,
  };
}

/**
 * What every tool says for a period nobody is expected for: that no unit must report, why
 * (the registry's units ended before the report falls due) when known, and where to load the
 * province's own registry (the CLI's --registry, the pane's "Danh mục cơ quan" sheet).
 */
export function noReportersMessage(
  t: T,
  period: string,
  reason: NoReporters | null,
  where: "cli" | "pane",
): string[] {
  const lines = [t("schedule.noReporters", { period })];
  if (reason?.lastDay)
    lines.push(
      t("schedule.noReportersEnded", {
        count: reason.reporters,
        districts: reason.districts,
        last: formatVi(reason.lastDay),
        due: formatVi(reason.due),
      }),
    );
  lines.push(t(`schedule.noReportersHint.${where}`));
  return lines;
}

/**
 * The tracking sheet's rows for a year: everyone expected in at least one period, with the
 * periods each one is expected in (a unit ended on 30/06/2025 owes 2025-H1, not 2025-Q3).
 */
export function trackingReporters(
  registry: Registry,
  year: number,
  schedule: readonly ScheduleRow[] = DEFAULT_SCHEDULE,
): { code: string; name: string; periods: string[] }[] {
  const byPeriod = periodsForYear(year, schedule).map((p) => ({
    code: p.code,
    units: new Set(expectedReportersFor(registry, p.code, schedule).map((a) => a.code)),
  }));
  return reportersOfYear(registry, year, schedule).map((a) => ({
    code: a.code,
    name: a.name,
    periods: byPeriod.filter((p) => p.units.has(a.code)).map((p) => p.code),
  }));
}
