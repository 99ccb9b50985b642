/**
 * The Office.js adapter: the workbook port inside Excel.
 *
 * Every call is one `Excel.run` with a fixed number of `context.sync()` whatever the row
 * count: `apply` loads the workbook's sheets, tables and names (sync 1), then queues every
 * write and syncs once (sync 2); `read` loads sheet and table names (sync 1), then every
 * requested range (sync 2). Errors are never swallowed: an Office error is rethrown as an
 * Error naming the sheet(s) and operation, with the original as `cause`.
 */
import { cellAddress, parseCell, parseRange, rangeAddress, sheetKey } from "../../domain/address";
import type { WorkbookPort } from "../port";
import type {
  Block,
  DefinedName,
  ReadRequest,
  Scalar,
  SheetData,
  SheetEdit,
  SheetInfo,
  SheetVisibility,
  ValidationSpec,
  WorkbookEdit,
  WorkbookInfo,
  WorkbookSnapshot,
} from "../../domain/sheet";
import { formulaBody, hasFormula } from "../shared/cellValues";
import { checkListSource, checkNameReference } from "../shared/references";
import { applyFormat, columnWidthPoints, officeColor } from "./officeFormat";
import { applyPageLayout } from "./officePage";
import { blockInputs, formulaOf, fromOfficeValue, toOfficeInput } from "./officeValues";
import { blocksBox, TEXT_FONT } from "../textFont";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const VISIBILITY_IN: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};
const VISIBILITY_OUT = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;
const ALERT_STYLE = { stop: "Stop", warning: "Warning", information: "Information" } as const;

const key = sheetKey;

/** Error from a failed sync, naming what we were doing; keeps the Office error as `cause`. */
function officeError(what: string, err: unknown): Error {
  const e = err as { message?: string; code?: string; debugInfo?: { errorLocation?: string } };
  const where = e?.debugInfo?.errorLocation ? ` at ${e.debugInfo.errorLocation}` : "";
  const code = e?.code ? ` [${e.code}]` : "";
  return new Error(`Excel could not ${what}${where}${code}: ${e?.message ?? String(err)}`, {
    cause: err,
  });
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;

  /** `run` defaults to Excel.run (looked up when called, so this module loads outside Office). */
  constructor(run?: ExcelRun) {
    this.run = run ?? ((batch) => Excel.run(batch));
  }

  private async sync(context: Excel.RequestContext, what: string): Promise<void> {
    try {
      await context.sync();
    } catch (err) {
      throw officeError(what, err);
    }
  }

  async sheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await this.sync(context, "list the sheets");
      return sheets.items.map((s) => ({
        name: s.name,
        visibility: VISIBILITY_IN[s.visibility] ?? "visible",
        ...(s.name === active.name ? { active: true } : {}),
      }));
    });
  }

  async names(): Promise<DefinedName[]> {
    return this.run(async (context) => {
      const names = context.workbook.names.load("items/name,items/formula");
      await this.sync(context, "list the defined names");
      return names.items.map((n) => ({ name: n.name, refersTo: String(n.formula) }));
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await this.sync(context, `select ${address} on sheet "${sheet}"`);
    });
  }

  async read(requests: ReadRequest[]): Promise<SheetData[]> {
    if (requests.length === 0) return [];
    return this.run(async (context) => {
      const state = loadState(context.workbook);
      await this.sync(context, "list the sheets and tables");
      const reading = queueReads(context.workbook, state, requests);
      await this.sync(context, `read sheet ${requests.map((r) => `"${r.sheet}"`).join(", ")}`);
      return reading();
    });
  }

  async apply(edit: WorkbookEdit): Promise<void> {
    await this.run(async (context) => {
      const state = loadState(context.workbook);
      await this.sync(context, "read the workbook's sheets, tables and names");
      queueEdit(context, state, edit);
      await this.sync(context, `write sheet ${sheetList(edit)}`);
    });
  }

  /** Read, decide, write: one Excel.run, three syncs whatever the size. */
  async update(
    plan: (info: WorkbookInfo) => ReadRequest[],
    make: (snapshot: WorkbookSnapshot) => WorkbookEdit | null,
  ): Promise<WorkbookSnapshot> {
    return this.run(async (context) => {
      const state = loadState(context.workbook);
      await this.sync(context, "list the sheets, tables and names");
      const info = infoOf(state);
      const requests = plan(info);
      let data: SheetData[] = [];
      if (requests.length > 0) {
        const reading = queueReads(context.workbook, state, requests);
        await this.sync(context, `read sheet ${requests.map((r) => `"${r.sheet}"`).join(", ")}`);
        data = reading();
      }
      const snapshot = { ...info, data };
      const edit = make(snapshot);
      if (edit) {
        queueEdit(context, state, edit);
        await this.sync(context, `write sheet ${sheetList(edit)}`);
      }
      return snapshot;
    });
  }
}

const sheetList = (edit: WorkbookEdit) =>
  edit.sheets.map((s) => `"${s.name}"`).join(", ") || "(none)";

/** The workbook's sheets, tables and names, loaded by the first sync of every batch. */
interface LoadedState {
  sheets: Excel.WorksheetCollection;
  active: Excel.Worksheet;
  tables: Excel.TableCollection;
  names: Excel.NamedItemCollection;
}

function loadState(wb: Excel.Workbook): LoadedState {
  return {
    sheets: wb.worksheets.load("items/name,items/visibility"),
    active: wb.worksheets.getActiveWorksheet().load("name"),
    tables: wb.tables.load("items/name,items/worksheet/name"),
    names: wb.names.load("items/name,items/formula"),
  };
}

function infoOf(state: LoadedState): WorkbookInfo {
  return {
    sheets: state.sheets.items.map((s) => ({
      name: s.name,
      visibility: VISIBILITY_IN[s.visibility] ?? "visible",
      ...(s.name === state.active.name ? { active: true } : {}),
    })),
    names: state.names.items.map((n) => ({ name: n.name, refersTo: String(n.formula) })),
  };
}

/** Queues the loads for `requests`; the returned function reads them after the next sync. */
function queueReads(
  wb: Excel.Workbook,
  state: LoadedState,
  requests: ReadRequest[],
): () => SheetData[] {
  const present = new Map(state.sheets.items.map((s) => [key(s.name), s.name]));
  const missing = requests.filter((r) => !present.has(key(r.sheet))).map((r) => `"${r.sheet}"`);
  if (missing.length) throw new Error(`Sheet ${missing.join(", ")} not found`);

  const jobs = requests.map((req) => {
    const name = present.get(key(req.sheet))!;
    const ws = wb.worksheets.getItem(name);
    const used = ws.getUsedRange(true);
    // Formulas also when fonts are asked for: a formula cell with no value still has a font.
    const withFormulas = req.formulas || req.fonts;
    used.load([
      "address",
      "values",
      "numberFormat",
      "valueTypes",
      ...(withFormulas ? ["formulas"] : []),
    ]);
    const fonts = req.fonts
      ? used.getCellProperties({ format: { font: { name: true } } })
      : undefined;
    const sheetTables = state.tables.items
      .filter((t) => key(t.worksheet.name) === key(name))
      .map((t) => ({
        name: t.name,
        range: wb.tables.getItem(t.name).getRange().load("address"),
      }));
    return { req, name, used, fonts, sheetTables };
  });
  return () =>
    jobs.map(({ req, name, used, fonts, sheetTables }) =>
      toSheetData(
        name,
        req,
        used,
        fonts?.value,
        sheetTables.map((t) => ({ name: t.name, range: local(t.range.address) })),
      ),
    );
}

/** Queues every write of `edit`; nothing reaches Excel until the caller syncs. */
function queueEdit(context: Excel.RequestContext, state: LoadedState, edit: WorkbookEdit): void {
  const wb = context.workbook;
  const existing = new Map(state.sheets.items.map((s) => [key(s.name), s]));
  const tableSheet = new Map(
    state.tables.items.map((t) => [key(t.name), { name: t.name, sheet: t.worksheet.name }]),
  );
  const deleted = new Set((edit.deleteSheets ?? []).map(key));
  checkPlan(edit, existing, deleted, tableSheet);

  context.application.suspendApiCalculationUntilNextSync();

  // A sheet both deleted and edited is deleted first (a fresh one is made); the others go
  // last, so deleting the only visible sheet works once the new sheets exist.
  const edited = new Set(edit.sheets.map((s) => key(s.name)));
  const remove = (name: string) => {
    const ws = existing.get(key(name));
    if (!ws) return;
    // Excel refuses to delete a very hidden sheet.
    if (ws.visibility === "VeryHidden") ws.visibility = "Hidden";
    ws.delete();
    existing.delete(key(name));
    for (const [t, info] of tableSheet) if (key(info.sheet) === key(name)) tableSheet.delete(t);
  };
  const deletions = edit.deleteSheets ?? [];
  deletions.filter((n) => edited.has(key(n))).forEach(remove);

  for (const sheetEdit of edit.sheets) {
    try {
      const found = existing.get(key(sheetEdit.name));
      const ws = found ?? wb.worksheets.add(sheetEdit.name);
      if (found && sheetEdit.mode === "replace") {
        clearSheet(wb, ws, sheetEdit.name, tableSheet);
      }
      if (!found || sheetEdit.mode === "replace") textFont(ws, sheetEdit);
      writeSheet(wb, ws, sheetEdit, tableSheet);
      existing.set(key(sheetEdit.name), ws);
    } catch (err) {
      throw new Error(`Sheet "${sheetEdit.name}": ${(err as Error).message}`, { cause: err });
    }
  }

  if (edit.names?.length) {
    const known = new Set(state.names.items.map((n) => key(n.name)));
    for (const n of edit.names) {
      const reference = `=${checkNameReference(n.name, n.refersTo)}`;
      if (known.has(key(n.name))) wb.names.getItem(n.name).delete();
      wb.names.add(n.name, reference);
    }
  }

  deletions.filter((n) => !edited.has(key(n))).forEach(remove);

  const active = [...edit.sheets].reverse().find((s) => s.activate);
  if (active) existing.get(key(active.name))?.activate();
}

/** Refuse an edit that can't work before writing anything. */
function checkPlan(
  edit: WorkbookEdit,
  existing: Map<string, Excel.Worksheet>,
  deleted: Set<string>,
  tableSheet: Map<string, { name: string; sheet: string }>,
): void {
  const seen = new Set<string>();
  for (const s of edit.sheets) {
    if (seen.has(key(s.name))) throw new Error(`Sheet "${s.name}" appears twice in one edit`);
    seen.add(key(s.name));
    if (s.mode === "create" && existing.has(key(s.name)) && !deleted.has(key(s.name))) {
      throw new Error(`Sheet "${s.name}" already exists`);
    }
    if (s.visibility !== undefined && s.visibility !== "visible" && s.activate) {
      throw new Error(`Sheet "${s.name}" is hidden and cannot be the active sheet`);
    }
    for (const t of s.tables ?? []) {
      const other = tableSheet.get(key(t.name));
      if (!other) continue;
      const sameSheet = key(other.sheet) === key(s.name);
      const goes = deleted.has(key(other.sheet)) || (sameSheet && s.mode !== "create");
      if (!goes) {
        throw new Error(
          `Sheet "${s.name}" table "${t.name}": a table with this name is already on sheet "${other.sheet}"`,
        );
      }
    }
  }
}

/**
 * A fresh sheet's written area starts in the text font, before the edit's own formats: what the
 * file adapter gives every cell written without a font. A user's existing cells keep theirs.
 */
function textFont(ws: Excel.Worksheet, edit: SheetEdit): void {
  const box = blocksBox(edit);
  if (!box) return;
  const font = ws.getRange(box).format.font;
  font.name = TEXT_FONT.name;
  font.size = TEXT_FONT.size;
}

/** "replace" on an existing sheet: drop tables, values, formats, merges, rules and panes. */
function clearSheet(
  wb: Excel.Workbook,
  ws: Excel.Worksheet,
  name: string,
  tableSheet: Map<string, { name: string; sheet: string }>,
): void {
  for (const [t, info] of [...tableSheet]) {
    if (key(info.sheet) !== key(name)) continue;
    wb.tables.getItem(info.name).delete();
    tableSheet.delete(t);
  }
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.unmerge();
  all.clear("All");
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  all.columnHidden = false;
  ws.freezePanes.unfreeze();
}

function writeSheet(
  wb: Excel.Workbook,
  ws: Excel.Worksheet,
  edit: SheetEdit,
  tableSheet: Map<string, { name: string; sheet: string }>,
): void {
  // update mode: a table re-applied on its own sheet is turned back into a plain range first,
  // keeping its cells (Table.delete would wipe them), then added again below.
  for (const t of edit.tables ?? []) {
    const other = tableSheet.get(key(t.name));
    if (!other || key(other.sheet) !== key(edit.name)) continue;
    wb.tables.getItem(other.name).convertToRange();
    tableSheet.delete(key(t.name));
  }
  for (const block of edit.blocks ?? []) writeBlock(ws, edit.name, block);
  for (const f of edit.formats ?? []) {
    const box = parseRange(f.range);
    applyFormat(
      ws.getRange(rangeAddress(box)),
      f.format,
      box.bottom - box.top + 1,
      box.right - box.left + 1,
    );
  }
  for (const m of edit.merges ?? []) ws.getRange(rangeAddress(parseRange(m))).merge(false);
  for (const col of edit.columns ?? []) {
    const letters = cellAddress(0, col.index).replace(/\d+$/, "");
    const range = ws.getRange(`${letters}:${letters}`);
    if (col.width !== undefined) range.format.columnWidth = columnWidthPoints(col.width);
    if (col.hidden !== undefined) range.columnHidden = col.hidden;
  }
  for (const [row, height] of Object.entries(edit.rowHeights ?? {})) {
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  for (const t of edit.tables ?? []) {
    const box = parseRange(t.range);
    if (t.columns.length !== box.right - box.left + 1) {
      throw new Error(
        `table "${t.name}": ${t.columns.length} column names for ${box.right - box.left + 1} columns`,
      );
    }
    // Excel needs a data row under the header.
    const bottom = Math.max(box.bottom, box.top + 1);
    const table = ws.tables.add(rangeAddress({ ...box, bottom }), true);
    table.getHeaderRowRange().values = [
      t.columns.map((c) => toOfficeInput(c, `table "${t.name}"`)),
    ];
    table.name = t.name;
    table.style = t.style ?? "TableStyleMedium2";
    tableSheet.set(key(t.name), { name: t.name, sheet: edit.name });
  }
  for (const v of edit.validations ?? []) addValidation(ws, edit.name, v);
  for (const cf of edit.conditionalFormats ?? []) {
    const range = ws.getRange(rangeAddress(parseRange(cf.range)));
    const format = range.conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${formulaBody({ formula: cf.formula }, `conditional format ${cf.range}`)}`;
    if (cf.format.fill) format.custom.format.fill.color = officeColor(cf.format.fill);
    if (cf.format.fontColor) format.custom.format.font.color = officeColor(cf.format.fontColor);
    if (cf.format.bold !== undefined) format.custom.format.font.bold = cf.format.bold;
  }
  if (edit.freeze) {
    const { rows, columns } = edit.freeze;
    ws.freezePanes.unfreeze();
    if (rows > 0 && columns > 0)
      ws.freezePanes.freezeAt(
        rangeAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }),
      );
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  }
  if (edit.pageLayout) applyPageLayout(ws, edit.pageLayout);
  if (edit.tabColor) ws.tabColor = officeColor(edit.tabColor);
  if (edit.position !== undefined) ws.position = edit.position;
  if (edit.visibility) ws.visibility = VISIBILITY_OUT[edit.visibility];
}

function writeBlock(ws: Excel.Worksheet, sheet: string, block: Block): void {
  if (block.values.length === 0) return;
  const origin = parseCell(block.at);
  const { inputs, dateFormats, width } = blockInputs(
    block,
    `Sheet "${sheet}" block at ${block.at}`,
  );
  if (width === 0) return;
  const box = {
    top: origin.row,
    left: origin.col,
    bottom: origin.row + inputs.length - 1,
    right: origin.col + width - 1,
  };
  const range = ws.getRange(rangeAddress(box));
  // Formats first: a date's number format must be there when the serial lands.
  if (block.format) applyFormat(range, block.format, inputs.length, width);
  if (dateFormats) range.numberFormat = dateFormats;
  if (hasFormula(block.values)) range.formulas = inputs;
  else range.values = inputs;
}

function addValidation(ws: Excel.Worksheet, sheet: string, spec: ValidationSpec): void {
  const range = ws.getRange(rangeAddress(parseRange(spec.range)));
  const where = `Sheet "${sheet}" validation ${spec.range}`;
  range.dataValidation.clear();
  switch (spec.rule.kind) {
    case "list":
      range.dataValidation.rule = {
        list: { inCellDropDown: true, source: checkListSource(spec.rule.source, where) },
      };
      break;
    case "decimal":
      range.dataValidation.rule = {
        decimal: { formula1: spec.rule.min, operator: "GreaterThanOrEqualTo" },
      };
      break;
    case "whole":
      range.dataValidation.rule = {
        wholeNumber: { formula1: spec.rule.min, operator: "GreaterThanOrEqualTo" },
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

/** "'Báo cáo'!B2:D9" -> "B2:D9". */
function local(address: string): string {
  return address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
}

type CellProps = { format?: { font?: { name?: string } } }[][];

function toSheetData(
  name: string,
  req: ReadRequest,
  used: Excel.Range,
  fonts: CellProps | undefined,
  tables: { name: string; range: string }[],
): SheetData {
  // The used range starts at its first used cell; the port's matrices start at A1.
  const start = parseRange(local(used.address));
  const raw = used.values;
  const formats = used.numberFormat;
  const types = used.valueTypes;
  const rawFormulas = req.formulas || req.fonts ? used.formulas : undefined;
  const rows = start.top + raw.length;
  const cols = start.left + (raw[0]?.length ?? 0);
  const values: Scalar[][] = Array.from({ length: rows }, () => Array<Scalar>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () =>
    Array<string | null>(cols).fill(null),
  );
  const fontNames: (string | null)[][] = Array.from({ length: rows }, () =>
    Array<string | null>(cols).fill(null),
  );
  const errors: Record<string, string> = {};
  raw.forEach((row, i) =>
    row.forEach((v, j) => {
      const r = start.top + i;
      const c = start.left + j;
      const { value, error } = fromOfficeValue(v, formats[i]?.[j], types[i]?.[j]);
      values[r][c] = value;
      if (error) errors[cellAddress(r, c)] = error;
      if (rawFormulas) formulas[r][c] = formulaOf(rawFormulas[i]?.[j], v);
      // Fonts only where there is something to read (same rule in every adapter).
      const blank = value === null && !formulaOf(rawFormulas?.[i]?.[j], v);
      if (fonts && !blank) fontNames[r][c] = fonts[i]?.[j]?.format?.font?.name ?? null;
    }),
  );
  // An empty sheet's used range is A1 with nothing in it: trim to the last used cell.
  let lastRow = -1;
  let lastCol = -1;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (values[r][c] !== null || formulas[r][c] !== null) {
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
      }
    }
  }
  const cut = <T>(m: T[][]) => m.slice(0, lastRow + 1).map((row) => row.slice(0, lastCol + 1));
  const data: SheetData = { name, values: cut(values), tables };
  if (req.formulas) data.formulas = cut(formulas);
  if (req.fonts) data.fonts = cut(fontNames);
  if (Object.keys(errors).length) data.errors = errors;
  return data;
}
