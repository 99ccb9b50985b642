import {
  TRACKING_SHEET,
  buildTrackingEdit,
  receivedFromTracking,
  trackingStatusFormula,
  type TrackingOptions,
} from "../../src/domain/tracking";
import { cellAddress, parseCell, parseRange } from "../../src/domain/address";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  DEFAULT_SETTINGS,
  STATUS_TEXT,
  holidaysFromRows,
  scheduleFromRows,
} from "../../src/domain/schedule";
import { isFormula, type Cell, type Scalar, type SheetEdit } from "../../src/domain/sheet";

const REPORTERS = [
  { code: "SNV", name: "Sở Nội vụ" },
  { code: "STP", name: "Sở Tư pháp" },
  { code: "UBND-VANYEN", name: "UBND huyện Văn Yên" },
];

const options = (extra: Partial<TrackingOptions> = {}): TrackingOptions => ({
  year: 2023,
  reporters: REPORTERS,
  schedule: DEFAULT_SCHEDULE,
  holidays: DEFAULT_HOLIDAYS,
  settings: DEFAULT_SETTINGS,
  ...extra,
});

/** The sheet's cells as the blocks lay them out, by A1 address. */
function cells(sheet: SheetEdit): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const b of sheet.blocks ?? []) {
    const at = parseCell(b.at);
    b.values.forEach((row, i) =>
      row.forEach((v, j) => v !== null && out.set(cellAddress(at.row + i, at.col + j), v)),
    );
  }
  return out;
}

/** A rectangle of values from A1, what a workbook read would return (formulas unevaluated). */
function grid(sheet: SheetEdit): Scalar[][] {
  const rows: Scalar[][] = [];
  for (const [addr, v] of cells(sheet)) {
    const { row, col } = parseCell(addr);
    (rows[row] ??= [])[col] = isFormula(v) ? null : v;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
}

const sheetOf = (name: string, edit = buildTrackingEdit(options())) =>
  edit.sheets.find((s) => s.name === name)!;
const formulaAt = (m: Map<string, Cell>, a: string) => {
  const v = m.get(a);
  if (!v || !isFormula(v)) throw new Error(`${a} holds no formula: ${String(v)}`);
  return v.formula;
};
/** Every range a format covers, to ask whether a cell is in one with a given property. */
const formatted = (
  sheet: SheetEdit,
  addr: string,
  pick: (f: NonNullable<SheetEdit["formats"]>[0]["format"]) => unknown,
) =>
  (sheet.formats ?? []).some((f) => {
    const box = parseRange(f.range);
    const { row, col } = parseCell(addr);
    return (
      row >= box.top && row <= box.bottom && col >= box.left && col <= box.right && pick(f.format)
    );
  });

describe("tracking sheet", () => {
  test("three sheets: tracking first, then the schedule and the holiday table", () => {
    const edit = buildTrackingEdit(options());
    expect(edit.sheets.map((s) => s.name)).toEqual([
      "Theo dõi báo cáo",
      "Lịch báo cáo",
      "Ngày nghỉ",
    ]);
    expect(edit.sheets[0].activate).toBe(true);
  });

  test("one row per expected reporter, numbered, under a header of periods", () => {
    const m = cells(sheetOf(TRACKING_SHEET));
    expect(
      REPORTERS.map((_, i) => [m.get(`A${9 + i}`), m.get(`B${9 + i}`), m.get(`C${9 + i}`)]),
    ).toEqual(REPORTERS.map((r, i) => [i + 1, r.code, r.name]));
    expect(m.get("C12")).toBeUndefined();
    expect([m.get("D7"), m.get("G7"), m.get("J7"), m.get("M7")]).toEqual([
      "Quý I năm 2023 (2023-Q1)",
      "6 tháng đầu năm 2023 (2023-H1)",
      "Quý III năm 2023 (2023-Q3)",
      "Năm 2023 (2023-Y)",
    ]);
    expect([m.get("D8"), m.get("E8"), m.get("F8")]).toEqual(["Hạn nộp", "Ngày nhận", "Tình trạng"]);
  });

  test("the reference date is =TODAY() by default, or the fixed date as a date cell", () => {
    expect(cells(sheetOf(TRACKING_SHEET)).get("C3")).toEqual({ formula: "=TODAY()" });
    const fixed = cells(
      sheetOf(TRACKING_SHEET, buildTrackingEdit(options({ today: "2023-09-05" }))),
    );
    expect(fixed.get("C3")).toEqual(new Date(Date.UTC(2023, 8, 5)));
    expect(() => buildTrackingEdit(options({ today: "05/09/2023" }))).toThrow(/05\/09\/2023/);
  });

  test("the settings cells say which reading of the rule is in force", () => {
    const m = cells(sheetOf(TRACKING_SHEET));
    expect([m.get("C4"), m.get("C5")]).toEqual(["Không", "Có"]);
    const other = buildTrackingEdit(
      options({ settings: { fifthOnTime: true, shiftOffDays: false } }),
    );
    const o = cells(sheetOf(TRACKING_SHEET, other));
    expect([o.get("C4"), o.get("C5")]).toEqual(["Có", "Không"]);
  });

  test("every status cell is a formula on its own row's deadline and received date and the reference cell", () => {
    const m = cells(sheetOf(TRACKING_SHEET));
    for (let i = 0; i < REPORTERS.length; i++)
      for (const [d, r, s] of [
        ["D", "E", "F"],
        ["G", "H", "I"],
        ["J", "K", "L"],
        ["M", "N", "O"],
      ]) {
        const row = 9 + i;
        const f = formulaAt(m, `${s}${row}`);
        expect(f).toBe(trackingStatusFormula(`${d}${row}`, `${r}${row}`, "$C$3"));
        for (const text of Object.values(STATUS_TEXT)) expect(f).toContain(`"${text}"`);
      }
  });

  test("deadlines come from the schedule sheet, whose formula skips the holiday table by the settings", () => {
    const m = cells(sheetOf(TRACKING_SHEET));
    expect(formulaAt(m, "D9")).toBe("='Lịch báo cáo'!$G$2");
    expect(formulaAt(m, "J11")).toBe("='Lịch báo cáo'!$G$4");
    const sched = cells(sheetOf("Lịch báo cáo"));
    expect(sched.get("G1")).toBe("Ngày cuối cùng nộp đúng hạn");
    const g4 = formulaAt(sched, "G4");
    expect(g4).toContain("DATE(2023,$F4,$E4)");
    expect(g4).toContain("'Theo dõi báo cáo'!$C$4=\"Có\"");
    expect(g4).toContain("'Theo dõi báo cáo'!$C$5=\"Có\"");
    // The range runs past the table so rows added to it count too.
    expect(g4).toMatch(/WORKDAY\(.*'Ngày nghỉ'!\$A\$2:\$A\$(\d+)\)/);
    const end = Number(/\$A\$(\d+)\)/.exec(g4)![1]);
    expect(end).toBeGreaterThan(DEFAULT_HOLIDAYS.length + 1);
  });

  test("received dates go in as date cells, in the unit's row and the period's column", () => {
    const edit = buildTrackingEdit(
      options({
        received: {
          "Sở Tư pháp": { "2023-Q3": "2023-09-06" },
          "Sở không có": { "2023-Q1": "2023-03-01" },
        },
      }),
    );
    const m = cells(sheetOf(TRACKING_SHEET, edit));
    expect(m.get("K10")).toEqual(new Date(Date.UTC(2023, 8, 6)));
    const receivedCells = [...m].filter(([, v]) => v instanceof Date);
    expect(receivedCells).toHaveLength(1);
    expect(() =>
      buildTrackingEdit(options({ received: { "Sở Nội vụ": { "2023-Q1": "6/3/2023" } } })),
    ).toThrow(/Sở Nội vụ/);
  });

  test("deadline, received and reference cells show dd/mm/yyyy; received cells are unlocked", () => {
    const s = sheetOf(TRACKING_SHEET);
    for (const a of ["C3", "D9", "E9", "M11", "N11"])
      expect(formatted(s, a, (f) => f.numberFormat === "dd/mm/yyyy")).toBe(true);
    expect(formatted(s, "F9", (f) => f.numberFormat === "dd/mm/yyyy")).toBe(false);
    expect(formatted(s, "E9", (f) => f.unlocked)).toBe(true);
    expect(formatted(s, "D9", (f) => f.unlocked)).toBe(false);
    const hol = sheetOf("Ngày nghỉ");
    expect(formatted(hol, "A2", (f) => f.numberFormat === "dd/mm/yyyy")).toBe(true);
    expect(formatted(sheetOf("Lịch báo cáo"), "G5", (f) => f.numberFormat === "dd/mm/yyyy")).toBe(
      true,
    );
  });

  test("overdue blocks are red and late ones amber, by conditional formats on the status column", () => {
    const cf = sheetOf(TRACKING_SHEET).conditionalFormats ?? [];
    const overdue = cf.filter((c) => c.formula.includes(`"${STATUS_TEXT.overdue}"`));
    const late = cf.filter((c) => c.formula.includes(`"${STATUS_TEXT.late}"`));
    expect(overdue.map((c) => [c.range, c.formula])).toEqual([
      ["D9:F11", '=$F9="Quá hạn chưa nộp"'],
      ["G9:I11", '=$I9="Quá hạn chưa nộp"'],
      ["J9:L11", '=$L9="Quá hạn chưa nộp"'],
      ["M9:O11", '=$O9="Quá hạn chưa nộp"'],
    ]);
    expect(late.map((c) => c.range)).toEqual(["D9:F11", "G9:I11", "J9:L11", "M9:O11"]);
    for (const c of overdue) expect(c.format.fill).toBe("#FFC7CE");
    for (const c of late) expect(c.format.fill).toBe("#FFEB9C");
  });

  test("reporting and on-time rates per period sit under the table as COUNTIF/COUNTA formulas", () => {
    const s = sheetOf(TRACKING_SHEET);
    const m = cells(s);
    expect(m.get("C13")).toMatch(/^Tỷ lệ gửi báo cáo/);
    expect(m.get("C14")).toMatch(/^Tỷ lệ nộp đúng hạn/);
    const rate = formulaAt(m, "L13");
    expect(rate).toContain('COUNTIF($L$9:$L$11,"Đã nộp đúng hạn")');
    expect(rate).toContain('COUNTIF($L$9:$L$11,"Nộp muộn")');
    expect(rate).toContain("COUNTA($C$9:$C$11)");
    const onTime = formulaAt(m, "O14");
    expect(onTime).toContain('COUNTIF($O$9:$O$11,"Đã nộp đúng hạn")');
    expect(onTime).not.toContain("Nộp muộn");
    expect(formatted(s, "O14", (f) => f.numberFormat === "0.0%")).toBe(true);
  });

  test("the schedule and holiday sheets read back as the tables given", () => {
    const schedule = DEFAULT_SCHEDULE.slice(0, 2);
    const holidays = DEFAULT_HOLIDAYS.slice(10, 20);
    const edit = buildTrackingEdit(options({ schedule, holidays }));
    expect(scheduleFromRows(grid(sheetOf("Lịch báo cáo", edit)))).toEqual({
      year: 2023,
      schedule,
      problems: [],
    });
    expect(holidaysFromRows(grid(sheetOf("Ngày nghỉ", edit)))).toEqual({ holidays, problems: [] });
  });

  test("received dates read back from a written sheet, so rewriting keeps them", () => {
    const received = {
      "Sở Nội vụ": { "2023-Q1": "2023-03-03", "2023-Y": "2023-11-10" },
      "UBND huyện Văn Yên": { "2023-H1": "2023-06-05" },
    };
    const sheet = sheetOf(TRACKING_SHEET, buildTrackingEdit(options({ received })));
    expect(receivedFromTracking({ name: TRACKING_SHEET, values: grid(sheet), tables: [] })).toEqual(
      received,
    );
  });

  test("with no reporter the sheet still has valid ranges; the rates say nobody is expected", () => {
    const s = sheetOf(TRACKING_SHEET, buildTrackingEdit(options({ reporters: [] })));
    const m = cells(s);
    expect(m.get("C9")).toBeUndefined();
    expect(formulaAt(m, "F11")).toContain(
      'IF((COUNTA($C$9:$C$9)-COUNTIF($F$9:$F$9,"Không phải báo cáo"))=0,"Không có đơn vị nào phải báo cáo kỳ 2023-Q1."',
    );
    // The on-time rate below it stays blank: one line says it.
    expect(formulaAt(m, "F12")).toContain('"Không phải báo cáo"))=0,""');
    for (const c of s.conditionalFormats ?? []) expect(() => parseRange(c.range)).not.toThrow();
  });
});
