/**
 * The Office.js adapter: the workbook port inside Excel.
 *
 * Every call is one `Excel.run`, and `session` puts several calls (a whole user action) in
 * one. Sync 1 loads the workbook's sheets, tables and names; a read
 * then loads each used range's address with its first rows (sync 2) and the rest in row
 * slices, a sync per budget's worth of data (officeRead.ts); a write is checked whole against the workbook as read
 * (validateEdit) before anything is queued, then queued in steps with a sync whenever the
 * next step would pass the budget (officeWrite.ts). Excel on the web refuses a request or a
 * response over 5 MB; the budget is a fifth of that. Errors are never swallowed: an Office
 * error is rethrown as an Error naming the sheet(s) and operation, with the original as `cause`.
 */
import type {
  DefinedName,
  ReadRequest,
  SheetData,
  SheetInfo,
  SheetVisibility,
  WorkbookEdit,
  WorkbookInfo,
  WorkbookSnapshot,
} from "../../domain/sheet";
import type { WorkbookPort } from "../port";
import { validateEdit } from "../shared/validateEdit";
import { SYNC_BUDGET, SyncBudget } from "./officeBatch";
import { local, queueFirstSlices, readInSlices } from "./officeRead";
import { planEdit, type WriteState } from "./officeWrite";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const VISIBILITY_IN: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

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

  /**
   * `run` defaults to Excel.run (looked up when called, so this module loads outside Office);
   * `budget` is the bytes aimed for per sync.
   */
  constructor(
    run?: ExcelRun,
    private readonly budget = SYNC_BUDGET,
  ) {
    this.run = run ?? ((batch) => Excel.run(batch));
  }

  private async sync(context: Excel.RequestContext, what: string): Promise<void> {
    try {
      await context.sync();
    } catch (err) {
      throw officeError(what, err);
    }
  }

  /**
   * One Excel.run for a whole user action: `work` gets a port whose every call uses this run's
   * context (a session inside a session stays in the same run).
   */
  async session<T>(work: (port: WorkbookPort) => Promise<T>): Promise<T> {
    return this.run((context) => work(new OfficeWorkbook((batch) => batch(context), this.budget)));
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
      return this.readSheets(context, state, requests);
    });
  }

  async apply(edit: WorkbookEdit): Promise<void> {
    await this.run(async (context) => {
      const state = loadState(context.workbook);
      await this.sync(context, "read the workbook's sheets, tables and names");
      const ranges = queueTableRanges(context.workbook, state, edit);
      if (ranges) await this.sync(context, "read the tables' ranges");
      await this.write(context, state, edit, ranges?.());
    });
  }

  /**
   * Read, decide, write: one Excel.run. Sync 1 lists sheets, tables and names; the reads take
   * one sync, plus one per further budget's worth of data; the write one per budget's worth of
   * requests: three syncs for a command whose data fits the budget.
   */
  async update(
    plan: (info: WorkbookInfo) => ReadRequest[],
    make: (snapshot: WorkbookSnapshot) => WorkbookEdit | null,
  ): Promise<WorkbookSnapshot> {
    return this.run(async (context) => {
      const state = loadState(context.workbook);
      await this.sync(context, "list the sheets, tables and names");
      const info = infoOf(state);
      const requests = plan(info);
      const tableRanges = allTableRanges(context.workbook, state);
      let data: SheetData[] = [];
      if (requests.length > 0) data = await this.readSheets(context, state, requests);
      else if (state.tables.items.length > 0) await this.sync(context, "read the tables' ranges");
      const snapshot = { ...info, data };
      const edit = make(snapshot);
      if (edit) await this.write(context, state, edit, tableRanges());
      return snapshot;
    });
  }

  /** One sync for the used ranges' sizes and first rows, then the rest in slices under the budget. */
  private async readSheets(
    context: Excel.RequestContext,
    state: LoadedState,
    requests: ReadRequest[],
  ): Promise<SheetData[]> {
    const what = `read sheet ${requests.map((r) => `"${r.sheet}"`).join(", ")}`;
    const jobs = queueFirstSlices(
      context.workbook,
      state.sheets.items.map((s) => s.name),
      state.tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      requests,
      this.budget,
    );
    await this.sync(context, what);
    return readInSlices(jobs, () => this.sync(context, what), this.budget);
  }

  /** Checks the edit whole against the workbook as read, then writes it within the budget. */
  private async write(
    context: Excel.RequestContext,
    state: LoadedState,
    edit: WorkbookEdit,
    tableRanges?: Map<string, string>,
  ): Promise<void> {
    const writeState = writeStateOf(state);
    validateEdit(
      {
        sheets: writeState.sheets,
        tables: writeState.tables.map((t) => ({ ...t, range: tableRanges?.get(t.name) })),
        names: writeState.names.map((name) => ({ name })),
      },
      edit,
    );
    const what = `write sheet ${sheetList(edit)}`;
    const budget = new SyncBudget(() => this.sync(context, what), this.budget);
    const steps = planEdit(context, writeState, edit, this.budget);
    for (const step of steps) {
      // A sync ends the calculation pause: pause again for the next batch of writes.
      if (await budget.room(step.bytes)) context.application.suspendApiCalculationUntilNextSync();
      step.run();
    }
    await this.sync(context, what);
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

function writeStateOf(state: LoadedState): WriteState {
  return {
    sheets: state.sheets.items.map((ws) => ({
      name: ws.name,
      visibility: VISIBILITY_IN[ws.visibility] ?? "visible",
      ws,
    })),
    tables: state.tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    names: state.names.items.map((n) => n.name),
  };
}

/** Queues a load of every table's range; the returned function reads them after the sync. */
function allTableRanges(wb: Excel.Workbook, state: LoadedState): () => Map<string, string> {
  const ranges = state.tables.items.map((t) => ({
    name: t.name,
    range: wb.tables.getItem(t.name).getRange().load("address"),
  }));
  return () => new Map(ranges.map((r) => [r.name, local(r.range.address)]));
}

/** Table ranges are needed only when the edit adds tables or merges to a workbook that has tables. */
function queueTableRanges(
  wb: Excel.Workbook,
  state: LoadedState,
  edit: WorkbookEdit,
): (() => Map<string, string>) | undefined {
  const needs = edit.sheets.some((s) => s.tables?.length || s.merges?.length);
  if (!needs || state.tables.items.length === 0) return undefined;
  return allTableRanges(wb, state);
}
