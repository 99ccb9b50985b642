/**
 * The merge on files (CLI, browser): form files in, the summary workbook and the report out;
 * and the tracking workbook file with its received dates filled. The merge itself is
 * ../merge.ts; this adds the reading and writing of .xlsx files.
 */
import { DEFAULT_NORMAL_FONT } from "../../domain/print";
import { toMergeJson, type MergeJson, type MergeResult } from "../../domain/rollup";
import { TRACKING_SHEET } from "../../domain/tracking";
import { translate, type Lang } from "../../i18n";
import { cellAddress, parseCell } from "../../domain/address";
import { parseDateCell, toUtcDate } from "../../domain/schedule";
import type { SheetData } from "../../domain/sheet";
import { TRACKING_LAYOUT, readTrackingSheet } from "../../domain/tracking";
import {
  dateToSerial,
  fillNumberCells,
  FillRefusedError,
  newWorkbookFile,
  normalFontOf,
  readWorkbookFile,
  XlsxWorkbook,
  type ZipLimits,
} from "../../workbook/xlsx";
import {
  readFiles,
  receivedDates,
  receivedEdit,
  runMerge,
  summaryWorkbookEdit,
  type InputTimes,
  type SummaryWorkbookOptions,
  type MergeBaseOptions,
  type MergeFile,
  type ReceivedUpdate,
} from "../merge";
import { formFileReader } from "./formFiles";

export { normalFontOf };

/** The summary workbook file, in the decree's font (Times New Roman 12 as the Normal style). */
export async function summaryWorkbookBytes(
  result: MergeResult,
  options: SummaryWorkbookOptions,
): Promise<Uint8Array> {
  const edit = summaryWorkbookEdit(result, options);
  // Written straight to XML when it can be (much faster than ExcelJS), else by ExcelJS.
  const direct = newWorkbookFile(edit, { normalFont: DEFAULT_NORMAL_FONT });
  if (direct) return direct;
  const wb = XlsxWorkbook.create({ normalFont: DEFAULT_NORMAL_FONT });
  await wb.apply(edit);
  return wb.toBuffer();
}

/* -------------------------------------------------------------- mergeFiles */

export interface MergeFilesOptions extends MergeBaseOptions {
  files: MergeFile[];
  /** ISO date for received dates when a file has no time (default today). */
  today?: string;
  /** Zip limits for reading forms (default the reader's). */
  limits?: ZipLimits;
}

export interface MergeFilesResult {
  result: MergeResult;
  /** The report of contract 5.3. */
  json: MergeJson;
  /** The summary workbook (.xlsx). */
  summaryBytes: Uint8Array;
  /** The day each accepted file counts as received (ISO), by file name. */
  receivedDates: Record<string, string>;
}

/** Merge form files into the provincial summary workbook (CLI and browser). */
export async function mergeFiles(options: MergeFilesOptions): Promise<MergeFilesResult> {
  const lang = options.lang ?? "vi";
  const times = new Map<string, InputTimes>();
  const inputs = await readFiles(options.files, options, times, formFileReader(options.limits));
  options.signal?.throwIfAborted();
  const result = runMerge(inputs, options);
  inputs.length = 0; // the detached sheet data is no longer needed
  const summaryBytes = await summaryWorkbookBytes(result, {
    plan: options.plan,
    registry: options.registry,
    lang,
    print: options.print,
  });
  // A caller that was stopped while the summary was written gets no half-used result.
  options.signal?.throwIfAborted();
  return {
    result,
    json: toMergeJson(result, { lang }),
    summaryBytes,
    receivedDates: receivedDates(result, times, options.today),
  };
}

/** The updated tracking workbook did not read back as it should; nothing is written. */
export class TrackingUpdateError extends Error {
  override readonly name = "TrackingUpdateError";
}

/**
 * The tracking workbook file (written by `cchc track`, then kept by the user) with received
 * dates filled; `bytes` is null when nothing changed. Only the empty received cells change:
 * the sheet's XML is edited in place (workbook/xlsx/fillCells.ts), so protection, passwords,
 * validations, charts and comments stay as the user has them. The new file is read back and
 * compared with the old before it is returned: every other cell the same, each filled cell
 * the date meant.
 */
export async function updateTrackingFile(
  tracking: Uint8Array,
  result: MergeResult,
  dates: Record<string, string>,
  lang: Lang = "vi",
): Promise<{ bytes: Uint8Array | null; update: ReceivedUpdate }> {
  const before = readWorkbookFile(tracking);
  if (!before.sheets.some((s) => s.name === TRACKING_SHEET)) {
    throw new Error(translate(lang, "merge.workbook.noTracking", { sheet: TRACKING_SHEET }));
  }
  const data = before.data(TRACKING_SHEET, { formulas: false });
  const update = receivedEdit(data, result, dates);
  if (!update.edit) return { bytes: null, update };
  // The first unit row's cell of the same column: a styled cell the sheet wrote.
  const firstUnit = readTrackingSheet(data)?.units[0]?.row ?? TRACKING_LAYOUT.firstDataRow - 1;
  const fills = update.filled.map((f) => ({
    cell: f.cell,
    value: dateToSerial(toUtcDate(f.date)),
    styleFrom: cellAddress(firstUnit, parseCell(f.cell).col),
  }));
  let patched: ReturnType<typeof fillNumberCells>;
  try {
    patched = fillNumberCells(tracking, TRACKING_SHEET, fills);
  } catch (e) {
    if (e instanceof FillRefusedError)
      throw new TrackingUpdateError(
        translate(lang, "merge.workbook.cannotKeep", { reason: e.message }),
      );
    throw e;
  }
  if (patched.kept.length) {
    // Cells the sheet read as empty but whose XML holds something: not filled, not claimed.
    update.filled = update.filled.filter((f) => !patched.kept.includes(f.cell));
  }
  if (!patched.bytes) return { bytes: null, update };
  verifyTracking(data, patched.bytes, update.filled, lang);
  return { bytes: patched.bytes, update };
}

/** The new tracking file reads back: same cells as before, the filled ones holding their date. */
function verifyTracking(
  before: SheetData,
  bytes: Uint8Array,
  filled: ReceivedUpdate["filled"],
  lang: Lang,
): void {
  const fail = (what: string) => {
    throw new TrackingUpdateError(translate(lang, "merge.workbook.notReadBack", { what }));
  };
  let after: SheetData;
  try {
    after = readWorkbookFile(bytes).data(TRACKING_SHEET, { formulas: false });
  } catch (e) {
    return fail((e as Error).message);
  }
  const changed = new Map(filled.map((f) => [f.cell, f.date]));
  const rows = Math.max(before.values.length, after.values.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(before.values[r]?.length ?? 0, after.values[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const at = cellAddress(r, c);
      const was = before.values[r]?.[c] ?? null;
      const now = after.values[r]?.[c] ?? null;
      const want = changed.get(at);
      if (want !== undefined) {
        if (parseDateCell(now) !== want) fail(at);
      } else if (!sameCell(was, now)) fail(at);
    }
  }
}

const sameCell = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
