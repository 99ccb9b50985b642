import fc from "fast-check";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  holidaysFromRows,
  holidaysInYear,
  holidaysToRows,
  scheduleFromRows,
  scheduleToRows,
  type Holiday,
  type ScheduleRow,
} from "../../src/domain/schedule";
import type { Scalar } from "../../src/domain/sheet";

const dow = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
const weekend = (iso: string) => dow(iso) === 0 || dow(iso) === 6;
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027];

describe("holiday table 2020–2027 (Bộ luật Lao động 2019, Art. 112)", () => {
  const TET_MUNG_1 = [
    "2020-01-25",
    "2021-02-12",
    "2022-02-01",
    "2023-01-22",
    "2024-02-10",
    "2025-01-29",
    "2026-02-17",
    "2027-02-06",
  ];
  const GIO_TO = [
    "2020-04-02",
    "2021-04-21",
    "2022-04-10",
    "2023-04-29",
    "2024-04-18",
    "2025-04-07",
    "2026-04-26",
    "2027-04-16",
  ];
  const dates = (y: number) => holidaysInYear(DEFAULT_HOLIDAYS, y).map((h) => h.date);

  test.each(YEARS.map((y, i) => [y, TET_MUNG_1[i], GIO_TO[i]]))(
    "%i: 1/1, Tết (mùng 1 %s), Giỗ Tổ %s, 30/4, 1/5, 2/9",
    (y, mung1, gioTo) => {
      const year = dates(Number(y));
      for (const d of [`${y}-01-01`, mung1, gioTo, `${y}-04-30`, `${y}-05-01`, `${y}-09-02`])
        expect(year).toContain(d);
    },
  );

  test.each(YEARS)("%i: five consecutive Tết days around mùng 1", (y) => {
    const tet = holidaysInYear(DEFAULT_HOLIDAYS, y).filter(
      (h) => h.kind === "holiday" && h.name.startsWith("Tết Nguyên đán"),
    );
    expect(tet).toHaveLength(5);
    const days = tet.map((h) => Date.parse(h.date) / 86_400_000);
    days.forEach((d, i) => i && expect(d - days[i - 1]).toBe(1));
    expect(tet.map((h) => h.date)).toContain(TET_MUNG_1[YEARS.indexOf(y)]);
  });

  test("2/9 has an adjacent day off (1/9 or 3/9) from 2021, not in 2020", () => {
    expect(dates(2020).filter((d) => d.startsWith("2020-09"))).toEqual(["2020-09-02"]);
    for (const y of YEARS.slice(1)) {
      const adjacent = dates(y).filter((d) => d === `${y}-09-01` || d === `${y}-09-03`);
      expect(adjacent).toHaveLength(1);
    }
  });

  test("each holiday on a weekend gives one day off in lieu on a weekday (Art. 111(3))", () => {
    for (const y of YEARS) {
      const year = holidaysInYear(DEFAULT_HOLIDAYS, y);
      const onWeekend = year.filter((h) => h.kind === "holiday" && weekend(h.date)).length;
      // Swapped days (hoán đổi, for a make-up Saturday) are days off too, but not for a holiday.
      const inLieu = year.filter((h) => h.kind === "in-lieu" && !h.name.includes("hoán đổi"));
      expect({ y, inLieu: inLieu.length }).toEqual({ y, inLieu: onWeekend });
      for (const h of year.filter((x) => x.kind === "in-lieu")) expect(weekend(h.date)).toBe(false);
    }
  });

  test("2/9/2023 was a Saturday, so Monday 4/9/2023 was off", () => {
    expect(dow("2023-09-02")).toBe(6);
    expect(DEFAULT_HOLIDAYS).toContainEqual({
      date: "2023-09-04",
      name: "Nghỉ bù Quốc khánh",
      kind: "in-lieu",
    });
  });

  test("no date is listed twice and the table is in date order", () => {
    const all = DEFAULT_HOLIDAYS.map((h) => h.date);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(all);
  });

  test("all text is NFC", () => {
    for (const h of DEFAULT_HOLIDAYS) expect(h.name).toBe(h.name.normalize("NFC"));
    for (const r of DEFAULT_SCHEDULE) expect(r.name).toBe(r.name.normalize("NFC"));
  });
});

describe('sheet "Lịch báo cáo" round trip', () => {
  test("the default schedule is written with the year and read back exactly", () => {
    const rows = scheduleToRows(DEFAULT_SCHEDULE, 2021);
    expect(rows[0]).toEqual([
      "Mã kỳ",
      "Tên kỳ",
      "Từ tháng",
      "Đến tháng",
      "Nộp trước ngày",
      "Tháng nộp",
    ]);
    expect(rows[3]).toEqual(["2021-Q3", "Quý III năm 2021", 7, 9, 5, 9]);
    expect(scheduleFromRows(rows)).toEqual({
      year: 2021,
      schedule: DEFAULT_SCHEDULE,
      problems: [],
    });
  });

  test("any valid schedule round-trips", () => {
    const rowArb = fc
      .record({
        suffix: fc.stringMatching(/^[A-Z][A-Z0-9]{0,3}$/),
        name: fc.constantFrom(
          "Quý {year}",
          "Báo cáo năm {year}",
          "Đợt đặc biệt",
          "Tháng cuối năm {year}",
        ),
        fromMonth: fc.integer({ min: 1, max: 12 }),
        span: fc.integer({ min: 0, max: 11 }),
        dueMonth: fc.integer({ min: 1, max: 12 }),
        dueDay: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ span, ...r }): ScheduleRow => ({ ...r, toMonth: Math.min(12, r.fromMonth + span) }));
    const scheduleArb = fc.uniqueArray(rowArb, {
      selector: (r) => r.suffix,
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(scheduleArb, fc.integer({ min: 2000, max: 2099 }), (schedule, year) => {
        expect(scheduleFromRows(scheduleToRows(schedule, year))).toEqual({
          year,
          schedule,
          problems: [],
        });
      }),
    );
  });

  test("title rows, reordered and extra columns, numbers as text and blank rows are read", () => {
    const values: Scalar[][] = [
      ["LỊCH BÁO CÁO NĂM 2022"],
      [],
      ["Tên kỳ", "Mã kỳ", "Ghi chú", "Từ tháng", "Đến tháng", "Tháng nộp", "Nộp trước ngày"],
      ["Quý I năm 2022", "2022-Q1", "x", 1, 3, "3", "5"],
      [null, null, null, null, null, null, null],
      ["Năm 2022", "2022-Y", null, 1, 12, 11, 5],
    ];
    expect(scheduleFromRows(values)).toEqual({
      year: 2022,
      schedule: [DEFAULT_SCHEDULE[0], DEFAULT_SCHEDULE[3]],
      problems: [],
    });
  });

  test("bad rows are reported with their sheet row and left out", () => {
    const rows = scheduleToRows(DEFAULT_SCHEDULE, 2020);
    rows[1][3] = 13; // Q1 to month 13
    rows[2][4] = 31; // H1 due 31/06
    rows[3][0] = "2021-Q3"; // another year
    rows.push(["2020-Y", "Năm 2020 (lặp)", 1, 12, 11, 5]);
    const read = scheduleFromRows(rows);
    expect(read.schedule.map((r) => r.suffix)).toEqual(["Y"]);
    expect(read.problems).toEqual([
      { row: 2, key: "schedule.error.covers", params: { code: "2020-Q1" } },
      { row: 3, key: "schedule.error.due", params: { code: "2020-H1" } },
      { row: 4, key: "schedule.error.mixedYears", params: { code: "2021-Q3" } },
      { row: 6, key: "schedule.error.duplicate", params: { code: "2020-Y" } },
    ]);
  });

  test("a sheet without the header row says so", () => {
    expect(scheduleFromRows([["Kỳ", "Hạn"]]).problems[0].key).toBe("schedule.error.header");
  });
});

describe('sheet "Ngày nghỉ" round trip', () => {
  test("the default table is written as date cells and read back exactly", () => {
    const rows = holidaysToRows(DEFAULT_HOLIDAYS);
    expect(rows[0]).toEqual(["Ngày", "Tên ngày nghỉ", "Loại", "Thứ"]);
    const sept4 = rows.find(
      (r) => r[1] === "Nghỉ bù Quốc khánh" && (r[0] as Date).getUTCFullYear() === 2023,
    )!;
    expect(sept4).toEqual([
      new Date(Date.UTC(2023, 8, 4)),
      "Nghỉ bù Quốc khánh",
      "Nghỉ bù",
      "Thứ Hai",
    ]);
    expect(holidaysFromRows(rows)).toEqual({ holidays: DEFAULT_HOLIDAYS, problems: [] });
  });

  test("any table round-trips", () => {
    const holidayArb = fc.record({
      date: fc
        .date({
          min: new Date(Date.UTC(1990, 0, 1)),
          max: new Date(Date.UTC(2099, 11, 31)),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      name: fc.constantFrom("Tết Dương lịch", "Nghỉ bù Quốc khánh", "Ngày lễ địa phương"),
      kind: fc.constantFrom<Holiday["kind"]>("holiday", "in-lieu"),
    });
    fc.assert(
      fc.property(fc.array(holidayArb, { maxLength: 20 }), (table) => {
        expect(holidaysFromRows(holidaysToRows(table))).toEqual({ holidays: table, problems: [] });
      }),
    );
  });

  test("dates typed as serials or dd/mm/yyyy text, and kinds in other words, are read", () => {
    const values: Scalar[][] = [
      ["Ngày", "Tên ngày nghỉ", "Loại"],
      [45173, "Nghỉ bù Quốc khánh", "nghỉ bù"],
      ["02/09/2027", "Quốc khánh (2/9)", "Ngày lễ, Tết"],
      ["03/09/2027", "Quốc khánh (ngày liền kề)", null],
      ["2027-08-30", "Nghỉ hoán đổi", "Nghỉ hoán đổi"],
    ];
    expect(holidaysFromRows(values)).toEqual({
      holidays: [
        { date: "2023-09-04", name: "Nghỉ bù Quốc khánh", kind: "in-lieu" },
        { date: "2027-09-02", name: "Quốc khánh (2/9)", kind: "holiday" },
        { date: "2027-09-03", name: "Quốc khánh (ngày liền kề)", kind: "holiday" },
        { date: "2027-08-30", name: "Nghỉ hoán đổi", kind: "in-lieu" },
      ],
      problems: [],
    });
  });

  test("a date that is not a date, or an unknown kind, is reported and left out", () => {
    const read = holidaysFromRows([
      ["Ngày", "Tên ngày nghỉ", "Loại"],
      ["30/02/2027", "?", "Ngày lễ, Tết"],
      ["01/05/2027", "Quốc tế Lao động", "Nghỉ phép"],
    ]);
    expect(read.holidays).toEqual([]);
    expect(read.problems).toEqual([
      { row: 2, key: "schedule.error.date", params: { value: "30/02/2027" } },
      { row: 3, key: "schedule.error.kind", params: { value: "Nghỉ phép" } },
    ]);
  });
});
