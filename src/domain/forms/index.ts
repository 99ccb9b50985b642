/** Report forms (F7): the form of contract 5.1 as data, and checking a filled one. */
export * from "./layout";
export {
  buildReportFormEdit,
  formLines,
  INPUT_FILL,
  type FormLine,
  type ReportFormOptions,
} from "./reportForm";
export { lookupUnit, foundAgency, type UnitLookup } from "./unit";
export {
  checkFilledForm,
  describeProblem,
  hasErrors,
  type Problem,
  type Severity,
  type FilledFormSource,
  type CheckFormOptions,
} from "./checkForm";
export {
  asciiSlug,
  formFileName,
  FORM_EXTENSIONS,
  FORM_FILE_ACCEPT,
  isFormFileName,
} from "./fileName";
