/** `cchc schedule --year Y [--json] [--fifth-on-time] [--no-shift]`: periods and deadlines. */
import type { T } from "../../i18n";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  deadlineDetail,
  formatVi,
  holidaysInYear,
  periodsForYear,
  weekday,
  type DeadlineSettings,
  type Holiday,
  type ScheduleRow,
} from "../../domain/schedule";
import { parseCommand } from "../options";
import { COMMANDS } from "../commandList";
import { UsageError, type CliCommand, type CliContext } from "../types";

interface ScheduleLine {
  period: string;
  name: string;
  deadline: string;
}

interface Options {
  year: number;
  json: boolean;
  settings: DeadlineSettings;
}

function parseOptions(ctx: CliContext): Options {
  // Every command takes --plan and --registry; the schedule depends on neither.
  const { values } = parseCommand(ctx, {
    options: {
      year: { type: "string" },
      json: { type: "boolean", default: false },
      "fifth-on-time": { type: "boolean", default: false },
      "no-shift": { type: "boolean", default: false },
    },
  });
  if (!values.year || !/^\d{4}$/.test(values.year) || Number(values.year) < 1900)
    throw new UsageError(ctx.t("schedule.error.year"));
  return {
    year: Number(values.year),
    json: values.json === true,
    settings: { fifthOnTime: values["fifth-on-time"] === true, shiftOffDays: !values["no-shift"] },
  };
}

/** Pads to a width counted in characters as shown (NFC text is one code point per letter). */
const padEnd = (s: string, width: number) => s + " ".repeat(Math.max(0, width - [...s].length));

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => padEnd(cell, widths[c]))
      .join("  ")
      .trimEnd(),
  );
}

export function scheduleText(
  t: T,
  year: number,
  schedule: readonly ScheduleRow[],
  settings: DeadlineSettings,
  holidays: readonly Holiday[],
): string[] {
  const rows: string[][] = [
    ["period", "name", "covers", "rule", "deadline", "note"].map((k) => t(`schedule.col.${k}`)),
  ];
  for (const p of periodsForYear(year, schedule)) {
    const d = deadlineDetail(p, settings, holidays);
    const skipped = d.skipped.map((s) =>
      t("schedule.skippedDay", {
        date: formatVi(s.date),
        reason: s.reason ?? t(`schedule.weekday.${weekday(s.date)}`),
      }),
    );
    rows.push([
      p.code,
      p.name,
      t("schedule.covers", { from: formatVi(p.from), to: formatVi(p.to) }),
      t("schedule.rule", { date: formatVi(p.nominalDue) }),
      t("schedule.deadlineOn", {
        weekday: t(`schedule.weekday.${weekday(d.deadline)}`),
        date: formatVi(d.deadline),
      }),
      skipped.length ? t("schedule.shifted", { days: skipped.join(", ") }) : "",
    ]);
  }
  return [
    t("schedule.title", { year }),
    "",
    ...table(rows),
    "",
    t(settings.fifthOnTime ? "schedule.setting.fifth" : "schedule.setting.literal"),
    t(settings.shiftOffDays ? "schedule.setting.shift" : "schedule.setting.noShift"),
  ];
}

export function scheduleJson(
  year: number,
  schedule: readonly ScheduleRow[],
  settings: DeadlineSettings,
  holidays: readonly Holiday[],
): ScheduleLine[] {
  return periodsForYear(year, schedule).map((p) => ({
    period: p.code,
    name: p.name,
    deadline: deadlineDetail(p, settings, holidays).deadline,
  }));
}

export const command: CliCommand = {
  ...COMMANDS.schedule,
  async run(ctx) {
    const { year, json, settings } = parseOptions(ctx);
    const holidays = DEFAULT_HOLIDAYS;
    // Without the year's holidays only weekends move a deadline: say so, on stderr.
    if (settings.shiftOffDays && holidaysInYear(holidays, year).length === 0)
      ctx.err(ctx.t("schedule.noHolidays", { year }));
    if (json)
      ctx.out(JSON.stringify(scheduleJson(year, DEFAULT_SCHEDULE, settings, holidays), null, 2));
    else
      for (const line of scheduleText(ctx.t, year, DEFAULT_SCHEDULE, settings, holidays))
        ctx.out(line);
    return 0;
  },
};
