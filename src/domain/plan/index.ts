/** The plan as data: types, the built-in 2020 Yên Bái plan, checks, JSON and sheet forms. */
export * from "./types";
export * from "./codes";
export { SEED_2020_TEXT } from "./seed-2020";
export { parseSeed, parseDocument, type SeedTask, type ParsedSeed } from "./seed";
export { splitNames, correctName, MULTI_COMMA_NAMES, NAME_CORRECTIONS } from "./names";
export { plan2020, plan2020FromText, FLAG_UNIT, SIC, ownDeadlines } from "./builtin";
export { rowsForUnit, ruleFor, type ReporterUnit, type FormRow } from "./reporters";
export {
  validatePlan,
  checkPlan,
  describeIssue,
  isPlanDate,
  TASK_CODE,
  INDICATOR_CODE,
  UNIT_CODE,
  PLAN_ID,
  type PlanIssue,
  type PlanCheck,
  type PlanResult,
} from "./validate";
export { planToJson, planFromJson, PLAN_FORMAT } from "./json";
export {
  formatIndicators,
  parseIndicators,
  formatTargets,
  parseTargets,
  formatReporters,
  parseReporters,
  formatNames,
  parseNames,
  FLAG_TAG,
  REPORTER_WORDS,
} from "./cells";
export {
  PLAN_SHEET,
  PLAN_KEYS,
  PLAN_COLUMNS,
  PLAN_HEADER,
  PLAN_HEADER_ROW,
  planToRows,
  planFromRows,
  type PlanCell,
  type RowError,
  type PlanRowsResult,
} from "./sheet";
