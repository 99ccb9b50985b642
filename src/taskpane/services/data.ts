/**
 * The light part of the pane's work: the plan, the registry and the periods (domain data only)
 * and the Office.js adapter. Opening a page loads this chunk, never the xlsx libraries.
 */
import { sameSheet } from "../../domain/address";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  deadline,
  periodsForYear,
  reportersOfYear,
} from "../../domain/schedule";
import { inSession, type WorkbookPort } from "../../workbook/port";
import { OfficeWorkbook } from "../../workbook/office";
import type { Basics, DeadlineRules } from "../services";

/** The port inside Excel. */
export const officePort = (): WorkbookPort => new OfficeWorkbook();

export const same = sameSheet;

import { workbookPlan as planOf, type PlanData } from "../../app/plan";
import type { Lang } from "../../i18n";
export type { PlanData };

/**
 * Which plan and registry a workbook uses (one use-case, the ribbon calls it too), read in one
 * session: its sheet list and its plan and registry sheets in one Excel.run, or in the session
 * of the action that asks.
 */
export const workbookPlan = (port: WorkbookPort | null, lang: Lang): Promise<PlanData> =>
  port ? inSession(port, (p) => planOf(p, lang)) : planOf(null, lang);

/* ------------------------------------------------------------------ basics */

export function basicsOf(data: PlanData, rules: DeadlineRules, today: string): Basics {
  const year = data.plan.year;
  const periods = periodsForYear(year, DEFAULT_SCHEDULE).map((p) => ({
    code: p.code,
    name: p.name,
    deadline: deadline(p, rules, DEFAULT_HOLIDAYS),
  }));
  // The next report due; after the year's last deadline, the last one.
  const next = periods.find((p) => p.deadline >= today) ?? periods[periods.length - 1];
  return {
    year,
    reporters: reportersOfYear(data.registry, year).map((a) => ({ code: a.code, name: a.name })),
    periods,
    current: next?.code ?? "",
  };
}
