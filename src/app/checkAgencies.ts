/**
 * "Kiểm tra cơ quan" (F5): every agency cell of the workbook (the task matrix's lead and
 * coordinating columns, each report form's unit cell) against the registry, with the problem
 * cells highlighted in the same edit. In Excel: list the sheets and names, one read, one apply.
 * "Sửa" writes one suggestion; "Sửa tất cả" writes every safe fix, each in one batch that
 * reads the cells again first: a cell the user changed since the check keeps what they typed.
 */
import { parseCell, sameSheet } from "../domain/address";
import {
  CHECK_SHEET,
  checkCells,
  findAgencyCells,
  fixAllEdit,
  fixOneEdit,
  highlightEdit,
  highlightedCells,
  isInternalSheet,
  LISTS_SHEET,
  missingUnitProblem,
  readRegistrySheet,
  type AgencyCell,
  type AgencyProblem,
  type WorkbookSnapshot,
} from "../domain/matrix";
import { createMatcher, type Matcher } from "../domain/matcher";
import { findPeriod, registryForPeriod } from "../domain/schedule";
import { REGISTRY_SHEET, type Registry } from "../domain/registry";
import { translate, type Lang } from "../i18n";
import type { SheetData, WorkbookInfo } from "../domain/sheet";
import type { WorkbookPort } from "../workbook/port";

export interface CheckOptions {
  /** The registry to match against when the workbook has no readable "Danh mục cơ quan". */
  registry: Registry;
  /** Prefer the workbook's own "Danh mục cơ quan" sheet (default true). */
  useWorkbookRegistry?: boolean;
  lang?: Lang;
}

export interface CheckResult {
  problems: AgencyProblem[];
  /** Agency cells looked at (forms without a unit cell count as one). */
  cells: number;
  errors: number;
  warnings: number;
  /** Sheets found holding a task matrix, and report forms. */
  matrices: string[];
  forms: string[];
  /** Things the user should know that are not problems with a cell. */
  notes: string[];
  /** One line saying how it went. */
  message: string;
}

const same = sameSheet;

/** The check over what a reader gave, shared by Excel, the browser and the command line. */
export function checkSnapshot(book: WorkbookSnapshot, opts: CheckOptions): CheckResult {
  const lang = opts.lang ?? "vi";
  const notes: string[] = [];
  let registry = opts.registry;
  const registryData = book.data.find((d) => same(d.name, REGISTRY_SHEET));
  if (registryData && opts.useWorkbookRegistry !== false) {
    const own = readRegistrySheet(registryData, lang);
    if (own.registry) registry = own.registry;
    else
      notes.push(
        translate(lang, "check.registryUnreadable", { errors: own.errors.slice(0, 3).join("; ") }),
      );
  }
  const found = findAgencyCells(book);
  // A form's unit is named as in its period (the office's later name after 2020).
  const base = createMatcher(registry);
  const byPeriod = new Map<string, Matcher>();
  const matcherFor = (cell: AgencyCell): Matcher => {
    if (!cell.period || !findPeriod(cell.period)) return base;
    let m = byPeriod.get(cell.period);
    if (!m) {
      const named = registryForPeriod(registry, cell.period);
      m = named === registry ? base : createMatcher(named);
      byPeriod.set(cell.period, m);
    }
    return m;
  };
  const problems = [
    ...checkCells(found.cells, matcherFor, lang),
    ...found.missingUnits.map((m) => missingUnitProblem(m, lang)),
  ];
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const cells = found.cells.length + found.missingUnits.length;
  const message =
    problems.length === 0
      ? translate(lang, "check.summary.clean", { cells })
      : translate(lang, "check.summary.problems", { errors, warnings, cells });
  return {
    problems,
    cells,
    errors,
    warnings,
    matrices: found.matrices,
    forms: found.forms,
    notes,
    message,
  };
}

export interface CheckAgenciesOptions extends CheckOptions {
  /** Fill problem cells and clear fixed ones (default true). */
  highlight?: boolean;
}

/** Check the open workbook; problem cells are highlighted in the same round trip. */
export async function checkAgencies(
  port: WorkbookPort,
  opts: CheckAgenciesOptions,
): Promise<CheckResult> {
  let result: CheckResult | undefined;
  // One batch: list the sheets and names, read them, write the highlights.
  await port.update(
    ({ sheets }) =>
      // Every sheet but our lists; fonts where agency names may be typed (TCVN3 capitals).
      sheets
        .filter(
          (s) =>
            s.name !== LISTS_SHEET &&
            (!isInternalSheet(s.name) || s.name === CHECK_SHEET || s.name === REGISTRY_SHEET),
        )
        .map((s) => ({ sheet: s.name, formulas: true, fonts: !isInternalSheet(s.name) })),
    ({ sheets, names, data }) => {
      const checked = checkSnapshot({ sheets, names, data }, opts);
      result = checked;
      if (opts.highlight === false) return null;
      const tracking = data.find((d) => d.name === CHECK_SHEET);
      return highlightEdit(checked.problems, {
        previous: highlightedCells(tracking),
        sheets: sheets.map((s) => s.name),
        trackingPresent: tracking !== undefined,
      });
    },
  );
  if (!result) throw new Error("checkAgencies: the workbook update did not run");
  return result;
}

/**
 * The problems whose cell no longer holds what the check read: the user typed in it since.
 * A fix is a later action than its check, so it reads the cells again and leaves those alone.
 */
function changedSince(problems: readonly AgencyProblem[], data: SheetData[]): Set<AgencyProblem> {
  const changed = new Set<AgencyProblem>();
  for (const p of problems) {
    if (!p.cell) continue;
    const sheet = data.find((d) => sameSheet(d.name, p.sheet));
    const { row, col } = parseCell(p.cell);
    const v = sheet?.values[row]?.[col];
    const now = typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
    if (!sheet || sheet.formulas?.[row]?.[col] || now !== p.prefix + p.text) changed.add(p);
  }
  return changed;
}

/** Reads the problems' sheets again (one batch with the write): their cells as they are now. */
const problemSheets = (problems: readonly AgencyProblem[]) => (info: WorkbookInfo) =>
  info.sheets
    .filter((s) => problems.some((p) => p.cell && sameSheet(s.name, p.sheet)))
    .map((s) => ({ sheet: s.name, formulas: true }));

/** A cell changed since the check: its fix is not written (the message names the cell). */
export class CellChangedError extends Error {
  constructor(
    readonly problem: AgencyProblem,
    lang: Lang = "vi",
  ) {
    super(translate(lang, "check.cellChanged", { sheet: problem.sheet, cell: problem.cell }));
    this.name = "CellChangedError";
  }
}

/**
 * Write one problem's suggestion into its cell, in one batch with a read of the cell: false when
 * it has no suggestion; CellChangedError, nothing written, when the cell changed since the check.
 */
export async function fixOne(
  port: WorkbookPort,
  problem: AgencyProblem,
  lang: Lang = "vi",
): Promise<boolean> {
  const edit = fixOneEdit(problem);
  if (!edit) return false;
  let changed = false;
  await port.update(problemSheets([problem]), ({ data }) => {
    changed = changedSince([problem], data).size > 0;
    return changed ? null : edit;
  });
  if (changed) throw new CellChangedError(problem, lang);
  return true;
}

/**
 * Every safe fix of `problems` (from the last check) in one batch with a read of their cells;
 * cells changed since the check keep what the user typed and are listed in `changed`.
 */
export async function fixAll(
  port: WorkbookPort,
  problems: readonly AgencyProblem[],
  lang: Lang = "vi",
): Promise<{
  fixed: AgencyProblem[];
  remaining: AgencyProblem[];
  changed: AgencyProblem[];
  message: string;
}> {
  let out: ReturnType<typeof fixAllEdit> | undefined;
  let changed: AgencyProblem[] = [];
  const fixable = problems.filter((p) => p.cell && p.safeText !== null);
  await port.update(
    (info) => (fixable.length ? problemSheets(fixable)(info) : []),
    ({ data }) => {
      const moved = changedSince(fixable, data);
      changed = [...moved];
      // A changed cell is not fixed: it stays listed, as a problem with no safe fix.
      out = fixAllEdit(problems.map((p) => (moved.has(p) ? { ...p, safeText: null } : p)));
      return out.edit;
    },
  );
  if (!out) throw new Error("fixAll: the workbook update did not run");
  const { fixed, remaining } = out;
  const message = translate(lang, "check.summary.fixed", {
    fixed: fixed.length,
    remaining: remaining.length,
  });
  return {
    fixed,
    remaining,
    changed,
    message: changed.length
      ? `${message} ${translate(lang, "check.summary.changed", {
          count: changed.length,
          cells: changed.map((p) => `${p.sheet}!${p.cell}`).join(", "),
        })}`
      : message,
  };
}
