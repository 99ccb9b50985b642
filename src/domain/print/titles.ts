/**
 * The printed title of each document we print, built here and nowhere else (Nghị định
 * 30/2020/NĐ-CP: the title is the document's own; it prints in capitals). The summary names its
 * period on a line of its own ("… cải cách hành chính" / "6 tháng đầu năm 2020"), so the year is
 * said once and the period never breaks across lines.
 */

export type PrintKind = "summary" | "matrix" | "tracking";

const PLAN = "Kế hoạch tuyên truyền cải cách hành chính";

/** The summary's title for a period named as the schedule names it ("Quý I năm 2020"). */
export function summaryTitle(periodName: string): string {
  return `Tổng hợp kết quả thực hiện ${PLAN}\n${periodName}`;
}

/** The title of a printed document of `kind` for the plan of `year`. */
export function documentTitle(kind: PrintKind, year: number, periodName?: string): string {
  switch (kind) {
    case "summary":
      return summaryTitle(periodName ?? `năm ${year}`);
    case "matrix":
      // Broken after "thực hiện", so the year never sits alone on the second line.
      return `Bảng phân công nhiệm vụ thực hiện\n${PLAN} năm ${year}`;
    case "tracking":
      return `Tình hình gửi báo cáo kết quả tuyên truyền cải cách hành chính năm ${year}`;
  }
}
