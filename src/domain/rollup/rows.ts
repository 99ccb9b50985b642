/**
 * The rows of a form checked against the plan. A cell that breaks a rule is a conflict (as in
 * DHIS2's data import): left out of the figures and listed with its cell, key, value and
 * reason; the rest of the form counts. Numbers typed as text are read and noted.
 *
 * Every non-empty figure cell of a row that reaches here ends as exactly one of: a figure, or
 * a conflict (never both, never neither). A row that carries no figure but names an unknown
 * code is listed as a conflict on its code cell, so nothing typed goes unmentioned.
 */
import type { Indicator, Plan, Task } from "../plan/types";
import type { Scalar } from "../sheet";
import { fold, foldCode } from "./fold";
import { message, scalarText } from "./identity";
import { CellIssues } from "./issues";
import { checkFigure, readNumber, type NumberRead } from "./numbers";
import type { CellRef, FormRow, ReadForm } from "./readForm";
import type { Conflict, Message } from "./types";
import { parseCell, sheetRef } from "../address";

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

type FigureRead =
  { kind: "empty" } | { kind: "value"; value: number } | { kind: "conflict"; reason: Message };

const PROBLEM_REASON: Record<Extract<NumberRead, { kind: "problem" }>["problem"], string> = {
  negative: "merge.conflict.negative",
  text: "merge.conflict.text",
  excelError: "merge.conflict.excelError",
  notNumber: "merge.conflict.notNumber",
};

/** Reading one figure cell: the number, nothing, or why the cell is a conflict. */
function readFigure(ref: CellRef, indicator: Indicator, notes: CellIssues): FigureRead {
  if (ref.formula && (ref.value === null || ref.value === "")) {
    return { kind: "conflict", reason: message("merge.conflict.formulaNoValue") };
  }
  let read: NumberRead = readNumber(ref.value);
  if (read.kind === "problem" && read.problem === "text" && indicator.kind === "flag") {
    const word = FLAG_WORDS[fold(String(ref.value))];
    if (word !== undefined) read = { kind: "number", value: word, fromText: true };
  }
  if (read.kind === "empty") return { kind: "empty" };
  if (read.kind === "problem") {
    return { kind: "conflict", reason: message(PROBLEM_REASON[read.problem]) };
  }
  if (indicator.kind === "flag" && read.value !== 0 && read.value !== 1) {
    return { kind: "conflict", reason: message("merge.conflict.flag") };
  }
  const bad = checkFigure(read.value, indicator);
  if (bad) return { kind: "conflict", reason: bad };
  if (read.fromText) {
    const shown = `${sheetRef(ref.sheet, ref.cell)} “${scalarText(ref.value)}” → ${read.value}`;
    notes.add("merge.value.textNumber", ref.sheet, ref.cell, shown);
  }
  if (ref.formula) notes.add("merge.value.formula", ref.sheet, ref.cell);
  return { kind: "value", value: read.value };
}

const isEmptyCell = (ref: CellRef | null): ref is null =>
  ref === null || (!ref.formula && readNumber(ref.value).kind === "empty");

/** The value a conflict shows: what the cell holds, or its formula when it has no value. */
const shownValue = (ref: CellRef): Scalar =>
  ref.formula && (ref.value === null || ref.value === "") ? ref.formula : ref.value;

/** A row on its way: its key and the figures read so far. */
interface Pending {
  row: FormRow;
  key: string;
  period: Figure | null;
  cumulative: Figure | null;
  done: boolean;
}

export function checkRows(form: ReadForm, index: PlanIndex) {
  const notes = new CellIssues();
  const conflicts: Conflict[] = [];
  const pending: Pending[] = [];

  const conflict = (ref: CellRef, key: string, reason: Message, measure: Conflict["measure"]) =>
    conflicts.push({
      sheet: ref.sheet,
      cell: ref.cell,
      key,
      measure,
      value: shownValue(ref),
      reason,
    });
  /** Every non-empty figure cell of `r` is a conflict; a row without one, its code cell. */
  const rowConflict = (r: FormRow, key: string, reason: Message, codeCell: CellRef) => {
    const figures = [
      ["period", r.period],
      ["cumulative", r.cumulative],
    ] as const;
    let any = false;
    for (const [measure, ref] of figures) {
      if (isEmptyCell(ref)) continue;
      conflict(ref, key, reason, measure);
      any = true;
    }
    if (!any) conflict(codeCell, key, reason, null);
  };

  for (const r of form.rows) {
    const taskText = scalarText(r.task.value);
    const indText = scalarText(r.indicator.value);
    const statusText = r.status ? scalarText(r.status.value) : "";
    const statusDone = DONE_STATUSES.includes(fold(statusText));
    const hasNumber = !isEmptyCell(r.period) || !isEmptyCell(r.cumulative);
    if (!taskText) {
      if (hasNumber || indText) {
        const key = figureKey("?", indText || undefined);
        rowConflict(r, key, message("merge.conflict.missingTask"), r.task);
      }
      continue;
    }
    const task = index.task(taskText);
    if (!task) {
      // A heading or signature line with text in the task column carries nothing: skip it.
      if (indText || statusText || hasNumber) {
        const key = figureKey(taskText, indText || undefined);
        rowConflict(r, key, message("merge.conflict.unknownTask"), r.task);
      }
      continue;
    }

    if (!indText) {
      if (task.indicators.length > 0) {
        if (hasNumber) {
          rowConflict(r, task.code, message("merge.conflict.missingIndicator"), r.indicator);
          continue;
        }
        if (!statusText) continue; // the task's title line above its indicator rows
      } else if (hasNumber) {
        rowConflict(r, task.code, message("merge.conflict.noIndicators"), r.task);
      }
      pending.push({ row: r, key: task.code, period: null, cumulative: null, done: statusDone });
      continue;
    }
    const indicator = index.indicator(task, indText);
    if (!indicator) {
      const key = figureKey(task.code, indText);
      rowConflict(r, key, message("merge.conflict.unknownIndicator"), r.indicator);
      continue;
    }
    const key = figureKey(task.code, indicator.code);
    const figure = (ref: CellRef | null, measure: "period" | "cumulative"): Figure | null => {
      if (!ref) return null;
      const read = readFigure(ref, indicator, notes);
      if (read.kind === "conflict") conflict(ref, key, read.reason, measure);
      return read.kind === "value" ? { value: read.value, sheet: ref.sheet, cell: ref.cell } : null;
    };
    const period = figure(r.period, "period");
    let cumulative = figure(r.cumulative, "cumulative");
    if (period && cumulative && cumulative.value < period.value && r.cumulative) {
      conflict(
        r.cumulative,
        key,
        message("merge.conflict.cumulativeBelow", { period: period.value }),
        "cumulative",
      );
      cumulative = null;
    }
    const best = Math.max(period?.value ?? 0, cumulative?.value ?? 0);
    const reached = indicator.target !== undefined ? best >= indicator.target : best > 0;
    pending.push({ row: r, key, period, cumulative, done: statusDone || reached });
  }

  // Two rows for one key: neither can be told right, so both rows' figures are conflicts.
  const count = new Map<string, number>();
  for (const p of pending) count.set(p.key, (count.get(p.key) ?? 0) + 1);
  const rows: CheckedRow[] = [];
  for (const p of pending) {
    if ((count.get(p.key) ?? 0) < 2) {
      rows.push({ key: p.key, period: p.period, cumulative: p.cumulative, done: p.done });
      continue;
    }
    const reason = message("merge.conflict.duplicateKey");
    let any = false;
    for (const [measure, fig, ref] of [
      ["period", p.period, p.row.period],
      ["cumulative", p.cumulative, p.row.cumulative],
    ] as const) {
      // A cell already listed for its own reason stays listed once.
      if (!fig || !ref) continue;
      conflict(ref, p.key, reason, measure);
      any = true;
    }
    const own = conflicts.some(
      (c) => c.sheet === p.row.task.sheet && parseCell(c.cell).row + 1 === p.row.row,
    );
    if (!any && !own) conflict(p.row.task, p.key, reason, null);
  }
  conflicts.sort((a, b) => {
    const x = parseCell(a.cell);
    const y = parseCell(b.cell);
    return x.row - y.row || x.col - y.col;
  });
  return { rows, conflicts, notes: notes.messages() };
}
