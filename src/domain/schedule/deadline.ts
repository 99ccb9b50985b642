/**
 * The last day a report counts as on time.
 *
 * "Trước ngày 05" read literally ends on the 4th; `fifthOnTime` lets the 5th count.
 * `shiftOffDays` applies Bộ luật Dân sự 2015, Art. 148(5): a last day that is a weekend,
 * holiday or day off in lieu moves to the next working day. The tracking sheet computes the same
 * thing with WORKDAY(base-1, 1, holidays), which is why this is written as "first working day on
 * or after base".
 */
import { addDays } from "./dates";
import { isWorkingDay, offDays, type Holiday } from "./holidays";
import type { Period } from "./periods";

export interface DeadlineSettings {
  /** The 5th itself counts as on time. Default false. */
  fifthOnTime: boolean;
  /** Move a last day that is not a working day to the next working day. Default true. */
  shiftOffDays: boolean;
}

export const DEFAULT_SETTINGS: Readonly<DeadlineSettings> = {
  fifthOnTime: false,
  shiftOffDays: true,
};

export interface DeadlineDetail {
  /** The last on-time day by the wording alone (the 4th, or the 5th with fifthOnTime). */
  lastDay: string;
  /** After moving off a day off, when set. */
  deadline: string;
  /** Days passed over, in order, with the table's name for them (null for a weekend). */
  skipped: { date: string; reason: string | null }[];
}

/** The wording's last day before any shift. */
export function lastDayByRule(period: Pick<Period, "nominalDue">, settings: DeadlineSettings) {
  return settings.fifthOnTime ? period.nominalDue : addDays(period.nominalDue, -1);
}

export function deadlineDetail(
  period: Pick<Period, "nominalDue">,
  settings: DeadlineSettings,
  holidays: readonly Holiday[],
): DeadlineDetail {
  const lastDay = lastDayByRule(period, settings);
  const skipped: DeadlineDetail["skipped"] = [];
  let day = lastDay;
  if (settings.shiftOffDays) {
    const off = offDays(holidays);
    // Bounded: no table could make a year of days off; guard against a broken one anyway.
    for (let i = 0; !isWorkingDay(day, off); i++) {
      if (i > 366) throw new Error(`No working day within a year after ${lastDay}`);
      const names = holidays.filter((d) => d.date === day).map((d) => d.name);
      skipped.push({ date: day, reason: names.length ? names.join("; ") : null });
      day = addDays(day, 1);
    }
  }
  return { lastDay, deadline: day, skipped };
}

/** ISO date of the last on-time day for a period. */
export function deadline(
  period: Pick<Period, "nominalDue">,
  settings: DeadlineSettings,
  holidays: readonly Holiday[],
): string {
  return deadlineDetail(period, settings, holidays).deadline;
}
