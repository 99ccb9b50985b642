/** Messages of the merge feature, Vietnamese first. Keys are "merge.<name>"; {name} placeholders. */
export const vi: Record<string, string> = {
  // Files the reader could not open
  "merge.read.tooLarge": "Tệp quá lớn, không đọc được ({message})",
  "merge.read.notXlsx": "Không phải tệp Excel .xlsx ({message})",
  "merge.read.encrypted":
    "Tệp có đặt mật khẩu (đã mã hóa), không đọc được; hãy gỡ mật khẩu rồi gửi lại",
  "merge.read.corrupt": "Tệp bị hỏng, không đọc được ({message})",
  "merge.read.failed": "Không đọc được tệp: {message}",
  "merge.read.sheetFailed": "Không đọc được trang tính “{sheet}”: {message}",

  // The form as a whole
  "merge.form.empty": "Sổ tính trống, không có dữ liệu",
  "merge.form.notForm":
    "Không phải mẫu báo cáo: không có bảng BaoCao, cũng không có dòng tiêu đề gồm các cột “Mã nhiệm vụ”, “Mã chỉ tiêu”, “Kết quả kỳ báo cáo”",
  "merge.form.metaOnly":
    "Không phải mẫu báo cáo: sổ tính chỉ còn trang ẩn _cchc, không có bảng báo cáo",
  "merge.form.missingColumn": "Bảng báo cáo trên trang “{sheet}” thiếu cột bắt buộc: {columns}",
  "merge.form.noRows":
    "Bảng báo cáo trên trang “{sheet}” có dòng tiêu đề nhưng không có dòng số liệu nào",
  "merge.form.noFigures": "Báo cáo chưa điền số liệu hay tình trạng nào",
  "merge.form.foundByHeaders":
    "Không thấy bảng BaoCao; đã đọc theo dòng tiêu đề ở hàng {row} trang “{sheet}”",
  "merge.form.hiddenSheet": "Trang tính báo cáo “{sheet}” đang bị ẩn",
  "merge.form.unknownFormat": "Trang _cchc ghi định dạng “{format}”, không phải cchc-report/1",
  "merge.form.otherPlan": "Mẫu được lập theo kế hoạch “{found}”, không phải “{expected}”",

  // Unit
  "merge.unit.notFound":
    "Không tìm thấy ô Đơn vị (tên DonVi, ô có nhãn “Đơn vị:” hoặc trang ẩn _cchc)",
  "merge.unit.empty": "Ô Đơn vị {cell} để trống",
  "merge.unit.unknown": "Đơn vị “{text}” (ô {cell}) không có trong danh mục cơ quan",
  "merge.unit.corrected": "Tên đơn vị “{text}” được hiểu là “{name}” ({note})",
  "merge.unit.notExpected":
    "{name} không thuộc danh sách đơn vị phải báo cáo; số liệu vẫn được cộng vào tổng hợp",
  "merge.unit.metaDisagrees":
    "Ô Đơn vị {cell} ghi “{visible}” nhưng trang ẩn _cchc ghi “{meta}”; dùng “{visible}”",
  "merge.unit.fromMeta": "Không thấy ô Đơn vị trên trang; lấy theo trang ẩn _cchc: {name}",

  // Period
  "merge.period.notFound":
    "Không tìm thấy ô Kỳ báo cáo (tên KyBaoCao, ô có nhãn “Kỳ báo cáo:” hoặc trang ẩn _cchc)",
  "merge.period.empty": "Ô Kỳ báo cáo {cell} để trống",
  "merge.period.badFormat":
    "Kỳ báo cáo “{text}” (ô {cell}) không đúng định dạng; cần mã như 2020-Q1, 2020-H1, 2020-Q3, 2020-Y",
  "merge.period.wrong": "Sai kỳ báo cáo: tệp ghi {found}, đang tổng hợp kỳ {expected}",
  "merge.period.metaDisagrees":
    "Ô Kỳ báo cáo {cell} ghi “{visible}” nhưng trang ẩn _cchc ghi “{meta}”; dùng “{visible}”",
  "merge.period.fromMeta": "Không thấy ô Kỳ báo cáo trên trang; lấy theo trang ẩn _cchc: {period}",

  // Rows
  "merge.row.unknownTask": "Mã nhiệm vụ không có trong kế hoạch: {codes} (ô {cells})",
  "merge.row.unknownIndicator": "Mã chỉ tiêu không có trong kế hoạch: {codes} (ô {cells})",
  "merge.row.missingTask": "Dòng có số liệu nhưng thiếu mã nhiệm vụ (ô {cells})",
  "merge.row.missingIndicator":
    "Dòng có số liệu nhưng thiếu mã chỉ tiêu, nhiệm vụ {codes} (ô {cells})",
  "merge.row.duplicateKey": "Trùng dòng cho cùng nhiệm vụ/chỉ tiêu {codes} (ô {cells})",

  // Values
  "merge.value.negative": "Số âm (ô {cells})",
  "merge.value.text": "Ô số liệu chứa chữ, không phải số: {codes} (ô {cells})",
  "merge.value.excelError": "Ô có lỗi công thức {codes} (ô {cells})",
  "merge.value.notNumber":
    "Ô số liệu chứa ngày tháng hoặc giá trị đúng/sai, không phải số (ô {cells})",
  "merge.value.flag": "Chỉ tiêu có/chưa chỉ nhận 1 (có) hoặc 0 (chưa): {codes} (ô {cells})",
  "merge.value.cumulativeBelow": "Lũy kế từ đầu năm nhỏ hơn kết quả kỳ báo cáo (ô {cells})",
  "merge.value.formulaNoValue":
    "Công thức chưa có giá trị tính sẵn (ô {cells}); hãy mở tệp bằng Excel, lưu lại rồi gửi",
  "merge.value.textNumber": "Số gõ dạng chữ, đã đọc thành số: {codes}",
  "merge.value.formula": "Dùng giá trị đã tính sẵn của công thức (ô {cells})",
  "merge.value.ignoredOnTopic": "Nhiệm vụ {codes} không có chỉ tiêu số; bỏ qua số liệu ở ô {cells}",

  // Duplicates
  "merge.duplicate.kept": "Đơn vị đã gửi {count} tệp; dùng tệp mới nhất",
  "merge.duplicate.ignored": "Trùng đơn vị {unit}; đã dùng tệp mới hơn “{kept}”",

  // Summary workbook
  "merge.summary.title": "TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH KỲ {period}",
  "merge.summary.col.stt": "STT",
  "merge.summary.col.taskCode": "Mã nhiệm vụ",
  "merge.summary.col.content": "Nội dung nhiệm vụ",
  "merge.summary.col.indicator": "Chỉ tiêu",
  "merge.summary.col.measureUnit": "Đơn vị tính",
  "merge.summary.col.periodTotal": "Tổng kỳ báo cáo",
  "merge.summary.col.cumulative": "Lũy kế từ đầu năm",
  "merge.summary.col.unit": "Đơn vị",
  "merge.summary.col.file": "Tệp",
  "merge.summary.col.done": "Số dòng hoàn thành",
  "merge.summary.col.rows": "Số dòng",
  "merge.summary.col.completion": "Tỷ lệ hoàn thành",
  "merge.summary.col.state": "Tình trạng",
  "merge.summary.col.reason": "Lý do",
  "merge.summary.col.key": "Nhiệm vụ/chỉ tiêu",
  "merge.summary.col.measure": "Loại số liệu",
  "merge.summary.col.value": "Giá trị",
  "merge.summary.col.sheet": "Trang tính",
  "merge.summary.col.cell": "Ô",
  "merge.summary.byUnit.caption": "Kết quả theo đơn vị, kỳ {period}",
  "merge.summary.missing.caption": "Đơn vị chưa nộp báo cáo kỳ {period} ({count}/{expected})",
  "merge.summary.rejected.caption": "Tệp bị từ chối và tệp trùng bị bỏ qua, kỳ {period}",
  "merge.summary.sources.caption": "Nguồn của từng số liệu, kỳ {period}",
  "merge.summary.total": "Tổng cộng",
  "merge.summary.none": "(không có)",
  "merge.summary.state.submitted": "Đã nộp",
  "merge.summary.state.missing": "Chưa nộp",
  "merge.summary.state.rejected": "Bị từ chối",
  "merge.summary.state.ignored": "Bỏ qua (trùng)",
  "merge.summary.measure.period": "Kỳ báo cáo",
  "merge.summary.measure.cumulative": "Lũy kế",
};

export const en: Record<string, string> = {
  "merge.read.tooLarge": "The file is too large to read ({message})",
  "merge.read.notXlsx": "Not an Excel .xlsx file ({message})",
  "merge.read.encrypted":
    "The file is password-protected (encrypted); remove the password and send it again",
  "merge.read.corrupt": "The file is damaged and cannot be read ({message})",
  "merge.read.failed": "The file cannot be read: {message}",
  "merge.read.sheetFailed": "The sheet “{sheet}” cannot be read: {message}",

  "merge.form.empty": "The workbook is empty",
  "merge.form.notForm":
    "Not a report form: no BaoCao table and no header row with the columns “Mã nhiệm vụ”, “Mã chỉ tiêu”, “Kết quả kỳ báo cáo”",
  "merge.form.metaOnly": "Not a report form: only the hidden _cchc sheet is left, no report table",
  "merge.form.missingColumn":
    "The report table on sheet “{sheet}” lacks required columns: {columns}",
  "merge.form.noRows": "The report table on sheet “{sheet}” has a header row but no data rows",
  "merge.form.noFigures": "The report has no figures or statuses filled in",
  "merge.form.foundByHeaders":
    "No BaoCao table; read by the header row at row {row} of sheet “{sheet}”",
  "merge.form.hiddenSheet": "The report sheet “{sheet}” is hidden",
  "merge.form.unknownFormat": "The _cchc sheet says format “{format}”, not cchc-report/1",
  "merge.form.otherPlan": "The form was made for plan “{found}”, not “{expected}”",

  "merge.unit.notFound":
    "No unit cell found (name DonVi, a cell labelled “Đơn vị:”, or the hidden _cchc sheet)",
  "merge.unit.empty": "The unit cell {cell} is empty",
  "merge.unit.unknown": "The unit “{text}” (cell {cell}) is not in the agency registry",
  "merge.unit.corrected": "The unit “{text}” was read as “{name}” ({note})",
  "merge.unit.notExpected": "{name} is not an expected reporter; its figures are still counted",
  "merge.unit.metaDisagrees":
    "The unit cell {cell} says “{visible}” but the hidden _cchc sheet says “{meta}”; “{visible}” is used",
  "merge.unit.fromMeta": "No unit cell on the sheet; taken from the hidden _cchc sheet: {name}",

  "merge.period.notFound":
    "No period cell found (name KyBaoCao, a cell labelled “Kỳ báo cáo:”, or the hidden _cchc sheet)",
  "merge.period.empty": "The period cell {cell} is empty",
  "merge.period.badFormat":
    "The period “{text}” (cell {cell}) is not in a known format; expected a code like 2020-Q1, 2020-H1, 2020-Q3, 2020-Y",
  "merge.period.wrong": "Wrong period: the file says {found}, the merge is for {expected}",
  "merge.period.metaDisagrees":
    "The period cell {cell} says “{visible}” but the hidden _cchc sheet says “{meta}”; “{visible}” is used",
  "merge.period.fromMeta":
    "No period cell on the sheet; taken from the hidden _cchc sheet: {period}",

  "merge.row.unknownTask": "Task codes not in the plan: {codes} (cells {cells})",
  "merge.row.unknownIndicator": "Indicator codes not in the plan: {codes} (cells {cells})",
  "merge.row.missingTask": "Rows with figures but no task code (cells {cells})",
  "merge.row.missingIndicator":
    "Rows with figures but no indicator code, task {codes} (cells {cells})",
  "merge.row.duplicateKey": "Several rows for the same task/indicator {codes} (cells {cells})",

  "merge.value.negative": "Negative numbers (cells {cells})",
  "merge.value.text": "Text in number cells: {codes} (cells {cells})",
  "merge.value.excelError": "Formula errors {codes} (cells {cells})",
  "merge.value.notNumber": "Dates or true/false values in number cells (cells {cells})",
  "merge.value.flag": "Yes/no indicators take only 1 (yes) or 0 (no): {codes} (cells {cells})",
  "merge.value.cumulativeBelow":
    "The year-to-date figure is below the period figure (cells {cells})",
  "merge.value.formulaNoValue":
    "Formulas without a calculated value (cells {cells}); open the file in Excel, save it and send it again",
  "merge.value.textNumber": "Numbers typed as text were read as numbers: {codes}",
  "merge.value.formula": "The calculated values of formulas were used (cells {cells})",
  "merge.value.ignoredOnTopic":
    "Task {codes} has no numeric indicator; figures in cells {cells} ignored",

  "merge.duplicate.kept": "The unit sent {count} files; the newest is used",
  "merge.duplicate.ignored": "Same unit {unit}; the newer file “{kept}” is used",

  "merge.summary.title": "SUMMARY OF CCHC COMMUNICATION RESULTS, PERIOD {period}",
  "merge.summary.col.stt": "No.",
  "merge.summary.col.taskCode": "Task code",
  "merge.summary.col.content": "Task",
  "merge.summary.col.indicator": "Indicator",
  "merge.summary.col.measureUnit": "Unit of count",
  "merge.summary.col.periodTotal": "Period total",
  "merge.summary.col.cumulative": "Year to date",
  "merge.summary.col.unit": "Unit",
  "merge.summary.col.file": "File",
  "merge.summary.col.done": "Rows done",
  "merge.summary.col.rows": "Rows",
  "merge.summary.col.completion": "Completion",
  "merge.summary.col.state": "Status",
  "merge.summary.col.reason": "Reason",
  "merge.summary.col.key": "Task/indicator",
  "merge.summary.col.measure": "Figure",
  "merge.summary.col.value": "Value",
  "merge.summary.col.sheet": "Sheet",
  "merge.summary.col.cell": "Cell",
  "merge.summary.byUnit.caption": "Results by unit, period {period}",
  "merge.summary.missing.caption": "Units that have not reported for {period} ({count}/{expected})",
  "merge.summary.rejected.caption": "Rejected files and ignored duplicates, period {period}",
  "merge.summary.sources.caption": "Source of every figure, period {period}",
  "merge.summary.total": "Total",
  "merge.summary.none": "(none)",
  "merge.summary.state.submitted": "Submitted",
  "merge.summary.state.missing": "Not submitted",
  "merge.summary.state.rejected": "Rejected",
  "merge.summary.state.ignored": "Ignored (duplicate)",
  "merge.summary.measure.period": "Period",
  "merge.summary.measure.cumulative": "Year to date",
};
