/** A WorkbookEdit that uses every field of the port, shaped like a report form (product §5.1). */
import type { Cell, WorkbookEdit } from "../../src/domain/sheet";

export const REPORT = "Báo cáo";
export const REGISTRY = "Danh mục cơ quan";
export const META = "_cchc";
export const HIDDEN = "Ẩn";

export const HEADERS = [
  "Mã nhiệm vụ",
  "Nội dung nhiệm vụ",
  "Mã chỉ tiêu",
  "Chỉ tiêu",
  "Đơn vị tính",
  "Kết quả kỳ báo cáo",
  "Lũy kế từ đầu năm",
  "Tình trạng",
  "Ghi chú",
];

export const RECEIVED = new Date(Date.UTC(2020, 2, 4));
export const TEXT_LIKE_FORMULA = '=HYPERLINK("http://example.invalid","bấm")';

/** Data rows under the table header (row 6): rows 7.. */
export function dataRows(count: number): Cell[][] {
  return Array.from({ length: count }, (_, i) => [
    `II.2.${String.fromCharCode(97 + (i % 7))}`,
    i === 0 ? TEXT_LIKE_FORMULA : `Nhiệm vụ số ${i + 1}`,
    "HN",
    i === 1 ? "+84 912 345 678" : "Hội nghị",
    i === 2 ? "-cuộc" : "cuộc",
    i + 1,
    i === 0 ? { formula: `=F7*2` } : (i + 1) * 2,
    i === 1 ? "Quá hạn chưa nộp" : "Đã nộp đúng hạn",
    i === 2 ? "@ghi chú" : i === 0 ? RECEIVED : true,
  ]);
}

export function fullEdit(rows = 3): WorkbookEdit {
  const lastRow = 6 + rows;
  const body = `A7:I${lastRow}`;
  return {
    sheets: [
      {
        name: REGISTRY,
        mode: "create",
        blocks: [
          {
            at: "A1",
            values: [
              ["Mã", "Tên cơ quan"],
              ["SNV", "Sở Nội vụ"],
              ["STTTT", "Sở Thông tin và Truyền thông"],
              ["VY", "UBND huyện Văn Yên"],
              ["TT", "UBND huyện Trạm Tấu"],
            ],
          },
        ],
        columns: [{ index: 1, width: 40 }],
      },
      {
        name: REPORT,
        mode: "replace",
        position: 0,
        tabColor: "#1F4E79",
        activate: true,
        blocks: [
          {
            at: "A1",
            values: [["UBND TỈNH YÊN BÁI", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]],
            format: { fontName: "Times New Roman", fontSize: 13, bold: true, hAlign: "center" },
          },
          {
            at: "A2",
            values: [["SỞ NỘI VỤ"]],
            format: { bold: true, borderBottom: true, hAlign: "center" },
          },
          { at: "A3", values: [["Đơn vị:", null, "Sở Nội vụ"]] },
          { at: "A4", values: [["Kỳ báo cáo:", null, "2020-Q1"]] },
          { at: "A5", values: [["Yên Bái, ngày … tháng … năm …"]], format: { italic: true } },
          {
            at: "A6",
            values: [HEADERS],
            format: { bold: true, wrap: true, fill: "#D9E1F2", border: true, vAlign: "middle" },
          },
          {
            at: "A7",
            values: dataRows(rows),
            format: { border: true, fontName: "Times New Roman" },
          },
          {
            at: `A${lastRow + 2}`,
            values: [["Tổng", null, null, null, null, { formula: `=SUM(F7:F${lastRow})` }]],
          },
        ],
        formats: [
          {
            range: `F7:G${lastRow}`,
            format: { numberFormat: "#,##0", unlocked: true, hAlign: "right" },
          },
          { range: "A5", format: { underline: true, fontColor: "#C00000" } },
          { range: "C3:C4", format: { fill: "#FFF2CC" } },
          { range: "C4", format: { fill: null } },
        ],
        merges: ["A1:C1", "E1:I1", "A2:C2"],
        columns: [
          { index: 0, width: 12 },
          { index: 1, width: 45 },
          { index: 9, hidden: true },
        ],
        rowHeights: { 6: 32 },
        tables: [
          { name: "BaoCao", range: `A6:I${lastRow}`, style: "TableStyleLight9", columns: HEADERS },
        ],
        validations: [
          {
            range: `B7:B${lastRow}`,
            rule: { kind: "list", source: `='${REGISTRY}'!$B$2:$B$5` },
            errorTitle: "Tên cơ quan",
            errorMessage: "Chọn tên trong Danh mục cơ quan.",
            errorStyle: "warning",
          },
          {
            range: `F7:F${lastRow}`,
            rule: { kind: "decimal", min: 0 },
            errorTitle: "Số liệu",
            errorMessage: "Nhập số không âm.",
            errorStyle: "stop",
            allowBlank: true,
          },
          { range: `G7:G${lastRow}`, rule: { kind: "whole", min: 0 }, errorStyle: "information" },
        ],
        conditionalFormats: [
          {
            range: body,
            formula: '=$H7="Quá hạn chưa nộp"',
            format: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
          },
        ],
        freeze: { rows: 6, columns: 2 },
        pageLayout: {
          paper: "A4",
          orientation: "landscape",
          margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
          fitToWidth: true,
          printTitleRows: "$6:$6",
          printArea: `A1:I${lastRow + 2}`,
          centerHorizontally: true,
          header: "&C&P",
          footer: "&RBáo cáo CCHC",
          differentFirst: true,
          firstHeader: "",
          firstFooter: "&CTrang đầu",
        },
      },
      {
        name: META,
        mode: "create",
        visibility: "veryHidden",
        blocks: [
          {
            at: "A1",
            values: [
              ["format", "cchc-report/1"],
              ["unit", "Sở Nội vụ"],
              ["period", "2020-Q1"],
              ["created", RECEIVED],
            ],
          },
        ],
      },
      { name: HIDDEN, mode: "update", visibility: "hidden", blocks: [{ at: "B2", values: [[1]] }] },
    ],
    names: [
      { name: "DonVi", refersTo: `='${REPORT}'!$C$3` },
      { name: "KyBaoCao", refersTo: `='${REPORT}'!$C$4` },
    ],
  };
}
