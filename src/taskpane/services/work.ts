/**
 * The work behind the pane's buttons: the use-cases of src/app over a workbook port, with
 * their answers turned into what the pages show. Loaded only through import() from real.ts,
 * so the xlsx libraries and the use-cases stay out of the first paint (a lazy chunk).
 */
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  noReportersMessage,
  noReportersReason,
  trackingReporters,
} from "../../domain/schedule";
import { findByNameOrCode, yenBai2020, type Agency, type Registry } from "../../domain/registry";
import type { MergeResult } from "../../domain/rollup";
import { rollupFormFile } from "../../app/files/rollupForm";
import { printSettingsFor, type PrintSettings } from "../../domain/print";
import { translate, translator, type Lang } from "../../i18n";
import type { WorkbookEdit } from "../../domain/sheet";
import type { WorkbookPort } from "../../workbook/port";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { same, type PlanData } from "./data";
import { insertMatrix } from "../../app/matrix";
import { matrixFile } from "../../app/files/matrix";
import { allFormsZip, formFileName, reportFormFile } from "../../app/files/forms";
import { TRACKING_SHEET, buildTrackingEdit, receivedFromTracking } from "../../domain/tracking";
import { highlightOverdue, overdueUnits, type OverdueResult } from "../../app/overdue";
import { mergeIntoWorkbook } from "../../app/merge";
import { mergeFiles } from "../../app/files/merge";
import { formFileReader } from "../../app/files/formFiles";
import type { PrintKind } from "../../domain/print";
import { preparePrint } from "../../app/preparePrint";
import { checkAgencies, fixAll, fixOne } from "../../app/checkAgencies";
import {
  JSON_TYPE,
  PaneError,
  XLSX_TYPE,
  ZIP_TYPE,
  type AgencyProblem,
  type CheckOutcome,
  type DeadlineRules,
  type Download,
  type MergeOutcome,
  type MergeRequest,
  type OnProgress,
  type OpenFile,
  type OverdueView,
  type PrintFields,
  type PrintOutcome,
  type UnitFormOutcome,
  type WriteOutcome,
} from "../services";

export { XlsxWorkbook };

/* -------------------------------------------------------------- open files */

export async function loadFile(name: string, bytes: Uint8Array) {
  const wb = await XlsxWorkbook.load(bytes);
  const sheets = (await wb.sheets()).filter((s) => s.visibility === "visible").map((s) => s.name);
  const file: OpenFile = { name, sheets };
  return { wb, file };
}

export async function fileOf(name: string, wb: XlsxWorkbook): Promise<Download> {
  return { name, bytes: await wb.toBuffer(), type: XLSX_TYPE };
}

/* ------------------------------------------------------------------ matrix */

export async function insertMatrixInto(
  port: WorkbookPort,
  data: PlanData,
  lang: Lang,
): Promise<WriteOutcome> {
  const out = await insertMatrix(port, { ...data, lang });
  return { message: out.message, lines: out.warnings };
}

export async function newMatrixFile(data: PlanData, lang: Lang): Promise<Download> {
  const bytes = await matrixFile({ ...data, lang });
  return { name: `ma-tran-nhiem-vu-${data.plan.year}.xlsx`, bytes, type: XLSX_TYPE };
}

/* ------------------------------------------------------------------- forms */

function unitNamed(data: PlanData, name: string): Agency {
  const unit = data.registry.agencies.find((a) => a.name === name);
  if (!unit) throw new PaneError("taskpane.error.unknownUnit", { unit: name });
  return unit;
}

export async function oneForm(
  data: PlanData,
  unitName: string,
  period: string,
  lang: Lang,
): Promise<Download> {
  const unit = unitNamed(data, unitName);
  const bytes = await reportFormFile({ plan: data.plan, unit, period, lang });
  return { name: formFileName(unit, period), bytes, type: XLSX_TYPE };
}

export async function formsZip(
  data: PlanData,
  period: string,
  lang: Lang,
  onProgress?: OnProgress,
  signal?: AbortSignal,
): Promise<Download> {
  const bytes = await allFormsZip({ ...data, period, lang, onProgress, signal });
  return { name: `mau-bao-cao-${period}.zip`, bytes, type: ZIP_TYPE };
}

/* ---------------------------------------------------------------- tracking */

function trackingEdit(
  data: PlanData,
  rules: DeadlineRules,
  received?: Record<string, Record<string, string>>,
) {
  const year = data.plan.year;
  return buildTrackingEdit({
    year,
    reporters: trackingReporters(data.registry, year),
    schedule: DEFAULT_SCHEDULE,
    holidays: DEFAULT_HOLIDAYS,
    settings: rules,
    received,
  });
}

/** Excel: (re)write the tracking sheets, keeping the received dates already typed. */
export async function trackingInto(
  port: WorkbookPort,
  data: PlanData,
  rules: DeadlineRules,
  lang: Lang,
): Promise<WriteOutcome> {
  // One batch (one Excel.run): the received dates are read and the sheet rewritten together,
  // so a date typed meanwhile cannot be lost between a read and a later write.
  let edit: WorkbookEdit | null = null;
  await port.update(
    (info) =>
      info.sheets.filter((s) => same(s.name, TRACKING_SHEET)).map((s) => ({ sheet: s.name })),
    (snapshot) => {
      const [existing] = snapshot.data;
      edit = trackingEdit(data, rules, existing ? receivedFromTracking(existing) : undefined);
      return edit;
    },
  );
  if (!edit) throw new Error("trackingInto: the workbook update did not run");
  const written: WorkbookEdit = edit;
  return {
    message: translate(lang, "taskpane.report.tracking.written", {
      sheets: written.sheets.map((s) => s.name).join(", "),
    }),
  };
}

export async function trackingFile(data: PlanData, rules: DeadlineRules): Promise<Download> {
  const wb = XlsxWorkbook.create();
  await wb.apply(trackingEdit(data, rules));
  return {
    name: `theo-doi-bao-cao-${data.plan.year}.xlsx`,
    bytes: await wb.toBuffer(),
    type: XLSX_TYPE,
  };
}

/* ----------------------------------------------------------------- overdue */

async function needTracking(port: WorkbookPort): Promise<void> {
  const sheets = await port.sheets();
  if (!sheets.some((s) => same(s.name, TRACKING_SHEET))) {
    throw new PaneError("taskpane.error.noTracking", { sheet: TRACKING_SHEET });
  }
}

const viewOf = (r: OverdueResult): OverdueView => ({
  period: r.period ? { code: r.period, name: r.periodName ?? r.period } : null,
  today: r.today,
  units: r.units.map((u) => ({ unit: u.name, deadline: u.deadline, daysOverdue: u.daysOverdue })),
});

export async function overdueOf(port: WorkbookPort): Promise<OverdueView> {
  await needTracking(port);
  return viewOf(await overdueUnits(port));
}

export async function highlightIn(port: WorkbookPort): Promise<OverdueView> {
  await needTracking(port);
  return viewOf(await highlightOverdue(port));
}

/* ------------------------------------------------------------------- merge */

/**
 * The print settings from what the user typed: the domain decides them (printSettingsFor: the
 * built-in ones, the plan's province, the registry's Sở Nội vụ, then the fields not left blank),
 * so the pane prints what the ribbon and `cchc` print. A date not yet whole is left out.
 */
function printSettingsOf(fields: PrintFields | undefined, data: PlanData): PrintSettings {
  const typed: Partial<PrintSettings> = { ...fields };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields?.date ?? "")) delete typed.date;
  return printSettingsFor(data.plan.year, "", {
    plan: data.plan,
    registry: data.registry,
    given: typed,
  });
}

const jsonFile = (period: string, json: unknown): Download => ({
  name: `tong-hop-${period}.json`,
  bytes: new TextEncoder().encode(JSON.stringify(json, null, 2) + "\n"),
  type: JSON_TYPE,
});

/** The print settings the merge takes: agency names and signer; the title stays the summary's. */
function mergePrint(req: MergeRequest, data: PlanData): Partial<PrintSettings> {
  const { title: _title, ...rest } = printSettingsOf(req.print, data);
  return rest;
}

/**
 * Nobody expected for the period (the registry's units ended): the words `cchc forms` uses,
 * with why and where to load the province's registry.
 */
export function noReporterNotes(registry: Registry, period: string, lang: Lang): string[] {
  const reason = noReportersReason(registry, period);
  return reason ? noReportersMessage(translator(lang), period, reason, "pane") : [];
}

/** What the page shows of a merge's JSON report, and the report itself to download. */
function outcomeOf(j: Awaited<ReturnType<typeof mergeFiles>>["json"], data: PlanData, lang: Lang) {
  return {
    period: j.period,
    expected: j.expected,
    accepted: j.accepted,
    rejected: j.rejected,
    duplicates: j.duplicates,
    missing: j.missing,
    json: jsonFile(j.period, j),
    notes: noReporterNotes(data.registry, j.period, lang),
  };
}

/** What both merges take from the pane's request. */
const mergeOptions = (data: PlanData, req: MergeRequest) => ({
  files: req.files.map((f) => ({ name: f.name, bytes: f.bytes, mtime: f.mtime })),
  period: req.period,
  ...data,
  lang: req.lang,
  onProgress: req.onProgress,
  signal: req.signal,
  print: mergePrint(req, data),
});

/** Browser mode: the picked files into a summary workbook to download. */
export async function mergeToFiles(data: PlanData, req: MergeRequest): Promise<MergeOutcome> {
  const out = await mergeFiles(mergeOptions(data, req));
  const j = out.json;
  return {
    ...outcomeOf(j, data, req.lang),
    summary: { name: `tong-hop-${j.period}.xlsx`, bytes: out.summaryBytes, type: XLSX_TYPE },
    result: out.result,
    formUnits: formUnitsOf(data.registry),
  };
}

/** The units a merge's form may be made for: those "Thuộc" names first, then every reporter. */
export function formUnitsOf(registry: Registry): { code: string; name: string }[] {
  const all = [...registry.agencies, ...yenBai2020.agencies];
  const parents = registry.agencies.flatMap((a) => {
    const p = a.parent ? findByNameOrCode(all, a.parent) : undefined;
    return p ? [p] : [];
  });
  const seen = new Set<string>();
  return [...parents, ...all.filter((a) => a.reports)]
    .filter((a) => !seen.has(a.code) && seen.add(a.code))
    .map((a) => ({ code: a.code, name: a.name }));
}

/** A unit's own form filled with the merge's totals. */
export async function unitFormFile(
  data: PlanData,
  result: MergeResult,
  unitCode: string,
  lang: Lang,
): Promise<UnitFormOutcome> {
  const unit = findByNameOrCode([...data.registry.agencies, ...yenBai2020.agencies], unitCode);
  if (!unit) throw new PaneError("taskpane.merge.unitForm.unknown", { unit: unitCode });
  const form = await rollupFormFile({
    result,
    plan: data.plan,
    unit,
    registry: data.registry,
    lang,
  });
  return {
    file: { name: formFileName(unit, result.period), bytes: form.bytes, type: XLSX_TYPE },
    notOnForm: form.notOnForm,
    reports: form.reports,
  };
}

/** Excel: picked files and/or the workbook's report sheets into summary sheets of the workbook. */
export async function mergeIntoOpenWorkbook(
  port: WorkbookPort,
  data: PlanData,
  req: MergeRequest,
): Promise<MergeOutcome> {
  const out = await mergeIntoWorkbook(port, {
    ...mergeOptions(data, req),
    readFile: formFileReader(),
    sheets: req.useSheets,
    received: true,
  });
  const outcome = outcomeOf(out.json, data, req.lang);
  return {
    ...outcome,
    result: out.result,
    formUnits: formUnitsOf(data.registry),
    sheets: out.written,
    notes: [
      ...outcome.notes,
      ...(out.received?.filled.length
        ? [translate(req.lang, "taskpane.merge.received", { count: out.received.filled.length })]
        : []),
      ...(out.skippedSheets.length
        ? [translate(req.lang, "taskpane.merge.skipped", { sheets: out.skippedSheets.join(", ") })]
        : []),
    ],
  };
}

/* ------------------------------------------------------------------- print */

export async function preparePrintIn(
  port: WorkbookPort,
  data: PlanData,
  kind: PrintKind,
  fields: PrintFields,
  lang: Lang,
): Promise<PrintOutcome> {
  const { title: _title, ...settings } = printSettingsOf(fields, data);
  const out = await preparePrint(port, {
    kind,
    settings,
    plan: data.plan,
    registry: data.registry,
    lang,
  });
  return { sheet: out.sheet, lines: out.report };
}

/* ------------------------------------------------------------------- check */

/**
 * The use-case reads the workbook's own registry sheet itself, and only notes it when it is
 * unreadable: a broken registry must not stop the check that helps find what is wrong.
 */
export async function checkIn(port: WorkbookPort, lang: Lang): Promise<CheckOutcome> {
  const out = await checkAgencies(port, { registry: yenBai2020, lang });
  return { problems: out.problems, message: out.message, notes: out.notes };
}

export async function fixOneIn(
  port: WorkbookPort,
  problem: AgencyProblem,
  lang: Lang = "vi",
): Promise<void> {
  if (!(await fixOne(port, problem, lang))) {
    throw new PaneError("taskpane.error.noSuggestion", { cell: problem.cell });
  }
}

/** A cell changed since the check keeps what the user typed; the error says which, after the rest is fixed. */
export async function fixAllIn(
  port: WorkbookPort,
  problems: AgencyProblem[],
  lang: Lang = "vi",
): Promise<number> {
  const out = await fixAll(port, problems, lang);
  if (out.changed.length) throw new Error(out.message);
  return out.fixed.length;
}
