/**
 * Reading sheets through Office.js in slices of rows, each sync's response under the budget
 * (officeBatch.ts). The first sync loads each used range's address together with its first
 * rows (as many as fit the budget for a sheet up to FIRST_SLICE_COLUMNS wide), so a small
 * sheet takes one sync; the rest comes in as many syncs as the data needs. Only what the
 * request asks for is loaded: values, value types and number formats (dates) always;
 * formulas when asked (or with fonts); fonts only with `fonts`.
 */
import {
  cellAddress,
  parseRange,
  rangeAddress,
  sheetKey,
  type RangeBox,
} from "../../domain/address";
import type { ReadRequest, Scalar, SheetData } from "../../domain/sheet";
import { CELL_BYTES, jsonBytes, rowsPerSlice, SYNC_BUDGET } from "./officeBatch";
import { formulaOf, fromOfficeValue } from "./officeValues";

const key = sheetKey;

/** "'Báo cáo'!B2:D9" -> "B2:D9". */
export function local(address: string): string {
  return address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
}

type FontCells = { format?: { font?: { name?: string } } }[][];

/**
 * Width assumed for the first slice, whose sheet's size is not known yet. Our sheets and the
 * forms are 9-14 columns wide; a sheet up to 80 columns still keeps the first sync under
 * 5 MB (the budget is a fifth of it).
 */
export const FIRST_SLICE_COLUMNS = 16;

/** One sheet to read: its used range's address, its first rows and its tables' ranges. */
export interface SheetJob {
  req: ReadRequest;
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  first: Slice;
  /** Rows asked for in the first slice (it may pass the used range's last row). */
  firstRows: number;
  tables: { name: string; range: Excel.Range }[];
}

const propsOf = (req: ReadRequest) => [
  "values",
  "numberFormat",
  "valueTypes",
  ...(req.formulas || req.fonts ? ["formulas"] : []),
];

const cellCost = (req: ReadRequest) =>
  propsOf(req).reduce((n, p) => n + CELL_BYTES[p as keyof typeof CELL_BYTES], 0) +
  (req.fonts ? CELL_BYTES.fonts : 0);

function loadSlice(job: number, req: ReadRequest, range: Excel.Range, cells: number): Slice {
  range.load(propsOf(req));
  const fonts = req.fonts
    ? range.getCellProperties({ format: { font: { name: true } } })
    : undefined;
  return { job, range, fonts, cells };
}

/**
 * Queues the used ranges' addresses and first slices; throws naming every requested sheet
 * that is missing. The first slices of all sheets share one budget.
 */
export function queueFirstSlices(
  wb: Excel.Workbook,
  sheetNames: string[],
  tables: { name: string; sheet: string }[],
  requests: ReadRequest[],
  budget = SYNC_BUDGET,
): SheetJob[] {
  const present = new Map(sheetNames.map((n) => [key(n), n]));
  const missing = requests.filter((r) => !present.has(key(r.sheet))).map((r) => `"${r.sheet}"`);
  if (missing.length) throw new Error(`Sheet ${missing.join(", ")} not found`);
  const share = budget / requests.length;
  return requests.map((req, i) => {
    const name = present.get(key(req.sheet))!;
    const ws = wb.worksheets.getItem(name);
    const used = ws.getUsedRange(true).load("address");
    const firstRows = rowsPerSlice(FIRST_SLICE_COLUMNS * cellCost(req), share);
    // The used range's first row, stretched down: the same columns, `firstRows` rows.
    const head = used.getRow(0).getResizedRange(firstRows - 1, 0);
    const first = loadSlice(i, req, head, firstRows * FIRST_SLICE_COLUMNS);
    const sheetTables = tables
      .filter((t) => key(t.sheet) === key(name))
      .map((t) => ({ name: t.name, range: wb.tables.getItem(t.name).getRange().load("address") }));
    return { req, name, ws, used, first, firstRows, tables: sheetTables };
  });
}

interface Slice {
  job: number;
  range: Excel.Range;
  fonts?: { value: FontCells };
  cells: number;
}

interface Collected {
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  fonts: FontCells;
}

/**
 * After the sync of the first slices: loads the rest of every used range slice by slice, a
 * sync whenever the next slice would pass the budget, so syncs grow with the bytes read, not
 * with the rows. The cost of a cell starts from CELL_BYTES and is corrected from what each
 * sync brought back.
 */
export async function readInSlices(
  jobs: SheetJob[],
  sync: () => Promise<void>,
  budget = SYNC_BUDGET,
): Promise<SheetData[]> {
  const boxes = jobs.map((j) => parseRange(local(j.used.address)));
  const props = jobs.map((j) => propsOf(j.req));
  const cost = jobs.map((j) => cellCost(j.req));
  const collected: Collected[] = jobs.map(() => ({
    values: [],
    numberFormat: [],
    valueTypes: [],
    formulas: [],
    fonts: [],
  }));
  let queued: Slice[] = [];
  let pending = 0;

  /** Takes in what the last sync brought back; `rows` cuts a first slice to the used range. */
  const take = (s: Slice, rows?: number) => {
    const c = collected[s.job];
    const r = s.range;
    const cut = <T>(m: T[][]) => (rows === undefined ? m : m.slice(0, rows));
    const fonts = s.fonts ? cut(s.fonts.value) : undefined;
    c.values.push(...cut(r.values));
    c.numberFormat.push(...cut(r.numberFormat));
    c.valueTypes.push(...cut(r.valueTypes));
    if (props[s.job].includes("formulas")) c.formulas.push(...cut(r.formulas));
    if (fonts) c.fonts.push(...fonts);
    // What a cell really cost, with a margin, for the next slices of this sheet.
    const bytes =
      jsonBytes(r.values) +
      jsonBytes(r.numberFormat) +
      jsonBytes(r.valueTypes) +
      (props[s.job].includes("formulas") ? jsonBytes(r.formulas) : 0) +
      (s.fonts ? jsonBytes(s.fonts.value) : 0);
    const cells = r.values.length * (r.values[0]?.length ?? 0);
    if (cells > 0) cost[s.job] = Math.max(8, Math.ceil((bytes / cells) * 1.25));
  };
  const flush = async () => {
    await sync();
    for (const s of queued) take(s);
    queued = [];
    pending = 0;
  };

  for (let i = 0; i < jobs.length; i++) {
    const box = boxes[i];
    const width = box.right - box.left + 1;
    take(jobs[i].first, Math.min(jobs[i].firstRows, box.bottom - box.top + 1));
    let top = box.top + jobs[i].firstRows;
    while (top <= box.bottom) {
      let rows = Math.min(box.bottom - top + 1, rowsPerSlice(width * cost[i], budget));
      if (pending > 0 && pending + rows * width * cost[i] > budget) {
        await flush();
        rows = Math.min(box.bottom - top + 1, rowsPerSlice(width * cost[i], budget));
      }
      const slice: RangeBox = { top, left: box.left, bottom: top + rows - 1, right: box.right };
      queued.push(
        loadSlice(i, jobs[i].req, jobs[i].ws.getRange(rangeAddress(slice)), rows * width),
      );
      pending += rows * width * cost[i];
      top += rows;
    }
  }
  if (queued.length) await flush();

  return jobs.map((j, i) =>
    toSheetData(
      j.name,
      j.req,
      boxes[i],
      collected[i],
      j.tables.map((t) => ({ name: t.name, range: local(t.range.address) })),
    ),
  );
}

function toSheetData(
  name: string,
  req: ReadRequest,
  start: RangeBox,
  got: Collected,
  tables: { name: string; range: string }[],
): SheetData {
  // The used range starts at its first used cell; the port's matrices start at A1.
  const raw = got.values;
  const rawFormulas = req.formulas || req.fonts ? got.formulas : undefined;
  const rows = start.top + raw.length;
  const cols = start.left + (raw[0]?.length ?? 0);
  const values: Scalar[][] = Array.from({ length: rows }, () => Array<Scalar>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () =>
    Array<string | null>(cols).fill(null),
  );
  const fontNames: (string | null)[][] = Array.from({ length: rows }, () =>
    Array<string | null>(cols).fill(null),
  );
  const errors: Record<string, string> = {};
  const fonts = req.fonts ? got.fonts : undefined;
  raw.forEach((row, i) =>
    row.forEach((v, j) => {
      const r = start.top + i;
      const c = start.left + j;
      const { value, error } = fromOfficeValue(v, got.numberFormat[i]?.[j], got.valueTypes[i]?.[j]);
      values[r][c] = value;
      if (error) errors[cellAddress(r, c)] = error;
      if (rawFormulas) formulas[r][c] = formulaOf(rawFormulas[i]?.[j], v);
      // Fonts only where there is something to read (same rule in every adapter).
      const blank = value === null && !formulaOf(rawFormulas?.[i]?.[j], v);
      if (fonts && !blank) fontNames[r][c] = fonts[i]?.[j]?.format?.font?.name ?? null;
    }),
  );
  // An empty sheet's used range is A1 with nothing in it: trim to the last used cell.
  let lastRow = -1;
  let lastCol = -1;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (values[r][c] !== null || formulas[r][c] !== null) {
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
      }
    }
  }
  const cut = <T>(m: T[][]) => m.slice(0, lastRow + 1).map((row) => row.slice(0, lastCol + 1));
  const data: SheetData = { name, values: cut(values), tables };
  if (req.formulas) data.formulas = cut(formulas);
  if (req.fonts) data.fonts = cut(fontNames);
  if (Object.keys(errors).length) data.errors = errors;
  return data;
}
