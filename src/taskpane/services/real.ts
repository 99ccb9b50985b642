/**
 * The real services: in Excel, the use-cases over the Office.js adapter; in browser mode, over
 * the file adapter on the .xlsx file the user opened, with results handed out as downloads.
 *
 * Everything heavy (use-cases, ExcelJS, SheetJS) is behind `import("./work")`, which webpack
 * puts in a lazy chunk: the pane paints without it and loads it when a command first runs.
 * Opening a page only needs the plan, the registry and the periods: `import("./data")`.
 */
import type { Lang } from "../../i18n";
import type { Mode } from "../host";
import { openWorkbookInExcel, saveDownload } from "../download";
import { documentSettings, localSettings, memorySettings } from "../settingsStore";
import { PaneError, type Download, type SettingsStore, type Services } from "../services";
import { offThread } from "../worker/client";
import { inSession, type WorkbookPort } from "../../workbook/port";
// Type only: erased from the bundle, the class itself comes with the lazy chunk.
import type { XlsxWorkbook } from "../../workbook/xlsx";

type Work = typeof import("./work");
type Data = typeof import("./data");

/** Everything that writes files or runs a use-case: ExcelJS, SheetJS, src/app. */
const loadWork = (): Promise<Work> => import(/* webpackChunkName: "work" */ "./work");
/** Plan, registry and periods, and the Office.js adapter: what opening a page needs. */
const loadData = (): Promise<Data> => import(/* webpackChunkName: "data" */ "./data");

function settingsFor(mode: Mode): SettingsStore {
  if (mode === "office") return documentSettings(Office.context.document.settings);
  try {
    // Reading localStorage throws where storage is blocked (private windows, some iframes).
    const storage = window.localStorage;
    storage.getItem("cchc");
    return localSettings(storage);
  } catch {
    return memorySettings();
  }
}

/** Today by the user's calendar, ISO. */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function createServices(mode: Mode, settings = settingsFor(mode)): Services {
  /** Forms and the merge of picked files run in a worker: the pane stays responsive. */
  const inWorker = offThread();
  /** Browser mode: the open file, parsed once, changed in memory by the commands. */
  let open: { name: string; wb: XlsxWorkbook } | null = null;

  /** The workbook commands act on: Excel's, or the open file's. */
  const port = async (): Promise<WorkbookPort> => {
    if (mode === "office") return (await loadData()).officePort();
    if (!open) throw new PaneError("taskpane.error.noFile");
    return open.wb;
  };
  /** One user action in one session of the workbook: one Excel.run in Excel. */
  const inPort = async <T>(work: (p: WorkbookPort) => Promise<T>): Promise<T> =>
    inSession(await port(), work);
  /** The port when there is one (browser mode may have no file open). */
  const portIfAny = async (): Promise<WorkbookPort | null> =>
    mode === "office" ? (await loadData()).officePort() : (open?.wb ?? null);
  /** Plan and registry of a workbook: its own sheets when it has them, else the built-in data. */
  const dataOf = async (p: WorkbookPort | null, lang: Lang = "vi") =>
    (await loadData()).workbookPlan(p, lang);
  /** The same for the workbook in use, if any. */
  const data = async (lang: Lang = "vi") => dataOf(await portIfAny(), lang);

  const services: Services = {
    mode,
    settings,
    download: (file: Download) => saveDownload(file),
    openInExcel: mode === "office" ? openWorkbookInExcel : undefined,

    async openFile(name, bytes) {
      const work = await loadWork();
      const { wb, file } = await work.loadFile(name, bytes);
      open = { name, wb };
      return file;
    },
    async saveFile() {
      const work = await loadWork();
      if (!open) throw new PaneError("taskpane.error.noFile");
      return work.fileOf(open.name, open.wb);
    },

    async basics(rules) {
      const light = await loadData();
      return light.basicsOf(await data(), rules, today());
    },

    async insertMatrix(lang) {
      const work = await loadWork();
      return inPort(async (p) => work.insertMatrixInto(p, await dataOf(p, lang), lang));
    },
    async matrixFile(lang) {
      const work = await loadWork();
      return work.newMatrixFile(await data(lang), lang);
    },

    async checkAgencies(lang) {
      const work = await loadWork();
      return work.checkIn(await port(), lang);
    },
    async fixOne(problem, lang) {
      const work = await loadWork();
      await work.fixOneIn(await port(), problem, lang);
    },
    async fixAll(problems, lang) {
      const work = await loadWork();
      return work.fixAllIn(await port(), problems, lang);
    },
    async select(sheet, cell) {
      await (await port()).select(sheet, cell);
    },

    async reportForm(unit, period, lang) {
      const job = { kind: "form", data: await data(lang), unit, period, lang } as const;
      return inWorker(job);
    },
    async allForms(period, lang, onProgress, signal) {
      const job = { kind: "forms", data: await data(lang), period, lang } as const;
      return inWorker(job, onProgress, signal);
    },
    async tracking(rules, lang) {
      const work = await loadWork();
      if (mode === "office") {
        return inPort(async (p) => work.trackingInto(p, await dataOf(p, lang), rules, lang));
      }
      return work.trackingFile(await data(lang), rules);
    },
    async overdue() {
      const work = await loadWork();
      return inPort((p) => work.overdueOf(p));
    },
    async highlightOverdue() {
      const work = await loadWork();
      return inPort((p) => work.highlightIn(p));
    },

    async merge(request) {
      if (mode === "office") {
        // Office.js lives on the page: the merge into the open workbook runs here.
        const work = await loadWork();
        return inPort(async (p) =>
          work.mergeIntoOpenWorkbook(p, await dataOf(p, request.lang), request),
        );
      }
      const { onProgress, signal, ...rest } = request;
      const job = { kind: "merge", data: await data(request.lang), request: rest } as const;
      return inWorker(job, onProgress, signal);
    },

    async unitForm(outcome, unitCode, lang) {
      const work = await loadWork();
      if (!outcome.result) throw new PaneError("taskpane.merge.unitForm.noResult");
      return work.unitFormFile(await data(lang), outcome.result, unitCode, lang);
    },

    async preparePrint(kind, fields, lang) {
      const work = await loadWork();
      return inPort(async (p) => work.preparePrintIn(p, await dataOf(p, lang), kind, fields, lang));
    },
  };
  return services;
}
