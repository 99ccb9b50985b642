/**
 * Form files as the merge engine reads them: a form (.xlsx, .xlsm, .ods, .xls) read with the
 * guarded SheetJS reader, its parsed workbook dropped at once (see detachSource in
 * ../formSources.ts), and reader errors in words a user can act on.
 */
import { formSheets, type FailedRead, type MergeInput } from "../../domain/rollup";
import { translate, type Lang } from "../../i18n";
import { readWorkbookFile, WorkbookReadError, type ReadFileOptions } from "../../workbook/xlsx";
import { detachSource, type FormFileReader } from "../formSources";

/* ------------------------------------------------------------ reader errors */

/**
 * The reader's English reason in words a Vietnamese user acts on. Unknown texts are kept as
 * they are, so nothing is hidden; English keeps the reader's own text.
 */
function readErrorDetail(error: WorkbookReadError, lang: Lang): string {
  const m = error.message;
  if (lang === "en") return m;
  switch (error.code) {
    case "not-xlsx":
      if (/OLE file/.test(m)) return translate(lang, "merge.readDetail.oleNotWorkbook");
      if (/\.xls\b|old binary/i.test(m)) return translate(lang, "merge.readDetail.oldXls");
      if (/not a zip/i.test(m)) return translate(lang, "merge.readDetail.notZip");
      if (/not an Excel workbook|no spreadsheet part/i.test(m))
        return translate(lang, "merge.readDetail.notWorkbook");
      return m;
    case "too-large": {
      const ratio = /expands (\d+) times/.exec(m);
      if (ratio) return translate(lang, "merge.readDetail.zipBomb", { ratio: ratio[1] });
      const xls = /is (\d+) MB, more than (\d+) MB/.exec(m);
      if (xls) return translate(lang, "merge.readDetail.xlsTooBig", { mb: xls[1], max: xls[2] });
      const mb = /more than (\d+) MB/.exec(m);
      if (mb) return translate(lang, "merge.readDetail.unpacksTo", { mb: mb[1] });
      if (/parts \(limit/.test(m)) return translate(lang, "merge.readDetail.tooManyParts");
      const all = /span (\d+) cells in all \(limit (\d+) cells\); the sheet "(.*)" \(/.exec(m);
      if (all)
        return translate(lang, "merge.readDetail.tooManyCells", {
          cells: all[1],
          max: all[2],
          sheet: all[3],
        });
      const sheets = /has (\d+) sheets \(limit (\d+)/.exec(m);
      if (sheets)
        return translate(lang, "merge.readDetail.tooManySheets", {
          count: sheets[1],
          max: sheets[2],
        });
      const wide = /spans (\d+) rows × (\d+) columns/.exec(m);
      if (wide)
        return translate(lang, "merge.readDetail.tooWide", { rows: wide[1], cols: wide[2] });
      return m;
    }
    case "corrupt":
      if (/end-of-directory|truncated|past the end|smaller than/i.test(m))
        return translate(lang, "merge.readDetail.truncated");
      if (/zip/i.test(m)) return translate(lang, "merge.readDetail.damagedZip");
      return translate(lang, "merge.readDetail.unreadable");
    default:
      return m;
  }
}

/** Any error thrown while opening a file, as the engine's FailedRead. */
export function failedRead(file: string, err: unknown, lang: Lang = "vi"): FailedRead {
  if (err instanceof WorkbookReadError) {
    return { file, error: { code: err.code, message: readErrorDetail(err, lang) } };
  }
  // A reader bug or an input it did not foresee: still one rejected file, never a stopped merge.
  const message = err instanceof Error ? err.message : String(err);
  return { file, error: { code: "corrupt", message } };
}

/* --------------------------------------------------------------- file input */

export interface FileSourceOptions {
  /** The file system's modification time (the engine's tie-breaker for duplicates). */
  fileTime?: Date;
  lang?: Lang;
  /** Zip and cell caps (the sheets to read are the form's: not an option here). */
  limits?: Omit<ReadFileOptions, "sheets">;
}

/**
 * An .xlsx file as a FormSource reading its sheets on demand, or the FailedRead saying why it
 * cannot be opened. The parsed workbook stays alive as long as the source does: for merges
 * of many files use `detachedFileSource`.
 */
export function fileFormSource(
  file: string,
  bytes: Uint8Array,
  options: FileSourceOptions = {},
): MergeInput {
  try {
    // Only the sheets a reading of the form can look at are parsed (see formSheets).
    const wb = readWorkbookFile(bytes, { ...options.limits, sheets: formSheets });
    const parsed = new Set(wb.parsed);
    return {
      file,
      sheets: wb.sheets
        .filter((s) => parsed.has(s.name))
        .map((s) => ({ name: s.name, visibility: s.visibility })),
      names: wb.names,
      data: (sheet) => wb.data(sheet, { formulas: true }),
      modified: wb.props.modified,
      fileTime: options.fileTime,
    };
  } catch (err) {
    return failedRead(file, err, options.lang);
  }
}

/** Read a file and keep only what the merge needs from it (see detachSource). */
export function detachedFileSource(
  file: string,
  bytes: Uint8Array,
  options: FileSourceOptions = {},
): MergeInput {
  const source = fileFormSource(file, bytes, options);
  return "error" in source ? source : detachSource(source);
}

/** The reader the merge use-cases take, with the zip limits of the caller. */
export const formFileReader =
  (limits?: FileSourceOptions["limits"]): FormFileReader =>
  (file, bytes, options) =>
    detachedFileSource(file, bytes, { ...options, limits });
