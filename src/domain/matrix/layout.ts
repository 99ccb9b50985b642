/**
 * Where things are on the "Bảng phân công nhiệm vụ" sheet. Rows 1..HEADER_BLOCK_ROWS hold a short title
 * (no merged cells), the table's header row comes right after them, so "Chuẩn bị in" can lay
 * the official header block of Nghị định 30/2020 over those rows without moving the table.
 */
import { columnLetter, sameSheet } from "../address";
import { ROW_STATUSES } from "../forms/layout";
import { HEADER_BLOCK_ROWS } from "../print";

export const MATRIX_SHEET = "Bảng phân công nhiệm vụ";
/** The sheet's name before the glossary (docs/behaviour.md): found and kept, never renamed. */
export const FORMER_MATRIX_SHEETS: readonly string[] = ["Ma trận nhiệm vụ"];
export const isMatrixSheet = (name: string): boolean =>
  [MATRIX_SHEET, ...FORMER_MATRIX_SHEETS].some((n) => sameSheet(n, name));
export const MATRIX_TABLE = "MaTranNhiemVu";
/** A hidden sheet holding the drop-down lists that are not the registry (the status list). */
export const LISTS_SHEET = "Danh sách chọn";
export const REGISTRY_TABLE = "DanhMucCoQuan";

/** 1-based row of the table's header. */
export const HEADER_ROW = HEADER_BLOCK_ROWS + 1;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

export type ColumnKey =
  | "stt"
  | "code"
  | "content"
  | "lead"
  | "coordinating"
  | "timeFrame"
  | "indicators"
  | "status"
  | "notes";

export interface MatrixColumn {
  key: ColumnKey;
  header: string;
  /** Width wanted before fitting the page, in Excel units. */
  width: number;
  /** The user types here; re-inserting keeps it. */
  editable: boolean;
}

/** Whose the indicators are: ours, not quoted from the plan. */
export const INDICATORS_HEADER = "Chỉ tiêu đo lường (Sở Nội vụ đặt)";

export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  { key: "stt", header: "STT", width: 4.5, editable: false },
  { key: "code", header: "Mã nhiệm vụ", width: 8, editable: false },
  { key: "content", header: "Nội dung/hình thức", width: 31, editable: false },
  { key: "lead", header: "Cơ quan chủ trì", width: 13.5, editable: false },
  { key: "coordinating", header: "Cơ quan phối hợp", width: 14.5, editable: false },
  { key: "timeFrame", header: "Thời gian thực hiện", width: 12, editable: false },
  // The indicators are Sở Nội vụ's, set to measure the tasks; the plan names none (III.3's target
  // aside), so the header says whose they are.
  { key: "indicators", header: INDICATORS_HEADER, width: 17, editable: false },
  { key: "status", header: "Tình trạng", width: 8.5, editable: true },
  { key: "notes", header: "Ghi chú", width: 8, editable: true },
];

/** Width of a column the user added to the table. */
export const EXTRA_COLUMN_WIDTH = 14;

/** 0-based column of a key in the written table. */
export const columnOf = (key: ColumnKey): number => MATRIX_COLUMNS.findIndex((c) => c.key === key);
export const letterOf = (key: ColumnKey): string => columnLetter(columnOf(key));

/**
 * The status drop-down: the report form's list, in its order (one status list everywhere);
 * "Hoàn thành" is what the roll-up counts as done.
 */
export const STATUS_OPTIONS: readonly string[] = ROW_STATUSES;

/** Spare rows under the registry a drop-down still covers, for agencies added later. */
export const REGISTRY_SPARE_ROWS = 20;

export const BODY_FONT_SIZE = 11;
export const TITLE_FONT_SIZE = 14;
export const HEADER_FILL = "#DDEBF7";
/** Cells the user fills in (the same pale yellow as the tracking sheet's inputs). */
export const INPUT_FILL = "#FFF2CC";
