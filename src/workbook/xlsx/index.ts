/** The file adapter (ExcelJS) and the fast reader (SheetJS) for .xlsx workbooks. */
export { XlsxWorkbook } from "./xlsxWorkbook";
export {
  readWorkbookFile,
  type ReadFileOptions,
  type SheetReadOptions,
  type WorkbookFile,
} from "./readWorkbookFile";
export {
  WorkbookReadError,
  DEFAULT_MAX_UNCOMPRESSED,
  type WorkbookReadErrorCode,
  type ZipLimits,
} from "./zipGuard";
export { MAX_SHEET_CELLS, checkSheetSize, type SheetSizeOptions } from "./sheetSize";
export { setNormalFont, normalFontOf, type NormalFont } from "./normalFont";
export {
  DEFAULT_DATE_FORMAT,
  dateToSerial,
  serialToDate,
  isDateFormat,
} from "../shared/cellValues";
export { fillNumberCells, FillRefusedError, type NumberFill } from "./fillCells";
export { newWorkbookFile } from "./newWorkbookFile";
