/**
 * Finding the report table, the unit and the period in one input, whatever happened to the
 * form on its way back: contract 5.1 first (names DonVi, KyBaoCao, table BaoCao), then the
 * header texts (a renamed sheet, a sheet copied into another workbook, a form rebuilt by
 * hand), then the very hidden `_cchc` sheet. Values only: formats, validations and merged
 * cells are not looked at. Checking the values against the plan is merge.ts's job.
 */
import { cellAddress, parseRange, rangeAddress } from "../address";
import type { Scalar, SheetData, SheetVisibility } from "../sheet";
import { cleanLabel, cleanText, fold, foldHeader } from "./fold";
import type { FormSource, Message } from "./types";

/** One cell of a form, named the way a user finds it again. */
export interface CellRef {
  sheet: string;
  /** A1 address, e.g. "F7". */
  cell: string;
  value: Scalar;
  /** The cell's formula ("=…") when the reader gave formulas. */
  formula: string | null;
}

export interface FormRow {
  /** 1-based row number on the sheet. */
  row: number;
  task: CellRef;
  indicator: CellRef;
  period: CellRef;
  cumulative: CellRef | null;
  status: CellRef | null;
}

/** The unit or period as shown on the form. */
export interface Located {
  sheet: string;
  cell: string;
  value: Scalar;
  /** "name": the defined name DonVi/KyBaoCao; "label": a cell after "Đơn vị:"/"Kỳ báo cáo:". */
  source: "name" | "label";
}

/** The key/value rows of the very hidden `_cchc` sheet. */
export interface FormMeta {
  sheet: string;
  values: Record<string, string>;
}

export interface ReadForm {
  sheet: string;
  visibility: SheetVisibility;
  via: "table" | "headers";
  /** The header row's range, e.g. "A6:I6". */
  header: string;
  unit: Located | null;
  period: Located | null;
  meta: FormMeta | null;
  rows: FormRow[];
  warnings: Message[];
}

export type ReadFormOutcome = { ok: true; form: ReadForm } | { ok: false; problems: Message[] };

/** Column roles and the header texts (folded) that name them. */
const ROLES = {
  task: ["ma nhiem vu", "ma nv"],
  indicator: ["ma chi tieu", "ma ct"],
  period: ["ket qua ky bao cao", "ket qua trong ky", "ket qua thuc hien ky bao cao"],
  cumulative: ["luy ke tu dau nam", "luy ke", "luy ke den ky bao cao"],
  status: ["tinh trang", "tinh trang thuc hien", "trang thai"],
} as const;
type Role = keyof typeof ROLES;

/** The header texts of contract 5.1 for the required roles, as shown in messages. */
export const REQUIRED_HEADERS: Record<"task" | "indicator" | "period", string> = {
  task: "Mã nhiệm vụ",
  indicator: "Mã chỉ tiêu",
  period: "Kết quả kỳ báo cáo",
};
const REQUIRED: ("task" | "indicator" | "period")[] = ["task", "indicator", "period"];

const UNIT_LABELS = ["don vi", "don vi bao cao", "ten don vi", "co quan", "co quan bao cao"];
const PERIOD_LABELS = ["ky bao cao"];

const message = (key: string, params: Message["params"] = {}): Message => ({ key, params });

/** Sheets are read once each; a reader's error is kept to report if it matters. */
class SheetCache {
  private readonly cache = new Map<string, SheetData | Error>();
  constructor(private readonly source: FormSource) {}

  get(sheet: string): SheetData | Error {
    let data = this.cache.get(sheet);
    if (!data) {
      try {
        data = this.source.data(sheet);
      } catch (e) {
        data = e instanceof Error ? e : new Error(String(e));
      }
      this.cache.set(sheet, data);
    }
    return data;
  }

  failures(): { sheet: string; error: Error }[] {
    return [...this.cache].flatMap(([sheet, d]) =>
      d instanceof Error ? [{ sheet, error: d }] : [],
    );
  }
}

const valueAt = (data: SheetData, row: number, col: number): Scalar =>
  data.values[row]?.[col] ?? null;
const formulaAt = (data: SheetData, row: number, col: number): string | null =>
  data.formulas?.[row]?.[col] ?? null;

function cellRef(data: SheetData, row: number, col: number): CellRef {
  return {
    sheet: data.name,
    cell: cellAddress(row, col),
    value: valueAt(data, row, col),
    formula: formulaAt(data, row, col),
  };
}

const isBlank = (v: Scalar): boolean =>
  v === null || (typeof v === "string" && cleanLabel(v) === "");

/** Which header role a cell names, if any. */
function roleOf(v: Scalar): Role | null {
  if (typeof v !== "string") return null;
  const h = foldHeader(v);
  for (const role of Object.keys(ROLES) as Role[]) {
    if ((ROLES[role] as readonly string[]).includes(h)) return role;
  }
  return null;
}

function headerMap(data: SheetData, row: number, left: number, right: number) {
  const cols = new Map<Role, number>();
  for (let c = left; c <= right; c++) {
    const role = roleOf(valueAt(data, row, c));
    if (role && !cols.has(role)) cols.set(role, c);
  }
  return cols;
}

interface Table {
  data: SheetData;
  visibility: SheetVisibility;
  via: "table" | "headers";
  top: number;
  left: number;
  right: number;
  bottom: number;
  cols: Map<Role, number>;
}

function reportTable<T extends { name: string }>(tables: T[]): T | undefined {
  // A sheet copied within Excel renames its table BaoCao2, BaoCao3…
  return (
    tables.find((t) => fold(t.name) === "baocao") ??
    tables.find((t) => /^baocao\d*$/.test(fold(t.name)))
  );
}

function tableByName(data: SheetData): { name: string; range: string } | undefined {
  return reportTable(data.tables ?? []);
}

const isMetaSheet = (name: string): boolean => fold(name) === "_cchc";

/** What a workbook shows before any cell is read: its sheets, their tables, its names. */
export interface FormOutline {
  sheets: string[];
  tables: Map<string, { name: string }[]>;
  names: { name: string; refersTo: string }[];
}

/**
 * The sheets readForm can look at, from the outline alone, so a reader parses only those:
 * with a BaoCao table, its sheet, the `_cchc` sheets and the sheets the names point at
 * (readForm finds the same table, unit and period in them as in the whole workbook);
 * without one, every sheet, since the table is then looked for by its headers.
 */
export function formSheets(outline: FormOutline): string[] {
  const meta = outline.sheets.find(isMetaSheet);
  const table = outline.sheets.find(
    (s) => s !== meta && reportTable(outline.tables.get(s) ?? []) !== undefined,
  );
  if (table === undefined) return outline.sheets;
  const keep = new Set([table]);
  for (const s of outline.sheets) if (isMetaSheet(s)) keep.add(s);
  for (const n of outline.names) {
    const ref = parseNameRef(n.refersTo);
    const sheet =
      ref && outline.sheets.find((s) => s.normalize("NFC") === ref.sheet.normalize("NFC"));
    if (sheet) keep.add(sheet);
  }
  return outline.sheets.filter((s) => keep.has(s));
}

/** The header row with at least two of the three required headers, if the sheet has one. */
function tableByHeaders(data: SheetData): Omit<Table, "visibility"> | null {
  for (let r = 0; r < data.values.length; r++) {
    const width = data.values[r]?.length ?? 0;
    const cols = headerMap(data, r, 0, width - 1);
    if (REQUIRED.filter((role) => cols.has(role)).length < 2) continue;
    // A hand-made table may still be an Excel table: then its last row bounds the data.
    const anchor = [...cols.values()][0];
    const table = (data.tables ?? [])
      .map((t) => parseRange(t.range))
      .find((b) => b.top === r && anchor >= b.left && anchor <= b.right);
    return {
      data,
      via: "headers",
      top: r,
      left: table ? table.left : 0,
      right: table ? table.right : width - 1,
      bottom: table ? table.bottom : data.values.length - 1,
      cols,
    };
  }
  return null;
}

function findTable(
  sheets: { name: string; visibility: SheetVisibility }[],
  cache: SheetCache,
): Table | null {
  const loaded = sheets.flatMap((s) => {
    const data = cache.get(s.name);
    return data instanceof Error ? [] : [{ data, visibility: s.visibility }];
  });
  for (const { data, visibility } of loaded) {
    const t = tableByName(data);
    if (!t) continue;
    const box = parseRange(t.range);
    const cols = headerMap(data, box.top, box.left, box.right);
    return { data, visibility, via: "table", ...box, cols };
  }
  // Visible sheets first: a hidden scratch copy should not win over the sheet the user sees.
  const ordered = [
    ...loaded.filter((s) => s.visibility === "visible"),
    ...loaded.filter((s) => s.visibility !== "visible"),
  ];
  for (const { data, visibility } of ordered) {
    const t = tableByHeaders(data);
    if (t) return { ...t, visibility };
  }
  return null;
}

function readRows(t: Table): FormRow[] {
  const rows: FormRow[] = [];
  const at = (r: number, role: Role) => {
    const c = t.cols.get(role);
    return c === undefined ? null : cellRef(t.data, r, c);
  };
  for (let r = t.top + 1; r <= t.bottom; r++) {
    const task = at(r, "task")!;
    const indicator = at(r, "indicator")!;
    const period = at(r, "period")!;
    const cumulative = at(r, "cumulative");
    const status = at(r, "status");
    const cells = [task, indicator, period, cumulative, status];
    if (cells.every((c) => c === null || (isBlank(c.value) && !c.formula))) continue;
    rows.push({ row: r + 1, task, indicator, period, cumulative, status });
  }
  return rows;
}

/** "='Báo cáo'!$C$3" -> { sheet: "Báo cáo", row, col } (top-left cell of a range). */
export function parseNameRef(refersTo: string): { sheet: string; row: number; col: number } | null {
  const s = refersTo.trim().replace(/^=/, "");
  const bang = s.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(s.slice(bang + 1).split(":")[0]);
  if (!m) return null;
  const box = parseRange(`${m[1]}${m[2]}`);
  return { sheet, row: box.top, col: box.left };
}

function byName(source: FormSource, cache: SheetCache, name: string): Located | null {
  const def = (source.names ?? []).find((n) => fold(n.name) === fold(name));
  const ref = def ? parseNameRef(def.refersTo) : null;
  if (!ref) return null;
  const sheet = source.sheets.find((s) => s.name.normalize("NFC") === ref.sheet.normalize("NFC"));
  if (!sheet) return null;
  const data = cache.get(sheet.name);
  if (data instanceof Error) return null;
  return {
    sheet: sheet.name,
    cell: cellAddress(ref.row, ref.col),
    value: valueAt(data, ref.row, ref.col),
    source: "name",
  };
}

/**
 * A labelled cell in the header block above the table: "Đơn vị: UBND huyện Văn Yên" in one
 * cell, or "Đơn vị:" with the value in the next filled cell to its right.
 */
function byLabel(data: SheetData, above: number, labels: string[]): Located | null {
  for (let r = 0; r < above; r++) {
    const row = data.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const text = cleanText(v);
      const colon = text.indexOf(":");
      const label = foldHeader(colon >= 0 ? text.slice(0, colon) : text);
      if (!labels.includes(label)) continue;
      const rest = colon >= 0 ? text.slice(colon + 1).trim() : "";
      if (rest) return { sheet: data.name, cell: cellAddress(r, c), value: rest, source: "label" };
      for (let k = c + 1; k < row.length; k++) {
        if (!isBlank(row[k])) {
          return { sheet: data.name, cell: cellAddress(r, k), value: row[k], source: "label" };
        }
      }
      return { sheet: data.name, cell: cellAddress(r, c + 1), value: null, source: "label" };
    }
  }
  return null;
}

function readMeta(data: SheetData): FormMeta {
  const values: Record<string, string> = {};
  for (const row of data.values) {
    const key = row[0];
    const value = row[1];
    if (typeof key !== "string" || value === null || value === undefined) continue;
    values[fold(key)] = value instanceof Date ? value.toISOString() : cleanText(String(value));
  }
  return { sheet: data.name, values };
}

const hasValues = (data: SheetData): boolean =>
  data.values.some((row) => row.some((v) => !isBlank(v)));

export function readForm(source: FormSource): ReadFormOutcome {
  const cache = new SheetCache(source);
  const metaSheet = source.sheets.find((s) => isMetaSheet(s.name));
  const formSheets = source.sheets.filter((s) => s !== metaSheet);
  const metaData = metaSheet ? cache.get(metaSheet.name) : null;
  const meta = metaData && !(metaData instanceof Error) ? readMeta(metaData) : null;

  const table = findTable(formSheets, cache);
  if (!table) {
    const failures = cache.failures();
    if (failures.length > 0) {
      return {
        ok: false,
        problems: failures.map((f) =>
          message("merge.read.sheetFailed", { sheet: f.sheet, message: f.error.message }),
        ),
      };
    }
    const anyValues = formSheets.some((s) => {
      const d = cache.get(s.name);
      return !(d instanceof Error) && hasValues(d);
    });
    if (anyValues) return { ok: false, problems: [message("merge.form.notForm")] };
    const hasMeta = meta !== null && Object.keys(meta.values).length > 0;
    return { ok: false, problems: [message(hasMeta ? "merge.form.metaOnly" : "merge.form.empty")] };
  }

  const missing = REQUIRED.filter((role) => !table.cols.has(role));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        message("merge.form.missingColumn", {
          columns: missing.map((r) => `“${REQUIRED_HEADERS[r]}”`).join(", "),
          sheet: table.data.name,
        }),
      ],
    };
  }

  const warnings: Message[] = [];
  const header = rangeAddress({
    top: table.top,
    bottom: table.top,
    left: table.left,
    right: table.right,
  });
  if (table.via === "headers") {
    warnings.push(
      message("merge.form.foundByHeaders", { sheet: table.data.name, row: table.top + 1 }),
    );
  }
  if (table.visibility !== "visible") {
    warnings.push(message("merge.form.hiddenSheet", { sheet: table.data.name }));
  }

  return {
    ok: true,
    form: {
      sheet: table.data.name,
      visibility: table.visibility,
      via: table.via,
      header,
      unit: byName(source, cache, "DonVi") ?? byLabel(table.data, table.top, UNIT_LABELS),
      period: byName(source, cache, "KyBaoCao") ?? byLabel(table.data, table.top, PERIOD_LABELS),
      meta,
      rows: readRows(table),
      warnings,
    },
  };
}
