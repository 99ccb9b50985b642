/**
 * The tracking sheet read back by its one reader: the sheet buildTrackingEdit writes, and the
 * same sheet after the user inserted rows above it, a column before it and a note column
 * inside a period's block.
 */
import {
  TRACKING_SHEET,
  buildTrackingEdit,
  readTrackingSheet,
  receivedFromTracking,
  type TrackingOptions,
} from "../../src/domain/tracking";
import { cellAddress, parseCell } from "../../src/domain/address";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  DEFAULT_SETTINGS,
  toUtcDate,
} from "../../src/domain/schedule";
import { isFormula, type Scalar, type SheetData } from "../../src/domain/sheet";

const REPORTERS = [
  { code: "SNV", name: "Sở Nội vụ" },
  { code: "STP", name: "Sở Tư pháp" },
  { code: "UBND-VANYEN", name: "UBND huyện Văn Yên" },
];
const RECEIVED = {
  "Sở Nội vụ": { "2020-Q1": "2020-03-03", "2020-Y": "2020-11-10" },
  "UBND huyện Văn Yên": { "2020-H1": "2020-06-05" },
};

const options = (extra: Partial<TrackingOptions> = {}): TrackingOptions => ({
  year: 2020,
  reporters: REPORTERS,
  schedule: DEFAULT_SCHEDULE,
  holidays: DEFAULT_HOLIDAYS,
  settings: DEFAULT_SETTINGS,
  today: "2020-07-01",
  received: RECEIVED,
  ...extra,
});

/** The tracking sheet as a workbook read returns it (formulas not evaluated: null). */
function written(opts = options()): SheetData {
  const sheet = buildTrackingEdit(opts).sheets.find((s) => s.name === TRACKING_SHEET)!;
  const values: Scalar[][] = [];
  for (const b of sheet.blocks ?? []) {
    const at = parseCell(b.at);
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = (values[at.row + i] ??= []);
        r[at.col + j] = v === null || isFormula(v) ? null : v;
      }),
    );
  }
  const width = Math.max(...Array.from(values, (r) => r?.length ?? 0));
  return {
    name: TRACKING_SHEET,
    values: Array.from(values, (r) => Array.from({ length: width }, (_, c) => r?.[c] ?? null)),
    tables: [],
  };
}

const insertRows = (d: SheetData, n: number): SheetData => ({
  ...d,
  values: [...Array.from({ length: n }, () => [] as Scalar[]), ...d.values],
});
/** A column inserted before `at` (0-based), with `header` in the row `headerRow`. */
const insertColumn = (d: SheetData, at: number, headerRow = -1, header: Scalar = null) => ({
  ...d,
  values: d.values.map((r, i) => [
    ...r.slice(0, at),
    i === headerRow ? header : null,
    ...r.slice(at),
  ]),
});

const at = (d: SheetData, row: number, col: number) => d.values[row]?.[col] ?? null;

describe("readTrackingSheet", () => {
  test("finds the header, the units, each period's three columns, the rates and the settings", () => {
    const table = readTrackingSheet(
      written(options({ settings: { fifthOnTime: true, shiftOffDays: false } })),
    )!;
    expect(table.header).toBe(6); // row 7
    expect(table.columns).toEqual({ stt: 0, code: 1, name: 2 });
    expect(table.labels).toEqual({ stt: "STT", unit: "Đơn vị" });
    expect(table.periods).toEqual([
      { code: "2020-Q1", name: "Quý I năm 2020", deadline: 3, received: 4, status: 5 },
      { code: "2020-H1", name: "6 tháng đầu năm 2020", deadline: 6, received: 7, status: 8 },
      { code: "2020-Q3", name: "Quý III năm 2020", deadline: 9, received: 10, status: 11 },
      { code: "2020-Y", name: "Năm 2020", deadline: 12, received: 13, status: 14 },
    ]);
    expect(table.units).toEqual(REPORTERS.map((u, i) => ({ ...u, row: 8 + i })));
    expect(table.rates).toEqual([12, 13]);
    expect(table.settings).toEqual({
      reference: toUtcDate("2020-07-01"),
      fifthOnTime: true,
      shiftOffDays: false,
    });
  });

  test("after rows inserted above, a column before the table and one inside a period, the same cells are found", () => {
    const plain = written();
    const before = readTrackingSheet(plain)!;
    // Three rows on top, a column before A, a "Ghi chú" column between Q1's received and status.
    let moved = insertColumn(insertRows(plain, 3), 0);
    moved = insertColumn(moved, 1 + before.periods[0].status, 3 + before.header + 1, "Ghi chú");
    const table = readTrackingSheet(moved)!;

    expect(table.header).toBe(before.header + 3);
    expect(table.columns).toEqual({ stt: 1, code: 2, name: 3 });
    expect(table.units.map((u) => [u.code, u.name])).toEqual(
      REPORTERS.map((u) => [u.code, u.name]),
    );
    expect(table.rates).toEqual(before.rates.map((r) => r + 3));
    // Each column found holds what the same column held before the insertions.
    before.periods.forEach((p, i) => {
      const q = table.periods[i];
      expect([q.code, q.name]).toEqual([p.code, p.name]);
      for (const k of ["deadline", "received", "status"] as const)
        before.units.forEach((u, j) =>
          expect(at(moved, table.units[j].row, q[k])).toEqual(at(plain, u.row, p[k])),
        );
      const sub = (d: SheetData, t: typeof table, c: number) => at(d, t.header + 1, c);
      expect(sub(moved, table, q.received)).toBe("Ngày nhận");
      expect(sub(moved, table, q.status)).toBe("Tình trạng");
    });
    expect(table.periods[0].status).toBe(before.periods[0].status + 2);
    expect(table.settings).toEqual(before.settings);
    expect(receivedFromTracking(moved)).toEqual(RECEIVED);
  });

  test("a period header with its code but no sub-header reads as deadline, received, status", () => {
    const d = written();
    const header = readTrackingSheet(d)!.header;
    d.values[header + 1] = d.values[header + 1].map(() => null);
    const table = readTrackingSheet(d)!;
    expect(table.periods.map((p) => [p.code, p.deadline, p.received, p.status])).toEqual([
      ["2020-Q1", 3, 4, 5],
      ["2020-H1", 6, 7, 8],
      ["2020-Q3", 9, 10, 11],
      ["2020-Y", 12, 13, 14],
    ]);
    expect(receivedFromTracking(d)).toEqual(RECEIVED);
  });

  test("a header typed by the user after the last period is no period", () => {
    const d = written();
    const header = readTrackingSheet(d)!.header;
    d.values[header].push("Ghi chú");
    d.values[header + 1].push(null);
    expect(readTrackingSheet(d)!.periods.map((p) => p.code)).toEqual([
      "2020-Q1",
      "2020-H1",
      "2020-Q3",
      "2020-Y",
    ]);
  });

  test("a sheet without the table's header reads as none, and keeps no received dates", () => {
    const d: SheetData = {
      name: TRACKING_SHEET,
      values: [["Ghi chú của tôi"], ["STT", "Nội dung"], [1, "Sở Nội vụ"]],
      tables: [],
    };
    expect(readTrackingSheet(d)).toBeNull();
    expect(receivedFromTracking(d)).toEqual({});
  });

  test("a received cell holding text is not read as a date", () => {
    const d = written();
    const t = readTrackingSheet(d)!;
    d.values[t.units[1].row][t.periods[1].received] = "nhận bản giấy 02/06";
    expect(receivedFromTracking(d)).toEqual(RECEIVED);
    expect(cellAddress(t.units[1].row, t.periods[1].received)).toBe("H10");
  });
});
