/**
 * The reporting schedule as data. The seed plan (III.5): quarterly reports before the 5th of the
 * quarter's last month, the 6-month report before 05/6, the annual report before 05/11. Quý II is
 * covered by the 6-month report and Quý IV by the annual one, so a year has four periods.
 */
import { isoDate, lastDayOfMonth } from "./dates";

export interface ScheduleRow {
  /** The part of the period code after "Y-": "Q1", "H1", "Q3", "Y". ASCII letters and digits. */
  suffix: string;
  /** Name with a "{year}" placeholder: "Quý I năm {year}". */
  name: string;
  /** Months the report covers, 1–12, inclusive. */
  fromMonth: number;
  toMonth: number;
  /** The report is due "trước ngày dueDay/dueMonth" of the same year. */
  dueMonth: number;
  dueDay: number;
}

export const DEFAULT_SCHEDULE: readonly ScheduleRow[] = [
  { suffix: "Q1", name: "Quý I năm {year}", fromMonth: 1, toMonth: 3, dueMonth: 3, dueDay: 5 },
  {
    suffix: "H1",
    name: "6 tháng đầu năm {year}",
    fromMonth: 1,
    toMonth: 6,
    dueMonth: 6,
    dueDay: 5,
  },
  { suffix: "Q3", name: "Quý III năm {year}", fromMonth: 7, toMonth: 9, dueMonth: 9, dueDay: 5 },
  { suffix: "Y", name: "Năm {year}", fromMonth: 1, toMonth: 12, dueMonth: 11, dueDay: 5 },
];

/** One reporting period of one year. */
export interface Period {
  /** "2021-Q3". */
  code: string;
  suffix: string;
  year: number;
  /** "Quý III năm 2021". */
  name: string;
  /** First and last day covered, ISO. */
  from: string;
  to: string;
  dueMonth: number;
  dueDay: number;
  /** The date named in the rule, "trước ngày 05/09/2021" -> "2021-09-05". */
  nominalDue: string;
}

export const periodCode = (year: number, suffix: string) => `${year}-${suffix}`;

export function parsePeriodCode(code: string): { year: number; suffix: string } | null {
  const m = /^(\d{4})-([A-Za-z0-9]+)$/.exec(code.trim());
  return m ? { year: Number(m[1]), suffix: m[2] } : null;
}

export const periodName = (row: ScheduleRow, year: number) =>
  row.name.replace(/\{year\}/g, String(year));

export function periodOf(row: ScheduleRow, year: number): Period {
  return {
    code: periodCode(year, row.suffix),
    suffix: row.suffix,
    year,
    name: periodName(row, year),
    from: isoDate(year, row.fromMonth, 1),
    to: isoDate(year, row.toMonth, lastDayOfMonth(year, row.toMonth)),
    dueMonth: row.dueMonth,
    dueDay: row.dueDay,
    nominalDue: isoDate(year, row.dueMonth, row.dueDay),
  };
}

export function periodsForYear(
  year: number,
  schedule: readonly ScheduleRow[] = DEFAULT_SCHEDULE,
): Period[] {
  return schedule.map((row) => periodOf(row, year));
}

/** The period a code names under a schedule, or undefined. */
export function findPeriod(
  code: string,
  schedule: readonly ScheduleRow[] = DEFAULT_SCHEDULE,
): Period | undefined {
  const p = parsePeriodCode(code);
  const row = p && schedule.find((r) => r.suffix === p.suffix);
  return p && row ? periodOf(row, p.year) : undefined;
}

/**
 * Problems with a schedule row, as catalogue keys (schedule.error.*). A due day must exist in its
 * month in some year (29/02 is allowed); suffixes must be unique across the schedule.
 */
export function scheduleRowProblems(row: ScheduleRow): string[] {
  const problems: string[] = [];
  if (!/^[A-Za-z0-9]+$/.test(row.suffix)) problems.push("schedule.error.suffix");
  if (!row.name.trim()) problems.push("schedule.error.name");
  const month = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;
  if (!month(row.fromMonth) || !month(row.toMonth) || row.fromMonth > row.toMonth)
    problems.push("schedule.error.covers");
  if (
    !month(row.dueMonth) ||
    !Number.isInteger(row.dueDay) ||
    row.dueDay < 1 ||
    row.dueDay > lastDayOfMonth(2020, row.dueMonth)
  )
    problems.push("schedule.error.due");
  return problems;
}
