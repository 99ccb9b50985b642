/**
 * The tracking sheet (F8) as a WorkbookEdit: who has sent which period's report.
 *
 * Three sheets. "Theo dõi báo cáo": the settings cells, then one row per expected reporter and,
 * per period, the deadline, the received date (typed by the coordinator) and the status.
 * "Lịch báo cáo": the schedule, with the last on-time day per period as a formula.
 * "Ngày nghỉ": the holiday table the deadlines skip.
 *
 * Everything that depends on the date is a formula, so the sheet stays live in Excel and
 * LibreOffice without the add-in: the deadline is WORKDAY over the holiday table (mirroring
 * domain `deadline`), the status compares the received date and the reference-date cell
 * (mirroring domain `statusFor`), conditional formats colour overdue and late reports.
 */
import { absolute, cellAddress, columnLetter, sheetRef } from "../address";
import {
  DATE_FORMAT,
  HOLIDAY_SHEET,
  SCHEDULE_HEADERS,
  SCHEDULE_SHEET,
  STATUS_TEXT,
  holidaysToRows,
  isIsoDate,
  periodsForYear,
  scheduleToRows,
  toUtcDate,
  type DeadlineSettings,
  type Holiday,
  type ScheduleRow,
} from "../schedule";
import { translate } from "../../i18n";
import type { Cell, ConditionalFormatSpec, RangeFormat, SheetEdit, WorkbookEdit } from "../sheet";

export const TRACKING_SHEET = "Theo dõi báo cáo";

/** Where things are on the tracking sheet (1-based rows, 0-based columns). */
export const TRACKING_LAYOUT = {
  titleRow: 1,
  /** Settings: label in A, value in C. */
  referenceRow: 3,
  fifthRow: 4,
  shiftRow: 5,
  settingsCol: 2,
  headerRow: 7,
  subHeaderRow: 8,
  firstDataRow: 9,
  /** Columns A "STT", B "Mã đơn vị", C "Đơn vị"; periods from D, three columns each. */
  nameCol: 2,
  firstPeriodCol: 3,
  columnsPerPeriod: 3,
} as const;

/** The texts the sheet is written with; the reader finds its cells by them. */
export const TRACKING_LABELS = {
  stt: "STT",
  unitCode: "Mã đơn vị",
  unit: "Đơn vị",
  deadline: "Hạn nộp",
  received: "Ngày nhận",
  status: "Tình trạng",
  reference: "Ngày tham chiếu (=TODAY() là hôm nay)",
  fifth: "Ngày 05 được tính là đúng hạn (Có/Không)",
  shift: "Lùi hạn trùng ngày nghỉ sang ngày làm việc kế tiếp (Có/Không)",
} as const;

/** The settings cells' "yes" and "no". */
export const TRACKING_YES = "Có";
const NO = "Không";

const L = TRACKING_LAYOUT;
const T = TRACKING_LABELS;
const YES = TRACKING_YES;
const HEADER_FILL = "#DDEBF7";
const INPUT_FILL = "#FFF2CC";
/** Spare rows after the holiday table that the WORKDAY range still covers, for additions. */
const SPARE_HOLIDAY_ROWS = 200;

/** Absolute reference to a settings cell on the tracking sheet, usable from any sheet. */
const settingRef = (row: number) =>
  sheetRef(TRACKING_SHEET, absolute(cellAddress(row - 1, L.settingsCol)));

export const referenceCellRef = () => settingRef(L.referenceRow);

export interface TrackingOptions {
  year: number;
  /** `periods`: the period codes the unit is expected in (absent: every period). */
  reporters: { code: string; name: string; periods?: readonly string[] }[];
  schedule: readonly ScheduleRow[];
  holidays: readonly Holiday[];
  settings: DeadlineSettings;
  /** ISO reference date; absent, the sheet uses =TODAY(). */
  today?: string;
  /** Received dates already known: unit name -> period code -> ISO date. */
  received?: Record<string, Record<string, string>>;
}

/**
 * The status formula: mirrors statusFor(deadline, received, today). Cells are A1 references
 * (the reference cell may carry a sheet name). An empty received cell means "not yet".
 */
export function trackingStatusFormula(deadline: string, received: string, reference: string) {
  const s = STATUS_TEXT;
  return (
    `=IF(${received}="",IF(${reference}>${deadline},"${s.overdue}","${s.notDue}"),` +
    `IF(${received}<=${deadline},"${s.onTime}","${s.late}"))`
  );
}

/**
 * The last on-time day of a schedule row as a formula: mirrors domain `deadline`.
 * base = DATE(year, month, day) less one day unless the 5th counts; with shifting on, the first
 * working day on or after base is WORKDAY(base-1, 1, holidays).
 */
export function deadlineFormula(
  year: number,
  monthCell: string,
  dayCell: string,
  fifthCell: string,
  shiftCell: string,
  holidayRange: string,
) {
  const base = `DATE(${year},${monthCell},${dayCell})-IF(${fifthCell}="${YES}",0,1)`;
  return `=IF(${shiftCell}="${YES}",WORKDAY(${base}-1,1,${holidayRange}),${base})`;
}

/** The status of a unit that does not exist when a period's report falls due. */
export const NOT_EXPECTED = "Không phải báo cáo";

/** Units expected in a period: the listed ones less those marked NOT_EXPECTED. */
const expectedCount = (statusRange: string, unitRange: string) =>
  `(COUNTA(${unitRange})-COUNTIF(${statusRange},"${NOT_EXPECTED}"))`;

/**
 * Reporting rate (submitted / expected) over a status range. When nobody is expected it says so
 * (`none`, the tools' message) rather than show #DIV/0! or a 0% that reads as nobody sent.
 */
export function reportingRateFormula(statusRange: string, unitRange: string, none = "") {
  const s = STATUS_TEXT;
  const n = expectedCount(statusRange, unitRange);
  return (
    `=IF(${n}=0,"${none.replace(/"/g, '""')}",(COUNTIF(${statusRange},"${s.onTime}")+` +
    `COUNTIF(${statusRange},"${s.late}"))/${n})`
  );
}

/** On-time rate (on time / expected). */
export function onTimeRateFormula(statusRange: string, unitRange: string) {
  const n = expectedCount(statusRange, unitRange);
  return `=IF(${n}=0,"",COUNTIF(${statusRange},"${STATUS_TEXT.onTime}")/${n})`;
}

function scheduleSheet(opts: TrackingOptions): SheetEdit {
  const rows: Cell[][] = scheduleToRows(opts.schedule, opts.year);
  const last = rows.length;
  const holidayRange = sheetRef(
    HOLIDAY_SHEET,
    `$A$2:$A$${1 + opts.holidays.length + SPARE_HOLIDAY_ROWS}`,
  );
  const dayCol = columnLetter(SCHEDULE_HEADERS.indexOf("Nộp trước ngày"));
  const monthCol = columnLetter(SCHEDULE_HEADERS.indexOf("Tháng nộp"));
  rows[0] = [...rows[0], "Ngày cuối cùng nộp đúng hạn"];
  for (let r = 1; r < rows.length; r++) {
    const sheetRow = r + 1;
    rows[r] = [
      ...rows[r],
      {
        formula: deadlineFormula(
          opts.year,
          `$${monthCol}${sheetRow}`,
          `$${dayCol}${sheetRow}`,
          settingRef(L.fifthRow),
          settingRef(L.shiftRow),
          holidayRange,
        ),
      },
    ];
  }
  return {
    name: SCHEDULE_SHEET,
    mode: "replace",
    blocks: [{ at: "A1", values: rows }],
    formats: [
      { range: "A1:G1", format: { bold: true, fill: HEADER_FILL, wrap: true, hAlign: "center" } },
      { range: `A1:G${last}`, format: { border: true } },
      { range: `G2:G${Math.max(2, last)}`, format: { numberFormat: DATE_FORMAT } },
    ],
    columns: [
      { index: 0, width: 10 },
      { index: 1, width: 24 },
      { index: 2, width: 9 },
      { index: 3, width: 9 },
      { index: 4, width: 10 },
      { index: 5, width: 9 },
      { index: 6, width: 16 },
    ],
    freeze: { rows: 1, columns: 0 },
  };
}

function holidaySheet(holidays: readonly Holiday[]): SheetEdit {
  const rows = holidaysToRows(holidays);
  return {
    name: HOLIDAY_SHEET,
    mode: "replace",
    blocks: [{ at: "A1", values: rows }],
    formats: [
      { range: "A1:D1", format: { bold: true, fill: HEADER_FILL } },
      { range: `A2:A${rows.length + SPARE_HOLIDAY_ROWS}`, format: { numberFormat: DATE_FORMAT } },
    ],
    columns: [
      { index: 0, width: 12 },
      { index: 1, width: 48 },
      { index: 2, width: 14 },
      { index: 3, width: 10 },
    ],
    freeze: { rows: 1, columns: 0 },
  };
}

export function buildTrackingEdit(opts: TrackingOptions): WorkbookEdit {
  if (opts.today !== undefined && !isIsoDate(opts.today))
    throw new Error(`Not an ISO date: ${opts.today}`);
  const periods = periodsForYear(opts.year, opts.schedule);
  const n = opts.reporters.length;
  const first = L.firstDataRow;
  // With no reporter the ranges still name one (empty) row, so the formulas stay valid.
  const lastData = first + Math.max(n, 1) - 1;
  const lastCol = L.firstPeriodCol + periods.length * L.columnsPerPeriod - 1;
  const colOf = (p: number, k: number) => L.firstPeriodCol + p * L.columnsPerPeriod + k;
  const addr = (row: number, col: number) => cellAddress(row - 1, col);
  const ref = absolute(addr(L.referenceRow, L.settingsCol));
  const unitRange = absolute(`${addr(first, L.nameCol)}:${addr(lastData, L.nameCol)}`);

  const blocks: SheetEdit["blocks"] = [];
  const formats: RangeFormat[] = [];
  const merges: string[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];

  // Title and settings.
  const lastLetter = columnLetter(Math.max(lastCol, L.nameCol));
  blocks.push({
    at: addr(L.titleRow, 0),
    values: [
      [`THEO DÕI TÌNH HÌNH GỬI BÁO CÁO ĐỊNH KỲ NĂM ${opts.year}`],
      [
        'Nhập ngày nhận báo cáo vào cột "Ngày nhận"; tình trạng, tỷ lệ tự tính theo ngày tham chiếu.',
      ],
    ],
  });
  merges.push(
    `A${L.titleRow}:${lastLetter}${L.titleRow}`,
    `A${L.titleRow + 1}:${lastLetter}${L.titleRow + 1}`,
  );
  formats.push(
    { range: `A${L.titleRow}`, format: { bold: true, fontSize: 14, hAlign: "center" } },
    { range: `A${L.titleRow + 1}`, format: { italic: true, hAlign: "center" } },
  );
  const referenceValue: Cell = opts.today ? toUtcDate(opts.today) : { formula: "=TODAY()" };
  blocks.push({
    at: addr(L.referenceRow, 0),
    values: [
      [T.reference, null, referenceValue],
      [T.fifth, null, opts.settings.fifthOnTime ? YES : NO],
      [T.shift, null, opts.settings.shiftOffDays ? YES : NO],
    ],
  });
  for (const row of [L.referenceRow, L.fifthRow, L.shiftRow]) merges.push(`A${row}:B${row}`);
  const settingsRange = `${addr(L.referenceRow, L.settingsCol)}:${addr(L.shiftRow, L.settingsCol)}`;
  formats.push(
    { range: `A${L.referenceRow}:A${L.shiftRow}`, format: { bold: true } },
    {
      range: settingsRange,
      format: { fill: INPUT_FILL, unlocked: true, border: true, hAlign: "center" },
    },
    { range: addr(L.referenceRow, L.settingsCol), format: { numberFormat: DATE_FORMAT } },
  );

  // Two header rows: period names over (deadline, received, status).
  const header: Cell[] = [T.stt, T.unitCode, T.unit];
  const subHeader: Cell[] = [null, null, null];
  for (const p of periods) {
    header.push(`${p.name} (${p.code})`, null, null);
    subHeader.push(T.deadline, T.received, T.status);
  }
  blocks.push({ at: addr(L.headerRow, 0), values: [header, subHeader] });
  for (let c = 0; c < L.firstPeriodCol; c++)
    merges.push(`${addr(L.headerRow, c)}:${addr(L.subHeaderRow, c)}`);
  periods.forEach((_, p) =>
    merges.push(`${addr(L.headerRow, colOf(p, 0))}:${addr(L.headerRow, colOf(p, 2))}`),
  );
  formats.push({
    range: `A${L.headerRow}:${columnLetter(lastCol)}${L.subHeaderRow}`,
    format: {
      bold: true,
      fill: HEADER_FILL,
      hAlign: "center",
      vAlign: "middle",
      wrap: true,
      border: true,
    },
  });

  // One row per reporter.
  const scheduleDeadline = (p: number) =>
    sheetRef(SCHEDULE_SHEET, absolute(cellAddress(p + 1, SCHEDULE_HEADERS.length)));
  const rows: Cell[][] = opts.reporters.map((unit, i) => {
    const row = first + i;
    const cells: Cell[] = [i + 1, unit.code, unit.name];
    periods.forEach((period, p) => {
      if (unit.periods && !unit.periods.includes(period.code)) {
        // A unit that does not exist when the report falls due owes nothing: never "Quá hạn".
        cells.push(null, null, NOT_EXPECTED);
        return;
      }
      const received = opts.received?.[unit.name]?.[period.code];
      if (received !== undefined && !isIsoDate(received))
        throw new Error(`Not an ISO date for ${unit.name} ${period.code}: ${received}`);
      cells.push({ formula: `=${scheduleDeadline(p)}` }, received ? toUtcDate(received) : null, {
        formula: trackingStatusFormula(addr(row, colOf(p, 0)), addr(row, colOf(p, 1)), ref),
      });
    });
    return cells;
  });
  if (rows.length) blocks.push({ at: addr(first, 0), values: rows });
  const body = `A${first}:${columnLetter(lastCol)}${lastData}`;
  formats.push({ range: body, format: { border: true } });

  const validations: SheetEdit["validations"] = [];
  periods.forEach((_, p) => {
    const col = (k: number) => `${addr(first, colOf(p, k))}:${addr(lastData, colOf(p, k))}`;
    formats.push(
      { range: col(0), format: { numberFormat: DATE_FORMAT, hAlign: "center" } },
      {
        range: col(1),
        format: { numberFormat: DATE_FORMAT, hAlign: "center", fill: INPUT_FILL, unlocked: true },
      },
    );
    validations.push({
      range: col(1),
      // Dates are numbers to Excel: this rejects text that only looks like a date.
      rule: { kind: "decimal", min: 1 },
      errorTitle: T.received,
      errorMessage: "Nhập ngày nhận báo cáo dạng dd/mm/yyyy.",
      errorStyle: "stop",
      allowBlank: true,
    });
    // The whole period block of a row is coloured by its status cell.
    const block = `${addr(first, colOf(p, 0))}:${addr(lastData, colOf(p, 2))}`;
    const status = `$${columnLetter(colOf(p, 2))}${first}`;
    conditionalFormats.push(
      {
        range: block,
        formula: `=${status}="${STATUS_TEXT.overdue}"`,
        format: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
      },
      {
        range: block,
        formula: `=${status}="${STATUS_TEXT.late}"`,
        format: { fill: "#FFEB9C", fontColor: "#9C5700" },
      },
    );
  });

  // Rates under the table, in each period's status column.
  const summaryRow = lastData + 2;
  const summary: Cell[][] = [
    [null, null, "Tỷ lệ gửi báo cáo (đã nộp / phải nộp)"],
    [null, null, "Tỷ lệ nộp đúng hạn (đúng hạn / phải nộp)"],
  ];
  periods.forEach((period, p) => {
    const statusRange = absolute(`${addr(first, colOf(p, 2))}:${addr(lastData, colOf(p, 2))}`);
    const none = translate("vi", "schedule.noReporters", { period: period.code });
    summary[0].push(null, null, { formula: reportingRateFormula(statusRange, unitRange, none) });
    summary[1].push(null, null, { formula: onTimeRateFormula(statusRange, unitRange) });
  });
  blocks.push({ at: addr(summaryRow, 0), values: summary });
  formats.push(
    { range: `C${summaryRow}:C${summaryRow + 1}`, format: { bold: true } },
    {
      range: `${addr(summaryRow, L.firstPeriodCol)}:${addr(summaryRow + 1, lastCol)}`,
      format: { numberFormat: "0.0%", bold: true, hAlign: "center" },
    },
  );

  const tracking: SheetEdit = {
    name: TRACKING_SHEET,
    mode: "replace",
    position: 0,
    blocks,
    formats,
    merges,
    columns: [
      { index: 0, width: 5 },
      { index: 1, width: 14 },
      { index: 2, width: 38 },
      ...periods.flatMap((_, p) => [
        { index: colOf(p, 0), width: 12 },
        { index: colOf(p, 1), width: 12 },
        { index: colOf(p, 2), width: 18 },
      ]),
    ],
    validations,
    conditionalFormats,
    freeze: { rows: L.subHeaderRow, columns: L.firstPeriodCol },
    pageLayout: {
      paper: "A4",
      orientation: "landscape",
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
      fitToWidth: true,
      printTitleRows: `$${L.headerRow}:$${L.subHeaderRow}`,
    },
    activate: true,
  };
  return { sheets: [tracking, scheduleSheet(opts), holidaySheet(opts.holidays)] };
}
