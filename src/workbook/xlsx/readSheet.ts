/** Read an ExcelJS worksheet as the port's SheetData. */
import type * as ExcelJS from "exceljs";
import { cellAddress } from "../../domain/address";
import type { ReadRequest, Scalar, SheetData } from "../../domain/sheet";
import { checkSheetSize } from "./sheetSize";
import { tableName, tableRange, type TableLike } from "./sheetEdit";

interface CellReading {
  value: Scalar;
  formula: string | null;
  error: string | null;
}

type Loose = Record<string, unknown>;

/** One ExcelJS value (possibly a formula result) as a port scalar; errors become their text. */
function scalarOf(v: unknown): { value: Scalar; error: string | null } {
  if (v === null || v === undefined) return { value: null, error: null };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
    return { value: v, error: null };
  }
  if (v instanceof Date) return { value: v, error: null };
  const o = v as Loose;
  if (typeof o.error === "string") return { value: o.error, error: o.error };
  if (Array.isArray(o.richText)) {
    return { value: (o.richText as { text: string }[]).map((p) => p.text).join(""), error: null };
  }
  if ("hyperlink" in o) return scalarOf(o.text);
  if ("formula" in o || "sharedFormula" in o) return scalarOf(o.result);
  return { value: null, error: null };
}

function readCell(cell: ExcelJS.Cell): CellReading {
  if (cell.isMerged && cell.master !== cell) return { value: null, formula: null, error: null };
  const v = cell.value as unknown;
  const { value, error } = scalarOf(v);
  let formula: string | null = null;
  if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const f = cell.formula;
    formula = f ? `=${f}` : null;
  }
  return { value, formula, error };
}

/** `normalFont` names the font of a cell without one of its own (the Normal style's). */
export function readWorksheet(
  ws: ExcelJS.Worksheet,
  request: ReadRequest,
  normalFont: string,
): SheetData {
  // The used range ends at the last cell with a value or formula; formatting alone doesn't count.
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value !== null && cell.value !== undefined && cell.type !== 1 /* Merge */) {
        if (r > lastRow) lastRow = r;
        if (c > lastCol) lastCol = c;
      }
    });
  });
  // The grid below is dense: refuse a used range too big to lay out (see sheetSize.ts).
  checkSheetSize(ws.name, lastRow, lastCol);
  const values: Scalar[][] = [];
  const formulas: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  const errors: Record<string, string> = {};
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.findRow(r);
    const vRow: Scalar[] = [];
    const fRow: (string | null)[] = [];
    const nRow: (string | null)[] = [];
    for (let c = 1; c <= lastCol; c++) {
      const cell = row?.findCell(c);
      if (!cell) {
        vRow.push(null);
        fRow.push(null);
        nRow.push(null);
        continue;
      }
      const reading = readCell(cell);
      vRow.push(reading.value);
      fRow.push(reading.formula);
      // Fonts matter only where there is something to read; a cell without a font of its
      // own is drawn in the Normal style's.
      const blank = reading.value === null && reading.formula === null;
      nRow.push(blank ? null : (cell.font?.name ?? normalFont));
      if (reading.error) errors[cellAddress(r - 1, c - 1)] = reading.error;
    }
    values.push(vRow);
    formulas.push(fRow);
    fonts.push(nRow);
  }
  const data: SheetData = {
    name: ws.name,
    values,
    tables: (ws.getTables() as unknown as TableLike[]).map((t) => ({
      name: tableName(t),
      range: tableRange(t),
    })),
  };
  if (request.formulas) data.formulas = formulas;
  if (request.fonts) data.fonts = fonts;
  if (Object.keys(errors).length > 0) data.errors = errors;
  return data;
}
