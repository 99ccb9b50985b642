/**
 * Cell value helpers shared by both adapters (pure: no ExcelJS, no Office.js).
 *
 * Date convention: a `Date` in the port is a wall-clock date/time stored in UTC
 * (`new Date(Date.UTC(2020, 2, 4))` is 04/03/2020 whatever the machine's time zone).
 * Excel stores serial day numbers with no zone, so this keeps files identical on a
 * machine in Hà Nội and on a CI server in UTC. The conversion itself is the domain's.
 */
import type { Cell, Formula, Scalar } from "../../domain/sheet";
import { isFormula } from "../../domain/sheet";
import { DATE_FORMAT } from "../../domain/schedule/dates";

export { dateToSerial, serialToDate } from "../../domain/schedule/dates";

/** Number format given to date cells that come without one. */
export const DEFAULT_DATE_FORMAT = DATE_FORMAT;

/**
 * Does a number format show a date or time? Quoted text, escaped characters, [colour] and
 * [$-locale] sections are ignored; "General" and plain number formats are not dates.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  let f = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "");
  // Elapsed-time brackets like [h]:mm are times; other brackets are colours and locales.
  if (/\[(?:h+|m+|s+)\]/i.test(f)) return true;
  f = f.replace(/\[[^\]]*\]/g, "");
  if (/^general$/i.test(f.trim())) return false;
  return /[dmyhs]/i.test(f);
}

/** The formula text as Excel stores it (without "="), after checking the port's rule. */
export function formulaBody(cell: Formula, where: string): string {
  const f = cell.formula;
  if (typeof f !== "string" || !f.startsWith("=") || f.length < 2) {
    throw new Error(`${where}: a formula must start with "=", got ${JSON.stringify(f)}`);
  }
  return f.slice(1);
}

/** True when a block row holds a Formula object anywhere. */
export function hasFormula(values: Cell[][]): boolean {
  return values.some((row) => row.some((c) => isFormula(c)));
}

/** Plain scalar check used when reading back. */
export function isScalar(v: unknown): v is Scalar {
  return (
    v === null ||
    typeof v === "string" ||
    typeof v === "number" ||
    typeof v === "boolean" ||
    v instanceof Date
  );
}

/** Excel error values as shown in a cell. */
export const ERROR_VALUES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#BLOCKED!",
  "#FIELD!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

/** Trim trailing all-null rows and columns so a matrix ends at its last used cell. */
export function trimMatrix<T>(rows: (T | null)[][]): (T | null)[][] {
  let lastRow = -1;
  let lastCol = -1;
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) {
        if (r > lastRow) lastRow = r;
        if (c > lastCol) lastCol = c;
      }
    }),
  );
  return rows.slice(0, lastRow + 1).map((row) => {
    const out = row.slice(0, lastCol + 1);
    while (out.length < lastCol + 1) out.push(null);
    return out;
  });
}

/** A rows×cols matrix filled with `value`. */
export function fillMatrix<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}
