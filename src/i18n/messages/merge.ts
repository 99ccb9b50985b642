/** Messages of the merge feature, Vietnamese first. Keys are "merge.<name>"; {name} placeholders. */
export const vi: Record<string, string> = {
  // Files the reader could not open
  "merge.read.tooLarge": "Tệp quá lớn, không đọc được ({message})",
  "merge.read.notXlsx": "Không phải tệp bảng tính .xlsx, .xlsm, .ods hoặc .xls ({message})",
  "merge.read.encrypted":
    "Tệp có đặt mật khẩu (đã mã hóa), không đọc được; hãy gỡ mật khẩu rồi gửi lại",
  "merge.read.corrupt": "Tệp bị hỏng, không đọc được ({message})",
  "merge.read.failed": "Không đọc được tệp: {message}",
  "merge.read.sheetFailed": "Không đọc được trang tính “{sheet}”: {message}",

  // Details of files the reader refused (the reader's own text is English)
  "merge.readDetail.oldXls": "tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dạng .xlsx",
  "merge.readDetail.notZip": "nội dung tệp không phải sổ làm việc Excel",
  "merge.readDetail.notWorkbook":
    "tệp nén không chứa sổ làm việc Excel (có thể là tệp Word .docx hoặc tệp nén khác)",
  "merge.readDetail.oleNotWorkbook":
    "tệp Office 97–2003 không chứa sổ làm việc Excel (có thể là tệp Word .doc)",
  "merge.readDetail.tooManySheets": "sổ làm việc .xls có {count} trang tính, quá giới hạn {max}",
  "merge.readDetail.xlsTooBig": "tệp .xls nặng {mb} MB, quá giới hạn {max} MB",
  "merge.readDetail.tooManyParts": "sổ làm việc có quá nhiều thành phần",
  "merge.readDetail.unpacksTo": "giải nén ra hơn {mb} MB, vượt giới hạn",
  "merge.readDetail.zipBomb":
    "dữ liệu nén bất thường (giãn ra {ratio} lần), bị chặn như một “bom zip”",
  "merge.readDetail.truncated": "tệp bị cắt cụt, có thể tải về hoặc đính kèm chưa hết",
  "merge.readDetail.damagedZip": "gói nén của tệp bị hỏng",
  "merge.readDetail.unreadable": "nội dung sổ làm việc không đọc được",
  "merge.readDetail.tooWide": "trang tính trải rộng {rows} dòng × {cols} cột, quá giới hạn đọc",
  "merge.readDetail.tooManyCells":
    "các trang tính trải rộng tổng cộng {cells} ô (giới hạn {max} ô), quá giới hạn đọc; trang “{sheet}” vượt giới hạn",

  // Where a form comes from
  "merge.source.openWorkbook": "Sổ làm việc hiện tại",
  "merge.source.extension": "tệp {ext}",
  "merge.source.noExtension": "tệp không có phần mở rộng",

  // The form as a whole
  "merge.form.empty": "Sổ làm việc trống, không có dữ liệu",
  "merge.form.notForm":
    "Không phải biểu mẫu báo cáo: không có bảng BaoCao, cũng không có dòng tiêu đề gồm các cột “Mã nhiệm vụ”, “Mã chỉ tiêu”, “Kết quả kỳ báo cáo”",
  "merge.form.metaOnly":
    "Không phải biểu mẫu báo cáo: sổ làm việc chỉ còn trang ẩn _cchc, không có bảng báo cáo",
  "merge.form.missingColumn": "Bảng báo cáo trên trang “{sheet}” thiếu cột bắt buộc: {columns}",
  "merge.form.noRows":
    "Bảng báo cáo trên trang “{sheet}” có dòng tiêu đề nhưng không có dòng số liệu nào",
  "merge.form.noFigures": "Báo cáo chưa điền số liệu hay tình trạng nào",
  "merge.form.foundByHeaders":
    "Không thấy bảng BaoCao; đã đọc theo dòng tiêu đề ở hàng {row} trang “{sheet}”",
  "merge.form.hiddenSheet": "Trang tính báo cáo “{sheet}” đang bị ẩn",
  "merge.form.unknownFormat": "Trang _cchc ghi định dạng “{format}”, không phải cchc-report/1",
  "merge.form.otherPlan": "Biểu mẫu được lập theo kế hoạch “{found}”, không phải “{expected}”",

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
  "merge.unit.provinceDropped": "đã bỏ phần “{rest}” sau tên đơn vị",
  "merge.unit.otherProvince":
    "Đơn vị “{text}” (ô {cell}) ghi “{rest}”: không phải đơn vị của tỉnh trong danh mục cơ quan",
  "merge.unit.notReporter":
    "“{text}” (ô {cell}) là {name}, không phải sở, ban, ngành cấp tỉnh hay UBND cấp huyện báo cáo theo kế hoạch",

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

  // Cells left out of the figures (conflicts): the reason, shown beside the cell and value
  "merge.conflict.summary": "{count} ô không được tính vào tổng hợp (ô {cells})",
  "merge.conflict.unknownTask": "Mã nhiệm vụ không có trong kế hoạch",
  "merge.conflict.unknownIndicator": "Mã chỉ tiêu không có trong kế hoạch",
  "merge.conflict.missingTask": "Dòng có số liệu nhưng thiếu mã nhiệm vụ",
  "merge.conflict.missingIndicator": "Dòng có số liệu nhưng thiếu mã chỉ tiêu",
  "merge.conflict.noIndicators": "Nhiệm vụ không có chỉ tiêu số; số liệu không được tính",
  "merge.conflict.duplicateKey": "Trùng dòng cho cùng nhiệm vụ/chỉ tiêu trong một báo cáo",
  "merge.conflict.negative": "Số âm",
  "merge.conflict.text": "Ô số liệu chứa chữ, không phải số",
  "merge.conflict.excelError": "Ô có lỗi công thức",
  "merge.conflict.notNumber": "Ô số liệu chứa ngày tháng hoặc giá trị đúng/sai, không phải số",
  "merge.conflict.flag": "Chỉ tiêu có/chưa chỉ nhận 1 (có) hoặc 0 (chưa)",
  "merge.conflict.cumulativeBelow": "Lũy kế từ đầu năm nhỏ hơn kết quả kỳ báo cáo ({period})",
  "merge.conflict.formulaNoValue":
    "Công thức chưa có giá trị tính sẵn; hãy mở tệp bằng Excel, lưu lại rồi gửi",
  "merge.conflict.notFinite": "Số không hữu hạn",
  "merge.conflict.tooLarge": "Số lớn bất thường (trên {max}), có thể gõ nhầm",
  "merge.conflict.notWhole": "Chỉ tiêu đếm bằng “{unit}” phải là số nguyên",

  // Values read with a note
  "merge.value.textNumber": "Số gõ dạng chữ, đã đọc thành số: {codes}",
  "merge.value.formula": "Dùng giá trị đã tính sẵn của công thức (ô {cells})",

  // Duplicates
  "merge.duplicate.kept": "Đơn vị đã gửi {count} tệp; dùng tệp mới nhất",
  "merge.duplicate.ignored": "Trùng đơn vị {unit}; đã dùng tệp mới hơn “{kept}”",

  // Summary workbook
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
  "merge.summary.conflicts.caption":
    "Ô số liệu không được tính vào tổng hợp (xung đột), kỳ {period}: {count} ô",
  "merge.summary.flagUnit": "đơn vị",
  "merge.summary.total": "Tổng cộng",
  "merge.summary.none": "(không có)",
  "merge.summary.state.submitted": "Đã nộp",
  "merge.summary.state.missing": "Chưa nộp",
  "merge.summary.state.rejected": "Bị từ chối",
  "merge.summary.state.ignored": "Bỏ qua (trùng)",
  "merge.summary.measure.period": "Kỳ báo cáo",
  "merge.summary.measure.cumulative": "Lũy kế",

  // The merge in the open workbook and the tracking file
  "merge.workbook.conflict":
    "Sổ làm việc đã có trang tính “{sheet}” không do lệnh Tổng hợp tạo ra. Để không ghi đè dữ liệu của bạn, lệnh Tổng hợp dừng lại; hãy đổi tên hoặc xóa trang đó rồi chạy lại.",
  "merge.workbook.noTracking":
    "Sổ làm việc không có trang “{sheet}” (bảng theo dõi do lệnh cchc track tạo)",
  "merge.workbook.ownerNote": "Các trang tính do lệnh Tổng hợp tạo ra và được phép ghi lại:",
  "merge.workbook.cannotKeep":
    "Không cập nhật bảng theo dõi: không giữ nguyên được mọi thứ trong sổ làm việc ({reason}); tệp để nguyên.",
  "merge.workbook.notReadBack":
    "Không cập nhật bảng theo dõi: bản mới đọc lại không khớp (ô {what}); tệp để nguyên.",

  // cchc merge (the command line)
  "merge.cli.noPaths": "Cần ít nhất một tệp hoặc thư mục chứa biểu mẫu báo cáo.",
  "merge.cli.noPeriod": "Thiếu --period (mã kỳ báo cáo, ví dụ 2020-H1).",
  "merge.cli.badPeriod":
    "Mã kỳ “{period}” không hợp lệ; dùng dạng 2020-Q1, 2020-H1, 2020-Q3 hoặc 2020-Y.",
  "merge.cli.unknownPeriod": "Kỳ “{period}” không có trong lịch báo cáo (các kỳ: Q1, H1, Q3, Y).",
  "merge.cli.noOut": "Thiếu --out (tệp biểu tổng hợp sẽ ghi).",
  "merge.cli.notFound": "Không tìm thấy tệp hoặc thư mục: {path}",
  "merge.cli.noDir": "Thư mục để ghi {path} không tồn tại.",
  "merge.cli.outIsInput":
    "{option} trỏ vào tệp đầu vào {path}; lệnh không bao giờ ghi đè biểu mẫu báo cáo.",
  "merge.cli.sameOutputs": "--out, --json và --received phải là các tệp khác nhau.",
  "merge.cli.receivedMissing": "Không tìm thấy bảng theo dõi {path} (tạo bằng lệnh cchc track).",
  "merge.cli.receivedNoSheet":
    "{path} không có trang “{sheet}” (bảng theo dõi do lệnh cchc track tạo).",
  "merge.cli.receivedUnreadable": "Không đọc được bảng theo dõi {path}: {message}",
  "merge.cli.yearDiffers": "Cảnh báo: kỳ {period} không thuộc năm của kế hoạch ({year}).",
  "merge.cli.subfolder": "Bỏ qua thư mục con (không đọc đệ quy): {path}",
  "merge.cli.start": "Tổng hợp kỳ {period} ({name}): {count} tệp đầu vào.",
  "merge.cli.progress": "[{done}/{total}] {file}",
  "merge.cli.counts":
    "Nhận: {accepted} tệp; từ chối: {rejected} tệp; trùng đơn vị, bỏ qua: {ignored} tệp.",
  "merge.cli.units": "Đơn vị đã nộp: {submitted}/{expected}; chưa nộp: {missing}.",
  "merge.cli.rejectedTitle": "Tệp bị từ chối:",
  "merge.cli.duplicatesTitle": "Trùng đơn vị (dùng tệp mới nhất):",
  "merge.cli.duplicateLine": "{unit}: dùng {kept}; bỏ qua {ignored}",
  "merge.cli.warningsTitle": "Cảnh báo ở các tệp được nhận:",
  "merge.cli.conflictsTitle":
    "Ô số liệu không được tính (xung đột), các số liệu khác vẫn được tính:",
  "merge.cli.conflictLine": "{file} ({unit}): ô {cell}, {key}, giá trị “{value}”: {reason}",
  "merge.cli.missingTitle": "Đơn vị chưa nộp ({count}):",
  "merge.cli.wroteOut": "Đã ghi biểu tổng hợp: {path}",
  "merge.cli.wroteJson": "Đã ghi báo cáo JSON: {path}",
  "merge.cli.formNeedsBoth": "--form-for và --form-out phải đi cùng nhau.",
  "merge.cli.formUnitUnknown":
    'Không tìm thấy đơn vị "{unit}" (--form-for) trong danh mục {registry}: cần tên hoặc mã của đơn vị.',
  "merge.cli.wroteForm":
    "Đã ghi biểu mẫu báo cáo của {unit} kỳ {period}, tổng hợp từ {count} báo cáo ({filled} chỉ tiêu): {path}",
  "merge.cli.formNotOnForm":
    "Cảnh báo: {count} chỉ tiêu có số liệu nhưng không có trong biểu mẫu báo cáo của {unit}, không được ghi vào đó: {keys}",
  "merge.rollup.note": "Tổng hợp từ {count} báo cáo",
  "merge.rollup.noteCommunes": "Tổng hợp từ {count} báo cáo cấp xã",
  "merge.summary.rolledUp": "{file} (tổng hợp từ {count} báo cáo: {sources})",
  "merge.summary.rolledUpCommunes": "{file} (tổng hợp từ {count} báo cáo cấp xã: {sources})",
  "merge.cli.wroteReceived":
    "Đã cập nhật ngày nhận trong bảng theo dõi {path}: {filled} đơn vị; {kept} đơn vị đã có ngày nhận, giữ nguyên.",
  "merge.cli.receivedUnchanged":
    "Bảng theo dõi {path} không thay đổi ({kept} đơn vị đã có ngày nhận, giữ nguyên).",
  "merge.cli.receivedNoPeriod":
    "Bảng theo dõi {path} không có cột cho kỳ {period}; không ghi ngày nhận.",
  "merge.cli.receivedNotListed": "Đơn vị không có dòng trong bảng theo dõi: {units}",
  "merge.cli.receivedNote":
    "Ghi chú giữ nguyên ở ô {cell} (ngày nhận của {unit}): “{text}”; không ghi đè bằng ngày.",
};

export const en: Record<string, string> = {
  "merge.read.tooLarge": "The file is too large to read ({message})",
  "merge.read.notXlsx": "Not a workbook (.xlsx, .xlsm, .ods or .xls) ({message})",
  "merge.read.encrypted":
    "The file is password-protected (encrypted); remove the password and send it again",
  "merge.read.corrupt": "The file is damaged and cannot be read ({message})",
  "merge.read.failed": "The file cannot be read: {message}",
  "merge.read.sheetFailed": "The sheet “{sheet}” cannot be read: {message}",

  "merge.readDetail.oldXls":
    "an old Excel 97–2003 file (.xls); open it in Excel and save it as .xlsx",
  "merge.readDetail.notZip": "the file's content is not an Excel workbook",
  "merge.readDetail.notWorkbook":
    "the zip package holds no Excel workbook (perhaps a Word .docx or another zip file)",
  "merge.readDetail.oleNotWorkbook":
    "an Office 97–2003 file that holds no Excel workbook (a Word .doc?)",
  "merge.readDetail.tooManySheets": "the .xls workbook has {count} sheets, over the limit of {max}",
  "merge.readDetail.xlsTooBig": "the .xls file is {mb} MB, over the limit of {max} MB",
  "merge.readDetail.tooManyParts": "the workbook has too many parts",
  "merge.readDetail.unpacksTo": "it unpacks to more than {mb} MB, over the limit",
  "merge.readDetail.zipBomb":
    "unusual compressed data (expands {ratio} times), refused as a “zip bomb”",
  "merge.readDetail.truncated":
    "the file is cut short; the download or attachment may be incomplete",
  "merge.readDetail.damagedZip": "the file's zip package is damaged",
  "merge.readDetail.unreadable": "the workbook's content cannot be read",
  "merge.readDetail.tooWide": "a sheet spans {rows} rows × {cols} columns, over the reading limit",
  "merge.readDetail.tooManyCells":
    "the sheets span {cells} cells in all (limit {max}), over the reading limit; sheet “{sheet}” takes them over",

  "merge.source.openWorkbook": "Current workbook",
  "merge.source.extension": "a {ext} file",
  "merge.source.noExtension": "a file without an extension",

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
  "merge.unit.provinceDropped": "the words “{rest}” after the unit's name were left out",
  "merge.unit.otherProvince":
    "The unit “{text}” (cell {cell}) says “{rest}”: not a unit of the registry's province",
  "merge.unit.notReporter":
    "“{text}” (cell {cell}) is {name}, not a provincial department or district People's Committee reporting under the plan",

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

  "merge.conflict.summary": "{count} cells not counted in the summary (cells {cells})",
  "merge.conflict.unknownTask": "Task code not in the plan",
  "merge.conflict.unknownIndicator": "Indicator code not in the plan",
  "merge.conflict.missingTask": "A row with figures but no task code",
  "merge.conflict.missingIndicator": "A row with figures but no indicator code",
  "merge.conflict.noIndicators": "The task has no numeric indicator; the figure is not counted",
  "merge.conflict.duplicateKey": "Several rows for the same task/indicator in one report",
  "merge.conflict.negative": "Negative number",
  "merge.conflict.text": "Text in a number cell",
  "merge.conflict.excelError": "Formula error",
  "merge.conflict.notNumber": "A date or true/false value in a number cell",
  "merge.conflict.flag": "A yes/no indicator takes only 1 (yes) or 0 (no)",
  "merge.conflict.cumulativeBelow": "The year-to-date figure is below the period figure ({period})",
  "merge.conflict.formulaNoValue":
    "A formula without a calculated value; open the file in Excel, save it and send it again",
  "merge.conflict.notFinite": "Not a finite number",
  "merge.conflict.tooLarge": "Implausibly large (over 1,000,000,000); probably a typing slip",
  "merge.conflict.notWhole": "An indicator counted in “{unit}” takes whole numbers",

  "merge.value.textNumber": "Numbers typed as text were read as numbers: {codes}",
  "merge.value.formula": "The calculated values of formulas were used (cells {cells})",

  "merge.duplicate.kept": "The unit sent {count} files; the newest is used",
  "merge.duplicate.ignored": "Same unit {unit}; the newer file “{kept}” is used",

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
  "merge.summary.conflicts.caption":
    "Cells not counted in the summary (conflicts), period {period}: {count} cells",
  "merge.summary.flagUnit": "units",
  "merge.summary.total": "Total",
  "merge.summary.none": "(none)",
  "merge.summary.state.submitted": "Submitted",
  "merge.summary.state.missing": "Not submitted",
  "merge.summary.state.rejected": "Rejected",
  "merge.summary.state.ignored": "Ignored (duplicate)",
  "merge.summary.measure.period": "Period",
  "merge.summary.measure.cumulative": "Year to date",

  "merge.workbook.conflict":
    "The workbook already has a sheet “{sheet}” that the merge did not make. So as not to overwrite your data the merge stops; rename or delete that sheet and run it again.",
  "merge.workbook.noTracking":
    "The workbook has no sheet “{sheet}” (the tracking sheet written by cchc track)",
  "merge.workbook.ownerNote": "Sheets the merge made and may write again:",
  "merge.workbook.cannotKeep":
    "The tracking workbook is not updated: not everything in it could be kept ({reason}); the file is left as it was.",
  "merge.workbook.notReadBack":
    "The tracking workbook is not updated: the new version did not read back the same (cell {what}); the file is left as it was.",

  "merge.cli.noPaths": "Give at least one report form or folder of forms.",
  "merge.cli.noPeriod": "--period is missing (the period code, e.g. 2020-H1).",
  "merge.cli.badPeriod":
    "“{period}” is not a period code; use 2020-Q1, 2020-H1, 2020-Q3 or 2020-Y.",
  "merge.cli.unknownPeriod":
    "The period “{period}” is not in the reporting schedule (Q1, H1, Q3, Y).",
  "merge.cli.noOut": "--out is missing (the summary workbook to write).",
  "merge.cli.notFound": "No such file or folder: {path}",
  "merge.cli.noDir": "The folder to write {path} in does not exist.",
  "merge.cli.outIsInput":
    "{option} names the input {path}; the merge never overwrites a form sent in.",
  "merge.cli.sameOutputs": "--out, --json and --received must be different files.",
  "merge.cli.receivedMissing":
    "The tracking workbook {path} does not exist (make it with cchc track).",
  "merge.cli.receivedNoSheet":
    "{path} has no sheet “{sheet}” (the tracking sheet written by cchc track).",
  "merge.cli.receivedUnreadable": "The tracking workbook {path} cannot be read: {message}",
  "merge.cli.yearDiffers": "Warning: the period {period} is not in the plan's year ({year}).",
  "merge.cli.subfolder": "Subfolder skipped (folders are not read recursively): {path}",
  "merge.cli.start": "Merging {period} ({name}): {count} input files.",
  "merge.cli.progress": "[{done}/{total}] {file}",
  "merge.cli.counts":
    "Accepted: {accepted} files; rejected: {rejected} files; duplicates ignored: {ignored} files.",
  "merge.cli.units": "Units reported: {submitted}/{expected}; missing: {missing}.",
  "merge.cli.rejectedTitle": "Rejected files:",
  "merge.cli.duplicatesTitle": "Duplicate units (the newest file is used):",
  "merge.cli.duplicateLine": "{unit}: used {kept}; ignored {ignored}",
  "merge.cli.warningsTitle": "Warnings on accepted files:",
  "merge.cli.conflictsTitle": "Cells not counted (conflicts); the other figures count:",
  "merge.cli.conflictLine": "{file} ({unit}): cell {cell}, {key}, value “{value}”: {reason}",
  "merge.cli.missingTitle": "Units that have not reported ({count}):",
  "merge.cli.wroteOut": "Summary written: {path}",
  "merge.cli.wroteJson": "JSON report written: {path}",
  "merge.cli.formNeedsBoth": "--form-for and --form-out go together.",
  "merge.cli.formUnitUnknown":
    'No unit "{unit}" (--form-for) in registry {registry}: give the unit\'s name or code.',
  "merge.cli.wroteForm":
    "Report form of {unit} for {period} written, rolled up from {count} reports ({filled} indicators): {path}",
  "merge.cli.formNotOnForm":
    "Warning: {count} indicators have figures but no row on {unit}'s report form, so they are not on it: {keys}",
  "merge.rollup.note": "Rolled up from {count} reports",
  "merge.rollup.noteCommunes": "Rolled up from {count} commune reports",
  "merge.summary.rolledUp": "{file} (rolled up from {count} reports: {sources})",
  "merge.summary.rolledUpCommunes": "{file} (rolled up from {count} commune reports: {sources})",
  "merge.cli.wroteReceived":
    "Received dates filled in the tracking workbook {path}: {filled} units; {kept} units already had one, kept.",
  "merge.cli.receivedUnchanged":
    "The tracking workbook {path} is unchanged ({kept} units already had a received date).",
  "merge.cli.receivedNoPeriod":
    "The tracking workbook {path} has no column for {period}; no dates written.",
  "merge.cli.receivedNotListed": "Units without a row on the tracking sheet: {units}",
  "merge.cli.receivedNote":
    "Note kept in {cell} ({unit}'s received date): “{text}”; not overwritten with a date.",
};
