/** Apply one SheetEdit to an ExcelJS worksheet. */
import type * as ExcelJS from "exceljs";
import { cellAddress, parseCell, parseRange, rangeAddress } from "../../domain/address";
import type {
  Block,
  Cell,
  CellFormat,
  ConditionalFormatSpec,
  SheetEdit,
  TableSpec,
  ValidationSpec,
} from "../../domain/sheet";
import { isFormula } from "../../domain/sheet";
import { DEFAULT_DATE_FORMAT, formulaBody } from "../shared/cellValues";
import { applyCellFormat, argb, StyleCache, type Style } from "./excelStyle";
import { applyPageLayout } from "./pageSetup";
import { checkListSource } from "../shared/references";

/** Worksheet members ExcelJS has at run time but leaves out of its typings. */
export interface WorksheetInternals {
  orderNo: number;
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  _merges: Record<string, { range: string } | undefined>;
}

export const internals = (ws: ExcelJS.Worksheet) => ws as unknown as WorksheetInternals;

/**
 * `font` is the workbook's text font: every cell written without a font of its own gets it, so
 * no cell falls back to whatever a program takes for the default (Excel's Calibri).
 */
export function applySheetEdit(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  edit: SheetEdit,
  font: Readonly<Partial<ExcelJS.Font>>,
): void {
  const styles = new StyleCache();
  for (const block of edit.blocks ?? []) writeBlock(ws, block, font, styles);
  for (const f of edit.formats ?? []) formatRange(ws, f.range, f.format, font, styles);
  for (const m of edit.merges ?? []) merge(ws, m);
  for (const col of edit.columns ?? []) {
    const column = ws.getColumn(col.index + 1);
    if (col.width !== undefined) column.width = col.width;
    if (col.hidden !== undefined) column.hidden = col.hidden;
  }
  for (const [row, height] of Object.entries(edit.rowHeights ?? {})) {
    ws.getRow(Number(row)).height = height;
  }
  for (const t of edit.tables ?? []) addTable(wb, ws, t);
  for (const v of edit.validations ?? []) addValidation(ws, v);
  for (const cf of edit.conditionalFormats ?? []) addConditionalFormat(ws, cf);
  if (edit.freeze) freeze(ws, edit.freeze.rows, edit.freeze.columns);
  if (edit.pageLayout) applyPageLayout(ws, edit.pageLayout);
  if (edit.tabColor) ws.properties.tabColor = { argb: argb(edit.tabColor) };
  if (edit.visibility) ws.state = edit.visibility;
}

/** The port's Cell as an ExcelJS cell value. Text stays text: only Formula objects become formulas. */
function toExcelValue(cell: Cell, where: string): ExcelJS.CellValue {
  if (isFormula(cell)) return { formula: formulaBody(cell, where) } as ExcelJS.CellFormulaValue;
  return cell;
}

/** Keys for the two style changes a written value may make (StyleCache). */
const WITH_FONT = {};
const AS_DATE = {};

function writeBlock(
  ws: ExcelJS.Worksheet,
  block: Block,
  font: Readonly<Partial<ExcelJS.Font>>,
  styles: StyleCache,
): void {
  const origin = parseCell(block.at);
  block.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = ws.getCell(origin.row + r + 1, origin.col + c + 1);
      const where = `Sheet "${ws.name}" ${cellAddress(origin.row + r, origin.col + c)}`;
      if (cell.isMerged && cell.master !== cell) {
        // ExcelJS forwards writes on a merged cell to its top-left cell; never let a blank
        // in the block wipe the title written there.
        if (value === null) return;
        throw new Error(`${where} is inside a merged area; write to its top-left cell`);
      }
      cell.value = toExcelValue(value, where);
      cell.style = writtenStyle(cell.style, value, block, font, styles) as ExcelJS.Style;
    });
  });
  const range = blockRange(block);
  if (block.format && range) formatRange(ws, range, block.format, font, styles);
}

/** The range a block covers (its widest row); null when it has no cell. */
export function blockRange(block: Block): string | null {
  const origin = parseCell(block.at);
  const width = Math.max(0, ...block.values.map((r) => r.length));
  if (block.values.length === 0 || width === 0) return null;
  return rangeAddress({
    top: origin.row,
    left: origin.col,
    bottom: origin.row + block.values.length - 1,
    right: origin.col + width - 1,
  });
}

/**
 * The style of a cell once `value` is written into it from `block`: the text font when it has
 * no font, a date format for a date. A new style object, never a change in place: a style may
 * be shared by many cells.
 */
export function writtenStyle(
  old: Style,
  value: Cell,
  block: Block,
  font: Readonly<Partial<ExcelJS.Font>>,
  styles: StyleCache,
): Style {
  let style = old;
  if (!style.font) {
    const before = style;
    style = styles.derive(before, WITH_FONT, () => ({ ...before, font: { ...font } }));
  }
  if (value instanceof Date && !block.format?.numberFormat && !isDateNumFmt(style.numFmt)) {
    const before = style;
    style = styles.derive(before, AS_DATE, () => ({ ...before, numFmt: DEFAULT_DATE_FORMAT }));
  }
  return style;
}

function isDateNumFmt(fmt: string | undefined): boolean {
  return !!fmt && /[dy]/i.test(fmt.replace(/"[^"]*"/g, ""));
}

function formatRange(
  ws: ExcelJS.Worksheet,
  range: string,
  format: CellFormat,
  font: Readonly<Partial<ExcelJS.Font>>,
  styles: StyleCache,
): void {
  const box = parseRange(range);
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      applyCellFormat(cell, format, { bottom: r === box.bottom }, font, styles);
    }
  }
}

function merge(ws: ExcelJS.Worksheet, range: string): void {
  const box = parseRange(range);
  const normal = rangeAddress(box);
  // Re-applying the same merge (update mode) is a no-op rather than an ExcelJS error.
  if (internals(ws)._merges[cellAddress(box.top, box.left)]?.range === normal) return;
  try {
    ws.mergeCells(normal);
  } catch (err) {
    throw new Error(`Sheet "${ws.name}": cannot merge ${normal}: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

function addTable(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, spec: TableSpec): void {
  const box = parseRange(spec.range);
  const width = box.right - box.left + 1;
  const where = `Sheet "${ws.name}" table "${spec.name}"`;
  if (spec.columns.length !== width) {
    throw new Error(`${where}: ${spec.columns.length} column names for ${width} columns`);
  }
  const seen = new Set<string>();
  for (const c of spec.columns) {
    const key = c.trim().toLowerCase();
    if (!key || seen.has(key)) throw new Error(`${where}: empty or repeated column "${c}"`);
    seen.add(key);
  }
  for (const other of wb.worksheets) {
    for (const t of other.getTables() as unknown as TableLike[]) {
      const name = tableName(t);
      if (name.toLowerCase() !== spec.name.toLowerCase()) continue;
      // Re-applying a table on its own sheet (update mode) replaces it.
      if (other === ws) ws.removeTable(name);
      else throw new Error(`${where}: a table with this name is already on sheet "${other.name}"`);
    }
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = box.top + 1; r <= box.bottom; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(ws.getCell(r + 1, c + 1).value);
    rows.push(row);
  }
  // Excel needs at least one data row under the header.
  if (rows.length === 0) rows.push(spec.columns.map(() => null));
  ws.addTable({
    name: spec.name,
    displayName: spec.name,
    ref: cellAddress(box.top, box.left),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (spec.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: spec.columns.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** What ExcelJS keeps for a table: `table` for one made here, the parsed model for a loaded one. */
export interface TableLike {
  table?: { name?: string; displayName?: string; tableRef?: string; ref?: string };
  name?: string;
  ref?: string;
}

export function tableName(t: TableLike): string {
  return t.table?.displayName ?? t.table?.name ?? t.name ?? "";
}

export function tableRange(t: TableLike): string {
  return t.table?.tableRef ?? t.table?.ref ?? t.ref ?? "";
}

function addValidation(ws: ExcelJS.Worksheet, spec: ValidationSpec): void {
  const where = `Sheet "${ws.name}" validation ${spec.range}`;
  const box = parseRange(spec.range);
  const base = {
    allowBlank: spec.allowBlank ?? true,
    showErrorMessage: true,
    errorStyle: spec.errorStyle ?? "stop",
    ...(spec.errorTitle ? { errorTitle: spec.errorTitle } : {}),
    ...(spec.errorMessage ? { error: spec.errorMessage } : {}),
  };
  let dv: ExcelJS.DataValidation;
  switch (spec.rule.kind) {
    case "list":
      dv = { ...base, type: "list", formulae: [checkListSource(spec.rule.source, where).slice(1)] };
      break;
    case "decimal":
    case "whole":
      dv = {
        ...base,
        type: spec.rule.kind,
        ...(spec.rule.max === undefined
          ? { operator: "greaterThanOrEqual", formulae: [spec.rule.min] }
          : { operator: "between", formulae: [spec.rule.min, spec.rule.max] }),
      };
      break;
  }
  clearValidations(ws, box);
  internals(ws).dataValidations.add(rangeAddress(box), dv);
}

/** Drop validations that overlap `box` so the new rule is the only one on those cells. */
function clearValidations(ws: ExcelJS.Worksheet, box: ReturnType<typeof parseRange>): void {
  const model = internals(ws).dataValidations.model;
  for (const key of Object.keys(model)) {
    const rule = model[key];
    if (!rule) continue;
    const k = parseRange(key);
    const overlaps =
      k.top <= box.bottom && k.bottom >= box.top && k.left <= box.right && k.right >= box.left;
    if (!overlaps) continue;
    delete model[key];
    // Keep the part of an old range rule that lies outside the new range, cell by cell.
    for (let r = k.top; r <= k.bottom; r++) {
      for (let c = k.left; c <= k.right; c++) {
        const inside = r >= box.top && r <= box.bottom && c >= box.left && c <= box.right;
        if (!inside) model[cellAddress(r, c)] = rule;
      }
    }
  }
}

function addConditionalFormat(ws: ExcelJS.Worksheet, spec: ConditionalFormatSpec): void {
  const where = `Sheet "${ws.name}" conditional format ${spec.range}`;
  const style: Partial<ExcelJS.Style> = {};
  if (spec.format.fill) {
    const color = { argb: argb(spec.format.fill) };
    style.fill = { type: "pattern", pattern: "solid", fgColor: color, bgColor: color };
  }
  if (spec.format.fontColor || spec.format.bold !== undefined) {
    style.font = {
      ...(spec.format.fontColor ? { color: { argb: argb(spec.format.fontColor) } } : {}),
      ...(spec.format.bold !== undefined ? { bold: spec.format.bold } : {}),
    };
  }
  ws.addConditionalFormatting({
    ref: rangeAddress(parseRange(spec.range)),
    rules: [
      {
        type: "expression",
        priority: nextPriority(ws),
        formulae: [formulaBody({ formula: spec.formula }, where)],
        style,
      },
    ],
  });
}

/** Excel wants distinct rule priorities on a sheet; new rules go last. */
function nextPriority(ws: ExcelJS.Worksheet): number {
  let max = 0;
  for (const cf of internals(ws).conditionalFormattings ?? []) {
    for (const rule of cf.rules) max = Math.max(max, rule.priority ?? 0);
  }
  return max + 1;
}

function freeze(ws: ExcelJS.Worksheet, rows: number, columns: number): void {
  const current = (ws.views[0] ?? {}) as Partial<ExcelJS.WorksheetView>;
  const {
    state: _s,
    xSplit: _x,
    ySplit: _y,
    topLeftCell: _t,
    ...rest
  } = current as Record<string, unknown>;
  const view =
    rows > 0 || columns > 0
      ? {
          ...rest,
          state: "frozen",
          xSplit: columns,
          ySplit: rows,
          topLeftCell: cellAddress(rows, columns),
        }
      : { ...rest, state: "normal" };
  ws.views = [view as ExcelJS.WorksheetView, ...ws.views.slice(1)];
}
