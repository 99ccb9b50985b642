/**
 * Calendar dates as ISO strings ("2021-09-06"), computed in UTC day numbers so no time zone can
 * move a date by one. Excel serials use the 1900 system (serial 25569 = 1970-01-01) unless a
 * workbook says 1904; this is the one place they are converted (the adapters use it too).
 */
import type { Scalar } from "../sheet";

const DAY_MS = 86_400_000;

/** The number format of every date cell the add-in writes: day first, as Vietnam writes dates. */
export const DATE_FORMAT = "dd/mm/yyyy";
/** Excel serial of 1970-01-01 (1900 date system, counting Excel's phantom 29/02/1900). */
const EXCEL_EPOCH_SERIAL = 25569;
/** The same in the 1904 date system (serial 0 is 1904-01-01). */
const EXCEL_EPOCH_SERIAL_1904 = 24107;
/** The instant of serial 0: 1899-12-30 or 1904-01-01 UTC. */
const serialZeroMs = (date1904: boolean) =>
  -(date1904 ? EXCEL_EPOCH_SERIAL_1904 : EXCEL_EPOCH_SERIAL) * DAY_MS;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Days since 1970-01-01 for year/month/day; out-of-range days roll over like Excel's DATE. */
function dayNumberOf(year: number, month: number, day: number): number {
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / DAY_MS);
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ISO date for year, month (1–12) and day; day 0 or 32 rolls into the next/previous month. */
export function isoDate(year: number, month: number, day: number): string {
  return fromDayNumber(dayNumberOf(year, month, day));
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = ISO_RE.exec(s);
  return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

export function parts(iso: string): { year: number; month: number; day: number } {
  const m = ISO_RE.exec(iso);
  if (!m || !isIsoDate(iso)) throw new Error(`Not an ISO date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function toDayNumber(iso: string): number {
  const { year, month, day } = parts(iso);
  return dayNumberOf(year, month, day);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

export function isWeekend(iso: string): boolean {
  const w = weekday(iso);
  return w === 0 || w === 6;
}

export function lastDayOfMonth(year: number, month: number): number {
  return Number(isoDate(year, month + 1, 0).slice(8));
}

/** A Date at UTC midnight: what the workbook adapters write as a date cell. */
export function toUtcDate(iso: string): Date {
  return new Date(toDayNumber(iso) * DAY_MS);
}

/**
 * The calendar day a Date cell stands for. Readers hand back UTC or local midnight depending on
 * the library, so round to the nearest UTC midnight (right for any offset under 12 hours).
 */
export function isoFromDate(d: Date): string {
  return fromDayNumber(Math.floor((d.getTime() + DAY_MS / 2) / DAY_MS));
}

/**
 * A port Date (wall-clock time stored in UTC: `new Date(Date.UTC(2020, 2, 4))` is 04/03/2020
 * whatever the machine's zone) as an Excel serial, fraction of the day included.
 */
export function dateToSerial(date: Date, date1904 = false): number {
  return (date.getTime() - serialZeroMs(date1904)) / DAY_MS;
}

export function serialToDate(serial: number, date1904 = false): Date {
  // Round to the millisecond: serials carry float noise (43894.999999999).
  return new Date(serialZeroMs(date1904) + Math.round(serial * DAY_MS));
}

/** The serial of a calendar day (1900 system). */
export function excelSerial(iso: string): number {
  return toDayNumber(iso) + EXCEL_EPOCH_SERIAL;
}

/** The calendar day a serial falls on (1900 system); the time of day is dropped. */
export function fromExcelSerial(serial: number): string {
  return fromDayNumber(Math.floor(serial) - EXCEL_EPOCH_SERIAL);
}

/** "2021-09-06" -> "06/09/2021", the Vietnamese way. */
export function formatVi(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/**
 * A date as a sheet may hold it: a Date, an Excel serial, "2021-09-06" or "6/9/2021"
 * (day first, as written in Vietnam). Null when it is none of these.
 */
export function parseDateCell(v: Scalar | undefined): string | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : isoFromDate(v);
  // Serials between 1900 and 9999; anything else is not a date.
  if (typeof v === "number") return v >= 1 && v < 2958466 ? fromExcelSerial(v) : null;
  if (typeof v !== "string") return null;
  const s = v.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return isIsoDate(iso) ? iso : null;
}
