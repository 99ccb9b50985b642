/**
 * The roll-up (merge) engine's inputs and outputs. Pure data: readers (xlsx file, Office.js,
 * a sheet copied into the open workbook) adapt what they read to `FormSource`; the matcher
 * is injected as a `UnitResolver`.
 */
import type { Params } from "../../i18n";
import type { Plan } from "../plan/types";
import type { Scalar, SheetData, SheetVisibility } from "../sheet";

/** A message for the user: an i18n key of src/i18n/messages/merge.ts and its parameters. */
export interface Message {
  key: string;
  params: Params;
}

/** One input as a reader gives it. */
export interface FormSource {
  /** File name (or "Sổ làm việc hiện tại › Sheet3" for a sheet copied into the open workbook). */
  file: string;
  sheets: { name: string; visibility: SheetVisibility }[];
  /** Workbook-level defined names; absent for a copied sheet. */
  names?: { name: string; refersTo: string }[];
  /** Values of one sheet from A1 (with formulas when the reader has them); may throw. */
  data(sheet: string): SheetData;
  /** The workbook's own "modified" property (docProps/core.xml). */
  modified?: Date;
  /** The file system's modification time. */
  fileTime?: Date;
}

/** An input the reader could not open. */
export interface FailedRead {
  file: string;
  error: { code: "too-large" | "not-xlsx" | "encrypted" | "corrupt" | string; message: string };
}

export type MergeInput = FormSource | FailedRead;

export const isFailedRead = (input: MergeInput): input is FailedRead =>
  "error" in input && typeof (input as FailedRead).error === "object";

/** The matcher: a unit as typed on a form to its registry entry, or null when unknown. */
export type UnitResolver = (text: string) =>
  | {
      name: string;
      code: string;
      /** Why the spelling was corrected, e.g. "sai chính tả", "mã TCVN3". */
      warning?: string;
    }
  /** The text names a body the merge does not take (another province's, a ministry): why. */
  | { refused: Message }
  | null;

export interface Reporter {
  code: string;
  name: string;
}

export interface MergeOptions {
  plan: Plan;
  /** The period requested, e.g. "2020-H1". */
  period: string;
  expected: Reporter[];
  resolveUnit: UnitResolver;
  inputs: MergeInput[];
  /** The time a workbook's own modified date is compared with (default the clock). */
  now?: Date;
}

/**
 * A cell that breaks a rule (text, negative, not 0/1, cumulative below the period's, not
 * finite, implausibly large, an unknown code…): left out of the figures, listed with its form.
 */
export interface Conflict {
  sheet: string;
  /** A1 address on `sheet`. */
  cell: string;
  /** "task/indicator" as the row names it ("?" for a missing task code). */
  key: string;
  /** Which figure the cell holds; null for a code cell of a row without figures. */
  measure: "period" | "cumulative" | null;
  /** What the cell holds (its formula when it has no calculated value). */
  value: Scalar;
  reason: Message;
}

export interface AcceptedForm {
  file: string;
  unit: string;
  unitCode: string;
  /** The sheet the table was read from. */
  sheet: string;
  warnings: Message[];
  /** Cells left out of the figures, in row then column order. */
  conflicts: Conflict[];
}

export interface RejectedInput {
  file: string;
  /** Every problem found, in the order of the form (unit and period first). */
  reasons: Message[];
}

export interface DuplicateGroup {
  unit: string;
  unitCode: string;
  kept: string;
  /** Older forms of the same unit, newest first. */
  ignored: string[];
}

/** Where one figure came from. */
export interface Provenance {
  unit: string;
  unitCode: string;
  /** "II.2.a/HN" */
  key: string;
  /** "period": Kết quả kỳ báo cáo; "cumulative": Lũy kế từ đầu năm. */
  measure: "period" | "cumulative";
  value: number;
  file: string;
  sheet: string;
  /** A1 address on `sheet`, e.g. "F7". */
  cell: string;
  /** The form was itself rolled up from other reports (its `_cchc` says from which). */
  rolledUp?: RolledUp;
}

/** What a rolled-up form's `_cchc` says about its sources. */
export interface RolledUp {
  count: number;
  /** The source files, as the form recorded them. */
  sources: string[];
  /** Every source was a commune's report. */
  communes: boolean;
}

/** `_cchc` rows of a form made from a merge (see src/app/rollupForm.ts). */
export const ROLLUP_META = { count: "rollup", sources: "sources", group: "rollup-group" } as const;
/** How source files are joined in one `_cchc` cell. */
export const SOURCES_SEPARATOR = " | ";

/** A unit's plan completion: rows done ÷ rows on its form. */
export interface UnitCompletion {
  unit: string;
  unitCode: string;
  done: number;
  rows: number;
  /** 0–100, one decimal. */
  percent: number;
}

export type Figures = Record<string, number>;

export interface MergeResult {
  period: string;
  expected: Reporter[];
  /** Sorted by file name. */
  accepted: AcceptedForm[];
  /** Sorted by file name. */
  rejected: RejectedInput[];
  /** Sorted by unit name. */
  duplicates: DuplicateGroup[];
  /** Expected reporters with no accepted form, in the expected order. */
  missing: Reporter[];
  /** Sum of "Kết quả kỳ báo cáo" per key, keys in plan order. */
  totals: Figures;
  /** Sum of "Lũy kế từ đầu năm" per key, kept apart from the period totals. */
  cumulative: Figures;
  /** Period values per unit name (expected order, then other units by name). */
  byUnit: Record<string, Figures>;
  cumulativeByUnit: Record<string, Figures>;
  /** Every figure, in unit then row order. */
  provenance: Provenance[];
  completion: UnitCompletion[];
}

/** The merge report of contract 5.3, as written to `--json`. */
export interface MergeJson {
  format: "cchc-merge/1";
  period: string;
  expected: number;
  accepted: {
    file: string;
    unit: string;
    warnings: string[];
    conflicts: ConflictJson[];
  }[];
  rejected: { file: string; reason: string }[];
  duplicates: { unit: string; kept: string; ignored: string[] }[];
  missing: string[];
  totals: Figures;
  byUnit: Record<string, Figures>;
}

/** A conflict in the merge report: `cell` as "'Báo cáo'!H14", `value` as the cell showed it. */
export interface ConflictJson {
  cell: string;
  key: string;
  value: string | number | boolean | null;
  reason: string;
}
