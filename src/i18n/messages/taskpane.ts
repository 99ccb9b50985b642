/** Messages of the task pane, Vietnamese first. */
export const vi: Record<string, string> = {
  "taskpane.title": "Tuyên truyền cải cách hành chính",
  "taskpane.mode.office": "Đang chạy trong Excel",
  "taskpane.mode.browser": "Chế độ trình duyệt: làm việc trên tệp .xlsx, không gửi dữ liệu đi đâu",
  "taskpane.language": "Ngôn ngữ",
  "taskpane.pages": "Các trang",
  "taskpane.privacy": "Dữ liệu chỉ ở trên máy của bạn; tiện ích không gửi dữ liệu ra ngoài.",
  "taskpane.page.plan": "Kế hoạch",
  "taskpane.page.plan.description":
    "Chèn ma trận nhiệm vụ của kế hoạch và danh mục cơ quan vào sổ tính.",
  "taskpane.page.check": "Kiểm tra",
  "taskpane.page.check.description":
    "Kiểm tra tên cơ quan trong ma trận và các mẫu báo cáo, đề xuất cách sửa.",
  "taskpane.page.report": "Báo cáo",
  "taskpane.page.report.description":
    "Tạo mẫu báo cáo cho đơn vị, lịch báo cáo và bảng theo dõi hạn nộp.",
  "taskpane.page.merge": "Tổng hợp",
  "taskpane.page.merge.description": "Tổng hợp các báo cáo đã nhận thành biểu tổng hợp của tỉnh.",
  "taskpane.page.print": "In",
  "taskpane.page.print.description": "Định dạng biểu để in theo Nghị định 30/2020/NĐ-CP.",
};
export const en: Record<string, string> = {
  "taskpane.title": "Administrative-reform communication",
  "taskpane.mode.office": "Running in Excel",
  "taskpane.mode.browser": "Browser mode: works on .xlsx files, sends nothing anywhere",
  "taskpane.language": "Language",
  "taskpane.pages": "Pages",
  "taskpane.privacy": "Your data stays on this machine; the add-in sends nothing out.",
  "taskpane.page.plan": "Plan",
  "taskpane.page.plan.description": "Insert the plan's task matrix and the agency registry.",
  "taskpane.page.check": "Check",
  "taskpane.page.check.description":
    "Check agency names in the matrix and report forms, with suggested fixes.",
  "taskpane.page.report": "Reports",
  "taskpane.page.report.description":
    "Make report forms, the reporting schedule and the tracking sheet.",
  "taskpane.page.merge": "Roll-up",
  "taskpane.page.merge.description": "Roll the received reports into the provincial summary.",
  "taskpane.page.print": "Print",
  "taskpane.page.print.description": "Lay the tables out for printing by Decree 30/2020.",
};
