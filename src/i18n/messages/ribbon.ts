/** Messages of the ribbon commands' outcome dialog, Vietnamese first. Keys are "ribbon.<name>". */
export const vi: Record<string, string> = {
  "ribbon.title.ok": "Đã xong",
  "ribbon.title.failed": "Không thực hiện được",
  "ribbon.close": "Đóng",
  "ribbon.failed": "{command}: {reason}",
  "ribbon.insertMatrix.name": "Bảng phân công nhiệm vụ",
  "ribbon.checkAgencies.name": "Kiểm tra cơ quan",
  "ribbon.checkAgencies.done":
    "Đã kiểm tra {cells} ô tên cơ quan trên {sheets} trang: {errors} lỗi, {warnings} cảnh báo (đã tô màu trên trang).",
  "ribbon.checkAgencies.nothing":
    "Không tìm thấy bảng phân công nhiệm vụ hay biểu mẫu báo cáo nào trong sổ làm việc. Hãy chèn bảng phân công nhiệm vụ trước.",
  "ribbon.highlightOverdue.name": "Tô báo cáo quá hạn",
  "ribbon.highlightOverdue.done":
    "Kỳ {period} (tính đến {today}): {count} đơn vị quá hạn chưa nộp, đã tô màu trên trang “Theo dõi báo cáo”.",
  "ribbon.highlightOverdue.noPeriod":
    "Trang “Theo dõi báo cáo” chưa có kỳ báo cáo nào đến hạn tính đến {today}: không có gì để tô.",
  "ribbon.preparePrint.name": "Chuẩn bị in",
  "ribbon.preparePrint.done": "Đã đặt trang in cho “{sheet}” (bảng {table}). {report}",
};

export const en: Record<string, string> = {
  "ribbon.title.ok": "Done",
  "ribbon.title.failed": "Could not be done",
  "ribbon.close": "Close",
  "ribbon.failed": "{command}: {reason}",
  "ribbon.insertMatrix.name": "Task assignment table",
  "ribbon.checkAgencies.name": "Check agencies",
  "ribbon.checkAgencies.done":
    "Checked {cells} agency cells on {sheets} sheets: {errors} errors, {warnings} warnings (highlighted on the sheets).",
  "ribbon.checkAgencies.nothing":
    "No task assignment table and no report form in this workbook. Insert the task assignment table first.",
  "ribbon.highlightOverdue.name": "Highlight overdue reports",
  "ribbon.highlightOverdue.done":
    "Period {period} (as of {today}): {count} units overdue, highlighted on the “Theo dõi báo cáo” sheet.",
  "ribbon.highlightOverdue.noPeriod":
    "The “Theo dõi báo cáo” sheet has no reporting period due as of {today}: nothing to highlight.",
  "ribbon.preparePrint.name": "Prepare for print",
  "ribbon.preparePrint.done": "Page setup done for “{sheet}” (table {table}). {report}",
};
