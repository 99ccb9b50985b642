/**
 * Where things are on a report form (contract 5.1, version 1). One place for the sheet names,
 * header texts and positions, so the form builder, the checker and the tests agree.
 */
import { absolute, cellAddress, sheetRef } from "../address";

export const FORM_FORMAT = "cchc-report/1";
export const FORM_SHEET = "Báo cáo";
export const FORM_TABLE = "BaoCao";
/** The hidden sheet holding the status list the "Tình trạng" drop-down reads. */
export const LISTS_SHEET = "_lists";
/** The very hidden key/value sheet of contract 5.1. */
export const META_SHEET = "_cchc";
export const UNIT_NAME = "DonVi";
export const PERIOD_NAME = "KyBaoCao";

export const FORM_TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN CCHC";
export const UNIT_LABEL = "Đơn vị:";
export const PERIOD_LABEL = "Kỳ báo cáo:";

/** The statuses a row can take, in the order of the drop-down. */
export const ROW_STATUSES = ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"] as const;

export const YES = "Có";
export const NO = "Không";

/**
 * The table's columns, left to right from column A. `key` is how code refers to them. Widths
 * add up to about what landscape A4 holds under a Times New Roman 12 Normal style (≈ 117
 * units), so fitting them to the page barely changes them and the form prints near 100 %.
 */
export const FORM_COLUMNS = [
  { key: "no", header: "STT", width: 5 },
  { key: "task", header: "Mã nhiệm vụ", width: 8 },
  { key: "taskTitle", header: "Nội dung nhiệm vụ", width: 24 },
  { key: "indicator", header: "Mã chỉ tiêu", width: 6 },
  { key: "indicatorName", header: "Chỉ tiêu", width: 22 },
  { key: "unit", header: "Đơn vị tính", width: 8 },
  { key: "required", header: "Bắt buộc", width: 7 },
  { key: "period", header: "Kết quả kỳ báo cáo", width: 8 },
  { key: "cumulative", header: "Lũy kế từ đầu năm", width: 8 },
  { key: "status", header: "Tình trạng", width: 14 },
  { key: "note", header: "Ghi chú", width: 12 },
] as const;

export type FormColumnKey = (typeof FORM_COLUMNS)[number]["key"];

/** 0-based column index of a table column. */
export const columnOf = (key: FormColumnKey): number =>
  FORM_COLUMNS.findIndex((c) => c.key === key);

/** The header texts, in order (what the table's header row holds). */
export const FORM_HEADERS: string[] = FORM_COLUMNS.map((c) => c.header);

/** 1-based rows of the header block and the table. */
export const FORM_ROWS = {
  title: 1,
  plan: 2,
  unit: 3,
  period: 4,
  deadline: 5,
  instructions: 6,
  header: 8,
  firstData: 9,
} as const;

/** The unit and period value cells sit in column C, right of their labels (merged A:B). */
const VALUE_COL = 2;

export const UNIT_CELL = cellAddress(FORM_ROWS.unit - 1, VALUE_COL);
export const PERIOD_CELL = cellAddress(FORM_ROWS.period - 1, VALUE_COL);

/** The workbook-level names of contract 5.1, as a WorkbookEdit writes them. */
export const formNames = () => [
  { name: UNIT_NAME, refersTo: `=${sheetRef(FORM_SHEET, absolute(UNIT_CELL))}` },
  { name: PERIOD_NAME, refersTo: `=${sheetRef(FORM_SHEET, absolute(PERIOD_CELL))}` },
];

/** The drop-down's source: always a range, quoted (Excel wants it for a leading "_"). */
export const statusListSource = () => `='${LISTS_SHEET}'!$A$2:$A$${1 + ROW_STATUSES.length}`;
