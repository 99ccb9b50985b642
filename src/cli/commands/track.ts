/** `cchc track --year Y --out FILE [--today DATE]`: the tracking sheet of the expected reporters. */
import { buildTrackingEdit } from "../../domain/tracking";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  formatVi,
  holidaysInYear,
  parseDateCell,
  reportersOfYear,
  trackingReporters,
} from "../../domain/schedule";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { loadData, parseCommand } from "../options";
import { COMMANDS } from "../commandList";
import { UsageError, type CliCommand, type CliContext } from "../types";
import { writeOutput } from "./template";

function parseOptions(ctx: CliContext) {
  return parseCommand(ctx, {
    options: {
      year: { type: "string" },
      out: { type: "string" },
      today: { type: "string" },
      "fifth-on-time": { type: "boolean", default: false },
      "no-shift": { type: "boolean", default: false },
    },
  }).values;
}

export const command: CliCommand = {
  ...COMMANDS.track,
  async run(ctx) {
    const values = parseOptions(ctx);
    if (!values.year || !/^\d{4}$/.test(values.year) || Number(values.year) < 1900)
      throw new UsageError(ctx.t("forms.track.yearMissing"));
    const year = Number(values.year);
    if (!values.out?.trim()) throw new UsageError(ctx.t("forms.cli.outMissing"));
    if (!/\.xlsx$/i.test(values.out))
      throw new UsageError(ctx.t("forms.cli.notXlsx", { file: values.out }));
    let today: string | undefined;
    if (values.today !== undefined) {
      today = parseDateCell(values.today) ?? undefined;
      if (!today) throw new UsageError(ctx.t("forms.track.badToday", { text: values.today }));
    }
    const { registry } = await loadData(ctx, values);
    const settings = {
      fifthOnTime: values["fifth-on-time"] === true,
      shiftOffDays: !values["no-shift"],
    };
    if (settings.shiftOffDays && holidaysInYear(DEFAULT_HOLIDAYS, year).length === 0)
      ctx.err(ctx.t("forms.track.noHolidays", { year }));
    const reporters = reportersOfYear(registry, year);
    const wb = XlsxWorkbook.create();
    await wb.apply(
      buildTrackingEdit({
        year,
        reporters: trackingReporters(registry, year),
        schedule: DEFAULT_SCHEDULE,
        holidays: DEFAULT_HOLIDAYS,
        settings,
        today,
      }),
    );
    await writeOutput(ctx, values.out, await wb.toBuffer());
    ctx.out(ctx.t("forms.track.written", { year, count: reporters.length, file: values.out }));
    ctx.out(
      today
        ? ctx.t("forms.track.today", { date: formatVi(today) })
        : ctx.t("forms.track.todayLive"),
    );
    return 0;
  },
};
