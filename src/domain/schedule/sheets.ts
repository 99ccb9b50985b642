/**
 * The schedule ("Lịch báo cáo") and holiday ("Ngày nghỉ") tables as sheet rows, both ways.
 * Writing gives a header row then one row per entry; reading finds the header row by its texts
 * (so title rows above it and extra columns beside it are fine) and skips blank rows.
 * Reading what was written gives back exactly what was written.
 */
import type { Scalar } from "../sheet";
import { parseDateCell, toUtcDate, weekday } from "./dates";
import type { Holiday, HolidayKind } from "./holidays";
import { parsePeriodCode, periodCode, periodName, scheduleRowProblems } from "./periods";
import type { ScheduleRow } from "./periods";

export const SCHEDULE_SHEET = "Lịch báo cáo";
export const HOLIDAY_SHEET = "Ngày nghỉ";

export const SCHEDULE_HEADERS = [
  "Mã kỳ",
  "Tên kỳ",
  "Từ tháng",
  "Đến tháng",
  "Nộp trước ngày",
  "Tháng nộp",
] as const;

export const HOLIDAY_HEADERS = ["Ngày", "Tên ngày nghỉ", "Loại", "Thứ"] as const;

export const HOLIDAY_KIND_TEXT: Readonly<Record<HolidayKind, string>> = {
  holiday: "Ngày lễ, Tết",
  "in-lieu": "Nghỉ bù",
};

export const WEEKDAY_VI = [
  "Chủ nhật",
  "Thứ Hai",
  "Thứ Ba",
  "Thứ Tư",
  "Thứ Năm",
  "Thứ Sáu",
  "Thứ Bảy",
] as const;

/** A problem found while reading a table; `key` is a catalogue key (schedule.error.*). */
export interface SheetProblem {
  /** 1-based sheet row. */
  row: number;
  key: string;
  params?: Record<string, string | number>;
}

const norm = (v: Scalar | undefined) =>
  String(v ?? "")
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();

const isBlank = (v: Scalar | undefined) => v === null || v === undefined || norm(v) === "";

/** Finds the header row and the column of each wanted header (-1 when absent). */
function locateHeader(
  values: Scalar[][],
  headers: readonly string[],
): { row: number; cols: number[] } | null {
  const wanted = headers.map((x) => norm(x));
  for (let r = 0; r < values.length; r++) {
    const cells = (values[r] ?? []).map(norm);
    if (cells.includes(wanted[0])) return { row: r, cols: wanted.map((w) => cells.indexOf(w)) };
  }
  return null;
}

function wholeNumber(v: Scalar | undefined): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() ? Number(v) : NaN;
  return Number.isInteger(n) ? n : null;
}

// ---- schedule ----

/** Header row plus one row per schedule entry, for year Y ("2020-Q1", "Quý I năm 2020"). */
export function scheduleToRows(schedule: readonly ScheduleRow[], year: number): Scalar[][] {
  return [
    [...SCHEDULE_HEADERS],
    ...schedule.map((r) => [
      periodCode(year, r.suffix),
      periodName(r, year),
      r.fromMonth,
      r.toMonth,
      r.dueDay,
      r.dueMonth,
    ]),
  ];
}

export interface ScheduleRead {
  /** The year the codes carry; null when they carry none. */
  year: number | null;
  schedule: ScheduleRow[];
  problems: SheetProblem[];
}

export function scheduleFromRows(values: Scalar[][]): ScheduleRead {
  const found = locateHeader(values, SCHEDULE_HEADERS);
  if (!found)
    return {
      year: null,
      schedule: [],
      problems: [{ row: 1, key: "schedule.error.header", params: { header: SCHEDULE_HEADERS[0] } }],
    };
  const problems: SheetProblem[] = [];
  const missing = SCHEDULE_HEADERS.filter((_, i) => found.cols[i] < 0);
  if (missing.length)
    return {
      year: null,
      schedule: [],
      problems: [
        {
          row: found.row + 1,
          key: "schedule.error.header",
          params: { header: missing.join(", ") },
        },
      ],
    };

  let year: number | null = null;
  const schedule: ScheduleRow[] = [];
  for (let r = found.row + 1; r < values.length; r++) {
    const cells = found.cols.map((c) => values[r]?.[c]);
    if (cells.every(isBlank)) continue;
    const sheetRow = r + 1;
    const codeText = String(cells[0] ?? "").trim();
    const parsed = parsePeriodCode(codeText);
    const suffix = parsed ? parsed.suffix : codeText;
    if (parsed) {
      if (year === null) year = parsed.year;
      else if (parsed.year !== year) {
        problems.push({
          row: sheetRow,
          key: "schedule.error.mixedYears",
          params: { code: codeText },
        });
        continue;
      }
    }
    const rawName = String(cells[1] ?? "")
      .normalize("NFC")
      .trim();
    const name = parsed
      ? rawName.replace(new RegExp(`\\b${parsed.year}\\b`, "g"), "{year}")
      : rawName;
    const row: ScheduleRow = {
      suffix,
      name,
      fromMonth: wholeNumber(cells[2]) ?? NaN,
      toMonth: wholeNumber(cells[3]) ?? NaN,
      dueMonth: wholeNumber(cells[5]) ?? NaN,
      dueDay: wholeNumber(cells[4]) ?? NaN,
    };
    const rowProblems = scheduleRowProblems(row);
    if (schedule.some((s) => s.suffix === suffix)) rowProblems.push("schedule.error.duplicate");
    if (rowProblems.length) {
      for (const key of rowProblems)
        problems.push({ row: sheetRow, key, params: { code: codeText } });
      continue;
    }
    schedule.push(row);
  }
  return { year, schedule, problems };
}

// ---- holidays ----

/** Header row plus one row per day off: a date cell, the name, the kind, the weekday. */
export function holidaysToRows(holidays: readonly Holiday[]): Scalar[][] {
  return [
    [...HOLIDAY_HEADERS],
    ...holidays.map((d) => [
      toUtcDate(d.date),
      d.name,
      HOLIDAY_KIND_TEXT[d.kind],
      WEEKDAY_VI[weekday(d.date)],
    ]),
  ];
}

function kindOf(v: Scalar | undefined): HolidayKind | null {
  const s = norm(v);
  if (
    s === "" ||
    s === norm(HOLIDAY_KIND_TEXT.holiday) ||
    ["holiday", "ngày lễ", "lễ", "tết"].includes(s)
  )
    return "holiday";
  if (
    s === norm(HOLIDAY_KIND_TEXT["in-lieu"]) ||
    ["in-lieu", "nghỉ hoán đổi", "hoán đổi"].includes(s)
  )
    return "in-lieu";
  return null;
}

export interface HolidaysRead {
  holidays: Holiday[];
  problems: SheetProblem[];
}

export function holidaysFromRows(values: Scalar[][]): HolidaysRead {
  const found = locateHeader(values, HOLIDAY_HEADERS);
  if (!found || found.cols[1] < 0)
    return {
      holidays: [],
      problems: [{ row: 1, key: "schedule.error.header", params: { header: HOLIDAY_HEADERS[0] } }],
    };
  const holidays: Holiday[] = [];
  const problems: SheetProblem[] = [];
  for (let r = found.row + 1; r < values.length; r++) {
    const [dateCell, nameCell, kindCell] = found.cols
      .slice(0, 3)
      .map((c) => (c < 0 ? null : values[r]?.[c]));
    if ([dateCell, nameCell, kindCell].every(isBlank)) continue;
    const date = parseDateCell(dateCell ?? null);
    const kind = kindOf(kindCell ?? null);
    if (!date) {
      problems.push({
        row: r + 1,
        key: "schedule.error.date",
        params: { value: String(dateCell ?? "") },
      });
      continue;
    }
    if (!kind) {
      problems.push({
        row: r + 1,
        key: "schedule.error.kind",
        params: { value: String(kindCell ?? "") },
      });
      continue;
    }
    holidays.push({
      date,
      name: String(nameCell ?? "")
        .normalize("NFC")
        .trim(),
      kind,
    });
  }
  return { holidays, problems };
}
