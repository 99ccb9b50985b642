/**
 * The rows of a form checked against the plan: codes known, one row per key, figures that
 * are non-negative numbers (text numbers read and flagged), cumulative ≥ period value.
 * Problems are grouped by kind so one message names all the cells concerned.
 */
import type { Indicator, Plan, Task } from "../plan/types";
import { fold, foldCode } from "./fold";
import { scalarText } from "./identity";
import { CellIssues } from "./issues";
import { readNumber, type NumberRead } from "./numbers";
import type { CellRef, FormRow, ReadForm } from "./readForm";
import { sheetRef } from "../address";

/** "II.2.a/HN"; a task without indicators (the II.1 topics) is keyed by its code alone. */
export const figureKey = (task: string, indicator?: string): string =>
  indicator ? `${task}/${indicator}` : task;

/** Every task/indicator key of the plan, in plan order. */
export function planKeys(plan: Plan): string[] {
  return plan.tasks.flatMap((t) => t.indicators.map((i) => figureKey(t.code, i.code)));
}

export interface Figure {
  value: number;
  sheet: string;
  cell: string;
}

export interface CheckedRow {
  key: string;
  period: Figure | null;
  cumulative: Figure | null;
  done: boolean;
}

const DONE_STATUSES = ["hoan thanh", "da hoan thanh"];
const FLAG_WORDS: Record<string, number> = { co: 1, "da co": 1, chua: 0, "chua co": 0, khong: 0 };

/** Plan look-ups by loosely compared codes. */
export class PlanIndex {
  private readonly tasks = new Map<string, Task>();
  constructor(plan: Plan) {
    for (const t of plan.tasks) this.tasks.set(foldCode(t.code), t);
  }
  task(text: string): Task | undefined {
    return this.tasks.get(foldCode(text));
  }
  indicator(task: Task, text: string): Indicator | undefined {
    return task.indicators.find((i) => foldCode(i.code) === foldCode(text));
  }
}

/** Reading one figure cell: the number, or a problem recorded against the cell. */
function readFigure(
  ref: CellRef,
  indicator: Indicator,
  issues: CellIssues,
  notes: CellIssues,
): { ok: boolean; value: number | null } {
  if (ref.formula && (ref.value === null || ref.value === "")) {
    issues.add("merge.value.formulaNoValue", ref.sheet, ref.cell);
    return { ok: false, value: null };
  }
  let read: NumberRead = readNumber(ref.value);
  if (read.kind === "problem" && read.problem === "text" && indicator.kind === "flag") {
    const word = FLAG_WORDS[fold(String(ref.value))];
    if (word !== undefined) read = { kind: "number", value: word, fromText: true };
  }
  if (read.kind === "empty") return { ok: true, value: null };
  if (read.kind === "problem") {
    const key = {
      negative: "merge.value.negative",
      text: "merge.value.text",
      excelError: "merge.value.excelError",
      notNumber: "merge.value.notNumber",
    }[read.problem];
    issues.add(key, ref.sheet, ref.cell, scalarText(ref.value));
    return { ok: false, value: null };
  }
  if (indicator.kind === "flag" && read.value !== 0 && read.value !== 1) {
    issues.add("merge.value.flag", ref.sheet, ref.cell, scalarText(ref.value));
    return { ok: false, value: null };
  }
  if (read.fromText) {
    const shown = `${sheetRef(ref.sheet, ref.cell)} “${scalarText(ref.value)}” → ${read.value}`;
    notes.add("merge.value.textNumber", ref.sheet, ref.cell, shown);
  }
  if (ref.formula) notes.add("merge.value.formula", ref.sheet, ref.cell);
  return { ok: true, value: read.value };
}

export function checkRows(form: ReadForm, index: PlanIndex) {
  const issues = new CellIssues();
  const notes = new CellIssues();
  const rows: CheckedRow[] = [];
  const seen = new Map<string, FormRow>();
  const hasNumber = (r: FormRow) =>
    !!r.period.formula ||
    readNumber(r.period.value).kind !== "empty" ||
    (r.cumulative !== null && readNumber(r.cumulative.value).kind !== "empty");

  for (const r of form.rows) {
    const taskText = scalarText(r.task.value);
    const indText = scalarText(r.indicator.value);
    const statusText = r.status ? scalarText(r.status.value) : "";
    const statusDone = DONE_STATUSES.includes(fold(statusText));
    if (!taskText) {
      if (hasNumber(r) || indText) issues.add("merge.row.missingTask", r.task.sheet, r.task.cell);
      continue;
    }
    const task = index.task(taskText);
    if (!task) {
      // A heading or signature line with text in the task column carries nothing: skip it.
      if (indText || statusText || hasNumber(r)) {
        issues.add("merge.row.unknownTask", r.task.sheet, r.task.cell, taskText);
      }
      continue;
    }

    let key: string;
    let period: Figure | null = null;
    let cumulative: Figure | null = null;
    let target: number | undefined;
    if (!indText) {
      if (task.indicators.length > 0) {
        if (hasNumber(r)) {
          issues.add("merge.row.missingIndicator", r.indicator.sheet, r.indicator.cell, task.code);
          continue;
        }
        if (!statusText) continue; // the task's title line above its indicator rows
      } else if (hasNumber(r)) {
        notes.add("merge.value.ignoredOnTopic", r.period.sheet, r.period.cell, task.code);
      }
      key = figureKey(task.code);
    } else {
      const indicator = index.indicator(task, indText);
      if (!indicator) {
        const code = figureKey(task.code, indText);
        issues.add("merge.row.unknownIndicator", r.indicator.sheet, r.indicator.cell, code);
        continue;
      }
      key = figureKey(task.code, indicator.code);
      target = indicator.target;
      const p = readFigure(r.period, indicator, issues, notes);
      const c = r.cumulative ? readFigure(r.cumulative, indicator, issues, notes) : null;
      if (p.value !== null) period = { value: p.value, sheet: r.period.sheet, cell: r.period.cell };
      if (c && c.value !== null && r.cumulative) {
        cumulative = { value: c.value, sheet: r.cumulative.sheet, cell: r.cumulative.cell };
      }
      if (period && cumulative && cumulative.value < period.value) {
        issues.add("merge.value.cumulativeBelow", cumulative.sheet, cumulative.cell);
      }
    }

    const first = seen.get(key);
    if (first) {
      issues.add("merge.row.duplicateKey", first.task.sheet, first.task.cell, key);
      issues.add("merge.row.duplicateKey", r.task.sheet, r.task.cell, key);
      continue;
    }
    seen.set(key, r);
    const best = Math.max(period?.value ?? 0, cumulative?.value ?? 0);
    const reached = target !== undefined ? best >= target : best > 0;
    rows.push({ key, period, cumulative, done: statusDone || reached });
  }
  return { rows, problems: issues.messages(), notes: notes.messages() };
}
