/**
 * Report forms as files (F7): one form, or every expected reporter's form in one zip.
 * No Node-only APIs: the browser mode uses this too; callers write the bytes.
 */
import { zipSync } from "fflate";
import {
  buildReportFormEdit,
  formFileName,
  formLines,
  type ReportFormOptions,
} from "../../domain/forms";
import type { Plan } from "../../domain/plan/types";
import type { Agency, Registry } from "../../domain/registry/types";
import { expectedReportersFor, noReportersMessage, noReportersReason } from "../../domain/schedule";
import { yielder } from "../merge";
import { translator, type Lang } from "../../i18n";
import { DEFAULT_NORMAL_FONT } from "../../domain/print";
import { setNormalFont, XlsxWorkbook, type NormalFont } from "../../workbook/xlsx";

export { formFileName };

/**
 * The file with the decree's Normal style (Times New Roman 12, Nghị định 30/2020) or `font`;
 * every workbook file the add-in writes goes through this.
 */
export const withNormalFont = (
  xlsx: Uint8Array,
  font: NormalFont = DEFAULT_NORMAL_FONT,
): Uint8Array => setNormalFont(xlsx, font);

/** One blank report form as .xlsx bytes. */
export async function reportFormFile(opts: ReportFormOptions): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create({ normalFont: DEFAULT_NORMAL_FONT });
  await wb.apply(buildReportFormEdit(opts));
  return wb.toBuffer();
}

export interface AllFormsOptions {
  plan: Plan;
  registry: Registry;
  period: string;
  periodName?: string;
  created?: string;
  lang?: Lang;
  /** Called before each form with the unit's name, and once at the end. */
  onProgress?: (done: number, total: number, unit?: string) => void;
  /** Checked between forms: once aborted, throws its reason (the pane's Cancel). */
  signal?: AbortSignal;
}

export interface FormFile {
  file: string;
  unit: Agency;
  /** Lines of the form's table. */
  rows: number;
  bytes: Uint8Array;
}

/** Nobody is expected for the period: no form to make; the message says why and what to load. */
export class NoReportersError extends Error {
  override readonly name = "NoReportersError";
  constructor(readonly lines: string[]) {
    super(lines.join(" "));
  }
}

/**
 * Every expected reporter's form, in registry order, with file names from formFileName.
 * Throws NoReportersError (the pane's words) rather than make zero forms in silence.
 */
export async function allForms(opts: AllFormsOptions): Promise<FormFile[]> {
  const created = opts.created ?? new Date().toISOString();
  const out: FormFile[] = [];
  const units = expectedReportersFor(opts.registry, opts.period);
  if (units.length === 0) {
    const t = translator(opts.lang ?? "vi");
    const reason = noReportersReason(opts.registry, opts.period);
    throw new NoReportersError(noReportersMessage(t, opts.period, reason, "pane"));
  }
  // Yielding lets a cancel (a worker message) arrive between forms.
  const pause = yielder(!!opts.signal);
  for (const unit of units) {
    await pause();
    opts.signal?.throwIfAborted();
    opts.onProgress?.(out.length, units.length, unit.name);
    out.push({
      file: formFileName(unit, opts.period),
      unit,
      rows: formLines(opts.plan, unit).length,
      bytes: await reportFormFile({ ...opts, unit, created }),
    });
  }
  opts.signal?.throwIfAborted();
  opts.onProgress?.(units.length, units.length);
  return out;
}

/** The same forms in one zip (stored, not recompressed: .xlsx files are zips already). */
export async function allFormsZip(opts: AllFormsOptions): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const f of await allForms(opts)) files[f.file] = f.bytes;
  return zipSync(files, { level: 0 });
}
