import fc from "fast-check";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  DEFAULT_SETTINGS,
  addDays,
  dateToSerial,
  deadline,
  deadlineDetail,
  excelSerial,
  findPeriod,
  fromExcelSerial,
  isoFromDate,
  parseDateCell,
  periodsForYear,
  ratesOf,
  serialToDate,
  statusFor,
  weekday,
  type DeadlineSettings,
  type ScheduleRow,
} from "../../src/domain/schedule";

/** Weekday computed here, not by the code under test: 0 Sunday … 6 Saturday. */
const dow = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
const SAT = 6;
const SUN = 0;
const MON = 1;
const TUE = 2;

const LITERAL_SHIFT: DeadlineSettings = { fifthOnTime: false, shiftOffDays: true };
const FIFTH_SHIFT: DeadlineSettings = { fifthOnTime: true, shiftOffDays: true };
const LITERAL_NOSHIFT: DeadlineSettings = { fifthOnTime: false, shiftOffDays: false };
const FIFTH_NOSHIFT: DeadlineSettings = { fifthOnTime: true, shiftOffDays: false };

describe("periods of a year (default schedule)", () => {
  test("four periods with the plan's codes, names and covered months", () => {
    expect(periodsForYear(2020).map((p) => [p.code, p.name, p.from, p.to, p.nominalDue])).toEqual([
      ["2020-Q1", "Quý I năm 2020", "2020-01-01", "2020-03-31", "2020-03-05"],
      ["2020-H1", "6 tháng đầu năm 2020", "2020-01-01", "2020-06-30", "2020-06-05"],
      ["2020-Q3", "Quý III năm 2020", "2020-07-01", "2020-09-30", "2020-09-05"],
      ["2020-Y", "Năm 2020", "2020-01-01", "2020-12-31", "2020-11-05"],
    ]);
  });

  test("a period code finds its period; an unknown suffix finds nothing", () => {
    expect(findPeriod("2024-Q3")?.name).toBe("Quý III năm 2024");
    expect(findPeriod("2024-Q2")).toBeUndefined();
    expect(findPeriod("Q3")).toBeUndefined();
  });

  test("default settings read the rule literally and move deadlines off days off", () => {
    expect(DEFAULT_SETTINGS).toEqual({ fifthOnTime: false, shiftOffDays: true });
  });
});

/** Hand-checked last on-time days, [Q1, H1, Q3, Y] per year, for the two shifting settings. */
const LITERAL_SHIFTED: Record<number, string[]> = {
  2020: ["03-04", "06-04", "09-04", "11-04"],
  2021: ["03-04", "06-04", "09-06", "11-04"],
  2022: ["03-04", "06-06", "09-05", "11-04"],
  2023: ["03-06", "06-05", "09-05", "11-06"],
  2024: ["03-04", "06-04", "09-04", "11-04"],
  2025: ["03-04", "06-04", "09-04", "11-04"],
  2026: ["03-04", "06-04", "09-04", "11-04"],
  2027: ["03-04", "06-04", "09-06", "11-04"],
};
const FIFTH_SHIFTED: Record<number, string[]> = {
  2020: ["03-05", "06-05", "09-07", "11-05"],
  2021: ["03-05", "06-07", "09-06", "11-05"],
  2022: ["03-07", "06-06", "09-05", "11-07"],
  2023: ["03-06", "06-05", "09-05", "11-06"],
  2024: ["03-05", "06-05", "09-05", "11-05"],
  2025: ["03-05", "06-05", "09-05", "11-05"],
  2026: ["03-05", "06-05", "09-07", "11-05"],
  2027: ["03-05", "06-07", "09-06", "11-05"],
};

describe("deadlines 2020–2027, every period, all four settings", () => {
  const years = Object.keys(LITERAL_SHIFTED).map(Number);
  const deadlinesOf = (year: number, s: DeadlineSettings) =>
    periodsForYear(year).map((p) => deadline(p, s, DEFAULT_HOLIDAYS));

  test.each(years)("%i: literal reading, shifted off days off", (y) => {
    expect(deadlinesOf(y, LITERAL_SHIFT)).toEqual(LITERAL_SHIFTED[y].map((d) => `${y}-${d}`));
  });
  test.each(years)("%i: the 5th counts, shifted off days off", (y) => {
    expect(deadlinesOf(y, FIFTH_SHIFT)).toEqual(FIFTH_SHIFTED[y].map((d) => `${y}-${d}`));
  });
  test.each(years)("%i: without shifting the deadline is the 4th, or the 5th", (y) => {
    const months = ["03", "06", "09", "11"];
    expect(deadlinesOf(y, LITERAL_NOSHIFT)).toEqual(months.map((m) => `${y}-${m}-04`));
    expect(deadlinesOf(y, FIFTH_NOSHIFT)).toEqual(months.map((m) => `${y}-${m}-05`));
  });

  test("every shifted deadline is a weekday outside the holiday table", () => {
    const off = new Set(DEFAULT_HOLIDAYS.map((h) => h.date));
    for (const y of years)
      for (const s of [LITERAL_SHIFT, FIFTH_SHIFT])
        for (const d of deadlinesOf(y, s)) {
          expect([SAT, SUN]).not.toContain(dow(d));
          expect(off.has(d)).toBe(false);
        }
  });
});

describe("deadlines on weekends, holidays and days off in lieu", () => {
  const q3 = (y: number) => findPeriod(`${y}-Q3`)!;

  test("2021-Q3: 04/09 Saturday and 05/09 Sunday move to Monday 06/09", () => {
    expect(dow("2021-09-04")).toBe(SAT);
    expect(dow("2021-09-05")).toBe(SUN);
    expect(dow("2021-09-06")).toBe(MON);
    expect(deadlineDetail(q3(2021), LITERAL_SHIFT, DEFAULT_HOLIDAYS)).toEqual({
      lastDay: "2021-09-04",
      deadline: "2021-09-06",
      skipped: [
        { date: "2021-09-04", reason: null },
        { date: "2021-09-05", reason: null },
      ],
    });
    expect(deadline(q3(2021), FIFTH_SHIFT, DEFAULT_HOLIDAYS)).toBe("2021-09-06");
  });

  test("2023-Q3: Monday 04/09/2023 was the day off in lieu of 2/9 (a Saturday)", () => {
    expect(dow("2023-09-02")).toBe(SAT);
    expect(dow("2023-09-04")).toBe(MON);
    expect(dow("2023-09-05")).toBe(TUE);
    const d = deadlineDetail(q3(2023), LITERAL_SHIFT, DEFAULT_HOLIDAYS);
    expect(d.deadline).toBe("2023-09-05");
    expect(d.skipped).toEqual([{ date: "2023-09-04", reason: "Nghỉ bù Quốc khánh" }]);
    // With an empty holiday table the Monday would have counted.
    expect(deadline(q3(2023), LITERAL_SHIFT, [])).toBe("2023-09-04");
  });

  test("2023-Y: 04/11 Saturday moves to Monday 06/11; 2022-Y with the 5th: Saturday 05/11 to 07/11", () => {
    expect(dow("2023-11-04")).toBe(SAT);
    expect(deadline(findPeriod("2023-Y")!, LITERAL_SHIFT, DEFAULT_HOLIDAYS)).toBe("2023-11-06");
    expect(dow("2022-11-05")).toBe(SAT);
    expect(deadline(findPeriod("2022-Y")!, FIFTH_SHIFT, DEFAULT_HOLIDAYS)).toBe("2022-11-07");
  });

  test("a deadline on a public holiday moves past the holiday and the weekend after it", () => {
    // A made-up rule "trước ngày 03/09": the last day is 2/9 itself.
    const early: ScheduleRow = { ...DEFAULT_SCHEDULE[2], dueDay: 3 };
    const p2021 = periodsForYear(2021, [early])[0];
    // 2/9/2021 Thursday (Quốc khánh), 3/9 Friday (the adjacent day), then the weekend.
    expect([dow("2021-09-02"), dow("2021-09-03")]).toEqual([4, 5]);
    const d = deadlineDetail(p2021, LITERAL_SHIFT, DEFAULT_HOLIDAYS);
    expect(d.deadline).toBe("2021-09-06");
    expect(d.skipped.map((s) => s.reason)).toEqual([
      "Quốc khánh (2/9)",
      "Quốc khánh (ngày liền kề)",
      null,
      null,
    ]);
    // 2024: Monday 2/9 and Tuesday 3/9 off, Wednesday 4/9 is the deadline.
    const p2024 = periodsForYear(2024, [early])[0];
    expect(deadline(p2024, LITERAL_SHIFT, DEFAULT_HOLIDAYS)).toBe("2024-09-04");
    expect(deadline(p2024, LITERAL_NOSHIFT, DEFAULT_HOLIDAYS)).toBe("2024-09-02");
  });

  test("a rule 'before the 1st' ends on the last day of the previous month", () => {
    const row: ScheduleRow = { ...DEFAULT_SCHEDULE[0], dueDay: 1, dueMonth: 3 };
    expect(deadline(periodsForYear(2024, [row])[0], LITERAL_NOSHIFT, [])).toBe("2024-02-29");
    expect(deadline(periodsForYear(2023, [row])[0], LITERAL_NOSHIFT, [])).toBe("2023-02-28");
  });
});

describe("deadline properties (any date, any table)", () => {
  const isoArb = fc
    .date({
      min: new Date(Date.UTC(2000, 0, 1)),
      max: new Date(Date.UTC(2099, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => isoFromDate(d));
  const tableArb = fc
    .array(isoArb, { maxLength: 30 })
    .map((dates) => dates.map((date) => ({ date, name: "x", kind: "holiday" as const })));

  test("shifted: the deadline is a working day and no working day lies between", () => {
    fc.assert(
      fc.property(isoArb, tableArb, fc.boolean(), (nominalDue, table, fifth) => {
        const settings = { fifthOnTime: fifth, shiftOffDays: true };
        const d = deadlineDetail({ nominalDue }, settings, table);
        const off = new Set(table.map((h) => h.date));
        const working = (x: string) => ![SAT, SUN].includes(dow(x)) && !off.has(x);
        expect(d.lastDay).toBe(fifth ? nominalDue : addDays(nominalDue, -1));
        expect(working(d.deadline)).toBe(true);
        for (let x = d.lastDay; x < d.deadline; x = addDays(x, 1)) expect(working(x)).toBe(false);
      }),
    );
  });

  test("weekday() agrees with the JavaScript calendar", () => {
    fc.assert(fc.property(isoArb, (iso) => expect(weekday(iso)).toBe(dow(iso))));
  });
});

describe("status of a report", () => {
  const due = "2021-09-06";

  test("received on or before the deadline is on time, after it is late", () => {
    expect(statusFor(due, "2021-09-06", "2021-12-31")).toBe("onTime");
    expect(statusFor(due, "2021-08-30", "2021-12-31")).toBe("onTime");
    expect(statusFor(due, "2021-09-07", "2021-12-31")).toBe("late");
    // The reference date does not matter once a report is in.
    expect(statusFor(due, "2021-09-07", "2021-01-01")).toBe("late");
  });

  test("not received: overdue only after the deadline day has passed", () => {
    expect(statusFor(due, null, "2021-09-06")).toBe("notDue");
    expect(statusFor(due, undefined, "2021-09-05")).toBe("notDue");
    expect(statusFor(due, "", "2021-09-07")).toBe("overdue");
  });

  test("reporting rate counts late reports, on-time rate does not", () => {
    expect(ratesOf(["onTime", "late", "overdue", "notDue"])).toEqual({
      expected: 4,
      submitted: 2,
      onTime: 1,
      reportingRate: 0.5,
      onTimeRate: 0.25,
    });
    expect(ratesOf([]).reportingRate).toBeNull();
  });
});

describe("dates read from cells", () => {
  test("a Date at local midnight anywhere from UTC-11 to UTC+11 is the same calendar day", () => {
    for (const offsetHours of [-11, -5, 0, 7, 11]) {
      const d = new Date(Date.UTC(2023, 8, 4) - offsetHours * 3_600_000);
      expect(isoFromDate(d)).toBe("2023-09-04");
    }
  });

  test("serials, ISO text and day-first text", () => {
    expect(parseDateCell(45173)).toBe("2023-09-04"); // Excel: =DATE(2023,9,4) is 45173
    expect(parseDateCell("2023-09-04")).toBe("2023-09-04");
    expect(parseDateCell("4/9/2023")).toBe("2023-09-04");
    expect(parseDateCell("31/02/2023")).toBeNull();
    expect(parseDateCell("hôm qua")).toBeNull();
    expect(parseDateCell(null)).toBeNull();
  });
});

describe("Excel serials", () => {
  const DAY = 86_400_000;
  /** Any day from 01/03/1900 (past Excel's phantom 29/02/1900) to 31/12/9999. */
  const dayArb = fc
    .integer({ min: Date.UTC(1900, 2, 1) / DAY, max: Date.UTC(9999, 11, 31) / DAY })
    .map((n) => new Date(n * DAY).toISOString().slice(0, 10));

  test("a day's serial is its date cell's serial, and back, in both date systems", () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: DAY - 1 }), (iso, ms) => {
        const midnight = new Date(Date.parse(`${iso}T00:00:00Z`));
        const serial = dateToSerial(midnight);
        expect(serial).toBe(excelSerial(iso));
        expect(serialToDate(serial)).toEqual(midnight);
        // 1904 system: the same day is 1462 serials lower.
        expect(serialToDate(serial - 1462, true)).toEqual(midnight);
        expect(dateToSerial(midnight, true)).toBe(serial - 1462);
        // Any time of the day falls on the same calendar day.
        const at = new Date(midnight.getTime() + ms);
        expect(fromExcelSerial(dateToSerial(at))).toBe(iso);
        expect(serialToDate(dateToSerial(at))).toEqual(at);
      }),
    );
  });

  test("float noise rounds to the millisecond: 43894.99999999999 is midnight of 05/03/2020", () => {
    const noisy = 43895 - 1e-11;
    expect(noisy).toBeLessThan(43895);
    expect(serialToDate(noisy)).toEqual(new Date(Date.UTC(2020, 2, 5)));
    expect(serialToDate(43894.9999999)).toEqual(new Date(Date.UTC(2020, 2, 4, 23, 59, 59, 991)));
    expect(excelSerial("1970-01-01")).toBe(25569);
  });
});
