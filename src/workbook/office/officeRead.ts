/**
 * Reading sheets through Office.js in slices of rows, each sync's response under the budget
 * (officeBatch.ts). The first sync loads each used range's address together with its first
 * rows and columns (FIRST_SLICE_COLUMNS wide, as many rows as fit the budget at a cautious
 * cost per cell), so a small sheet takes one sync; the rest comes in as many syncs as the data
 * needs, sized from what its cells really cost. Only what the
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
import {
  CELL_BYTES,
  FIRST_SLICE_TEXT_FACTOR,
  jsonBytes,
  rowsPerSlice,
  SYNC_BUDGET,
} from "./officeBatch";
import { formulaOf, fromOfficeValue } from "./officeValues";

const key = sheetKey;

/** "'Báo cáo'!B2:D9" -> "B2:D9". */
export function local(address: string): string {
  return address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
}

type FontCells = { format?: { font?: { name?: string } } }[][];

/**
 * Columns of the first slice, read before the sheet's width is known. Our sheets and the forms
 * are 9-14 columns wide, so they come whole in the first slice; a wider sheet's other columns
 * come with the next slices.
 */
export const FIRST_SLICE_COLUMNS = 16;

/** Where a slice sits in its sheet's used range (0-based row and column offsets). */
interface Slice {
  job: number;
  range: Excel.Range;
  fonts?: { value: FontCells };
  row: number;
  col: number;
}

/** One sheet to read: its used range's address, its first slice and its tables' ranges. */
export interface SheetJob {
  req: ReadRequest;
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  /** The first slice; its range's address is loaded (where it ends is known after the sync). */
  first: Slice;
  tables: { name: string; range: Excel.Range }[];
}

/** Excel's last row and column (0-based): 1,048,576 rows, 16,384 columns (XFD). */
export const SHEET_LAST_ROW = 1_048_575;
export const SHEET_LAST_COL = 16_383;

/**
 * The first slice, queued before the used range's address is known: the used range cut to
 * `rows` rows and FIRST_SLICE_COLUMNS columns from its top-left cell, never past it, never past
 * the sheet (Excel refuses a range past XFD or row 1,048,576, so a used range at the sheet's
 * edge cannot be grown from its corner). It is the used range intersected with the rectangle
 * from A1 to the farther of its top-left cell and the block A1 × rows × FIRST_SLICE_COLUMNS:
 * both corners lie on the sheet and the intersection holds at least the top-left cell. A used
 * range that starts below or right of that block gets a first slice one row or one column
 * wide; the rest comes in the next slices.
 */
function firstSliceRange(ws: Excel.Worksheet, used: Excel.Range, rows: number): Excel.Range {
  const block = ws.getRange(
    rangeAddress({
      top: 0,
      left: 0,
      bottom: Math.min(rows, SHEET_LAST_ROW + 1) - 1,
      right: Math.min(FIRST_SLICE_COLUMNS, SHEET_LAST_COL + 1) - 1,
    }),
  );
  return used.getIntersection(block.getBoundingRect(used.getCell(0, 0)));
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

/** The cautious cost of a cell of a first slice: its texts at FIRST_SLICE_TEXT_FACTOR times. */
const firstCellCost = (req: ReadRequest) =>
  cellCost(req) +
  (FIRST_SLICE_TEXT_FACTOR - 1) *
    (CELL_BYTES.values + (propsOf(req).includes("formulas") ? CELL_BYTES.formulas : 0));

function loadSlice(
  job: number,
  req: ReadRequest,
  range: Excel.Range,
  at: { row: number; col: number },
): Slice {
  range.load([...propsOf(req), "address"]);
  const fonts = req.fonts
    ? range.getCellProperties({ format: { font: { name: true } } })
    : undefined;
  return { job, range, fonts, ...at };
}

/**
 * Queues the used ranges' addresses and first slices; throws naming every requested sheet
 * that is missing. The first slices of all sheets share one budget. A first slice is at most
 * FIRST_SLICE_COLUMNS wide and as many rows tall as fit its share at a cautious cost per cell
 * (firstCellCost), so it keeps within the budget before anything of the sheet is known.
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
    const firstRows = rowsPerSlice(FIRST_SLICE_COLUMNS * firstCellCost(req), share);
    const first = loadSlice(i, req, firstSliceRange(ws, used, firstRows), { row: 0, col: 0 });
    const sheetTables = tables
      .filter((t) => key(t.sheet) === key(name))
      .map((t) => ({ name: t.name, range: wb.tables.getItem(t.name).getRange().load("address") }));
    return { req, name, ws, used, first, tables: sheetTables };
  });
}

interface Collected {
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  fonts: FontCells;
}

/** Copies `m` into `into` at (row, col), making rows as needed. */
function place<T>(into: T[][], row: number, col: number, m: T[][]): void {
  m.forEach((r, i) => {
    const target = (into[row + i] ??= []);
    r.forEach((v, j) => (target[col + j] = v));
  });
}

/**
 * After the sync of the first slices: loads the rest of every used range slice by slice (the
 * columns right of the first slice, then the rows below it), a sync whenever the next slice
 * would pass the budget, so syncs grow with the bytes read, not with the rows. The cost of a
 * cell is measured on what each sync brought back (with a margin) and sizes the next slices.
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

  /** Takes in what the last sync brought back (every slice lies within its used range). */
  const take = (s: Slice) => {
    const c = collected[s.job];
    const r = s.range;
    const rows = r.values.length;
    const cols = r.values[0]?.length ?? 0;
    const got = {
      values: r.values,
      numberFormat: r.numberFormat,
      valueTypes: r.valueTypes,
      formulas: props[s.job].includes("formulas") ? r.formulas : [],
      fonts: s.fonts ? s.fonts.value : [],
    };
    place(c.values, s.row, s.col, got.values);
    place(c.numberFormat, s.row, s.col, got.numberFormat);
    place(c.valueTypes, s.row, s.col, got.valueTypes);
    place(c.formulas, s.row, s.col, got.formulas);
    place(c.fonts, s.row, s.col, got.fonts);
    // What a cell really cost, with a margin, for the next slices of this sheet.
    const bytes =
      jsonBytes(got.values) +
      jsonBytes(got.numberFormat) +
      jsonBytes(got.valueTypes) +
      (got.formulas.length ? jsonBytes(got.formulas) : 0) +
      (got.fonts.length ? jsonBytes(got.fonts) : 0);
    if (rows > 0 && cols > 0) cost[s.job] = Math.max(8, Math.ceil((bytes / (rows * cols)) * 1.25));
  };
  const flush = async () => {
    await sync();
    for (const s of queued) take(s);
    queued = [];
    pending = 0;
  };

  /** Queues `part` of sheet `i` in row slices, a sync before the budget would be passed. */
  const queuePart = async (i: number, part: RangeBox) => {
    const box = boxes[i];
    const width = part.right - part.left + 1;
    let top = part.top;
    while (top <= part.bottom) {
      let rows = Math.min(part.bottom - top + 1, rowsPerSlice(width * cost[i], budget));
      if (pending > 0 && pending + rows * width * cost[i] > budget) {
        await flush();
        rows = Math.min(part.bottom - top + 1, rowsPerSlice(width * cost[i], budget));
      }
      const slice: RangeBox = { top, left: part.left, bottom: top + rows - 1, right: part.right };
      const at = { row: top - box.top, col: part.left - box.left };
      queued.push(loadSlice(i, jobs[i].req, jobs[i].ws.getRange(rangeAddress(slice)), at));
      pending += rows * width * cost[i];
      top += rows;
    }
  };

  for (let i = 0; i < jobs.length; i++) take(jobs[i].first);
  for (let i = 0; i < jobs.length; i++) {
    const box = boxes[i];
    // The first slice starts at the used range's top-left cell (firstSliceRange).
    const head = parseRange(local(jobs[i].first.range.address));
    const headBottom = head.bottom;
    const headRight = head.right;
    // Right of the first slice (a sheet wider than it), then below it.
    if (box.right > headRight)
      await queuePart(i, {
        top: box.top,
        left: headRight + 1,
        bottom: headBottom,
        right: box.right,
      });
    if (box.bottom > headBottom)
      await queuePart(i, {
        top: headBottom + 1,
        left: box.left,
        bottom: box.bottom,
        right: box.right,
      });
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
