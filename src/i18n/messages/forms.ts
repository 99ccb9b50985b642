/** Messages of the forms feature, Vietnamese first. Keys are "forms.<name>"; {name} placeholders. */
export const vi: Record<string, string> = {
  // Prose on the form itself (the headers and labels a machine reads stay Vietnamese always)
  "forms.sheet.deadline": "Hạn gửi: trước ngày {date}, gửi về Sở Nội vụ.",
  "forms.sheet.instructions":
    "Hướng dẫn:\n(1) Nhập số vào các ô nền vàng: “Kết quả kỳ báo cáo” là số làm được trong kỳ; “Lũy kế từ đầu năm” là tổng từ đầu năm đến hết kỳ (không nhỏ hơn kết quả kỳ).\n" +
    "(2) Chỉ nhập số, không ghi chữ hay đơn vị tính; để trống nếu không có; chỉ tiêu “1 có / 0 chưa” nhập 1 hoặc 0.\n" +
    "(3) “Tình trạng”: chọn trong danh sách; “Ghi chú”: ghi cách làm, tên sản phẩm. Dòng “Bắt buộc” ghi “Không” có thể để trống.\n" +
    "(4) Không sửa tên đơn vị, kỳ báo cáo, mã nhiệm vụ, mã chỉ tiêu; không thêm, xóa dòng của bảng.",
  "forms.sheet.planLine":
    "(Theo {plan}; chỉ tiêu đo lường do Sở Nội vụ đặt, không trích từ Kế hoạch)",
  "forms.validation.numberTitle": "Số liệu không hợp lệ",
  "forms.validation.number": "Nhập một số không âm; để trống nếu không có.",
  "forms.validation.flag": "Nhập 1 nếu đã có, 0 nếu chưa có.",
  "forms.validation.statusTitle": "Tình trạng",
  "forms.validation.status": "Chọn một tình trạng trong danh sách.",

  // Checking a filled form
  "forms.check.unitEmpty": "Ô Đơn vị {cell} để trống",
  "forms.check.unitMissing": "Không tìm thấy ô Đơn vị (tên DonVi hoặc ô có nhãn “Đơn vị:”)",
  "forms.check.unitUnknown": "Đơn vị “{text}” không có trong danh mục cơ quan",
  "forms.check.unitSuggest": "Đơn vị “{text}” không có trong danh mục; có phải là: {suggestions}?",
  "forms.check.unitCorrected": "Tên đơn vị “{text}” được hiểu là “{name}” ({reason}); nên sửa lại",
  "forms.check.unitPhrase": "“{text}” là cụm từ chỉ nhóm cơ quan, không phải tên một đơn vị",
  "forms.check.unitSeveral": "Ô Đơn vị chỉ ghi một đơn vị, nhưng ô có: “{text}”",
  "forms.check.unitNotExpected": "{name} không thuộc danh sách đơn vị phải báo cáo kỳ này",
  "forms.check.unitMeta": "Ô Đơn vị ghi “{visible}” nhưng trang ẩn _cchc ghi “{meta}”",
  "forms.check.periodEmpty": "Ô Kỳ báo cáo {cell} để trống",
  "forms.check.periodMissing": "Không tìm thấy ô Kỳ báo cáo (tên KyBaoCao)",
  "forms.check.periodBad": "Kỳ báo cáo “{text}” không đúng dạng; dùng mã kỳ như {examples}",
  "forms.check.periodUnknown":
    "Kỳ “{text}” không có trong lịch báo cáo; các kỳ năm {year}: {codes}",
  "forms.check.periodName": "Ô Kỳ báo cáo ghi tên kỳ “{text}”; nên ghi mã kỳ {code}",
  "forms.check.periodWrong": "Báo cáo ghi kỳ {found}, nhưng đang kiểm tra kỳ {expected}",
  "forms.check.periodMeta": "Ô Kỳ báo cáo ghi {visible} nhưng trang ẩn _cchc ghi {meta}",
  "forms.check.otherPlan": "Biểu mẫu được lập theo kế hoạch “{found}”, không phải “{expected}”",
  "forms.check.unknownFormat": "Trang _cchc ghi định dạng “{format}”, không phải cchc-report/1",
  "forms.check.unknownTask": "Mã nhiệm vụ “{code}” không có trong kế hoạch",
  "forms.check.missingTask": "Dòng có số liệu nhưng thiếu mã nhiệm vụ",
  "forms.check.unknownIndicator": "Nhiệm vụ {task} không có chỉ tiêu mã “{code}”",
  "forms.check.missingIndicator": "Nhiệm vụ {task}: dòng có số liệu nhưng thiếu mã chỉ tiêu",
  "forms.check.duplicateRow": "Chỉ tiêu {key} có ở hai dòng (dòng {first} và dòng {row})",
  "forms.check.negative": "Số âm “{value}”: số liệu phải từ 0 trở lên",
  "forms.check.textNumber": "Số “{value}” được nhập dạng chữ; nên nhập lại dạng số ({number})",
  "forms.check.notNumber": "“{value}” không phải là số",
  "forms.check.excelError": "Ô đang báo lỗi {value}",
  "forms.check.formulaNoValue":
    "Ô có công thức nhưng chưa có kết quả tính; hãy mở tệp bằng Excel và lưu lại",
  "forms.check.flag": "Chỉ tiêu có/chưa chỉ nhận 1 hoặc 0, nhưng ô có “{value}”",
  "forms.check.cumulativeBelow":
    "Lũy kế từ đầu năm ({cumulative}) nhỏ hơn kết quả kỳ báo cáo ({period})",
  "forms.check.valueOnTopic": "Nhiệm vụ {task} không có chỉ tiêu số; số ghi ở đây không được tính",
  "forms.check.unknownStatus": "Tình trạng “{value}” không có trong danh sách ({allowed})",
  "forms.check.rowMissing": "Thiếu dòng {key} mà đơn vị phải báo cáo",
  "forms.check.rowEmpty": "Dòng bắt buộc {key} chưa điền số liệu hay tình trạng",
  "forms.severity.error": "Lỗi",
  "forms.severity.warning": "Cảnh báo",
  "forms.check.ok": "Không có lỗi",

  // cchc template / forms
  "forms.cli.unitMissing": "Thiếu --unit: tên đơn vị báo cáo",
  "forms.cli.unitUnknown": "Không có đơn vị “{text}” trong danh mục cơ quan.",
  "forms.cli.unitSuggest": "Không có đơn vị “{text}” trong danh mục. Có phải là: {suggestions}?",
  "forms.cli.unitPhrase": "“{text}” là cụm từ chỉ nhóm cơ quan, không phải một đơn vị.",
  "forms.cli.unitSeveral": "--unit chỉ nhận một đơn vị, nhưng nhận được: “{text}”.",
  "forms.cli.unitResolved": "Cảnh báo: hiểu “{text}” là “{name}” ({reason}).",
  "forms.cli.unitNoRows": "{name} không có nhiệm vụ nào phải báo cáo theo kế hoạch.",
  "forms.cli.unitNotExpected":
    "Cảnh báo: {name} không thuộc danh sách đơn vị phải báo cáo kỳ {period}; vẫn tạo biểu mẫu.",
  "forms.cli.periodMissing": "Thiếu --period: mã kỳ báo cáo, ví dụ 2020-H1",
  "forms.cli.periodBad": "Mã kỳ “{text}” không đúng. Các kỳ năm {year}: {codes}",
  "forms.cli.periodFormat": "Mã kỳ “{text}” không đúng dạng NĂM-KỲ, ví dụ {examples}",
  "forms.cli.otherYear": "Cảnh báo: kỳ {period} không thuộc năm của kế hoạch ({year}).",
  "forms.cli.outMissing": "Thiếu --out: tên tệp .xlsx cần ghi",
  "forms.cli.outDirMissing": "Thiếu --out-dir: thư mục ghi các biểu mẫu báo cáo",
  "forms.cli.notXlsx": "Tệp ghi ra phải có đuôi .xlsx: {file}",
  "forms.cli.written": "Đã ghi biểu mẫu báo cáo {period} của {name}: {file} ({rows} dòng)",
  "forms.cli.formLine": "{file}  {name} ({rows} dòng)",
  "forms.cli.total": "Đã ghi {count} biểu mẫu báo cáo kỳ {period} vào {dir}",
  "forms.cli.noForms": "Không tạo biểu mẫu nào.",

  // cchc track
  "forms.track.yearMissing": "Thiếu hoặc sai --year: năm có 4 chữ số, ví dụ 2020",
  "forms.track.badToday": "Ngày “{text}” không đúng; dùng dạng 2020-06-10 hoặc 10/06/2020",
  "forms.track.noHolidays":
    "Cảnh báo: bảng ngày nghỉ không có ngày nào của năm {year}; hạn nộp chỉ lùi qua thứ Bảy, Chủ nhật.",
  "forms.track.written": "Đã ghi bảng theo dõi năm {year} cho {count} đơn vị: {file}",
  "forms.track.today": "Ngày tham chiếu cố định: {date}",
  "forms.track.todayLive": "Ngày tham chiếu: =TODAY() (tự cập nhật theo ngày mở tệp)",

  // Overdue highlight
  "forms.overdue.none": "Không có đơn vị nào quá hạn kỳ {period}",
  "forms.overdue.some": "{count} đơn vị quá hạn kỳ {period}",
  "forms.overdue.noSheet": "Không tìm thấy trang “{sheet}”; hãy tạo bảng theo dõi trước",
};

export const en: Record<string, string> = {
  "forms.sheet.deadline": "Due: before {date}, to Sở Nội vụ (Department of Home Affairs).",
  "forms.sheet.instructions":
    "How to fill in:\n(1) Type figures in the yellow cells: “Kết quả kỳ báo cáo” is what was done in the period; “Lũy kế từ đầu năm” is the total from the start of the year to the end of the period (not less than the period value).\n" +
    "(2) Numbers only, no words or units; leave empty when there is nothing; for “1 có / 0 chưa” indicators type 1 or 0.\n" +
    "(3) “Tình trạng”: pick from the list; “Ghi chú”: how it was done, names of products. Rows with “Bắt buộc” = “Không” may stay empty.\n" +
    "(4) Do not change the unit, the period, task codes or indicator codes; do not add or delete table rows.",
  "forms.sheet.planLine":
    "(Under {plan}; the indicators are set by Sở Nội vụ to measure the tasks, not quoted from the plan)",
  "forms.validation.numberTitle": "Invalid figure",
  "forms.validation.number": "Type a number of 0 or more; leave empty when there is nothing.",
  "forms.validation.flag": "Type 1 if it exists, 0 if not.",
  "forms.validation.statusTitle": "Status",
  "forms.validation.status": "Pick a status from the list.",

  "forms.check.unitEmpty": "The unit cell {cell} is empty",
  "forms.check.unitMissing": "No unit cell found (name DonVi or a cell labelled “Đơn vị:”)",
  "forms.check.unitUnknown": "The unit “{text}” is not in the agency registry",
  "forms.check.unitSuggest":
    "The unit “{text}” is not in the registry; did you mean: {suggestions}?",
  "forms.check.unitCorrected":
    "The unit “{text}” was read as “{name}” ({reason}); please correct it",
  "forms.check.unitPhrase": "“{text}” names a group of bodies, not one unit",
  "forms.check.unitSeveral": "The unit cell takes one unit only, it holds: “{text}”",
  "forms.check.unitNotExpected": "{name} is not among the units expected to report this period",
  "forms.check.unitMeta": "The unit cell says “{visible}” but the hidden _cchc sheet says “{meta}”",
  "forms.check.periodEmpty": "The period cell {cell} is empty",
  "forms.check.periodMissing": "No period cell found (name KyBaoCao)",
  "forms.check.periodBad":
    "The period “{text}” is not in the right form; use a code such as {examples}",
  "forms.check.periodUnknown":
    "The period “{text}” is not in the schedule; periods of {year}: {codes}",
  "forms.check.periodName": "The period cell holds the name “{text}”; write the code {code}",
  "forms.check.periodWrong": "The form is for {found}, but {expected} is being checked",
  "forms.check.periodMeta": "The period cell says {visible} but the hidden _cchc sheet says {meta}",
  "forms.check.otherPlan": "The form was made for the plan “{found}”, not “{expected}”",
  "forms.check.unknownFormat": "The _cchc sheet names the format “{format}”, not cchc-report/1",
  "forms.check.unknownTask": "The task code “{code}” is not in the plan",
  "forms.check.missingTask": "A row has figures but no task code",
  "forms.check.unknownIndicator": "Task {task} has no indicator “{code}”",
  "forms.check.missingIndicator": "Task {task}: a row has figures but no indicator code",
  "forms.check.duplicateRow": "Indicator {key} appears on two rows ({first} and {row})",
  "forms.check.negative": "Negative number “{value}”: figures must be 0 or more",
  "forms.check.textNumber":
    "The number “{value}” was typed as text; type it again as a number ({number})",
  "forms.check.notNumber": "“{value}” is not a number",
  "forms.check.excelError": "The cell shows the error {value}",
  "forms.check.formulaNoValue":
    "The cell has a formula with no calculated value; open and save the file in Excel",
  "forms.check.flag": "A yes/no indicator takes 1 or 0 only, found “{value}”",
  "forms.check.cumulativeBelow":
    "The year-to-date total ({cumulative}) is less than the period value ({period})",
  "forms.check.valueOnTopic": "Task {task} has no numeric indicator; a figure here is not counted",
  "forms.check.unknownStatus": "The status “{value}” is not in the list ({allowed})",
  "forms.check.rowMissing": "The row {key} the unit must report on is missing",
  "forms.check.rowEmpty": "The required row {key} has no figure and no status yet",
  "forms.severity.error": "Error",
  "forms.severity.warning": "Warning",
  "forms.check.ok": "No errors",

  "forms.cli.unitMissing": "Missing --unit: the reporting unit's name",
  "forms.cli.unitUnknown": "There is no unit “{text}” in the agency registry.",
  "forms.cli.unitSuggest":
    "There is no unit “{text}” in the registry. Did you mean: {suggestions}?",
  "forms.cli.unitPhrase": "“{text}” names a group of bodies, not one unit.",
  "forms.cli.unitSeveral": "--unit takes one unit only, got: “{text}”.",
  "forms.cli.unitResolved": "Warning: “{text}” read as “{name}” ({reason}).",
  "forms.cli.unitNoRows": "{name} has no task to report on under the plan.",
  "forms.cli.unitNotExpected":
    "Warning: {name} is not expected to report for {period}; the form is made anyway.",
  "forms.cli.periodMissing": "Missing --period: the period code, e.g. 2020-H1",
  "forms.cli.periodBad": "The period code “{text}” is not valid. Periods of {year}: {codes}",
  "forms.cli.periodFormat": "The period code “{text}” is not YEAR-PERIOD, e.g. {examples}",
  "forms.cli.otherYear": "Warning: the period {period} is not in the plan's year ({year}).",
  "forms.cli.outMissing": "Missing --out: the .xlsx file to write",
  "forms.cli.outDirMissing": "Missing --out-dir: the folder to write the forms to",
  "forms.cli.notXlsx": "The output file must end in .xlsx: {file}",
  "forms.cli.written": "Wrote the {period} report form of {name}: {file} ({rows} rows)",
  "forms.cli.formLine": "{file}  {name} ({rows} rows)",
  "forms.cli.total": "Wrote {count} report forms for {period} to {dir}",
  "forms.cli.noForms": "No form is made.",

  "forms.track.yearMissing": "Missing or wrong --year: a 4-digit year, e.g. 2020",
  "forms.track.badToday": "The date “{text}” is not valid; use 2020-06-10 or 10/06/2020",
  "forms.track.noHolidays":
    "Warning: the holiday table has no day of {year}; deadlines move over weekends only.",
  "forms.track.written": "Wrote the {year} tracking sheet for {count} units: {file}",
  "forms.track.today": "Fixed reference date: {date}",
  "forms.track.todayLive": "Reference date: =TODAY() (follows the day the file is opened)",

  "forms.overdue.none": "No unit is overdue for {period}",
  "forms.overdue.some": "{count} units overdue for {period}",
  "forms.overdue.noSheet": "No sheet “{sheet}”; make the tracking sheet first",
};
