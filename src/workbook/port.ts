/**
 * The workbook port: the few things the add-in does to a workbook, as data.
 *
 * Commands build a `WorkbookEdit` (pure data, made in src/domain or src/app) and hand it to
 * an adapter in one call, so the Office.js adapter can apply it with a bounded number of
 * `context.sync()` whatever the row count, and the xlsx adapter can write the same thing to a
 * file. Reads are batched the same way.
 */
import type {
  DefinedName,
  ReadRequest,
  SheetData,
  SheetInfo,
  WorkbookEdit,
  WorkbookInfo,
  WorkbookSnapshot,
} from "../domain/sheet";

export interface WorkbookPort {
  /** The sheets of the workbook, in order. */
  sheets(): Promise<SheetInfo[]>;
  /** Read several sheets in one batch; a missing sheet is an error naming it. */
  read(requests: ReadRequest[]): Promise<SheetData[]>;
  /** Workbook-level defined names and what they refer to. */
  names(): Promise<DefinedName[]>;
  /** Apply a batch of edits. */
  apply(edit: WorkbookEdit): Promise<void>;
  /**
   * Read what a command needs and write what it decides, as one batch: `plan` picks the
   * sheets to read from the sheet and name lists, `make` builds the edit (or null) from what
   * was read. In Excel this is one Excel.run with at most three context.sync() calls.
   */
  update(
    plan: (info: WorkbookInfo) => ReadRequest[],
    make: (snapshot: WorkbookSnapshot) => WorkbookEdit | null,
  ): Promise<WorkbookSnapshot>;
  /** Select a cell or range for the user (Office); a no-op where there is no UI. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * One user action as one session: every call `work` makes on the port it is given runs in
   * one batch (in Excel, one Excel.run), so an action that reads the plan, then reads and
   * writes with `update`, does not open a run per step. Optional: see `inSession`.
   */
  session?<T>(work: (port: WorkbookPort) => Promise<T>): Promise<T>;
}

/** Runs `work` in one session of `port` where the port has sessions, else on the port itself. */
export function inSession<T>(
  port: WorkbookPort,
  work: (port: WorkbookPort) => Promise<T>,
): Promise<T> {
  return port.session ? port.session(work) : work(port);
}
