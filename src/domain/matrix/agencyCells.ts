/**
 * Where agency names are typed in a workbook: the lead and coordinating columns of a task
 * matrix (found by its table name or its header row), and the unit cell of each report form
 * (found the way the roll-up finds it: the DonVi name, else a "Đơn vị:" label; contract 5.1).
 */
import { cellAddress, parseRange } from "../address";
import { PLAN_FORMAT } from "../plan/json";
import { PLAN_KEYS } from "../plan/sheet";
import { REGISTRY_SHEET } from "../registry/sheet";
import { parsePeriod } from "../rollup/period";
import { parseNameRef, readForm } from "../rollup/readForm";
import { looseKey } from "../text/normalize";
import type { DefinedName, SheetData, SheetInfo } from "../sheet";
import { LISTS_SHEET, MATRIX_TABLE } from "./layout";

export type AgencyCellKind = "lead" | "coordinating" | "unit";

export interface AgencyCell {
  sheet: string;
  /** A1 address. */
  cell: string;
  kind: AgencyCellKind;
  /** The agency text (for a "Đơn vị: …" label cell, the part after the colon). */
  text: string;
  /** What stands before `text` in the cell ("Đơn vị: "), kept when the cell is fixed. */
  prefix: string;
  /** The cell's font name, when read (TCVN3 capitals need ".VnTimeH" to decode). */
  font: string | null;
  /** A form's unit cell: the form's period ("2021-Q1"), when readable; names are as then. */
  period?: string;
}

/** A report form whose unit cell could not be found or is empty. */
export interface MissingUnit {
  sheet: string;
  /** The empty unit cell, or "" when the form has none. */
  cell: string;
}

/** What a reader gives: the sheets, the workbook's names and the sheets' data (with fonts). */
export interface WorkbookSnapshot {
  sheets: SheetInfo[];
  names: DefinedName[];
  data: SheetData[];
}

export interface AgencyCellsFound {
  cells: AgencyCell[];
  missingUnits: MissingUnit[];
  /** Sheets holding a task matrix, and report forms. */
  matrices: string[];
  forms: string[];
}

/** Sheets of our own that are never scanned. */
export const isInternalSheet = (name: string): boolean =>
  name.startsWith("_cchc") || name === LISTS_SHEET || name === REGISTRY_SHEET;

const key = (v: unknown): string => (typeof v === "string" ? looseKey(v) : "");
const CODE = looseKey("Mã nhiệm vụ");
const LEAD = looseKey("Cơ quan chủ trì");
const COORDINATING = looseKey("Cơ quan phối hợp");

/** The plan sheet ("Kế hoạch") names bodies as the plan words them: it is data, not a matrix. */
function isPlanSheet(data: SheetData): boolean {
  const row = data.values[0] ?? [];
  return key(row[0]) === looseKey(PLAN_KEYS.format) && row[1] === PLAN_FORMAT;
}

const textOf = (v: unknown): string =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : "";

const blankRow = (data: SheetData, r: number, left: number, right: number): boolean => {
  for (let c = left; c <= right; c++) if (textOf(data.values[r]?.[c]).trim() !== "") return false;
  return true;
};

function matrixCells(data: SheetData): AgencyCell[] | null {
  if (isPlanSheet(data)) return null;
  const wanted = looseKey(MATRIX_TABLE);
  const table = data.tables.find((t) => new RegExp(`^${wanted}\\d*$`).test(looseKey(t.name)));
  let top = -1;
  let bottom = data.values.length - 1;
  let left = 0;
  // A loop, not Math.max(...rows): a sheet may have more rows than a call has arguments.
  let right = -1;
  for (const r of data.values) if (r.length - 1 > right) right = r.length - 1;
  if (table) {
    const box = parseRange(table.range);
    ({ top, left, right } = box);
    bottom = box.bottom;
    // Rows typed straight under the table belong to it.
    while (bottom + 1 < data.values.length && !blankRow(data, bottom + 1, left, right)) bottom++;
  } else {
    top = data.values.findIndex((row) => {
      const keys = row.map(key);
      return keys.includes(CODE) && (keys.includes(LEAD) || keys.includes(COORDINATING));
    });
    if (top < 0) return null;
  }
  const header = data.values[top] ?? [];
  const columns: [number, AgencyCellKind][] = [];
  for (let c = left; c <= right; c++) {
    if (key(header[c]) === LEAD) columns.push([c, "lead"]);
    else if (key(header[c]) === COORDINATING) columns.push([c, "coordinating"]);
  }
  const cells: AgencyCell[] = [];
  for (let r = top + 1; r <= bottom; r++) {
    for (const [c, kind] of columns) {
      // A formula's result cannot be fixed by typing over it: leave those alone.
      if (data.formulas?.[r]?.[c]) continue;
      const text = textOf(data.values[r]?.[c]);
      if (text.trim() === "") continue;
      cells.push({
        sheet: data.name,
        cell: cellAddress(r, c),
        kind,
        text,
        prefix: "",
        font: data.fonts?.[r]?.[c] ?? null,
      });
    }
  }
  return cells;
}

/** The unit cell of a report form on `data`, if the sheet is one. */
function formUnit(
  info: SheetInfo,
  data: SheetData,
  names: DefinedName[],
): { cell: AgencyCell } | { missing: MissingUnit } | null {
  // One form per sheet: the workbook's names that point at this sheet only.
  const own = names.filter((n) => {
    const ref = parseNameRef(n.refersTo);
    return ref !== null && ref.sheet.normalize("NFC") === info.name.normalize("NFC");
  });
  const outcome = readForm({
    file: "",
    sheets: [{ name: info.name, visibility: info.visibility }],
    names: own,
    data: () => data,
  });
  if (!outcome.ok) return null;
  const unit = outcome.form.unit;
  if (!unit) return { missing: { sheet: info.name, cell: "" } };
  const { row, col } = rowCol(unit.cell);
  if (data.formulas?.[row]?.[col]) return null;
  const value = textOf(unit.value);
  if (value.trim() === "") return { missing: { sheet: info.name, cell: unit.cell } };
  const raw = textOf(data.values[row]?.[col]);
  // "Đơn vị: UBND huyện Văn Yên" in one cell: the label stays when the name is fixed.
  const at = raw.lastIndexOf(value);
  const prefix = at > 0 ? raw.slice(0, at) : "";
  const cell: AgencyCell = {
    sheet: info.name,
    cell: unit.cell,
    kind: "unit",
    text: value,
    prefix,
    font: data.fonts?.[row]?.[col] ?? null,
  };
  const period = outcome.form.period ? parsePeriod(outcome.form.period.value) : null;
  if (period) cell.period = period;
  return { cell };
}

function rowCol(a1: string): { row: number; col: number } {
  const box = parseRange(a1);
  return { row: box.top, col: box.left };
}

export function findAgencyCells(book: WorkbookSnapshot): AgencyCellsFound {
  const found: AgencyCellsFound = { cells: [], missingUnits: [], matrices: [], forms: [] };
  for (const info of book.sheets) {
    if (isInternalSheet(info.name)) continue;
    const data = book.data.find((d) => d.name === info.name);
    if (!data) continue;
    const matrix = matrixCells(data);
    if (matrix) {
      found.matrices.push(info.name);
      found.cells.push(...matrix);
      continue;
    }
    const unit = formUnit(info, data, book.names);
    if (!unit) continue;
    found.forms.push(info.name);
    if ("cell" in unit) found.cells.push(unit.cell);
    else found.missingUnits.push(unit.missing);
  }
  return found;
}
