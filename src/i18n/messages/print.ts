/** Messages of the print feature, Vietnamese first. Keys are "print.<name>"; {name} placeholders. */
export const vi: Record<string, string> = {
  "print.side.top": "trên",
  "print.side.bottom": "dưới",
  "print.side.left": "trái",
  "print.side.right": "phải",
  "print.layout.paper": "Khổ giấy phải là A4 (đang đặt {paper}).",
  "print.layout.margin":
    "Lề {side} {value} mm nằm ngoài khoảng {min}–{max} mm của Nghị định 30/2020/NĐ-CP.",
  "print.layout.headerMargin":
    "Số trang phải nằm trong lề trên: khoảng cách đầu trang {value} mm phải nhỏ hơn lề trên {top} mm.",
  "print.layout.fitToWidth": "Chưa đặt vừa một trang theo chiều ngang: cột có thể bị cắt khi in.",
  "print.layout.printTitles": "Chưa đặt dòng tiêu đề bảng lặp lại ở đầu mỗi trang.",
  "print.layout.pageNumberMissing": "Thiếu số trang ở giữa lề trên.",
  "print.layout.pageNumberFont": 'Số trang phải dùng phông Times New Roman (đang là "{font}").',
  "print.layout.pageNumberOnFirstPage": "Trang đầu không được đánh số trang.",
  "print.layout.pageNumberInFooter": "Số trang phải ở lề trên, không ở chân trang.",
  "print.report.paper.landscape": "Khổ A4, in ngang.",
  "print.report.paper.portrait": "Khổ A4, in dọc.",
  "print.report.margins":
    "Lề: trên {top} mm, dưới {bottom} mm, trái {left} mm, phải {right} mm; số trang cách mép trên {header} mm.",
  "print.report.titles": "Dòng tiêu đề bảng {rows} lặp lại ở đầu mỗi trang.",
  "print.report.area": "Vùng in: {area}.",
  "print.report.ok":
    "Đã kiểm tra khổ giấy, lề, số trang (vị trí, phông chữ, không đánh ở trang đầu), độ rộng trang in và dòng tiêu đề lặp lại: đúng Nghị định 30/2020/NĐ-CP, Phụ lục I.",
  "print.error.columns": "Bảng cần in phải có ít nhất 2 cột (đang là {count}).",
  "print.error.notColumnA": "Bảng {range} phải bắt đầu từ cột A để đặt phần đầu văn bản phía trên.",
  "print.error.headerRows": "Số dòng tiêu đề bảng không hợp lệ: {rows}.",
  "print.error.noRoom":
    'Trang tính "{sheet}" cần {needed} dòng trống phía trên bảng (bảng đang bắt đầu ở dòng {row}).',
  "print.error.widths": "Có {count} độ rộng cột cho {n} cột cần in.",
  "print.prepare.noTarget":
    "Hãy chọn loại bảng (tổng hợp, bảng phân công nhiệm vụ, theo dõi) hoặc tên trang tính cần in.",
  "print.prepare.noSheet": "Sổ làm việc không có trang tính “{sheet}”.",
  "print.prepare.noSummary":
    "Sổ làm việc chưa có trang “Tổng hợp …”: hãy chạy Tổng hợp báo cáo trước rồi Chuẩn bị in.",
  "print.prepare.noTable":
    "Không tìm thấy bảng trên trang “{sheet}”: cần một dòng tiêu đề bảng bắt đầu từ cột A (ví dụ có ô “STT”).",
  "print.prepare.tooHigh":
    "Trang “{sheet}”: bảng bắt đầu ở dòng {row}, phía trên cần {needed} dòng trống để đặt phần đầu văn bản theo Nghị định 30/2020. Hãy chèn thêm {missing} dòng phía trên bảng rồi chạy lại.",
  "print.prepare.occupied":
    "Trang “{sheet}”: phần đầu văn bản theo Nghị định 30/2020 cần {needed} dòng trống phía trên bảng (dòng {from}–{to}), nhưng các ô {cells} đang có dữ liệu. Để không ghi đè, chưa thay đổi gì; hãy chèn thêm {needed} dòng phía trên bảng (hoặc dời các ô đó) rồi chạy lại.",
  "print.prepare.done":
    "Đã chuẩn bị in trang “{sheet}”: bảng {table}, {columns} cột vừa chiều ngang khổ giấy.",
  "print.prepare.copy":
    "Trang “{source}” giữ nguyên; bản in là trang “{sheet}”, lấy số liệu từ trang đó bằng công thức (thêm hoặc bớt đơn vị thì chạy lại Chuẩn bị in).",
  "print.prepare.copyTaken":
    "Sổ làm việc đã có trang “{sheet}” không do lệnh Chuẩn bị in tạo ra. Để không ghi đè, chưa thay đổi gì; hãy đổi tên hoặc xóa trang đó rồi chạy lại.",
};
export const en: Record<string, string> = {
  "print.side.top": "top",
  "print.side.bottom": "bottom",
  "print.side.left": "left",
  "print.side.right": "right",
  "print.layout.paper": "Paper must be A4 (set to {paper}).",
  "print.layout.margin":
    "The {side} margin of {value} mm is outside the {min}–{max} mm range of Decree 30/2020/NĐ-CP.",
  "print.layout.headerMargin":
    "The page number must print inside the top margin: the header distance {value} mm must be less than the top margin {top} mm.",
  "print.layout.fitToWidth": "Not set to fit one page wide: columns may be cut off when printed.",
  "print.layout.printTitles":
    "The table's header row is not set to repeat at the top of each page.",
  "print.layout.pageNumberMissing": "No page number centred in the top margin.",
  "print.layout.pageNumberFont": 'The page number must use Times New Roman (it uses "{font}").',
  "print.layout.pageNumberOnFirstPage": "The first page must not carry a page number.",
  "print.layout.pageNumberInFooter": "The page number belongs in the top margin, not the footer.",
  "print.report.paper.landscape": "A4, landscape.",
  "print.report.paper.portrait": "A4, portrait.",
  "print.report.margins":
    "Margins: top {top} mm, bottom {bottom} mm, left {left} mm, right {right} mm; page number {header} mm from the top edge.",
  "print.report.titles": "Table header row(s) {rows} repeat at the top of every page.",
  "print.report.area": "Print area: {area}.",
  "print.report.ok":
    "Checked the paper, margins, page numbers (place, font, none on page 1), print width and repeated header rows: as Decree 30/2020/NĐ-CP, Appendix I requires.",
  "print.error.columns": "A printed table needs at least 2 columns (got {count}).",
  "print.error.notColumnA":
    "Table {range} must start in column A so the header block fits above it.",
  "print.error.headerRows": "Invalid number of table header rows: {rows}.",
  "print.error.noRoom":
    'Sheet "{sheet}" needs {needed} free rows above the table (the table starts at row {row}).',
  "print.error.widths": "{count} column widths given for {n} printed columns.",
  "print.prepare.noTarget":
    "Say which table to print (summary, matrix, tracking) or the sheet's name.",
  "print.prepare.noSheet": "The workbook has no sheet “{sheet}”.",
  "print.prepare.noSummary":
    "The workbook has no “Tổng hợp …” sheet yet: run the merge first, then prepare it for printing.",
  "print.prepare.noTable":
    "No table found on sheet “{sheet}”: a table header row starting in column A is needed (e.g. with a “STT” cell).",
  "print.prepare.tooHigh":
    "Sheet “{sheet}”: the table starts at row {row}; the header block of Decree 30/2020 needs {needed} free rows above it. Insert {missing} rows above the table and run again.",
  "print.prepare.occupied":
    "Sheet “{sheet}”: the header block of Decree 30/2020 needs {needed} free rows above the table (rows {from}–{to}), but cells {cells} hold data. Nothing was changed so as not to overwrite them; insert {needed} rows above the table (or move those cells) and run again.",
  "print.prepare.done":
    "Sheet “{sheet}” is ready to print: table {table}, {columns} columns fitted to the page width.",
  "print.prepare.copy":
    "Sheet “{source}” is left as it is; the print is sheet “{sheet}”, which takes its figures from it by formulas (run it again when units are added or removed).",
  "print.prepare.copyTaken":
    "The workbook already has a sheet “{sheet}” that “Chuẩn bị in” did not make. Nothing was changed so as not to overwrite it; rename or delete that sheet and run again.",
};
