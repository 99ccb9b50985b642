/** The roll-up (merge) engine: forms in, provincial summary out. Pure; see merge.ts. */
export * from "./types";
export { mergeForms, compareFileNames, planKeys, figureKey } from "./merge";
export { toMergeJson, render, renderReasons } from "./json";
export { readForm, formSheets, parseNameRef, REQUIRED_HEADERS } from "./readForm";
export { checkUnit } from "./identity";
export type {
  ReadForm,
  ReadFormOutcome,
  FormRow,
  CellRef,
  Located,
  FormMeta,
  FormOutline,
} from "./readForm";
export { readNumber, parseNumberText, isExcelError } from "./numbers";
export type { NumberRead } from "./numbers";
export { parsePeriod, canonicalPeriod } from "./period";
export { buildSummaryEdit, summarySheetName, SUMMARY_SHEETS } from "./summary";
export type { SummaryOptions, SummaryLayout, SummaryEdit } from "./summary";
export { conflictRows, CONFLICT_SHEET } from "./conflictSheet";
export { conflictJson, conflictValue } from "./json";
export { checkFigure, PLAUSIBLE_MAX, isWholeUnit } from "./numbers";
