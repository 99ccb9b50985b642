/**
 * What the task pane's pages ask for, as one small interface. The pages only know this file,
 * so tests render them with fakes; the real services (services/real.ts) call the use-cases in
 * src/app through a dynamic import(), which keeps the xlsx libraries out of the first paint.
 *
 * This file holds types and tiny pure helpers only: importing it must not pull in any
 * use-case, adapter or xlsx library.
 */
import type { Lang } from "../i18n";
import type { Mode } from "./host";
import type { MergeJson, MergeResult } from "../domain/rollup";
import type { AgencyProblem } from "../domain/matrix";
import type { PrintKind } from "../domain/print";

// The use-cases' own types: the pane hands them back as it got them, so none is restated here.
export type { AgencyProblem, PrintKind };

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP_TYPE = "application/zip";
export const JSON_TYPE = "application/json";

/** A file for the user to save. */
export interface Download {
  name: string;
  bytes: Uint8Array;
  type: string;
}

/** Progress of long work: `item` names what is being done (a file name, a unit). */
export type OnProgress = (done: number, total: number, item?: string) => void;

export interface DeadlineRules {
  /** "Trước ngày 05": the 5th itself counts as on time. */
  fifthOnTime: boolean;
  /** A deadline on a weekend or holiday moves to the next working day. */
  shiftOffDays: boolean;
}

/** The print header and signature fields the user types (Nghị định 30/2020). */
export interface PrintFields {
  parentAgency: string;
  agency: string;
  place: string;
  reportNumber: string;
  reportSymbol: string;
  /** ISO date of the report, "" when not known yet. */
  date: string;
  signerTitle: string;
  signerName: string;
}

export interface PaneSettings {
  /** The language the user chose; absent follows Office's display language. */
  lang?: Lang;
  deadlines: DeadlineRules;
  print: PrintFields;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  deadlines: { fifthOnTime: false, shiftOffDays: true },
  print: {
    parentAgency: "UBND tỉnh Yên Bái",
    agency: "Sở Nội vụ",
    place: "Yên Bái",
    reportNumber: "",
    reportSymbol: "BC-SNV",
    date: "",
    signerTitle: "Giám đốc",
    signerName: "",
  },
};

/** Kept in the document (Office) or in localStorage (browser mode). */
export interface SettingsStore {
  load(): PaneSettings;
  save(settings: PaneSettings): Promise<void>;
}

export interface Unit {
  code: string;
  name: string;
}

export interface PeriodChoice {
  /** "2020-H1". */
  code: string;
  /** "6 tháng đầu năm 2020". */
  name: string;
  /** Last on-time day, ISO, after the deadline rules. */
  deadline: string;
}

/** What the pages need to offer choices: the plan's year, who reports, the periods. */
export interface Basics {
  year: number;
  reporters: Unit[];
  periods: PeriodChoice[];
  /** The period the pane proposes: the next one due, or the last one of the year. */
  current: string;
}

export interface CheckOutcome {
  problems: AgencyProblem[];
  /** One line saying how it went (cells looked at, errors, warnings). */
  message: string;
  /** Things to know that are not about one cell (an unreadable registry sheet…). */
  notes: string[];
}

export interface OverdueUnit {
  unit: string;
  /** Last on-time day, ISO. */
  deadline: string;
  daysOverdue: number;
}

export interface OverdueView {
  /** The current period: the latest one whose deadline has passed; null when none. */
  period: { code: string; name: string } | null;
  /** The reference date the tracking sheet was read on, ISO. */
  today: string;
  units: OverdueUnit[];
}

/** A file picked by the user. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  mtime?: Date;
}

export interface MergeRequest {
  files: PickedFile[];
  /** Excel: also read the report sheets already copied into the open workbook. */
  useSheets: boolean;
  period: string;
  lang: Lang;
  /** Agency names and signer for the summary's print header. */
  print?: PrintFields;
  onProgress?: OnProgress;
  /** Cancel: the merge stops between files and nothing is written or shown. */
  signal?: AbortSignal;
}

/** What the page shows of a merge: the merge report's lists (contract 5.3), and the files. */
export interface MergeOutcome extends Pick<
  MergeJson,
  "period" | "expected" | "accepted" | "rejected" | "duplicates" | "missing"
> {
  /** Excel: the sheets written into the workbook. */
  sheets?: string[];
  /** Browser mode: the summary workbook. */
  summary?: Download;
  /** The merge report (contract 5.3). */
  json: Download;
  /** What else was done or left aside (received dates filled, sheets that hold no report). */
  notes?: string[];
  /** The merge itself: what a unit's own form is made from (unitForm). */
  result?: MergeResult;
  /**
   * Units whose own form can be made from the merge, likeliest first: the units the merged
   * registry's "Thuộc" names (a district over its communes), then every reporting unit.
   */
  formUnits?: { code: string; name: string }[];
}

export interface UnitFormOutcome {
  file: Download;
  /** Keys with figures that the unit's form has no row for. */
  notOnForm: string[];
  /** Reports rolled up. */
  reports: number;
}

export interface PrintOutcome {
  sheet: string;
  /** What was set up, then any rule the layout breaks. */
  lines: string[];
}

/** What was written into the workbook, in the user's language. */
export interface WriteOutcome {
  message: string;
  /** Warnings or details, one per line. */
  lines?: string[];
}

/** Browser mode: the .xlsx file the pages work on. */
export interface OpenFile {
  name: string;
  /** Sheets of the file, visible ones. */
  sheets: string[];
}

export interface Services {
  mode: Mode;
  settings: SettingsStore;
  /** Hand a file to the user (browser download). */
  download(file: Download): void;
  /** Excel: open a workbook file as a new Excel window; absent where not possible. */
  openInExcel?(file: Download): Promise<void>;

  /** Browser mode: open a file as the workbook the pages work on. */
  openFile(name: string, bytes: Uint8Array): Promise<OpenFile>;
  /** Browser mode: the open workbook as a file, with every change made so far. */
  saveFile(): Promise<Download>;

  basics(rules: DeadlineRules): Promise<Basics>;

  insertMatrix(lang: Lang): Promise<WriteOutcome>;
  /** A new workbook holding the matrix and the registry. */
  matrixFile(lang: Lang): Promise<Download>;

  /** Checks every agency cell; problem cells are highlighted in the workbook. */
  checkAgencies(lang: Lang): Promise<CheckOutcome>;
  /** `lang`: the language of the message when the cell changed since the check. */
  fixOne(problem: AgencyProblem, lang: Lang): Promise<void>;
  /** Applies the safe problems; resolves to the number of cells changed. */
  fixAll(problems: AgencyProblem[], lang: Lang): Promise<number>;
  select(sheet: string, cell: string): Promise<void>;

  reportForm(unit: string, period: string, lang: Lang): Promise<Download>;
  allForms(
    period: string,
    lang: Lang,
    onProgress?: OnProgress,
    signal?: AbortSignal,
  ): Promise<Download>;
  /** Excel: writes the tracking sheets; browser: a new workbook holding them. */
  tracking(rules: DeadlineRules, lang: Lang): Promise<WriteOutcome | Download>;
  /**
   * Overdue units of the current period, by the workbook's tracking sheet (its own settings
   * cells and reference date decide the deadlines).
   */
  overdue(): Promise<OverdueView>;
  /** Marks the overdue units' names on the tracking sheet. */
  highlightOverdue(): Promise<OverdueView>;

  merge(request: MergeRequest): Promise<MergeOutcome>;
  /** A unit's own report form filled with a merge's totals (issue 18). */
  unitForm(outcome: MergeOutcome, unitCode: string, lang: Lang): Promise<UnitFormOutcome>;

  preparePrint(kind: PrintKind, fields: PrintFields, lang: Lang): Promise<PrintOutcome>;
}

export const isDownload = (x: WriteOutcome | Download): x is Download =>
  (x as Download).bytes instanceof Uint8Array;

/** An error whose message is a catalogue key, so the page can show it in the user's language. */
export class PaneError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "PaneError";
  }
}
