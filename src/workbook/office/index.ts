/** The Office.js adapter of the workbook port. */
export { OfficeWorkbook, type ExcelRun } from "./officeWorkbook";
export { requirementSetsSupported, REQUIRED_SETS } from "./requirements";
export { needsTextGuard } from "./officeValues";
export { splitHeaderFooter } from "./officePage";
export { columnWidthPoints } from "./officeFormat";
export { openNewWorkbook, toBase64 } from "./newWorkbook";
