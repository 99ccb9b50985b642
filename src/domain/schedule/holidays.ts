/**
 * Days off for civil servants, as an editable table (sheet "Ngày nghỉ").
 *
 * Bộ luật Lao động 2019, Art. 112: 1/1; Tết 5 days; Giỗ Tổ Hùng Vương (10/3 lunar); 30/4; 1/5;
 * 2/9 plus one adjacent day (from 2021; 2020 fell under the 2012 code, 2/9 only). Art. 111(3):
 * a holiday on a weekend gives the next working day off (nghỉ bù). The government also swaps a
 * working day for a Saturday some years (hoán đổi); the day off is listed here as "in-lieu",
 * the make-up Saturday is not listed (deadlines treat every Saturday as a day off).
 *
 * 2020–2026 follow the announced schedules; 2027 applies the rules and is marked "dự kiến"
 * (expected) until the government announces it. Weekend holidays are listed too, for reference.
 */
import { weekday } from "./dates";

export type HolidayKind = "holiday" | "in-lieu";

export interface Holiday {
  /** ISO date. */
  date: string;
  name: string;
  kind: HolidayKind;
}

const NEW_YEAR = "Tết Dương lịch";
const TET = "Tết Nguyên đán";
const HUNG_KINGS = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
const VICTORY = "Ngày Chiến thắng (30/4)";
const LABOUR = "Ngày Quốc tế Lao động (1/5)";
const NATIONAL = "Quốc khánh (2/9)";
const NATIONAL_ADJ = "Quốc khánh (ngày liền kề)";

const h = (date: string, name: string): Holiday => ({ date, name, kind: "holiday" });
const inLieu = (date: string, of: string): Holiday => ({
  date,
  name: `Nghỉ bù ${of.replace(/ \(.*\)$/, "")}`,
  kind: "in-lieu",
});
const swap = (date: string, makeUpSaturday: string): Holiday => ({
  date,
  name: `Nghỉ hoán đổi (làm bù thứ Bảy ${makeUpSaturday})`,
  kind: "in-lieu",
});
const tet = (date: string, lunar: string, note = ""): Holiday =>
  h(date, `${TET} (${lunar}${note})`);

export const DEFAULT_HOLIDAYS: readonly Holiday[] = [
  // 2020 (Bộ luật Lao động 2012)
  h("2020-01-01", NEW_YEAR),
  tet("2020-01-23", "29 tháng Chạp"),
  tet("2020-01-24", "30 tháng Chạp"),
  tet("2020-01-25", "mùng 1"),
  tet("2020-01-26", "mùng 2"),
  tet("2020-01-27", "mùng 3"),
  inLieu("2020-01-28", TET),
  inLieu("2020-01-29", TET),
  h("2020-04-02", HUNG_KINGS),
  h("2020-04-30", VICTORY),
  h("2020-05-01", LABOUR),
  h("2020-09-02", NATIONAL),
  // 2021
  h("2021-01-01", NEW_YEAR),
  tet("2021-02-10", "29 tháng Chạp"),
  tet("2021-02-11", "30 tháng Chạp"),
  tet("2021-02-12", "mùng 1"),
  tet("2021-02-13", "mùng 2"),
  tet("2021-02-14", "mùng 3"),
  inLieu("2021-02-15", TET),
  inLieu("2021-02-16", TET),
  h("2021-04-21", HUNG_KINGS),
  h("2021-04-30", VICTORY),
  h("2021-05-01", LABOUR),
  inLieu("2021-05-03", LABOUR),
  h("2021-09-02", NATIONAL),
  h("2021-09-03", NATIONAL_ADJ),
  // 2022
  h("2022-01-01", NEW_YEAR),
  inLieu("2022-01-03", NEW_YEAR),
  tet("2022-01-31", "29 tháng Chạp"),
  tet("2022-02-01", "mùng 1"),
  tet("2022-02-02", "mùng 2"),
  tet("2022-02-03", "mùng 3"),
  tet("2022-02-04", "mùng 4"),
  h("2022-04-10", HUNG_KINGS),
  inLieu("2022-04-11", HUNG_KINGS),
  h("2022-04-30", VICTORY),
  h("2022-05-01", LABOUR),
  inLieu("2022-05-02", VICTORY),
  inLieu("2022-05-03", LABOUR),
  h("2022-09-01", NATIONAL_ADJ),
  h("2022-09-02", NATIONAL),
  // 2023
  h("2023-01-01", NEW_YEAR),
  inLieu("2023-01-02", NEW_YEAR),
  tet("2023-01-20", "29 tháng Chạp"),
  tet("2023-01-21", "30 tháng Chạp"),
  tet("2023-01-22", "mùng 1"),
  tet("2023-01-23", "mùng 2"),
  tet("2023-01-24", "mùng 3"),
  inLieu("2023-01-25", TET),
  inLieu("2023-01-26", TET),
  h("2023-04-29", HUNG_KINGS),
  h("2023-04-30", VICTORY),
  h("2023-05-01", LABOUR),
  inLieu("2023-05-02", HUNG_KINGS),
  inLieu("2023-05-03", VICTORY),
  h("2023-09-01", NATIONAL_ADJ),
  h("2023-09-02", NATIONAL),
  inLieu("2023-09-04", NATIONAL),
  // 2024
  h("2024-01-01", NEW_YEAR),
  tet("2024-02-08", "29 tháng Chạp"),
  tet("2024-02-09", "30 tháng Chạp"),
  tet("2024-02-10", "mùng 1"),
  tet("2024-02-11", "mùng 2"),
  tet("2024-02-12", "mùng 3"),
  inLieu("2024-02-13", TET),
  inLieu("2024-02-14", TET),
  h("2024-04-18", HUNG_KINGS),
  swap("2024-04-29", "04/05/2024"),
  h("2024-04-30", VICTORY),
  h("2024-05-01", LABOUR),
  h("2024-09-02", NATIONAL),
  h("2024-09-03", NATIONAL_ADJ),
  // 2025
  h("2025-01-01", NEW_YEAR),
  tet("2025-01-27", "28 tháng Chạp"),
  tet("2025-01-28", "29 tháng Chạp"),
  tet("2025-01-29", "mùng 1"),
  tet("2025-01-30", "mùng 2"),
  tet("2025-01-31", "mùng 3"),
  h("2025-04-07", HUNG_KINGS),
  h("2025-04-30", VICTORY),
  h("2025-05-01", LABOUR),
  swap("2025-05-02", "26/04/2025"),
  h("2025-09-01", NATIONAL_ADJ),
  h("2025-09-02", NATIONAL),
  // 2026
  h("2026-01-01", NEW_YEAR),
  swap("2026-01-02", "10/01/2026"),
  tet("2026-02-16", "29 tháng Chạp"),
  tet("2026-02-17", "mùng 1"),
  tet("2026-02-18", "mùng 2"),
  tet("2026-02-19", "mùng 3"),
  tet("2026-02-20", "mùng 4"),
  h("2026-04-26", HUNG_KINGS),
  inLieu("2026-04-27", HUNG_KINGS),
  h("2026-04-30", VICTORY),
  h("2026-05-01", LABOUR),
  swap("2026-08-31", "22/08/2026"),
  h("2026-09-01", NATIONAL_ADJ),
  h("2026-09-02", NATIONAL),
  // 2027: by the rules, not yet announced
  h("2027-01-01", NEW_YEAR),
  tet("2027-02-05", "29 tháng Chạp", ", dự kiến"),
  tet("2027-02-06", "mùng 1", ", dự kiến"),
  tet("2027-02-07", "mùng 2", ", dự kiến"),
  tet("2027-02-08", "mùng 3", ", dự kiến"),
  tet("2027-02-09", "mùng 4", ", dự kiến"),
  inLieu("2027-02-10", TET),
  inLieu("2027-02-11", TET),
  h("2027-04-16", HUNG_KINGS),
  h("2027-04-30", VICTORY),
  h("2027-05-01", LABOUR),
  inLieu("2027-05-03", LABOUR),
  h("2027-09-02", NATIONAL),
  h("2027-09-03", `${NATIONAL_ADJ.slice(0, -1)}, dự kiến)`),
];

/** The dates no report can be sent on besides weekends (holidays and days off in lieu). */
export function offDays(holidays: readonly Holiday[]): Set<string> {
  return new Set(holidays.map((d) => d.date));
}

/** A working day: Monday to Friday and not in the table. */
export function isWorkingDay(iso: string, off: ReadonlySet<string>): boolean {
  const w = weekday(iso);
  return w !== 0 && w !== 6 && !off.has(iso);
}

export function holidaysInYear(holidays: readonly Holiday[], year: number): Holiday[] {
  const prefix = `${year}-`;
  return holidays.filter((d) => d.date.startsWith(prefix));
}

/** Why a date is not a working day: the table's names for it, or null for a weekend. */
export function offReason(iso: string, holidays: readonly Holiday[]): string | null {
  const names = holidays.filter((d) => d.date === iso).map((d) => d.name);
  return names.length ? names.join("; ") : null;
}
