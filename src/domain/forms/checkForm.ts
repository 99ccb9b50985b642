/**
 * Checking a filled report form on the unit's side, before it is sent: every problem named by
 * its cell, so the task pane can select it and `cchc check` can print it.
 *
 * The form is found and read by the roll-up's reader (readForm), so the checker sees exactly
 * what the merge will see. Severity follows the merge: "error" is what would make the merge
 * reject the form (a negative number, text in a number cell, an unknown unit…); "warning" is
 * what the merge accepts but the unit should fix or know (a number typed as text, a misspelled
 * but recognisable unit name, a required row left empty).
 */
import { translate, type Lang, type Params } from "../../i18n";
import { sheetRef } from "../address";
import type { Matcher } from "../matcher/types";
import type { Indicator, Plan } from "../plan/types";
import { expectedReporters } from "../registry/validity";
import type { Agency, Registry } from "../registry/types";
import { cleanText, fold } from "../rollup/fold";
import { scalarText } from "../rollup/identity";
import { readNumber } from "../rollup/numbers";
import { parsePeriod } from "../rollup/period";
import { readForm, type CellRef, type ReadForm } from "../rollup/readForm";
import { PlanIndex, figureKey } from "../rollup/rows";
import type { FormSource } from "../rollup/types";
import {
  DEFAULT_SCHEDULE,
  findPeriod,
  periodsForYear,
  type Period,
  type ScheduleRow,
} from "../schedule";
import { FORM_FORMAT, ROW_STATUSES } from "./layout";
import { formLines } from "./reportForm";
import { lookupUnit } from "./unit";

export type Severity = "error" | "warning";

export interface Problem {
  /** Sheet of the cell; "" when the problem is about the workbook as a whole. */
  sheet: string;
  /** A1 address, e.g. "H12"; "" when no single cell is concerned. */
  cell: string;
  /** Catalogue key (forms.check.* or, for an unreadable workbook, merge.*). */
  key: string;
  params: Params;
  severity: Severity;
}

/** What the checker reads: a workbook as the roll-up's readers give it. */
export type FilledFormSource = Pick<FormSource, "sheets" | "names" | "data"> & { file?: string };

export interface CheckFormOptions {
  plan: Plan;
  registry: Registry;
  matcher: Matcher;
  /** The period being collected; a form for another period is then an error. */
  period?: string;
  schedule?: readonly ScheduleRow[];
}

const DONE_EXTRA = ["da hoan thanh"];
/** Words a unit types in a yes/no cell, read as the merge reads them. */
const FLAG_WORDS: Record<string, number> = { co: 1, "da co": 1, chua: 0, "chua co": 0, khong: 0 };

class Problems {
  readonly list: Problem[] = [];
  add(
    severity: Severity,
    key: string,
    at: { sheet: string; cell: string } | null,
    params: Params = {},
  ) {
    this.list.push({ sheet: at?.sheet ?? "", cell: at?.cell ?? "", key, params, severity });
  }
}

function checkUnit(
  form: ReadForm,
  opts: CheckFormOptions,
  out: Problems,
  period?: Period,
): Agency | null {
  if (!form.unit) {
    out.add("error", "forms.check.unitMissing", null);
    return null;
  }
  const at = { sheet: form.unit.sheet, cell: form.unit.cell };
  const text = scalarText(form.unit.value);
  const lookup = lookupUnit(opts.matcher, text);
  let agency: Agency | null = null;
  switch (lookup.status) {
    case "empty":
      out.add("error", "forms.check.unitEmpty", at, { cell: sheetRef(at.sheet, at.cell) });
      return null;
    case "exact":
      agency = lookup.agency;
      break;
    case "resolved":
      agency = lookup.agency;
      out.add("warning", "forms.check.unitCorrected", at, {
        text,
        name: agency.name,
        reason: translate("vi", `text.reason.${lookup.reason}`),
        reasonKey: `text.reason.${lookup.reason}`,
      });
      break;
    case "phrase":
      out.add("error", "forms.check.unitPhrase", at, { text });
      return null;
    case "several":
      out.add("error", "forms.check.unitSeveral", at, { text });
      return null;
    case "unknown":
      if (lookup.suggestions.length > 0)
        out.add("error", "forms.check.unitSuggest", at, {
          text,
          suggestions: lookup.suggestions.map((a) => a.name).join("; "),
        });
      else out.add("error", "forms.check.unitUnknown", at, { text });
      return null;
  }
  const expected = expectedReporters(opts.registry, period?.nominalDue);
  if (!expected.some((a) => a.code === agency.code))
    out.add("warning", "forms.check.unitNotExpected", at, { name: agency.name });
  const metaUnit = form.meta?.values["unit"];
  if (metaUnit) {
    const meta = lookupUnit(opts.matcher, metaUnit);
    const metaAgency = meta.status === "exact" || meta.status === "resolved" ? meta.agency : null;
    if (metaAgency ? metaAgency.code !== agency.code : fold(metaUnit) !== fold(text))
      out.add("warning", "forms.check.unitMeta", at, { visible: text, meta: metaUnit });
  }
  return agency;
}

function checkPeriod(form: ReadForm, opts: CheckFormOptions, out: Problems): Period | undefined {
  const schedule = opts.schedule ?? DEFAULT_SCHEDULE;
  const year = opts.plan.year;
  const examples = periodsForYear(year, schedule)
    .slice(0, 2)
    .map((p) => p.code)
    .join(", ");
  if (!form.period) {
    out.add("error", "forms.check.periodMissing", null);
    return undefined;
  }
  const at = { sheet: form.period.sheet, cell: form.period.cell };
  const text = scalarText(form.period.value);
  if (!text) {
    out.add("error", "forms.check.periodEmpty", at, { cell: sheetRef(at.sheet, at.cell) });
    return undefined;
  }
  const code = typeof form.period.value === "string" ? parsePeriod(form.period.value) : null;
  if (!code) {
    out.add("error", "forms.check.periodBad", at, { text, examples });
    return undefined;
  }
  const period = findPeriod(code, schedule);
  if (!period) {
    const codeYear = Number(code.slice(0, 4));
    out.add("error", "forms.check.periodUnknown", at, {
      text,
      year: codeYear,
      codes: periodsForYear(codeYear, schedule)
        .map((p) => p.code)
        .join(", "),
    });
    return undefined;
  }
  if (cleanText(text) !== period.code)
    out.add("warning", "forms.check.periodName", at, { text, code: period.code });
  const wanted = opts.period ? (parsePeriod(opts.period) ?? opts.period.trim()) : undefined;
  if (wanted && wanted !== period.code)
    out.add("error", "forms.check.periodWrong", at, { found: period.code, expected: wanted });
  const metaPeriod = form.meta?.values["period"];
  if (metaPeriod && parsePeriod(metaPeriod) !== period.code)
    out.add("warning", "forms.check.periodMeta", at, { visible: period.code, meta: metaPeriod });
  return period;
}

function checkMeta(form: ReadForm, plan: Plan, out: Problems): void {
  const format = form.meta?.values["format"];
  const where = form.meta ? { sheet: form.meta.sheet, cell: "" } : null;
  if (format && format !== FORM_FORMAT)
    out.add("warning", "forms.check.unknownFormat", where, { format });
  const metaPlan = form.meta?.values["plan"];
  if (metaPlan && metaPlan !== plan.id)
    out.add("warning", "forms.check.otherPlan", where, { found: metaPlan, expected: plan.id });
}

const isEmptyCell = (ref: CellRef | null) =>
  !ref || (!ref.formula && readNumber(ref.value).kind === "empty");

/** One figure cell: its number, or null with the problem recorded. */
function checkFigure(ref: CellRef, indicator: Indicator, out: Problems): number | null {
  const at = { sheet: ref.sheet, cell: ref.cell };
  if (ref.formula && (ref.value === null || ref.value === "")) {
    out.add("error", "forms.check.formulaNoValue", at);
    return null;
  }
  const value = scalarText(ref.value);
  let read = readNumber(ref.value);
  if (read.kind === "problem" && read.problem === "text" && indicator.kind === "flag") {
    const word = FLAG_WORDS[fold(value)];
    if (word !== undefined) read = { kind: "number", value: word, fromText: true };
  }
  if (read.kind === "empty") return null;
  if (read.kind === "problem") {
    const key = {
      negative: "forms.check.negative",
      text: "forms.check.notNumber",
      excelError: "forms.check.excelError",
      notNumber: "forms.check.notNumber",
    }[read.problem];
    out.add("error", key, at, { value });
    return null;
  }
  if (indicator.kind === "flag" && read.value !== 0 && read.value !== 1) {
    out.add("error", "forms.check.flag", at, { value });
    return null;
  }
  if (read.fromText)
    out.add("warning", "forms.check.textNumber", at, { value, number: read.value });
  return read.value;
}

interface SeenRow {
  row: number;
  filled: boolean;
  cell: { sheet: string; cell: string };
}

function checkRows(form: ReadForm, plan: Plan, out: Problems): Map<string, SeenRow> {
  const index = new PlanIndex(plan);
  const allowed = ROW_STATUSES.map((s) => fold(s)).concat(DONE_EXTRA);
  const seen = new Map<string, SeenRow>();
  for (const r of form.rows) {
    const taskText = scalarText(r.task.value);
    const indText = scalarText(r.indicator.value);
    const statusText = r.status ? scalarText(r.status.value) : "";
    const hasFigure = !isEmptyCell(r.period) || !isEmptyCell(r.cumulative);
    if (!taskText) {
      if (hasFigure || indText) out.add("error", "forms.check.missingTask", r.task);
      continue;
    }
    const task = index.task(taskText);
    if (!task) {
      // A heading or signature line typed into the task column carries nothing: skip it.
      if (indText || statusText || hasFigure)
        out.add("error", "forms.check.unknownTask", r.task, { code: taskText });
      continue;
    }
    if (statusText && !allowed.includes(fold(statusText)) && r.status)
      out.add("warning", "forms.check.unknownStatus", r.status, {
        value: statusText,
        allowed: ROW_STATUSES.join(", "),
      });

    let key: string;
    let figures = false;
    if (!indText) {
      if (task.indicators.length > 0) {
        if (hasFigure) {
          out.add("error", "forms.check.missingIndicator", r.indicator, { task: task.code });
          continue;
        }
        if (!statusText) continue;
      } else if (hasFigure) {
        out.add("warning", "forms.check.valueOnTopic", r.period, { task: task.code });
      }
      key = figureKey(task.code);
    } else {
      const indicator = index.indicator(task, indText);
      if (!indicator) {
        out.add("error", "forms.check.unknownIndicator", r.indicator, {
          task: task.code,
          code: indText,
        });
        continue;
      }
      key = figureKey(task.code, indicator.code);
      const period = checkFigure(r.period, indicator, out);
      const cumulative = r.cumulative ? checkFigure(r.cumulative, indicator, out) : null;
      figures = period !== null || cumulative !== null;
      if (period !== null && cumulative !== null && cumulative < period && r.cumulative)
        out.add("error", "forms.check.cumulativeBelow", r.cumulative, { cumulative, period });
    }
    const first = seen.get(key);
    if (first) {
      out.add("error", "forms.check.duplicateRow", r.task, { key, first: first.row, row: r.row });
      continue;
    }
    seen.set(key, {
      row: r.row,
      filled: figures || statusText !== "",
      cell: indText ? r.period : (r.status ?? r.task),
    });
  }
  return seen;
}

/** Every problem of a filled form, unit and period first, then the rows in sheet order. */
export function checkFilledForm(source: FilledFormSource, opts: CheckFormOptions): Problem[] {
  const out = new Problems();
  const read = readForm({ file: source.file ?? "", ...source });
  if (!read.ok) {
    for (const m of read.problems) out.add("error", m.key, null, m.params);
    return out.list;
  }
  const form = read.form;
  // Unit first, then period, as a person reads the form top-down; the unit check needs the
  // period (who is expected then), so the period is checked first into its own list.
  const periodProblems = new Problems();
  const period = checkPeriod(form, opts, periodProblems);
  const agency = checkUnit(form, opts, out, period);
  out.list.push(...periodProblems.list);
  for (const w of form.warnings)
    out.add("warning", w.key, { sheet: form.sheet, cell: "" }, w.params);
  checkMeta(form, opts.plan, out);
  const seen = checkRows(form, opts.plan, out);

  if (agency) {
    const where = { sheet: form.sheet, cell: "" };
    for (const line of formLines(opts.plan, agency)) {
      if (line.optional) continue;
      const key = figureKey(line.task.code, line.indicator?.code);
      const row = seen.get(key);
      if (!row) out.add("warning", "forms.check.rowMissing", where, { key });
      else if (!row.filled) out.add("warning", "forms.check.rowEmpty", row.cell, { key });
    }
  }
  return out.list;
}

/** A problem as one line for people: "'Báo cáo'!H12: Số âm …". */
export function describeProblem(p: Problem, lang: Lang = "vi"): string {
  const params = { ...p.params };
  if (typeof params.reasonKey === "string") params.reason = translate(lang, params.reasonKey);
  const text = translate(lang, p.key, params);
  const where =
    p.sheet && p.cell ? `${sheetRef(p.sheet, p.cell)}: ` : p.sheet ? `${p.sheet}: ` : "";
  return `${translate(lang, `forms.severity.${p.severity}`)} — ${where}${text}`;
}

/** True when any problem is an error (what `cchc check` exits 1 on). */
export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === "error");
