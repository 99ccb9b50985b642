/**
 * Status of one unit's report for one period, and the period's rates. Reporting rate =
 * submitted / expected, on-time rate = on time / expected (DHIS2's completeness and timeliness).
 * The tracking sheet's status formula mirrors statusFor exactly.
 */

export type ReportStatus = "onTime" | "late" | "overdue" | "notDue";

/** The words written in the sheet; the status formula and conditional formats compare to them. */
export const STATUS_TEXT: Readonly<Record<ReportStatus, string>> = {
  onTime: "Đã nộp đúng hạn",
  late: "Nộp muộn",
  overdue: "Quá hạn chưa nộp",
  notDue: "Chưa đến hạn",
};

/**
 * deadline: the last on-time day; received: the day the report arrived (absent: not yet);
 * today: the reference date. All ISO dates, which compare correctly as strings.
 */
export function statusFor(
  deadline: string,
  received: string | null | undefined,
  today: string,
): ReportStatus {
  if (received) return received <= deadline ? "onTime" : "late";
  return today > deadline ? "overdue" : "notDue";
}

export interface PeriodRates {
  expected: number;
  submitted: number;
  onTime: number;
  /** Fractions 0–1; null when nobody is expected. */
  reportingRate: number | null;
  onTimeRate: number | null;
}

export function ratesOf(statuses: readonly ReportStatus[]): PeriodRates {
  const expected = statuses.length;
  const onTime = statuses.filter((s) => s === "onTime").length;
  const submitted = onTime + statuses.filter((s) => s === "late").length;
  return {
    expected,
    submitted,
    onTime,
    reportingRate: expected ? submitted / expected : null,
    onTimeRate: expected ? onTime / expected : null,
  };
}
