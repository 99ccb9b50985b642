/**
 * Who is overdue, read from the tracking sheet ("Theo dõi báo cáo", domain/tracking), and a
 * highlight on their names.
 *
 * Decisions:
 * - The deadlines are computed by the domain from the workbook's own schedule, holiday table
 *   and settings cells, not read from the deadline cells: those are formulas, and a workbook
 *   that was never calculated (a file written by the CLI, a test double) has no values there.
 *   The domain and the formulas agree (test/app/track-libreoffice.test.ts).
 * - The reference date: the `today` option, else the sheet's reference cell when it holds a
 *   date (a fixed date, or =TODAY() as Excel calculated it), else the computer's date.
 * - The current period is the latest one whose deadline has passed on the reference date:
 *   that is the report to chase. Before the first deadline of the year it is the first
 *   period, and nobody is overdue yet. Older periods still show in the sheet's colours.
 * - The highlight is a snapshot taken when asked; the sheet's conditional formats stay live.
 * - Port calls are bounded whatever the number of units: one read (three sheets at once) and,
 *   for the highlight, one apply.
 */
import { columnLetter } from "../domain/address";
import {
  HOLIDAY_SHEET,
  SCHEDULE_SHEET,
  deadline,
  findPeriod,
  holidaysFromRows,
  isoDate,
  parseDateCell,
  scheduleFromRows,
  statusFor,
  toDayNumber,
  type Period,
} from "../domain/schedule";
import type { WorkbookPort } from "../workbook/port";
import type { RangeFormat, SheetData, WorkbookEdit } from "../domain/sheet";
import { TRACKING_SHEET, readTrackingSheet } from "../domain/tracking";

/** The highlight: white bold text on red, unlike the pale colours of the status formats. */
export const OVERDUE_FORMAT = { fill: "#C00000", fontColor: "#FFFFFF", bold: true } as const;
const PLAIN_FORMAT = { fill: null, fontColor: "#000000", bold: false } as const;

export interface OverdueUnit {
  name: string;
  code: string;
  /** 1-based row on the tracking sheet. */
  row: number;
  /** Last on-time day, ISO. */
  deadline: string;
  daysOverdue: number;
}

export interface OverdueResult {
  /** The current period's code, null when the sheet has no period. */
  period: string | null;
  periodName: string | null;
  /** The reference date used, ISO. */
  today: string;
  units: OverdueUnit[];
  /**
   * Rows of every unit on the sheet (first and last, 1-based) and the column of their names
   * (0-based); null when there is none.
   */
  unitRows: { first: number; last: number; column: number } | null;
}

export interface OverdueOptions {
  /** ISO reference date; see the decisions above for the default. */
  today?: string;
}

/** The computer's calendar date (local time: what the user calls today). */
function localToday(): string {
  const d = new Date();
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

function overdueFrom(
  tracking: SheetData,
  scheduleData: SheetData,
  holidayData: SheetData,
  opts: OverdueOptions,
): OverdueResult {
  const table = readTrackingSheet(tracking);
  const today = opts.today ?? (table && parseDateCell(table.settings.reference)) ?? localToday();
  if (!table) return { period: null, periodName: null, today, units: [], unitRows: null };
  const { fifthOnTime, shiftOffDays } = table.settings;
  const settings = { fifthOnTime, shiftOffDays };
  const { schedule } = scheduleFromRows(scheduleData.values);
  const { holidays } = holidaysFromRows(holidayData.values);

  const periods: { period: Period; received: number; deadline: string }[] = [];
  for (const p of table.periods) {
    const period = p.code ? findPeriod(p.code, schedule) : undefined;
    if (period)
      periods.push({
        period,
        received: p.received,
        deadline: deadline(period, settings, holidays),
      });
  }

  // Rows are 1-based from here on, as the sheet shows them.
  const units = table.units.map((u) => ({ name: u.name, code: u.code, row: u.row + 1 }));
  const unitRows = units.length
    ? { first: units[0].row, last: units[units.length - 1].row, column: table.columns.name }
    : null;

  const byDeadline = [...periods].sort((a, b) => (a.deadline < b.deadline ? -1 : 1));
  const passed = byDeadline.filter((p) => p.deadline < today);
  const current = passed[passed.length - 1] ?? byDeadline[0];
  if (!current) return { period: null, periodName: null, today, units: [], unitRows };

  const overdue: OverdueUnit[] = [];
  for (const u of units) {
    const received = parseDateCell(tracking.values[u.row - 1]?.[current.received] ?? null);
    if (statusFor(current.deadline, received, today) !== "overdue") continue;
    overdue.push({
      ...u,
      deadline: current.deadline,
      daysOverdue: toDayNumber(today) - toDayNumber(current.deadline),
    });
  }
  return {
    period: current.period.code,
    periodName: current.period.name,
    today,
    units: overdue,
    unitRows,
  };
}

const TRACKING_READS = [
  { sheet: TRACKING_SHEET },
  { sheet: SCHEDULE_SHEET },
  { sheet: HOLIDAY_SHEET },
];

async function readTracking(port: WorkbookPort, opts: OverdueOptions): Promise<OverdueResult> {
  const [tracking, scheduleData, holidayData] = await port.read(TRACKING_READS);
  return overdueFrom(tracking, scheduleData, holidayData, opts);
}

/** The units overdue for the current period, by the tracking sheet. One port read. */
export function overdueUnits(
  port: WorkbookPort,
  opts: OverdueOptions = {},
): Promise<OverdueResult> {
  return readTracking(port, opts);
}

/**
 * The edit that shows `result` on the sheet: every unit name back to plain, then the overdue
 * ones in bold white on red (contiguous rows in one range).
 */
export function overdueHighlightEdit(result: OverdueResult): WorkbookEdit {
  if (!result.unitRows) return { sheets: [] };
  const col = columnLetter(result.unitRows.column);
  const formats: RangeFormat[] = [
    {
      range: `${col}${result.unitRows.first}:${col}${result.unitRows.last}`,
      format: { ...PLAIN_FORMAT },
    },
  ];
  const rows = result.units.map((u) => u.row).sort((a, b) => a - b);
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    formats.push({ range: `${col}${rows[i]}:${col}${rows[j]}`, format: { ...OVERDUE_FORMAT } });
    i = j + 1;
  }
  return { sheets: [{ name: TRACKING_SHEET, mode: "update", formats }] };
}

/** Highlight the overdue units' names, clearing the previous highlight. One batch. */
export async function highlightOverdue(
  port: WorkbookPort,
  opts: OverdueOptions = {},
): Promise<OverdueResult> {
  let result: OverdueResult | undefined;
  // One batch: read the three sheets, write the highlight (3 syncs in Excel).
  await port.update(
    () => TRACKING_READS,
    ({ data: [tracking, scheduleData, holidayData] }) => {
      result = overdueFrom(tracking, scheduleData, holidayData, opts);
      const edit = overdueHighlightEdit(result);
      return edit.sheets.length > 0 ? edit : null;
    },
  );
  if (!result) throw new Error("highlightOverdue: the workbook update did not run");
  return result;
}
