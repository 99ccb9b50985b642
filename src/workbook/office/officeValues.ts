/**
 * Port values <-> what Office.js takes and gives. Office.js treats written strings like typed
 * input ("=x" becomes a formula, "001" a number, "1/2" a date), so text that Excel would
 * reinterpret goes in behind an apostrophe, which Excel keeps as a prefix, not as content.
 */
import type { Block, Cell, Scalar } from "../../domain/sheet";
import { isFormula } from "../../domain/sheet";
import {
  dateToSerial,
  DEFAULT_DATE_FORMAT,
  formulaBody,
  isDateFormat,
  serialToDate,
} from "../shared/cellValues";

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/]*\d/i;

/**
 * Would Excel turn this text into something else when typed? Formula starters (= + - @),
 * a leading apostrophe (it would be eaten), numbers, percentages, fractions, dates and times,
 * TRUE/FALSE, error values, currency amounts.
 */
export function needsTextGuard(s: string): boolean {
  const t = s.trim();
  if (t === "") return false;
  if (/^[=+\-@'#]/.test(s)) return true;
  if (/^[\d.,:/\s%()$€£¥₫eE+-]+$/.test(t) && /\d/.test(t)) return true;
  if (/^[$€£¥₫]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  return MONTH.test(t);
}

/** One port cell as an Office.js input for `range.values`/`range.formulas`. */
export function toOfficeInput(cell: Cell, where: string): string | number | boolean {
  if (cell === null) return "";
  if (isFormula(cell)) return `=${formulaBody(cell, where)}`;
  if (cell instanceof Date) return dateToSerial(cell);
  if (typeof cell === "string") return needsTextGuard(cell) ? `'${cell}` : cell;
  return cell;
}

/** Inputs for a block, and the per-cell number formats dates need (null = leave as is). */
export function blockInputs(
  block: Block,
  where: string,
): {
  inputs: (string | number | boolean | null)[][];
  dateFormats: (string | null)[][] | null;
  width: number;
} {
  const width = Math.max(0, ...block.values.map((r) => r.length));
  let anyDate = false;
  const inputs = block.values.map((row) => {
    const out: (string | number | boolean | null)[] = [];
    for (let c = 0; c < width; c++) {
      // Past the end of a short row: null leaves the cell as it is (like the file adapter).
      if (c >= row.length) {
        out.push(null);
        continue;
      }
      const cell = row[c];
      if (cell instanceof Date) anyDate = true;
      out.push(toOfficeInput(cell, where));
    }
    return out;
  });
  const dateFormats =
    anyDate && !block.format?.numberFormat
      ? block.values.map((row) =>
          Array.from({ length: width }, (_, c) =>
            row[c] instanceof Date ? DEFAULT_DATE_FORMAT : null,
          ),
        )
      : null;
  return { inputs, dateFormats, width };
}

/** One value read from Office.js as a port scalar. */
export function fromOfficeValue(
  value: unknown,
  numberFormat: unknown,
  valueType: string | undefined,
): { value: Scalar; error?: string } {
  if (value === "" || value === null || value === undefined) return { value: null };
  if (valueType === "Error") return { value: String(value), error: String(value) };
  if (typeof value === "number") {
    return {
      value: isDateFormat(typeof numberFormat === "string" ? numberFormat : "")
        ? serialToDate(value)
        : value,
    };
  }
  if (typeof value === "boolean" || typeof value === "string") return { value };
  return { value: String(value) };
}

/** Office.js returns the constant for a non-formula cell: only a real formula counts. */
export function formulaOf(formula: unknown, value: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  if (formula === value) return null;
  return formula;
}
