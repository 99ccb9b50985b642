/**
 * The plan as a sheet, "Kế hoạch", so another year's or another province's plan can be typed in
 * Excel and loaded without code changes. Layout (rows from A1):
 *
 *   Định dạng        | cchc-plan/1           <- key/value block: the plan's details
 *   Mã kế hoạch      | yen-bai-2020
 *   Năm              | 2020
 *   Tỉnh             | Yên Bái
 *   Tên kế hoạch     | Kế hoạch tuyên truyền …
 *   Cơ quan ban hành | Ủy ban nhân dân tỉnh Yên Bái
 *   (empty row)
 *   Mã nhiệm vụ | Mã mục cha | Phần | Tên nhiệm vụ | …   <- the task table's header row
 *   II.1.a      |            | II.1 | …                   <- one row per task
 *
 * Reading finds the header row by its "Mã nhiệm vụ" cell and the columns by their header text,
 * so columns may be moved and other columns added. The five document columns may be left out.
 * Lists use the readable cell forms of cells.ts.
 */
import { translate, type Lang } from "../../i18n";
import {
  formatIndicators,
  formatNames,
  formatReporters,
  formatTargets,
  parseIndicators,
  parseNames,
  parseReporters,
  parseTargets,
  type CellProblem,
} from "./cells";
import { PLAN_FORMAT } from "./json";
import type { Plan, Task } from "./types";
import { checkPlan, describeIssue } from "./validate";

export const PLAN_SHEET = "Kế hoạch";

/** Keys of the details block, in the order written. */
export const PLAN_KEYS = {
  format: "Định dạng",
  id: "Mã kế hoạch",
  year: "Năm",
  province: "Tỉnh",
  title: "Tên kế hoạch",
  issuer: "Cơ quan ban hành",
} as const;

/** Task table columns, in the order written. */
export const PLAN_COLUMNS = {
  code: "Mã nhiệm vụ",
  parent: "Mã mục cha",
  section: "Phần",
  title: "Tên nhiệm vụ",
  content: "Nội dung",
  lead: "Cơ quan chủ trì",
  coordinating: "Cơ quan phối hợp",
  timeFrame: "Thời gian thực hiện",
  indicators: "Chỉ tiêu",
  targets: "Mục tiêu",
  reporters: "Đơn vị báo cáo",
  docKind: "Loại văn bản",
  docNumber: "Số văn bản",
  docDate: "Ngày văn bản",
  docIssuer: "Cơ quan ban hành văn bản",
  docTitle: "Trích yếu văn bản",
} as const;

type ColumnKey = keyof typeof PLAN_COLUMNS;
const COLUMN_KEYS = Object.keys(PLAN_COLUMNS) as ColumnKey[];
const DOCUMENT_COLUMNS = ["docKind", "docNumber", "docDate", "docIssuer", "docTitle"] as const;
const DOCUMENT_FIELDS = {
  docKind: "kind",
  docNumber: "number",
  docDate: "date",
  docIssuer: "issuer",
  docTitle: "title",
} as const;

export const PLAN_HEADER: readonly string[] = COLUMN_KEYS.map((k) => PLAN_COLUMNS[k]);

/** 0-based index of the header row in planToRows' output (the table starts there). */
export const PLAN_HEADER_ROW = Object.keys(PLAN_KEYS).length + 1;

export type PlanCell = string | number | null;

export interface RowError {
  /** 1-based row in the rows given (the Excel row when they start at A1). */
  row: number;
  /** The column's header text, or the details key ("Năm"). */
  column: string;
  message: string;
}

export type PlanRowsResult = { plan: Plan } | { errors: RowError[] };

const orNull = (s: string | undefined): PlanCell => (s === undefined || s === "" ? null : s);

function taskRow(task: Task): PlanCell[] {
  const cells: Record<ColumnKey, PlanCell> = {
    code: task.code,
    parent: orNull(task.parent),
    section: task.section,
    title: task.title,
    content: orNull(task.content),
    lead: orNull(formatNames(task.lead)),
    coordinating: orNull(formatNames(task.coordinating)),
    timeFrame: orNull(task.timeFrame),
    indicators: orNull(formatIndicators(task.indicators)),
    targets: orNull(formatTargets(task.indicators)),
    reporters: formatReporters(task.reporters),
    docKind: orNull(task.document?.kind),
    docNumber: orNull(task.document?.number),
    docDate: orNull(task.document?.date),
    docIssuer: orNull(task.document?.issuer),
    docTitle: orNull(task.document?.title),
  };
  return COLUMN_KEYS.map((k) => cells[k]);
}

/** The whole sheet, rectangular (empty cells are null): details, an empty row, the table. */
export function planToRows(plan: Plan): PlanCell[][] {
  const width = PLAN_HEADER.length;
  const pad = (row: PlanCell[]): PlanCell[] => [
    ...row,
    ...Array<PlanCell>(width - row.length).fill(null),
  ];
  const details: PlanCell[][] = [
    [PLAN_KEYS.format, PLAN_FORMAT],
    [PLAN_KEYS.id, plan.id],
    [PLAN_KEYS.year, plan.year],
    [PLAN_KEYS.province, plan.province],
    [PLAN_KEYS.title, plan.title],
    [PLAN_KEYS.issuer, plan.issuer],
  ];
  return [...details.map(pad), pad([]), [...PLAN_HEADER], ...plan.tasks.map(taskRow)];
}

const fold = (s: string): string => s.normalize("NFC").trim().toLocaleLowerCase("vi");
const two = (n: number): string => String(n).padStart(2, "0");

/** A cell as text; dates (Excel may turn "04/02/2016" into one) as dd/mm/yyyy. */
function cellText(v: unknown): string | CellProblem {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.normalize("NFC").trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) {
    return `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  }
  return { key: "plan.rows.cell", params: { value: JSON.stringify(v) ?? String(v) } };
}

const isProblem = (x: unknown): x is CellProblem =>
  typeof x === "object" && x !== null && "key" in x && "params" in x;

/** Read a plan from sheet rows (values from A1); errors name the row and column. */
export function planFromRows(
  rows: readonly (readonly unknown[])[],
  lang: Lang = "vi",
): PlanRowsResult {
  const errors: RowError[] = [];
  const fail = (row: number, column: string, p: CellProblem): void => {
    errors.push({ row, column, message: translate(lang, p.key, p.params) });
  };
  const text = (r: number, c: number, column: string): string => {
    const t = cellText(rows[r]?.[c]);
    if (typeof t === "string") return t;
    fail(r + 1, column, t);
    return "";
  };

  // The header row holds both "Mã nhiệm vụ" and "Tên nhiệm vụ" (a detail's value cannot pass).
  const isHeader = (row: readonly unknown[]): boolean =>
    [PLAN_COLUMNS.code, PLAN_COLUMNS.title].every((h) =>
      row.some((v) => typeof v === "string" && fold(v) === fold(h)),
    );
  const headerRow = rows.findIndex(isHeader);
  if (headerRow < 0) {
    const p = { key: "plan.rows.noHeader", params: { column: PLAN_COLUMNS.code } };
    return {
      errors: [{ row: 1, column: PLAN_COLUMNS.code, message: translate(lang, p.key, p.params) }],
    };
  }

  // The details block above the table.
  const details: Record<string, unknown> = {};
  const detailRow: Record<string, number> = {};
  const keyByLabel = new Map(Object.entries(PLAN_KEYS).map(([k, label]) => [fold(label), k]));
  for (let r = 0; r < headerRow; r++) {
    const label = text(r, 0, PLAN_KEYS.id);
    const value = text(r, 1, label);
    if (label === "" && value === "") continue;
    const key = keyByLabel.get(fold(label));
    if (!key) {
      // A caption line (one cell) is allowed; an unknown key with a value is a typo.
      if (value !== "")
        fail(r + 1, label, { key: "plan.rows.unknownKey", params: { value: label } });
      continue;
    }
    detailRow[key] = r + 1;
    // The year is a number; anything else is left for the check to name.
    const year = Number(value);
    details[key] = key === "year" && value !== "" && !Number.isNaN(year) ? year : value;
  }
  if (details.format !== undefined && details.format !== PLAN_FORMAT) {
    fail(detailRow.format, PLAN_KEYS.format, {
      key: "plan.json.format",
      params: { value: String(details.format), expected: PLAN_FORMAT },
    });
  }
  delete details.format;
  for (const key of ["id", "year", "province", "title", "issuer"] as const) {
    if (!(key in details)) {
      fail(headerRow + 1, PLAN_KEYS[key], {
        key: "plan.rows.missingKey",
        params: { column: PLAN_KEYS[key] },
      });
    }
  }

  // The header row: which column holds what.
  const at: Partial<Record<ColumnKey, number>> = {};
  const header = rows[headerRow];
  header.forEach((v, c) => {
    if (typeof v !== "string") return;
    const key = COLUMN_KEYS.find((k) => fold(PLAN_COLUMNS[k]) === fold(v));
    if (!key) return;
    if (at[key] !== undefined) {
      fail(headerRow + 1, PLAN_COLUMNS[key], {
        key: "plan.rows.duplicateColumn",
        params: { column: PLAN_COLUMNS[key] },
      });
    }
    at[key] = c;
  });
  for (const key of COLUMN_KEYS) {
    if (at[key] === undefined && !(DOCUMENT_COLUMNS as readonly string[]).includes(key)) {
      fail(headerRow + 1, PLAN_COLUMNS[key], {
        key: "plan.rows.missingColumn",
        params: { column: PLAN_COLUMNS[key] },
      });
    }
  }
  if (errors.length) return { errors };

  // The task rows.
  const tasks: Record<string, unknown>[] = [];
  const taskRows: number[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const cell: Partial<Record<ColumnKey, string>> = {};
    for (const key of COLUMN_KEYS) {
      const c = at[key];
      cell[key] = c === undefined ? "" : text(r, c, PLAN_COLUMNS[key]);
    }
    const get = (k: ColumnKey): string => cell[k] ?? "";
    if (COLUMN_KEYS.every((k) => get(k) === "")) continue;
    const row = r + 1;
    if (get("code") === "") {
      fail(row, PLAN_COLUMNS.code, { key: "plan.rows.missingCode", params: {} });
      continue;
    }
    const task: Record<string, unknown> = {
      code: get("code"),
      section: get("section"),
      title: get("title"),
      content: get("content"),
      lead: parseNames(get("lead")),
      coordinating: parseNames(get("coordinating")),
      timeFrame: get("timeFrame"),
    };
    if (get("parent") !== "") task.parent = get("parent");

    const indicators = parseIndicators(get("indicators"));
    const targets = parseTargets(get("targets"));
    if (isProblem(indicators)) fail(row, PLAN_COLUMNS.indicators, indicators);
    if (isProblem(targets)) fail(row, PLAN_COLUMNS.targets, targets);
    if (!isProblem(indicators) && !isProblem(targets)) {
      for (const [code, target] of targets) {
        const ind = indicators.find((i) => i.code === code);
        if (ind) ind.target = target;
        else fail(row, PLAN_COLUMNS.targets, { key: "plan.rows.targetUnknown", params: { code } });
      }
      task.indicators = indicators;
    }

    const reporters = parseReporters(get("reporters"));
    if (isProblem(reporters)) fail(row, PLAN_COLUMNS.reporters, reporters);
    else task.reporters = reporters;

    if (DOCUMENT_COLUMNS.some((k) => get(k) !== "")) {
      const doc: Record<string, string> = {};
      for (const k of DOCUMENT_COLUMNS) {
        if (get(k) === "") {
          fail(row, PLAN_COLUMNS[k], {
            key: "plan.rows.documentPart",
            params: { column: PLAN_COLUMNS[k] },
          });
        }
        doc[DOCUMENT_FIELDS[k]] = get(k);
      }
      task.document = doc;
    }
    tasks.push(task);
    taskRows.push(row);
  }
  if (errors.length) return { errors };

  const input = { ...details, tasks };
  const checked = checkPlan(input);
  if ("plan" in checked) return checked;
  return {
    errors: checked.issues.map((issue) => {
      const message = describeIssue(input, issue, lang);
      const [first, index] = issue.path;
      if (first === "tasks" && typeof index === "number") {
        return { row: taskRows[index], column: columnOf(issue.path.slice(2)), message };
      }
      const key =
        typeof first === "string" && first in PLAN_KEYS ? (first as keyof typeof PLAN_KEYS) : "id";
      return { row: detailRow[key] ?? headerRow + 1, column: PLAN_KEYS[key], message };
    }),
  };
}

/** The sheet column a task field lives in. */
function columnOf(path: (string | number)[]): string {
  const field = path[0];
  switch (field) {
    case "indicators":
      return path[2] === "target" ? PLAN_COLUMNS.targets : PLAN_COLUMNS.indicators;
    case "document": {
      const entry = Object.entries(DOCUMENT_FIELDS).find(([, f]) => f === path[1]);
      return entry ? PLAN_COLUMNS[entry[0] as ColumnKey] : PLAN_COLUMNS.docKind;
    }
    case undefined:
      return PLAN_COLUMNS.code;
    default:
      return field in PLAN_COLUMNS ? PLAN_COLUMNS[field as ColumnKey] : PLAN_COLUMNS.code;
  }
}
