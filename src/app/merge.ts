/**
 * The merge use-case (F9, F11, F12): forms in, the provincial summary out, for the command
 * line and the browser (`mergeFiles`: files in, a summary workbook out) and for Excel
 * (`mergeIntoWorkbook`: the summary written as sheets of the open workbook).
 *
 * Decisions:
 * - One file at a time: read, keep the few sheet values the engine needs, drop the parsed
 *   workbook (formSources.ts), so memory follows the forms' data, not their number of files.
 * - A file that cannot be read is one rejected input; nothing a file holds stops the merge.
 * - In the open workbook the merge owns its sheets: their names are recorded in the very
 *   hidden sheet "_cchc_merge", and only those are replaced. A user's own sheet that happens
 *   to carry a merge sheet's name is never overwritten: the merge refuses and says so.
 * - The summary sheet is print-ready (Nghị định 30/2020): the engine leaves HEADER_BLOCK_ROWS rows
 *   above the table for the official header block, the signature goes below, and the file
 *   gets a Times New Roman 12 Normal style so column widths print as fitted.
 * - Received dates on the tracking sheet: the day the file was saved on this machine (its
 *   modification time, i.e. when it arrived), else the workbook's own modified day, else
 *   today. A date already on the sheet is kept: it was typed or set by an earlier merge, and
 *   the first arrival is what counts for timeliness.
 */
import { cellAddress, parseCell, parseRange, sheetKey } from "../domain/address";
import type { Plan } from "../domain/plan/types";
import {
  documentTitle,
  printSettingsFor,
  rowHeightFor,
  wrappedLines,
  type PrintSettings,
} from "../domain/print";
import { expectedReporters, type Registry } from "../domain/registry";
import {
  buildSummaryEdit,
  canonicalPeriod,
  mergeForms,
  summarySheetName,
  SUMMARY_SHEETS,
  toMergeJson,
  type MergeInput,
  type MergeJson,
  type MergeResult,
  type Reporter,
} from "../domain/rollup";
import { findPeriod, isoDate, parseDateCell, toUtcDate } from "../domain/schedule";
import { translate, type Lang } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import type { SheetData, SheetEdit, SheetInfo, WorkbookEdit } from "../domain/sheet";
import {
  formSourcesFromSheets,
  isFormFileName,
  notFormFile,
  ownedSheets,
  OWNER_SHEET,
  unitResolver,
  type FormFileReader,
} from "./formSources";
import { expectedReportersFor, registryForPeriod } from "../domain/schedule";
import { HEADER_BLOCK_ROWS, preparePrintEdit, withRowBreaks } from "../domain/print";
import { TRACKING_SHEET, readTrackingSheet } from "../domain/tracking";

/** The merge would overwrite a sheet it does not own. */
export class MergeSheetConflictError extends Error {
  override readonly name = "MergeSheetConflictError";
  constructor(
    readonly sheet: string,
    lang: Lang = "vi",
  ) {
    super(translate(lang, "merge.workbook.conflict", { sheet }));
  }
}

/* ------------------------------------------------------------------- common */

export interface MergeFile {
  /** The name shown in the report, e.g. "van-yen.xlsx". */
  name: string;
  /** The bytes, or a loader called when the file's turn comes (keeps memory to one file). */
  bytes: Uint8Array | (() => Promise<Uint8Array>);
  /** The file system's modification time. */
  mtime?: Date;
  /** Why the file is not read at all (not a regular file, too large): rejected with it. */
  refused?: string;
}

export interface MergeBaseOptions {
  period: string;
  plan: Plan;
  registry: Registry;
  lang?: Lang;
  /** Called after each file is read. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Print settings of the summary (agency, signer…); default Sở Nội vụ Yên Bái. */
  print?: Partial<PrintSettings>;
  /** Checked between files and before anything is written: once aborted, throws its reason. */
  signal?: AbortSignal;
}

/** When an input was made: what the received date and the duplicate rule look at. */
export interface InputTimes {
  fileTime?: Date;
  modified?: Date;
}

/**
 * The units that must report for a period: the same list `cchc forms` makes forms for (in force
 * on the period's due day); every flagged reporter when the schedule does not know the code.
 */
export function expectedFor(registry: Registry, period: string): Reporter[] {
  const code = canonicalPeriod(period);
  const agencies = findPeriod(code)
    ? expectedReportersFor(registry, code)
    : expectedReporters(registry);
  return agencies.map((a) => ({ code: a.code, name: a.name }));
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * Lets a browser repaint its progress bar now and then during long work, and a cancel (a
 * worker message, a Ctrl-C) arrive: at most every 50 ms.
 */
export function yielder(active: boolean): () => Promise<void> {
  let last = now();
  return async () => {
    if (!active || now() - last < 50) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = now();
  };
}

/**
 * Names as the report shows them, one per file: two files picked with the same name (from two
 * folders) become "bao-cao.xlsx" and "bao-cao (2).xlsx", so each is accounted for on its own.
 */
export function uniqueNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; used.has(unique); n++) unique = name.replace(/(\.[^./\\]*)?$/, ` (${n})$1`);
    used.add(unique);
    return unique;
  });
}

/** Read the files one by one into inputs the engine takes; one bad file is one rejected input. */
export async function readFiles(
  files: MergeFile[],
  options: MergeBaseOptions,
  times: Map<string, InputTimes>,
  read: FormFileReader,
): Promise<MergeInput[]> {
  const lang = options.lang ?? "vi";
  const inputs: MergeInput[] = [];
  // Yielding also lets a cancel (a message, a Ctrl-C) arrive between files.
  const pause = yielder(!!options.onProgress || !!options.signal);
  const names = uniqueNames(files.map((f) => f.name));
  for (let i = 0; i < files.length; i++) {
    options.signal?.throwIfAborted();
    const f = { ...files[i], name: names[i] };
    let input: MergeInput;
    if (f.refused !== undefined) {
      input = { file: f.name, error: { code: "failed", message: f.refused } };
    } else if (!isFormFileName(f.name)) {
      input = notFormFile(f.name, lang);
    } else {
      try {
        const bytes = typeof f.bytes === "function" ? await f.bytes() : f.bytes;
        input = read(f.name, bytes, { fileTime: f.mtime, lang });
      } catch (err) {
        // The loader itself failed (the file vanished, no permission).
        input = { file: f.name, error: { code: "failed", message: (err as Error).message } };
      }
    }
    if (!("error" in input)) times.set(f.name, { fileTime: f.mtime, modified: input.modified });
    inputs.push(input);
    options.onProgress?.(i + 1, files.length, f.name);
    await pause();
  }
  return inputs;
}

export function runMerge(inputs: MergeInput[], options: MergeBaseOptions): MergeResult {
  // Units are named as in the period (the office's 2020 name in 2020), whatever the form wrote.
  const registry = registryForPeriod(options.registry, canonicalPeriod(options.period));
  return mergeForms({
    plan: options.plan,
    period: options.period,
    expected: expectedFor(registry, options.period),
    resolveUnit: unitResolver(registry, { lang: options.lang }),
    inputs,
  });
}

/* ------------------------------------------------------------ summary sheets */

/** The summary's print title: the one the add-in's "Chuẩn bị in" prints too. */
function summaryTitle(plan: Plan, period: string): string {
  return documentTitle("summary", plan.year, findPeriod(period)?.name ?? period);
}

/** Two edits of the same sheet as one, the second's values and formats applied after. */
function combine(sheet: SheetEdit, more: SheetEdit): SheetEdit {
  return {
    ...sheet,
    blocks: [...(sheet.blocks ?? []), ...(more.blocks ?? [])],
    formats: [...(sheet.formats ?? []), ...(more.formats ?? [])],
    merges: [...(sheet.merges ?? []), ...(more.merges ?? [])],
    rowHeights: { ...(sheet.rowHeights ?? {}), ...(more.rowHeights ?? {}) },
    columns: more.columns ?? sheet.columns,
    pageLayout: more.pageLayout ?? sheet.pageLayout,
  };
}

const TABLE_FONT_PT = 12;

/**
 * Row heights of the summary table for the widths it prints with. The engine estimates heights
 * for its own widths; fitting the columns to A4 narrows them, and Excel and LibreOffice do not
 * grow rows for wrapped or merged text, so a header or a long task name would be cut off.
 * Rows only grow. Merged task cells spread what they lack over their rows.
 */
function refitHeights(sheet: SheetEdit, tableRange: string, headerRows: number): SheetEdit {
  const box = parseRange(tableRange);
  const widths: number[] = [];
  for (const c of sheet.columns ?? []) if (c.width !== undefined) widths[c.index] = c.width;
  const block = (sheet.blocks ?? []).find((b) => {
    const at = parseCell(b.at);
    return at.row === box.top && at.col === box.left;
  });
  if (!block) return sheet;
  // The one wrapped-text estimate (domain/print/metrics), over the merged columns.
  const linesOf = (v: unknown, from: number, to: number, bold: boolean) =>
    typeof v === "string" ? wrappedLines(v, TABLE_FONT_PT, bold, widths, from, to) : 1;

  const merged = (sheet.merges ?? [])
    .map(parseRange)
    .filter((m) => m.top >= box.top && m.bottom <= box.bottom);
  // Each merged cell's range, looked up per cell (a search of every merge per cell was slow).
  const mergeAt = new Map<number, (typeof merged)[number]>();
  const at = (r: number, c: number) => r * 16384 + c;
  for (const m of merged)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (!mergeAt.has(at(r, c))) mergeAt.set(at(r, c), m);
  const inMerge = (r: number, c: number) => mergeAt.get(at(r, c));
  const heights = { ...(sheet.rowHeights ?? {}) };
  block.values.forEach((row, i) => {
    const r = box.top + i;
    let lines = 1;
    row.forEach((v, c) => {
      const m = inMerge(r, c);
      if (m && m.bottom > m.top) return; // spread below
      if (m && c !== m.left) return;
      lines = Math.max(lines, linesOf(v, c, m ? m.right : c, i < headerRows));
    });
    heights[r + 1] = Math.max(heights[r + 1] ?? 0, rowHeightFor(lines, TABLE_FONT_PT));
  });
  for (const m of merged) {
    if (m.bottom === m.top) continue;
    const v = block.values[m.top - box.top]?.[m.left];
    const needed = rowHeightFor(linesOf(v, m.left, m.right, false), TABLE_FONT_PT);
    let have = 0;
    for (let r = m.top; r <= m.bottom; r++) have += heights[r + 1] ?? 15;
    if (have >= needed) continue;
    const extra = Math.ceil(((needed - have) / (m.bottom - m.top + 1)) * 4) / 4;
    for (let r = m.top; r <= m.bottom; r++) heights[r + 1] = (heights[r + 1] ?? 15) + extra;
  }
  return { ...sheet, rowHeights: heights };
}

/**
 * The summary as one WorkbookEdit: the engine's sheets, the first one made print-ready (header
 * block above the table, signature below, A4 landscape, widths fitted).
 */
/** What the summary workbook is made from besides the merge's result. */
export interface SummaryWorkbookOptions {
  plan: Plan;
  /** Its Sở Nội vụ names the issuing agency in the header block and the signature. */
  registry?: Registry;
  lang?: Lang;
  /** The user's print fields; a blank one keeps the value printSettingsFor decides. */
  print?: Partial<PrintSettings>;
}

export function summaryWorkbookEdit(
  result: MergeResult,
  options: SummaryWorkbookOptions,
): WorkbookEdit {
  const lang = options.lang ?? "vi";
  const summary = buildSummaryEdit(result, {
    plan: options.plan,
    lang,
    tableTopRow: HEADER_BLOCK_ROWS + 1,
  });
  const layout = summary.summary;
  const first = summary.sheets.find((s) => s.name === layout.sheet);
  if (!first) throw new Error(`The summary has no sheet "${layout.sheet}"`);
  const widths: number[] = [];
  for (const c of first.columns ?? []) if (c.width !== undefined) widths[c.index] = c.width;
  // The one place print settings are decided, as "Chuẩn bị in" and the pane decide them.
  const settings = printSettingsFor(options.plan.year, summaryTitle(options.plan, result.period), {
    plan: options.plan,
    registry: options.registry,
    given: options.print,
  });
  const print = preparePrintEdit({
    sheet: layout.sheet,
    table: { range: layout.tableRange, headerRows: 1 },
    columnsCount: layout.columns,
    settings,
    columnWidths: widths.length >= layout.columns ? widths.slice(0, layout.columns) : undefined,
    lang,
  });
  const table = parseRange(layout.tableRange);
  const rows = { top: table.top + 1, bottom: table.bottom + 1 };
  return {
    sheets: summary.sheets.map((s) =>
      s === first ? withRowBreaks(refitHeights(combine(s, print), layout.tableRange, 1), rows) : s,
    ),
  };
}

/** The merge's sheet names for a period: the summary and the four sheets that explain it. */
export function mergeSheetNames(period: string): string[] {
  return [summarySheetName(canonicalPeriod(period)), ...Object.values(SUMMARY_SHEETS)];
}

/* ---------------------------------------------------------- received dates */

/** The local calendar day of an instant, ISO (the office's day, not UTC's). */
export function localDay(d: Date): string {
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

const validTime = (d?: Date) => (d && !Number.isNaN(d.getTime()) ? d : undefined);

export function receivedDates(
  result: MergeResult,
  times: Map<string, InputTimes>,
  today?: string,
): Record<string, string> {
  const fallback = today ?? localDay(new Date());
  const out: Record<string, string> = {};
  for (const a of result.accepted) {
    const t = times.get(a.file);
    const when = validTime(t?.fileTime) ?? validTime(t?.modified);
    out[a.file] = when ? localDay(when) : fallback;
  }
  return out;
}

export interface ReceivedUpdate {
  /** The cells to write on the tracking sheet; null when nothing changes. */
  edit: SheetEdit | null;
  /** Units whose received date was filled now. */
  filled: { unit: string; date: string; cell: string }[];
  /** Units that already had a received date, left as it was. */
  kept: { unit: string; date: string }[];
  /** Received cells holding text that is not a date (a note typed by the user), kept as typed. */
  notes: { unit: string; cell: string; text: string }[];
  /** Accepted units with no row on the tracking sheet. */
  notListed: string[];
  /** False when the tracking sheet has no column for the period. */
  periodFound: boolean;
}

const sameText = (a: unknown, b: string) =>
  typeof a === "string" && a.normalize("NFC").trim() === b.normalize("NFC").trim();

/**
 * Fill "Ngày nhận" on the tracking sheet (as readTrackingSheet finds it) for the units
 * whose form was accepted. Rows are found by unit code, then by name.
 */
export function receivedEdit(
  tracking: SheetData,
  result: MergeResult,
  dates: Record<string, string>,
): ReceivedUpdate {
  const out: ReceivedUpdate = {
    edit: null,
    filled: [],
    kept: [],
    notes: [],
    notListed: [],
    periodFound: false,
  };
  const values = tracking.values;
  const table = readTrackingSheet(tracking);
  const period = table?.periods.find((p) => p.code === result.period);
  if (!table || !period) return out;
  out.periodFound = true;
  const receivedCol = period.received;
  const blocks: NonNullable<SheetEdit["blocks"]> = [];
  for (const a of result.accepted) {
    const row = (
      table.units.find((u) => sameText(u.code, a.unitCode)) ??
      table.units.find((u) => sameText(u.name, a.unit))
    )?.row;
    if (row === undefined) {
      out.notListed.push(a.unit);
      continue;
    }
    const there = values[row]?.[receivedCol] ?? null;
    const existing = parseDateCell(there);
    if (existing) {
      out.kept.push({ unit: a.unit, date: existing });
      continue;
    }
    if (there !== null && String(there).trim() !== "") {
      // "nhận bản giấy 02/06": what the user typed stays; the report lists it.
      out.notes.push({ unit: a.unit, cell: cellAddress(row, receivedCol), text: String(there) });
      continue;
    }
    const date = dates[a.file];
    if (!date) continue;
    const cell = cellAddress(row, receivedCol);
    blocks.push({ at: cell, values: [[toUtcDate(date)]] });
    out.filled.push({ unit: a.unit, date, cell });
  }
  if (blocks.length) out.edit = { name: tracking.name, mode: "update", blocks };
  return out;
}

/* --------------------------------------------------------- mergeIntoWorkbook */

export { OWNER_SHEET };

export interface MergeIntoWorkbookOptions extends MergeBaseOptions {
  /** Form files the user picked. */
  files?: MergeFile[];
  /** Also read forms copied as sheets into the open workbook. */
  sheets?: boolean;
  /** Fill the tracking sheet's received dates for accepted units. */
  received?: boolean;
  /** ISO date for received dates of forms without a time (sheets; default today). */
  today?: string;
  /** Reads the picked files (src/app/files/formFiles.ts); needed when `files` are given. */
  readFile?: FormFileReader;
}

export interface MergeIntoWorkbookResult {
  result: MergeResult;
  json: MergeJson;
  /** The sheets written (the summary first). */
  written: string[];
  /** Sheets of the open workbook that hold no report table. */
  skippedSheets: string[];
  /** Present when `received` was asked. */
  received?: ReceivedUpdate & { trackingFound: boolean };
}

/** The sheets a merge into the open workbook looks at, found from the sheet list alone. */
interface WorkbookPlan {
  has: (name: string) => SheetInfo | undefined;
  ownerInfo?: SheetInfo;
  trackingInfo?: SheetInfo;
  /** Sheets that may be forms copied into the workbook. */
  candidates: SheetInfo[];
}

function planWorkbook(
  infos: SheetInfo[],
  mergeNames: string[],
  options: MergeIntoWorkbookOptions,
): WorkbookPlan {
  const has = (name: string) => infos.find((s) => sheetKey(s.name) === sheetKey(name));
  const ownerInfo = has(OWNER_SHEET);
  const trackingInfo = options.received ? has(TRACKING_SHEET) : undefined;
  const candidates = options.sheets
    ? infos.filter(
        (s) =>
          !mergeNames.some((m) => sheetKey(m) === sheetKey(s.name)) &&
          s !== ownerInfo &&
          s !== trackingInfo,
      )
    : [];
  return { has, ownerInfo, trackingInfo, candidates };
}

/**
 * Merge forms (picked files and/or sheets copied into the open workbook) and write the summary
 * as sheets of the open workbook in ONE batch (`port.update`; in Excel at most three syncs:
 * the sheet and name lists, one read of the candidate sheets, one write), whatever the number
 * of forms. Picked files are read first: they do not depend on the workbook, and the batch
 * cannot wait for them.
 */
export async function mergeIntoWorkbook(
  port: WorkbookPort,
  options: MergeIntoWorkbookOptions,
): Promise<MergeIntoWorkbookResult> {
  const lang = options.lang ?? "vi";
  const period = canonicalPeriod(options.period);
  const mergeNames = mergeSheetNames(period);
  const times = new Map<string, InputTimes>();
  const files = options.files ?? [];
  if (files.length && !options.readFile)
    throw new Error("mergeIntoWorkbook: files were given without a reader for them");
  const fileInputs = files.length ? await readFiles(files, options, times, options.readFile!) : [];
  // Last chance to stop: once the batch starts, the workbook is written whole.
  options.signal?.throwIfAborted();

  let outcome: MergeIntoWorkbookResult | undefined;
  await port.update(
    ({ sheets: infos }) => {
      const { ownerInfo, trackingInfo, candidates } = planWorkbook(infos, mergeNames, options);
      return [ownerInfo, trackingInfo, ...candidates]
        .filter((s): s is SheetInfo => s !== undefined)
        .map((s) => ({ sheet: s.name, formulas: true }));
    },
    ({ sheets: infos, names, data }) => {
      const { has, ownerInfo, trackingInfo, candidates } = planWorkbook(infos, mergeNames, options);
      const dataOf = (info?: SheetInfo) =>
        info ? data.find((d) => d.name === info.name) : undefined;

      // Ownership first: nothing is written when a user's sheet is in the way.
      const owned = ownedSheets(dataOf(ownerInfo)).filter((n) => has(n));
      const isOwned = (name: string) => owned.some((o) => sheetKey(o) === sheetKey(name));
      for (const m of mergeNames) {
        const existing = has(m);
        if (existing && !isOwned(existing.name))
          throw new MergeSheetConflictError(existing.name, lang);
      }
      // Sheets the merge made for other periods are not forms either.
      const fromSheets = formSourcesFromSheets(
        candidates.filter((s) => !isOwned(s.name)),
        data,
        options.sheets ? names : [],
        { lang },
      );
      const result = runMerge([...fileInputs, ...fromSheets.sources], { ...options, period });

      const summary = summaryWorkbookEdit(result, {
        plan: options.plan,
        registry: options.registry,
        lang,
        print: options.print,
      });
      // Into a user's workbook: no reordering of their sheets; new sheets go after them.
      const sheets: SheetEdit[] = summary.sheets.map(({ position: _position, ...s }) => s);
      const written = sheets.map((s) => s.name);
      const nowOwned = [...owned];
      for (const n of written)
        if (!nowOwned.some((o) => sheetKey(o) === sheetKey(n))) nowOwned.push(n);
      sheets.push({
        name: OWNER_SHEET,
        mode: "replace",
        visibility: "veryHidden",
        blocks: [
          {
            at: "A1",
            values: [[translate(lang, "merge.workbook.ownerNote")], ...nowOwned.map((n) => [n])],
          },
        ],
      });

      let received: MergeIntoWorkbookResult["received"];
      if (options.received) {
        const tracking = dataOf(trackingInfo);
        const dates = receivedDates(result, times, options.today);
        const update = tracking
          ? receivedEdit(tracking, result, dates)
          : { edit: null, filled: [], kept: [], notes: [], notListed: [], periodFound: false };
        if (update.edit) sheets.push(update.edit);
        received = { ...update, trackingFound: tracking !== undefined };
      }
      outcome = {
        result,
        json: toMergeJson(result, { lang }),
        written,
        skippedSheets: fromSheets.skipped,
        received,
      };
      return { sheets };
    },
  );
  if (!outcome) throw new Error("mergeIntoWorkbook: the workbook update did not run");
  return outcome;
}
