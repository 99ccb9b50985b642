/**
 * What the merge engine reads, from where the forms are: form files (.xlsx, .xlsm, .ods, .xls;
 * the CLI, the browser,
 * files picked in Excel) or sheets already copied into the open workbook. Also the unit
 * resolver on the agency matcher. No Node-only APIs: the browser build uses this too.
 *
 * Decisions:
 * - A file is read, turned into plain sheet data, and its parsed workbook dropped at once
 *   (`detachedFileSource`), so a merge of a thousand files holds one parsed workbook at a time.
 *   What is kept is only what the engine will look at again: for a form, the sheets its
 *   reading used; for a rejected one, a small stand-in that gives the engine the same reasons.
 * - Reader errors get a Vietnamese detail a user can act on (the reader's own text is English).
 *   A sheet whose used area is huge (one stray value in XFD1048576) is refused by the reader
 *   when the file is opened, so it costs one rejected file, not the whole merge.
 * - A sheet of the open workbook is a candidate form only when a report table is found on it;
 *   other sheets (the plan matrix, the registry, a user's notes) are not inputs, so they are
 *   listed as skipped rather than "rejected".
 */
import { parseCell, sameSheet } from "../domain/address";
import { createMatcher, describeReason } from "../domain/matcher";
import {
  parseNameRef,
  readForm,
  SUMMARY_SHEETS,
  type FailedRead,
  type FormSource,
  type MergeInput,
  type UnitResolver,
} from "../domain/rollup";
import { REGISTRY_PROVINCE, type Registry } from "../domain/registry";
import { translate, type Lang, type Params } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import type { DefinedName, SheetData, SheetInfo } from "../domain/sheet";

/* ----------------------------------------------------------------- messages */

const say = (lang: Lang, key: string, params: Params = {}): string =>
  translate(lang, `merge.${key}`, params);

/** How a sheet copied into the open workbook is named in the merge report. */
export function sheetSourceName(sheet: string, lang: Lang = "vi"): string {
  return `${say(lang, "source.openWorkbook")} › ${sheet}`;
}

/** A file that is not a form by its name (see isFormFileName): refused without opening it. */
export function notFormFile(file: string, lang: Lang = "vi"): FailedRead {
  const ext = /\.[^./\\]+$/.exec(file)?.[0].toLowerCase();
  const message = ext ? say(lang, "source.extension", { ext }) : say(lang, "source.noExtension");
  return { file, error: { code: "not-xlsx", message } };
}

export { isFormFileName } from "../domain/forms/fileName";

/* --------------------------------------------------------------- file input */

/** Reads one picked file into what the engine takes (src/app/files/formFiles.ts has one). */
export type FormFileReader = (
  file: string,
  bytes: Uint8Array,
  options: { fileTime?: Date; lang?: Lang },
) => MergeInput;

/* ------------------------------------------------------------ detached data */

const emptySheet = (name: string): SheetData => ({ name, values: [], tables: [] });

/** A source over sheet data already in memory; a stored Error is thrown again on read. */
function memorySource(
  base: Pick<FormSource, "file" | "names" | "modified" | "fileTime">,
  sheets: { name: string; visibility: SheetInfo["visibility"]; data: SheetData | Error }[],
): FormSource {
  const byName = new Map(sheets.map((s) => [s.name, s.data]));
  return {
    ...base,
    sheets: sheets.map(({ name, visibility }) => ({ name, visibility })),
    data(sheet) {
      const d = byName.get(sheet);
      if (d === undefined) throw new Error(`Sheet "${sheet}" not found`);
      if (d instanceof Error) throw d;
      return d;
    },
  };
}

/** The rows a reading looked at: the table's rows and the header block above it. */
function trimRows(data: SheetData, lastRow: number): SheetData {
  if (data.values.length <= lastRow + 1) return data;
  const out: SheetData = { ...data, values: data.values.slice(0, lastRow + 1) };
  if (data.formulas) out.formulas = data.formulas.slice(0, lastRow + 1);
  return out;
}

/** The last row (0-based) of the tables on `sheet` (the BaoCao table among them). */
function lastTableRow(
  loaded: { name: string; data: SheetData | Error }[],
  sheet: string,
): number | null {
  const data = loaded.find((s) => s.name === sheet)?.data;
  if (!data || data instanceof Error) return null;
  let last: number | null = null;
  for (const t of data.tables) {
    const m = /(\d+)\s*$/.exec(t.range);
    if (m) last = Math.max(last ?? 0, Number(m[1]) - 1);
  }
  return last;
}

/**
 * Every sheet of `source` read once into memory, then cut down to what the engine's reading
 * of the form uses, so the original (a parsed workbook) can be dropped. The engine reads the
 * result exactly as it would have read the original: same table, unit, period, rows, and for
 * a form it rejects, the same reasons.
 */
export function detachSource(source: FormSource): FormSource {
  const base = {
    file: source.file,
    names: source.names,
    modified: source.modified,
    fileTime: source.fileTime,
  };
  const loaded = source.sheets.map((s) => {
    let data: SheetData | Error;
    try {
      data = source.data(s.name);
    } catch (e) {
      data = e instanceof Error ? e : new Error(String(e));
    }
    return { ...s, data };
  });
  const full = memorySource(base, loaded);
  const outcome = readForm(full);
  const isMeta = (name: string) => name.normalize("NFC").toLowerCase() === "_cchc";

  if (outcome.ok) {
    const form = outcome.form;
    const keep = new Set([form.sheet]);
    for (const s of loaded) if (isMeta(s.name)) keep.add(s.name);
    // Names may point at other sheets; those stay whole (they are small header sheets).
    for (const n of source.names ?? []) {
      const ref = parseNameRef(n.refersTo);
      if (!ref) continue;
      for (const s of loaded)
        if (s.name.normalize("NFC") === ref.sheet.normalize("NFC")) keep.add(s.name);
    }
    // Rows below a named table are never read (a hand-made table runs to the last row), and
    // the unit and period cells may sit anywhere on the sheet.
    let last = form.via === "table" ? lastTableRow(loaded, form.sheet) : null;
    for (const at of [form.unit, form.period]) {
      if (last !== null && at && at.sheet === form.sheet)
        last = Math.max(last, parseCell(at.cell).row);
    }
    return memorySource(
      base,
      loaded
        .filter((s) => keep.has(s.name))
        .map((s) =>
          s.name === form.sheet && last !== null && !(s.data instanceof Error)
            ? { ...s, data: trimRows(s.data, last) }
            : s,
        ),
    );
  }

  // Rejected by its reading: the reasons do not depend on the other inputs, so a stand-in
  // that reads the same way replaces the data. Which stand-in follows from the reason.
  const key = outcome.problems[0]?.key;
  const blank = (s: (typeof loaded)[number]) => ({ ...s, data: emptySheet(s.name) });
  switch (key) {
    case "merge.read.sheetFailed":
      // Failing sheets keep their errors; the others held no table, so empty ones do.
      return memorySource(
        base,
        loaded.map((s) => (s.data instanceof Error ? s : blank(s))),
      );
    case "merge.form.notForm": {
      // Some value somewhere, no table: one value on the first sheet with values says so.
      const first = loaded.find(
        (s) =>
          !isMeta(s.name) &&
          !(s.data instanceof Error) &&
          s.data.values.some((r) => r.some((v) => v !== null && v !== "")),
      );
      return memorySource(
        base,
        loaded.map((s) =>
          isMeta(s.name)
            ? s
            : s === first
              ? { ...s, data: { name: s.name, values: [["x"]], tables: [] } }
              : blank(s),
        ),
      );
    }
    case "merge.form.missingColumn": {
      // The table's sheet stays as it is; with the others empty the same table is found.
      const sheet = String(outcome.problems[0].params.sheet ?? "");
      return memorySource(
        base,
        loaded.map((s) => (s.name === sheet || isMeta(s.name) ? s : blank(s))),
      );
    }
    case "merge.form.metaOnly":
    case "merge.form.empty":
      return memorySource(
        base,
        loaded.map((s) => (isMeta(s.name) ? s : blank(s))),
      );
    default:
      // A reason this code does not know yet: keep everything rather than guess.
      return full;
  }
}

/* ------------------------------------------------------ sheets in a workbook */

/** Sheets the merge writes (and its bookkeeping sheets) are never forms. */
export interface SheetSourceOptions {
  /** Sheet names to leave out (compared without regard to case). */
  exclude?: string[];
  lang?: Lang;
}

export interface SheetSources {
  /** One source per sheet holding a report table. */
  sources: FormSource[];
  /** Sheets looked at that hold no report table. */
  skipped: string[];
}

/** Names of `sheet` on the workbook-level names: what a form copied with its names keeps. */
function namesOn(sheet: string, names: DefinedName[]): DefinedName[] {
  return names.filter((n) => {
    const ref = parseNameRef(n.refersTo);
    return ref !== null && sameSheet(ref.sheet, sheet);
  });
}

/** Bookkeeping sheets of the add-in (`_cchc`, `_cchc_merge`, `_lists`…). */
const isOwnSheet = (name: string) => /^_(cchc|lists)/i.test(name.normalize("NFC"));

/**
 * Sheets already read from the open workbook as forms, each its own source named
 * "Sổ làm việc hiện tại › <sheet>". Pure: the caller does the one read.
 */
export function formSourcesFromSheets(
  sheets: SheetInfo[],
  data: SheetData[],
  names: DefinedName[],
  options: SheetSourceOptions = {},
): SheetSources {
  const lang = options.lang ?? "vi";
  const exclude = options.exclude ?? [];
  const sources: FormSource[] = [];
  const skipped: string[] = [];
  for (const info of sheets) {
    if (isOwnSheet(info.name) || exclude.some((x) => sameSheet(x, info.name))) continue;
    const sheetData = data.find((d) => d.name === info.name);
    if (!sheetData) continue;
    const source = memorySource(
      { file: sheetSourceName(info.name, lang), names: namesOn(info.name, names) },
      [{ name: info.name, visibility: info.visibility, data: sheetData }],
    );
    const outcome = readForm(source);
    const hasTable =
      outcome.ok || outcome.problems.some((p) => p.key === "merge.form.missingColumn");
    if (hasTable) sources.push(source);
    else skipped.push(info.name);
  }
  return { sources, skipped };
}

/** The very hidden sheet listing the sheets the merge made in a workbook (see app/merge.ts). */
export const OWNER_SHEET = "_cchc_merge";

/** The sheet names recorded in the owner sheet: column A from row 2. */
export function ownedSheets(owner: SheetData | undefined): string[] {
  if (!owner) return [];
  return owner.values
    .slice(1)
    .map((r) => r[0])
    .filter((v): v is string => typeof v === "string" && v.trim() !== "");
}

/**
 * Forms copied as sheets into the open workbook, read in ONE batch (`port.update` with nothing
 * to write; in Excel one Excel.run): the sheet and name lists, then every candidate sheet and
 * the merge's owner sheet (to leave the merge's own sheets out), whatever their number.
 */
export async function sheetFormSources(
  port: WorkbookPort,
  options: SheetSourceOptions = {},
): Promise<SheetSources> {
  const fixed = [...(options.exclude ?? []), ...Object.values(SUMMARY_SHEETS)];
  const plan = (all: SheetInfo[]) => {
    const owner = all.find((s) => sameSheet(s.name, OWNER_SHEET));
    const sheets = all.filter(
      (s) => !isOwnSheet(s.name) && !fixed.some((x) => sameSheet(x, s.name)),
    );
    return { owner, sheets, wanted: owner ? [owner, ...sheets] : sheets };
  };
  let found: SheetSources | undefined;
  await port.update(
    ({ sheets }) => plan(sheets).wanted.map((s) => ({ sheet: s.name, formulas: true })),
    ({ sheets: all, names, data }) => {
      const { owner, sheets } = plan(all);
      const owned = ownedSheets(owner ? data.find((d) => d.name === owner.name) : undefined);
      found = formSourcesFromSheets(sheets, data, names, {
        ...options,
        exclude: [...fixed, ...owned],
      });
      return null;
    },
  );
  if (!found) throw new Error("sheetFormSources: the workbook was not read");
  return found;
}

/* ------------------------------------------------------------ unit resolver */

export interface ResolverOptions {
  lang?: Lang;
  /** The province a unit may sign with ("… tỉnh Yên Bái"); default the registry's, Yên Bái. */
  province?: string;
}

/**
 * The engine's UnitResolver on the agency matcher. Only a whole cell naming one agency counts:
 * its exact spelling, or a repair that cannot change the meaning (legacy TCVN3/VNI bytes,
 * missing diacritics, tone placement, case, an abbreviation or an old name), which is warned
 * about. A near miss ("Sở Nôi vụ") is not taken: guessing could file one unit's figures under
 * another. A cell naming a group phrase or several agencies is not a unit.
 */
export function unitResolver(registry: Registry, options: ResolverOptions = {}): UnitResolver {
  const lang = options.lang ?? "vi";
  const matcher = createMatcher(registry);
  const province = foldProvince(options.province ?? REGISTRY_PROVINCE);
  const once = (text: string) => {
    const match = matcher.matchCell(text);
    if (match.parts.length !== 1) return null;
    const part = match.parts[0];
    if (part.status !== "exact" && part.status !== "resolved") return null;
    if (!part.agency || part.agency.group === "phrase") return null;
    // Only the province's own and district units report: a ministry or "UBND tỉnh" sending
    // a form is not a unit of this roll-up, whatever its spelling.
    const agency = part.agency;
    if (!agency.reports && agency.group !== "province" && agency.group !== "district")
      return { refused: { key: "merge.unit.notReporter", params: { name: agency.name } } };
    const warning =
      part.status === "resolved" ? describeReason(part.reason ?? "case-spacing", lang) : undefined;
    return { name: agency.name, code: agency.code, warning };
  };
  return (text) => {
    const found = once(text);
    if (found) return found;
    // "Sở Nội vụ tỉnh Yên Bái": units often sign with the province after their name. Another
    // province's name there is another province's unit: refused, never filed under ours.
    const m = /^(.*\S)\s*[,-]?\s+(tỉnh\s+(\S.*))$/iu.exec(text.normalize("NFC").trim());
    if (!m) return null;
    const shorter = once(m[1]);
    if (!shorter) return null;
    if (foldProvince(m[3]) !== province)
      return { refused: { key: "merge.unit.otherProvince", params: { rest: m[2] } } };
    if ("refused" in shorter) return shorter;
    const dropped = say(lang, "unit.provinceDropped", { rest: m[2] });
    return { ...shorter, warning: shorter.warning ? `${shorter.warning}; ${dropped}` : dropped };
  };
}

/** A province name compared without case, tone marks or spacing ("Yên  bái" = "Yên Bái"). */
const foldProvince = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .replace(/[\s.]+/g, " ")
    .trim()
    .toLowerCase();
