/** The plan's task matrix (F2) and agency checks over a workbook's cells (F5), as data. */
export * from "./layout";
export { buildMatrixEdit, matrixRowHeights, type MatrixOptions, type MatrixBuild } from "./build";
export { readExistingMatrix, type ExistingMatrix, type ExistingRow } from "./existing";
export { indicatorsText, namesText, contentText } from "./cells";
export { registrySheetEdit, readRegistrySheet, type ExistingRegistry } from "./registrySheet";
export {
  findAgencyCells,
  isInternalSheet,
  type AgencyCell,
  type AgencyCellKind,
  type AgencyCellsFound,
  type MissingUnit,
  type WorkbookSnapshot,
} from "./agencyCells";
export {
  CHECK_SHEET,
  ERROR_FILL,
  WARNING_FILL,
  checkCell,
  checkCells,
  missingUnitProblem,
  highlightedCells,
  highlightEdit,
  fixOneEdit,
  fixAllEdit,
  type AgencyProblem,
  type ProblemPart,
  type HighlightedCell,
  type HighlightOptions,
} from "./check";
