/** Messages of the command line, Vietnamese first. */
export const vi: Record<string, string> = {
  "cli.help.title": "cchc — công cụ kế hoạch tuyên truyền cải cách hành chính (CCHC)",
  "cli.help.usage": "Cách dùng: cchc LỆNH [tùy chọn]",
  "cli.help.common":
    "Mọi lệnh nhận thêm: --plan FILE (kế hoạch thay thế), --registry FILE (danh mục cơ quan thay thế), --lang en (thông báo tiếng Anh).",
  "cli.summary.matrix":
    "Tạo sổ làm việc chứa bảng phân công nhiệm vụ của kế hoạch và danh mục cơ quan.",
  "cli.summary.template": "Tạo một biểu mẫu báo cáo trống cho một đơn vị và một kỳ.",
  "cli.summary.forms": "Tạo biểu mẫu báo cáo cho mọi đơn vị phải báo cáo trong kỳ.",
  "cli.summary.check": "Kiểm tra các biểu mẫu báo cáo; mã thoát 1 khi có lỗi.",
  "cli.summary.schedule": "Các kỳ báo cáo của năm và ngày cuối cùng nộp đúng hạn.",
  "cli.summary.track": "Tạo bảng theo dõi báo cáo cho các đơn vị phải báo cáo.",
  "cli.summary.merge": "Tổng hợp các báo cáo thành biểu tổng hợp của tỉnh.",
  "cli.notImplemented": 'Lệnh "{command}" chưa có trong phiên bản này.',
  "cli.unknownCommand": 'Không có lệnh "{command}".',
  "cli.usage": "Cách dùng: {usage}",
  "cli.failed": "Lỗi: {message}",
  "cli.interrupted": "Đã dừng theo Ctrl-C.",
  "cli.interrupted.nothingWritten": "Đã dừng theo Ctrl-C: chưa ghi tệp nào.",
};
export const en: Record<string, string> = {
  "cli.help.title": "cchc — administrative-reform (CCHC) communication plan tool",
  "cli.help.usage": "Usage: cchc COMMAND [options]",
  "cli.help.common":
    "Every command also takes: --plan FILE (another plan), --registry FILE (another agency registry), --lang en (English messages).",
  "cli.summary.matrix": "Write a workbook holding the plan's task matrix and the agency registry.",
  "cli.summary.template": "Write one blank report form for a unit and a period.",
  "cli.summary.forms": "Write a report form for every expected reporter of a period.",
  "cli.summary.check": "Check report forms; exit code 1 when any has an error.",
  "cli.summary.schedule": "The reporting periods of a year and the last on-time day of each.",
  "cli.summary.track": "Write the tracking sheet for the expected reporters.",
  "cli.summary.merge": "Roll report forms into the provincial summary.",
  "cli.notImplemented": 'The command "{command}" is not in this version yet.',
  "cli.unknownCommand": 'There is no command "{command}".',
  "cli.usage": "Usage: {usage}",
  "cli.failed": "Error: {message}",
  "cli.interrupted": "Stopped by Ctrl-C.",
  "cli.interrupted.nothingWritten": "Stopped by Ctrl-C: no file was written.",
};
