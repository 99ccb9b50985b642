/**
 * The roll-up: forms in, the provincial figures out (brief F9, contract 5.3).
 *
 * Decisions (see also numbers.ts for numbers typed as text):
 * - A file is rejected only when it cannot be read or attributed (not a form, unknown unit,
 *   wrong period). A cell that breaks a rule is a conflict (rows.ts): left out of the figures
 *   and listed under the accepted file with its address, so one slip does not cost the unit's
 *   other figures (DHIS2's data import does the same).
 * - Rows are checked against the whole plan, not against the rows of the unit's own form.
 * - A unit known to the registry but not expected is accepted (its figures count) with a
 *   warning: a body may report voluntarily, and dropping its figures would hide its work.
 * - The same unit twice: the newest form is used (workbook modified time, then file time, then
 *   the file name that sorts last, as in "bao-cao-v2.xlsx" after "bao-cao.xlsx"); when a
 *   workbook's own date is in the future, the file times alone decide; only forms
 *   that pass the checks compete, so a broken resend does not hide a good earlier form.
 * - An empty visible unit or period cell rejects the form even if `_cchc` has one: a cleared
 *   cell may mean the form was reused for another unit, and guessing could replace the real
 *   unit's report. `_cchc` is used only when the sheet has no unit/period cell at all.
 * - `totals` holds the keys at least one accepted form filled (a typed 0 counts); keys in
 *   plan order, so the JSON is the same whatever the input order.
 * - Completion: a row is done when its status is "Hoàn thành" or its value (period or
 *   cumulative) is > 0, or, for an indicator with a target, reaches the target.
 */
import { canonicalPeriod } from "./period";
import { checkMeta, checkPeriod, checkUnit, message } from "./identity";
import { readForm, type FormMeta } from "./readForm";
import { listCells } from "./issues";
import { sheetRef } from "../address";
import { checkRows, PlanIndex, planKeys, type CheckedRow } from "./rows";
import {
  isFailedRead,
  type AcceptedForm,
  type Conflict,
  type DuplicateGroup,
  type FailedRead,
  type Figures,
  type FormSource,
  type MergeOptions,
  type MergeResult,
  type Message,
  type Provenance,
  type RejectedInput,
  type RolledUp,
  type UnitCompletion,
  ROLLUP_META,
  SOURCES_SEPARATOR,
} from "./types";

export { figureKey, planKeys } from "./rows";

/** A form that passed every check and competes for its unit. */
interface Candidate {
  file: string;
  unit: string;
  unitCode: string;
  sheet: string;
  warnings: Message[];
  rows: CheckedRow[];
  conflicts: Conflict[];
  modified?: Date;
  fileTime?: Date;
  rolledUp?: RolledUp;
}

/** What `_cchc` says when the form was made from a merge; undefined for a unit's own. */
function rolledUpOf(meta: FormMeta | null): RolledUp | undefined {
  const count = Number(meta?.values[ROLLUP_META.count]);
  if (!meta || !Number.isInteger(count) || count <= 0) return undefined;
  const sources = (meta.values[ROLLUP_META.sources] ?? "")
    .split(SOURCES_SEPARATOR.trim())
    .map((s) => s.trim())
    .filter(Boolean);
  return { count, sources, communes: meta.values[ROLLUP_META.group] === "commune" };
}

type Checked = { ok: true; candidate: Candidate } | { ok: false; reasons: Message[] };

const READ_ERRORS: Record<string, string> = {
  "too-large": "merge.read.tooLarge",
  "not-xlsx": "merge.read.notXlsx",
  encrypted: "merge.read.encrypted",
  corrupt: "merge.read.corrupt",
};

function failedReadReason(input: FailedRead): Message {
  return message(READ_ERRORS[input.error.code] ?? "merge.read.failed", {
    message: input.error.message,
    code: input.error.code,
  });
}

function checkForm(source: FormSource, options: MergeOptions, index: PlanIndex): Checked {
  const read = readForm(source);
  if (!read.ok) return { ok: false, reasons: read.problems };
  const form = read.form;
  const unit = checkUnit(form, options.resolveUnit);
  const period = checkPeriod(form, canonicalPeriod(options.period));
  const rows = checkRows(form, index);
  const reasons = [...unit.problems, ...period.problems];
  if (form.rows.length === 0) reasons.push(message("merge.form.noRows", { sheet: form.sheet }));
  if (reasons.length > 0 || !unit.unit) return { ok: false, reasons };

  const warnings = [
    ...form.warnings,
    ...unit.warnings,
    ...period.warnings,
    ...checkMeta(form, options.plan),
    ...rows.notes,
  ];
  if (rows.conflicts.length > 0) {
    // Readers of the report that predate `conflicts` still see that cells were left out.
    const cells = rows.conflicts.map((c) => sheetRef(c.sheet, c.cell));
    warnings.push(
      message("merge.conflict.summary", { count: cells.length, cells: listCells(cells) }),
    );
  } else if (!rows.rows.some((r) => r.period || r.cumulative || r.done)) {
    warnings.push(message("merge.form.noFigures"));
  }
  return {
    ok: true,
    candidate: {
      file: source.file,
      unit: unit.unit.name,
      unitCode: unit.unit.code,
      sheet: form.sheet,
      warnings,
      rows: rows.rows,
      conflicts: rows.conflicts,
      modified: source.modified,
      fileTime: source.fileTime,
      rolledUp: rolledUpOf(form.meta),
    },
  };
}

/** Plain code-point order: the same on every machine, unlike localeCompare. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const time = (d?: Date): number => (d && !Number.isNaN(d.getTime()) ? d.getTime() : -Infinity);

/**
 * File names in the order people number versions: extension ignored, digit runs compared as
 * numbers, so "bao-cao" < "bao-cao (1)" < "bao-cao-v2" and "v9" < "v10".
 */
export function compareFileNames(a: string, b: string): number {
  const chunks = (s: string) => s.replace(/\.[^./\\]*$/, "").match(/\d+|\D+/g) ?? [];
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const numeric = /^\d/.test(x[i]) && /^\d/.test(y[i]);
    const d = numeric ? Number(x[i]) - Number(y[i]) : byText(x[i], y[i]);
    if (d !== 0) return d;
  }
  return x.length - y.length || byText(a, b);
}

/** Newest first: modified time, then file time, then the file name sorting last. */
function newestFirst(a: Candidate, b: Candidate): number {
  return (
    time(b.modified) - time(a.modified) ||
    time(b.fileTime) - time(a.fileTime) ||
    compareFileNames(b.file, a.file)
  );
}

/** By arrival only: file time, then the file name sorting last. */
function arrivedLastFirst(a: Candidate, b: Candidate): number {
  return time(b.fileTime) - time(a.fileTime) || compareFileNames(b.file, a.file);
}

/** A day of slack for time zones and a sender's clock a little ahead. */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The order of a unit's forms. A workbook's own modified date after `now` (a sender's clock
 * set to 2099) cannot be believed: then the group is ordered by when the files arrived.
 */
function newestOrder(list: Candidate[], now: Date | undefined): Candidate[] {
  const limit = (now ?? new Date()).getTime() + DAY_MS;
  const future = list.some((c) => time(c.modified) > limit);
  const byArrival = future && list.every((c) => c.fileTime !== undefined);
  return [...list].sort(byArrival ? arrivedLastFirst : newestFirst);
}

/** Sum without float noise (0.1 + 0.2 -> 0.3). */
const tidy = (n: number): number => Number(n.toPrecision(15));

function ordered(figures: Figures, keys: string[]): Figures {
  const out: Figures = {};
  for (const k of keys) if (k in figures) out[k] = figures[k];
  return out;
}

export function mergeForms(options: MergeOptions): MergeResult {
  const { plan, expected } = options;
  const period = canonicalPeriod(options.period);
  const index = new PlanIndex(plan);
  const rejected: RejectedInput[] = [];
  const byUnitCode = new Map<string, Candidate[]>();

  for (const input of options.inputs) {
    if (isFailedRead(input)) {
      rejected.push({ file: input.file, reasons: [failedReadReason(input)] });
      continue;
    }
    const checked = checkForm(input, { ...options, period }, index);
    if (!checked.ok) {
      rejected.push({ file: input.file, reasons: checked.reasons });
      continue;
    }
    const list = byUnitCode.get(checked.candidate.unitCode) ?? [];
    list.push(checked.candidate);
    byUnitCode.set(checked.candidate.unitCode, list);
  }

  const kept: Candidate[] = [];
  const duplicates: DuplicateGroup[] = [];
  for (const list of byUnitCode.values()) {
    const [newest, ...older] = newestOrder(list, options.now);
    if (older.length > 0) {
      newest.warnings.push(message("merge.duplicate.kept", { count: list.length }));
      duplicates.push({
        unit: newest.unit,
        unitCode: newest.unitCode,
        kept: newest.file,
        ignored: older.map((c) => c.file),
      });
    }
    kept.push(newest);
  }

  const expectedOrder = new Map(expected.map((r, i) => [r.code, i]));
  for (const c of kept) {
    if (!expectedOrder.has(c.unitCode)) {
      c.warnings.push(message("merge.unit.notExpected", { name: c.unit }));
    }
  }
  // Units in the expected order, then the others by name: the order of byUnit and completion.
  const units = [...kept].sort(
    (a, b) =>
      (expectedOrder.get(a.unitCode) ?? Infinity) - (expectedOrder.get(b.unitCode) ?? Infinity) ||
      byText(a.unit, b.unit),
  );

  const keys = planKeys(plan);
  const totals: Figures = {};
  const cumulative: Figures = {};
  const byUnit: Record<string, Figures> = {};
  const cumulativeByUnit: Record<string, Figures> = {};
  const provenance: Provenance[] = [];
  const completion: UnitCompletion[] = [];
  for (const c of units) {
    const mine: Figures = {};
    const mineCumulative: Figures = {};
    for (const row of c.rows) {
      for (const [measure, fig] of [
        ["period", row.period],
        ["cumulative", row.cumulative],
      ] as const) {
        if (!fig) continue;
        const unitFigures = measure === "period" ? mine : mineCumulative;
        const all = measure === "period" ? totals : cumulative;
        unitFigures[row.key] = fig.value;
        all[row.key] = tidy((all[row.key] ?? 0) + fig.value);
        provenance.push({
          unit: c.unit,
          unitCode: c.unitCode,
          key: row.key,
          measure,
          value: fig.value,
          file: c.file,
          sheet: fig.sheet,
          cell: fig.cell,
          ...(c.rolledUp ? { rolledUp: c.rolledUp } : {}),
        });
      }
    }
    byUnit[c.unit] = ordered(mine, keys);
    cumulativeByUnit[c.unit] = ordered(mineCumulative, keys);
    const done = c.rows.filter((r) => r.done).length;
    completion.push({
      unit: c.unit,
      unitCode: c.unitCode,
      done,
      rows: c.rows.length,
      percent: c.rows.length ? Math.round((done / c.rows.length) * 1000) / 10 : 0,
    });
  }

  const accepted: AcceptedForm[] = kept
    .map((c) => ({
      file: c.file,
      unit: c.unit,
      unitCode: c.unitCode,
      sheet: c.sheet,
      warnings: c.warnings,
      conflicts: c.conflicts,
    }))
    .sort((a, b) => byText(a.file, b.file));
  const keptCodes = new Set(kept.map((c) => c.unitCode));

  return {
    period,
    expected,
    accepted,
    rejected: rejected.sort((a, b) => byText(a.file, b.file)),
    duplicates: duplicates.sort((a, b) => byText(a.unit, b.unit)),
    missing: expected.filter((r) => !keptCodes.has(r.code)),
    totals: ordered(totals, keys),
    cumulative: ordered(cumulative, keys),
    byUnit,
    cumulativeByUnit,
    provenance,
    completion,
  };
}
