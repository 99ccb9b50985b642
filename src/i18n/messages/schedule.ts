/** Messages of the schedule feature, Vietnamese first. Keys are "schedule.<name>"; {name} placeholders. */
export const vi: Record<string, string> = {
  // A period nobody is expected for: one message for the forms, the merge, the rates and the pane.
  "schedule.noReporters": "Không có đơn vị nào phải báo cáo kỳ {period}.",
  "schedule.noReportersEnded":
    "{count} đơn vị báo cáo của danh mục (trong đó {districts} đơn vị cấp huyện) chỉ còn hiệu lực đến {last}, trước hạn báo cáo của kỳ ({due}).",
  "schedule.noReportersHint.cli":
    "Hãy nạp danh mục cơ quan của tỉnh cho kỳ này: --registry TỆP (JSON, hoặc .xlsx có trang “Danh mục cơ quan”).",
  "schedule.noReportersHint.pane":
    "Hãy nạp danh mục cơ quan của tỉnh cho kỳ này: trang “Danh mục cơ quan” trong sổ làm việc.",
  "schedule.title": "Lịch báo cáo định kỳ năm {year}",
  "schedule.col.period": "Mã kỳ",
  "schedule.col.name": "Tên kỳ",
  "schedule.col.covers": "Thời gian báo cáo",
  "schedule.col.rule": "Quy định",
  "schedule.col.deadline": "Ngày cuối cùng nộp đúng hạn",
  "schedule.col.note": "Ghi chú",
  "schedule.covers": "{from} – {to}",
  "schedule.rule": "trước ngày {date}",
  "schedule.deadlineOn": "{weekday}, {date}",
  "schedule.shifted": "lùi qua {days}",
  "schedule.skippedDay": "{date} ({reason})",
  "schedule.setting.literal":
    'Ngày 05 không được tính là đúng hạn ("trước ngày 05" là hết ngày 04).',
  "schedule.setting.fifth": "Ngày 05 được tính là đúng hạn.",
  "schedule.setting.shift":
    "Hạn cuối trùng ngày nghỉ hằng tuần, ngày lễ, ngày nghỉ bù được lùi sang ngày làm việc kế tiếp (Điều 148 Bộ luật Dân sự 2015).",
  "schedule.setting.noShift": "Không lùi hạn khi ngày cuối trùng ngày nghỉ.",
  "schedule.noHolidays":
    "Cảnh báo: bảng ngày nghỉ không có ngày nào của năm {year}; chỉ thứ Bảy, Chủ nhật được tính là ngày nghỉ.",
  "schedule.error.year": "Cần --year là năm gồm 4 chữ số, ví dụ --year 2021.",
  "schedule.error.header": 'Không thấy dòng tiêu đề có cột "{header}".',
  "schedule.error.mixedYears": "Kỳ {code} thuộc năm khác với các kỳ ở trên.",
  "schedule.error.suffix": 'Mã kỳ "{code}" không hợp lệ (ví dụ đúng: 2020-Q1).',
  "schedule.error.name": "Kỳ {code} chưa có tên.",
  "schedule.error.covers":
    'Kỳ {code}: "Từ tháng", "Đến tháng" phải là tháng 1–12, từ trước đến sau.',
  "schedule.error.due": "Kỳ {code}: ngày, tháng nộp không phải một ngày có thật.",
  "schedule.error.duplicate": "Mã kỳ {code} bị lặp.",
  "schedule.error.date": 'Ngày nghỉ "{value}" không phải ngày hợp lệ (dd/mm/yyyy).',
  "schedule.error.kind": 'Loại ngày nghỉ "{value}" không rõ (Ngày lễ, Tết / Nghỉ bù).',
  "schedule.status.onTime": "Đã nộp đúng hạn",
  "schedule.status.late": "Nộp muộn",
  "schedule.status.overdue": "Quá hạn chưa nộp",
  "schedule.status.notDue": "Chưa đến hạn",
  "schedule.weekday.0": "Chủ nhật",
  "schedule.weekday.1": "Thứ Hai",
  "schedule.weekday.2": "Thứ Ba",
  "schedule.weekday.3": "Thứ Tư",
  "schedule.weekday.4": "Thứ Năm",
  "schedule.weekday.5": "Thứ Sáu",
  "schedule.weekday.6": "Thứ Bảy",
};

export const en: Record<string, string> = {
  "schedule.noReporters": "No unit is expected to report for {period}.",
  "schedule.noReportersEnded":
    "The registry's {count} reporting units ({districts} of them district-level) exist only until {last}, before the period's report falls due ({due}).",
  "schedule.noReportersHint.cli":
    "Load the province's registry for this period: --registry FILE (JSON, or an .xlsx with the “Danh mục cơ quan” sheet).",
  "schedule.noReportersHint.pane":
    "Load the province's registry for this period: the “Danh mục cơ quan” sheet in the workbook.",
  "schedule.title": "Reporting schedule for {year}",
  "schedule.col.period": "Period",
  "schedule.col.name": "Name",
  "schedule.col.covers": "Covers",
  "schedule.col.rule": "Rule",
  "schedule.col.deadline": "Last on-time day",
  "schedule.col.note": "Note",
  "schedule.covers": "{from} – {to}",
  "schedule.rule": "before {date}",
  "schedule.deadlineOn": "{weekday} {date}",
  "schedule.shifted": "moved past {days}",
  "schedule.skippedDay": "{date} ({reason})",
  "schedule.setting.literal":
    'The 5th does not count as on time ("before the 5th" ends on the 4th).',
  "schedule.setting.fifth": "The 5th counts as on time.",
  "schedule.setting.shift":
    "A last day on a weekend, public holiday or day off in lieu moves to the next working day (Civil Code 2015, Art. 148).",
  "schedule.setting.noShift": "Last days on days off are not moved.",
  "schedule.noHolidays":
    "Warning: the holiday table has no day in {year}; only Saturdays and Sundays count as days off.",
  "schedule.error.year": "--year must be a 4-digit year, e.g. --year 2021.",
  "schedule.error.header": 'No header row with the column "{header}".',
  "schedule.error.mixedYears": "Period {code} belongs to another year than the periods above.",
  "schedule.error.suffix": 'Period code "{code}" is not valid (e.g. 2020-Q1).',
  "schedule.error.name": "Period {code} has no name.",
  "schedule.error.covers": "Period {code}: the covered months must be 1–12, first to last.",
  "schedule.error.due": "Period {code}: the due day and month are not a real date.",
  "schedule.error.duplicate": "Period code {code} appears twice.",
  "schedule.error.date": 'Day off "{value}" is not a valid date (dd/mm/yyyy).',
  "schedule.error.kind": 'Unknown kind of day off "{value}" (Ngày lễ, Tết / Nghỉ bù).',
  "schedule.status.onTime": "Submitted on time",
  "schedule.status.late": "Submitted late",
  "schedule.status.overdue": "Overdue, not submitted",
  "schedule.status.notDue": "Not yet due",
  "schedule.weekday.0": "Sunday",
  "schedule.weekday.1": "Monday",
  "schedule.weekday.2": "Tuesday",
  "schedule.weekday.3": "Wednesday",
  "schedule.weekday.4": "Thursday",
  "schedule.weekday.5": "Friday",
  "schedule.weekday.6": "Saturday",
};
