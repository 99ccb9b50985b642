/**
 * A WorkbookEdit as Office.js writes, cut into steps whose request bytes are known, so the
 * caller can sync before the budget would be passed (officeBatch.ts). Big blocks go in row
 * slices. The order matters to Excel: new sheets exist before anything refers to them,
 * panes are (un)frozen while the sheet is visible, positions stay within the sheet count.
 */
import {
  cellAddress,
  parseCell,
  parseRange,
  rangeAddress,
  sheetKey,
  type RangeBox,
} from "../../domain/address";
import type {
  Block,
  CellFormat,
  SheetEdit,
  SheetVisibility,
  ValidationSpec,
  WorkbookEdit,
} from "../../domain/sheet";
import { formulaBody, hasFormula } from "../shared/cellValues";
import { checkListSource, checkNameReference } from "../shared/references";
import { jsonBytes, OPERATION_BYTES, rowsPerSlice, SYNC_BUDGET } from "./officeBatch";
import { applyFormat, columnWidthPoints, officeColor } from "./officeFormat";
import { applyPageLayout } from "./officePage";
import { blockInputs, toOfficeInput } from "./officeValues";
import { blocksBox, TEXT_FONT } from "../textFont";

const key = sheetKey;
export const VISIBILITY_OUT = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
} as const;
const ALERT_STYLE = { stop: "Stop", warning: "Warning", information: "Information" } as const;

/** One queued piece of the edit and what it adds to the request. */
export interface Step {
  bytes: number;
  run: () => void;
}

/** The workbook as the first sync found it. */
export interface WriteState {
  sheets: { name: string; visibility: SheetVisibility; ws: Excel.Worksheet }[];
  tables: { name: string; sheet: string }[];
  names: string[];
}

/** Every write of `edit` as steps, in the order Excel needs them. */
export function planEdit(
  context: Excel.RequestContext,
  state: WriteState,
  edit: WorkbookEdit,
  budget = SYNC_BUDGET,
): Step[] {
  const wb = context.workbook;
  const steps: Step[] = [];
  const small = (run: () => void) => steps.push({ bytes: OPERATION_BYTES, run });
  const existing = new Map(state.sheets.map((s) => [key(s.name), s]));
  const tableSheet = new Map(state.tables.map((t) => [key(t.name), { ...t }]));
  const sheet = new Map<string, Excel.Worksheet>();

  small(() => context.application.suspendApiCalculationUntilNextSync());

  // A sheet both deleted and edited is deleted first (a fresh one is made); the others go
  // last, so deleting the only visible sheet works once the new sheets exist.
  const edited = new Set(edit.sheets.map((s) => key(s.name)));
  const remove = (name: string) => {
    const found = existing.get(key(name));
    if (!found) return;
    small(() => {
      // Excel refuses to delete a very hidden sheet.
      if (found.visibility === "veryHidden") found.ws.visibility = "Hidden";
      found.ws.delete();
    });
    existing.delete(key(name));
    for (const [t, info] of tableSheet) if (key(info.sheet) === key(name)) tableSheet.delete(t);
  };
  const deletions = edit.deleteSheets ?? [];
  deletions.filter((n) => edited.has(key(n))).forEach(remove);

  // Every new sheet first: lists, conditional formats and names may refer to any of them.
  for (const s of edit.sheets) {
    const found = existing.get(key(s.name));
    if (found) sheet.set(key(s.name), found.ws);
    else small(() => sheet.set(key(s.name), wb.worksheets.add(s.name)));
  }
  const sheetCount = existing.size + edit.sheets.filter((s) => !existing.has(key(s.name))).length;

  for (const s of edit.sheets) {
    const where = `Sheet "${s.name}"`;
    const ws = () => sheet.get(key(s.name))!;
    const found = existing.get(key(s.name));
    const replacing = !!found && s.mode === "replace";
    // Excel freezes and unfreezes panes only on a visible sheet: show it for that, hide it after.
    const hiddenNow = !!found && found.visibility !== "visible";
    const panes = replacing || !!s.freeze;
    if (hiddenNow && panes) small(() => (ws().visibility = "Visible"));
    if (replacing) clearSheet(wb, ws, s.name, tableSheet, small);
    // A fresh sheet's written area starts in the text font, before the edit's own formats:
    // what the file adapter gives every cell written without a font. A user's cells keep theirs.
    const box = !found || replacing ? blocksBox(s) : null;
    if (box) {
      small(() => {
        const font = ws().getRange(box).format.font;
        font.name = TEXT_FONT.name;
        font.size = TEXT_FONT.size;
      });
    }
    const before = steps.length;
    writeSheet(wb, ws, s, tableSheet, steps, budget, sheetCount);
    for (const st of steps.slice(before)) {
      const run = st.run;
      st.run = () => {
        try {
          run();
        } catch (err) {
          throw new Error(`${where}: ${(err as Error).message}`, { cause: err });
        }
      };
    }
    const finalVisibility = s.visibility ?? (hiddenNow && panes ? found!.visibility : undefined);
    if (finalVisibility && finalVisibility !== "visible")
      small(() => (ws().visibility = VISIBILITY_OUT[finalVisibility]));
  }

  if (edit.names?.length) {
    const known = new Set(state.names.map(key));
    for (const n of edit.names) {
      const reference = `=${checkNameReference(n.name, n.refersTo)}`;
      small(() => {
        if (known.has(key(n.name))) wb.names.getItem(n.name).delete();
        wb.names.add(n.name, reference);
      });
    }
  }

  deletions.filter((n) => !edited.has(key(n))).forEach(remove);

  const active = [...edit.sheets].reverse().find((s) => s.activate);
  if (active) small(() => sheet.get(key(active.name))?.activate());
  return steps;
}

/** "replace" on an existing sheet: drop tables, values, formats, merges, rules and panes. */
function clearSheet(
  wb: Excel.Workbook,
  ws: () => Excel.Worksheet,
  name: string,
  tableSheet: Map<string, { name: string; sheet: string }>,
  small: (run: () => void) => void,
): void {
  for (const [t, info] of [...tableSheet]) {
    if (key(info.sheet) !== key(name)) continue;
    small(() => wb.tables.getItem(info.name).delete());
    tableSheet.delete(t);
  }
  small(() => {
    const all = ws().getRange();
    all.conditionalFormats.clearAll();
    all.dataValidation.clear();
    all.unmerge();
    all.clear("All");
    all.format.useStandardWidth = true;
    all.format.useStandardHeight = true;
    all.columnHidden = false;
    ws().freezePanes.unfreeze();
  });
}

function writeSheet(
  wb: Excel.Workbook,
  ws: () => Excel.Worksheet,
  edit: SheetEdit,
  tableSheet: Map<string, { name: string; sheet: string }>,
  steps: Step[],
  budget: number,
  sheetCount: number,
): void {
  const small = (run: () => void) => steps.push({ bytes: OPERATION_BYTES, run });
  // update mode: a table re-applied on its own sheet is turned back into a plain range first,
  // keeping its cells (Table.delete would wipe them), then added again below.
  for (const t of edit.tables ?? []) {
    const other = tableSheet.get(key(t.name));
    if (!other || key(other.sheet) !== key(edit.name)) continue;
    small(() => wb.tables.getItem(other.name).convertToRange());
    tableSheet.delete(key(t.name));
  }
  for (const block of edit.blocks ?? []) writeBlock(ws, edit.name, block, steps, budget);
  for (const f of edit.formats ?? [])
    formatInSlices(ws, parseRange(f.range), f.format, steps, budget);
  for (const m of edit.merges ?? [])
    small(() =>
      ws()
        .getRange(rangeAddress(parseRange(m)))
        .merge(false),
    );
  for (const col of edit.columns ?? []) {
    const letters = cellAddress(0, col.index).replace(/\d+$/, "");
    small(() => {
      const range = ws().getRange(`${letters}:${letters}`);
      if (col.width !== undefined) range.format.columnWidth = columnWidthPoints(col.width);
      if (col.hidden !== undefined) range.columnHidden = col.hidden;
    });
  }
  for (const [row, height] of Object.entries(edit.rowHeights ?? {})) {
    small(() => (ws().getRange(`${row}:${row}`).format.rowHeight = height));
  }
  for (const t of edit.tables ?? []) {
    const box = parseRange(t.range);
    if (t.columns.length !== box.right - box.left + 1) {
      throw new Error(
        `Sheet "${edit.name}": table "${t.name}": ${t.columns.length} column names for ${box.right - box.left + 1} columns`,
      );
    }
    const header = [t.columns.map((c) => toOfficeInput(c, `table "${t.name}"`))];
    steps.push({
      bytes: OPERATION_BYTES * 4 + jsonBytes(header),
      run: () => {
        // Excel needs a data row under the header.
        const bottom = Math.max(box.bottom, box.top + 1);
        const table = ws().tables.add(rangeAddress({ ...box, bottom }), true);
        table.getHeaderRowRange().values = header;
        table.name = t.name;
        table.style = t.style ?? "TableStyleMedium2";
      },
    });
    tableSheet.set(key(t.name), { name: t.name, sheet: edit.name });
  }
  for (const v of edit.validations ?? []) {
    const source =
      v.rule.kind === "list"
        ? checkListSource(v.rule.source, `Sheet "${edit.name}" validation ${v.range}`)
        : undefined;
    steps.push({ bytes: OPERATION_BYTES * 4, run: () => addValidation(ws(), v, source) });
  }
  for (const cf of edit.conditionalFormats ?? []) {
    const formula = `=${formulaBody({ formula: cf.formula }, `conditional format ${cf.range}`)}`;
    steps.push({
      bytes: OPERATION_BYTES * 4 + jsonBytes(formula),
      run: () => {
        const range = ws().getRange(rangeAddress(parseRange(cf.range)));
        const format = range.conditionalFormats.add("Custom");
        format.custom.rule.formula = formula;
        if (cf.format.fill) format.custom.format.fill.color = officeColor(cf.format.fill);
        if (cf.format.fontColor) format.custom.format.font.color = officeColor(cf.format.fontColor);
        if (cf.format.bold !== undefined) format.custom.format.font.bold = cf.format.bold;
      },
    });
  }
  if (edit.freeze) {
    const { rows, columns } = edit.freeze;
    small(() => {
      const panes = ws().freezePanes;
      panes.unfreeze();
      if (rows > 0 && columns > 0)
        panes.freezeAt(rangeAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }));
      else if (rows > 0) panes.freezeRows(rows);
      else if (columns > 0) panes.freezeColumns(columns);
    });
  }
  if (edit.pageLayout) {
    const layout = edit.pageLayout;
    steps.push({ bytes: OPERATION_BYTES * 20, run: () => applyPageLayout(ws(), layout) });
  }
  if (edit.tabColor) {
    const color = officeColor(edit.tabColor);
    small(() => (ws().tabColor = color));
  }
  // Excel refuses a position past the last sheet.
  const position = edit.position;
  if (position !== undefined) small(() => (ws().position = Math.min(position, sheetCount - 1)));
  if (edit.visibility === "visible") small(() => (ws().visibility = "Visible"));
}

/** Values of a block in row slices, each with its formats, each within the budget. */
function writeBlock(
  ws: () => Excel.Worksheet,
  sheet: string,
  block: Block,
  steps: Step[],
  budget: number,
): void {
  if (block.values.length === 0) return;
  const origin = parseCell(block.at);
  const { inputs, dateFormats, width } = blockInputs(
    block,
    `Sheet "${sheet}" block at ${block.at}`,
  );
  if (width === 0) return;
  const formulas = hasFormula(block.values);
  const formatBytes = block.format?.numberFormat ? jsonBytes(block.format.numberFormat) * width : 0;
  let i = 0;
  while (i < inputs.length) {
    // Rows in this slice: measured on the rows themselves (text lengths differ).
    let bytes = OPERATION_BYTES * 12;
    let n = 0;
    while (i + n < inputs.length) {
      const rowBytes =
        jsonBytes(inputs[i + n]) + formatBytes + (dateFormats ? jsonBytes(dateFormats[i + n]) : 0);
      // 90% of the budget: the small steps queued before it still fit in the same sync.
      if (n > 0 && bytes + rowBytes > budget * 0.9) break;
      bytes += rowBytes;
      n++;
    }
    const box: RangeBox = {
      top: origin.row + i,
      left: origin.col,
      bottom: origin.row + i + n - 1,
      right: origin.col + width - 1,
    };
    const slice = inputs.slice(i, i + n);
    const dates = dateFormats?.slice(i, i + n);
    const last = i + n === inputs.length;
    // A rule under the block belongs under its last row only.
    const format = block.format && !last ? { ...block.format, borderBottom: false } : block.format;
    steps.push({
      bytes,
      run: () => {
        const range = ws().getRange(rangeAddress(box));
        // Formats first: a date's number format must be there when the serial lands.
        if (format) applyFormat(range, format, n, width);
        if (dates) range.numberFormat = dates;
        if (formulas) range.formulas = slice;
        else range.values = slice;
      },
    });
    i += n;
  }
}

/** A range format; one with a number format (a matrix the size of the range) goes in row slices. */
function formatInSlices(
  ws: () => Excel.Worksheet,
  box: RangeBox,
  format: CellFormat,
  steps: Step[],
  budget: number,
): void {
  const width = box.right - box.left + 1;
  const rowBytes = format.numberFormat ? jsonBytes(format.numberFormat) * width : 0;
  const per = rowBytes ? rowsPerSlice(rowBytes, budget - OPERATION_BYTES * 12) : Infinity;
  for (let top = box.top; top <= box.bottom; top += per) {
    const bottom = Math.min(box.bottom, top + per - 1);
    const last = bottom === box.bottom;
    const f = !last && format.borderBottom ? { ...format, borderBottom: false } : format;
    const slice = { ...box, top, bottom };
    steps.push({
      bytes: OPERATION_BYTES * 12 + rowBytes * (bottom - top + 1),
      run: () => applyFormat(ws().getRange(rangeAddress(slice)), f, bottom - top + 1, width),
    });
  }
}

function addValidation(ws: Excel.Worksheet, spec: ValidationSpec, source?: string): void {
  const range = ws.getRange(rangeAddress(parseRange(spec.range)));
  range.dataValidation.clear();
  switch (spec.rule.kind) {
    case "list":
      range.dataValidation.rule = { list: { inCellDropDown: true, source: source! } };
      break;
    case "decimal":
      range.dataValidation.rule = {
        decimal: { formula1: spec.rule.min, operator: "GreaterThanOrEqualTo" },
      };
      break;
    case "whole":
      range.dataValidation.rule = {
        wholeNumber:
          spec.rule.max === undefined
            ? { formula1: spec.rule.min, operator: "GreaterThanOrEqualTo" }
            : { formula1: spec.rule.min, formula2: spec.rule.max, operator: "Between" },
      };
      break;
  }
  range.dataValidation.ignoreBlanks = spec.allowBlank ?? true;
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: ALERT_STYLE[spec.errorStyle ?? "stop"],
    title: spec.errorTitle ?? "",
    message: spec.errorMessage ?? "",
  };
}
