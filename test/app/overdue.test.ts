/**
 * Overdue units from the tracking sheet, and their highlight, inside (fake) Excel: the result
 * agrees with the domain's statusFor for every unit, and the number of context.sync() calls
 * stays the same for 28 units and for 500.
 */
import { TRACKING_SHEET, buildTrackingEdit, type TrackingOptions } from "../../src/domain/tracking";
import { OVERDUE_FORMAT, highlightOverdue, overdueUnits } from "../../src/app/overdue";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  DEFAULT_SETTINGS,
  deadline,
  findPeriod,
  statusFor,
  toDayNumber,
} from "../../src/domain/schedule";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { cellAddress, columnLetter, parseCell } from "../../src/domain/address";
import type { WorkbookEdit } from "../../src/domain/sheet";
import { createFakeExcel, modelCell } from "../helpers/fakeOffice";
import { expectBudgetedSyncs } from "../helpers/budgetedSyncs";

const reporters = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ code: `DV${i + 1}`, name: `Đơn vị số ${i + 1}` }));

/** Every third unit sent the 6-month report (some on time, some late); the others did not. */
function receivedH1(units: { name: string }[]) {
  const received: Record<string, Record<string, string>> = {};
  units.forEach((u, i) => {
    if (i % 3 === 0) received[u.name] = { "2020-H1": i % 2 ? "2020-06-08" : "2020-06-01" };
  });
  return received;
}

const options = (n: number, extra: Partial<TrackingOptions> = {}): TrackingOptions => {
  const units = reporters(n);
  return {
    year: 2020,
    reporters: units,
    schedule: DEFAULT_SCHEDULE,
    holidays: DEFAULT_HOLIDAYS,
    settings: DEFAULT_SETTINGS,
    received: receivedH1(units),
    ...extra,
  };
};

/** What the domain says: units whose 2020-H1 status is overdue on `today`. */
function expectedOverdue(opts: TrackingOptions, today: string) {
  const due = deadline(findPeriod("2020-H1")!, opts.settings, opts.holidays);
  return opts.reporters
    .map((u, i) => ({ ...u, row: 9 + i }))
    .filter((u) => statusFor(due, opts.received?.[u.name]?.["2020-H1"], today) === "overdue")
    .map((u) => ({ ...u, deadline: due, daysOverdue: toDayNumber(today) - toDayNumber(due) }));
}

describe.each([28, 500])("%i units in Excel", (n) => {
  test("building the sheet takes 2 syncs and highlighting 3, more only past the per-sync budget", async () => {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    const opts = options(n);
    await office.apply(buildTrackingEdit(opts));
    expect(fake.syncCount()).toBeLessThanOrEqual(2);

    const before = fake.syncCount();
    const result = await highlightOverdue(office, { today: "2020-06-10" });
    expectBudgetedSyncs(fake, before, 3);

    const want = expectedOverdue(opts, "2020-06-10");
    expect(want.length).toBeGreaterThan(0);
    expect(result.period).toBe("2020-H1");
    expect(result.units).toEqual(want);
    expect(want[0].deadline).toBe("2020-06-04");
    expect(want[0].daysOverdue).toBe(6);

    // Overdue names are white bold on red; the others are left plain.
    const overdueRows = new Set(want.map((u) => u.row));
    for (let i = 0; i < n; i++) {
      const c = modelCell(fake.model, TRACKING_SHEET, `C${9 + i}`)!;
      const shown = overdueRows.has(9 + i)
        ? { fill: OVERDUE_FORMAT.fill, fontColor: OVERDUE_FORMAT.fontColor, bold: true }
        : { fill: undefined, fontColor: "#000000", bold: false };
      expect([
        c.value,
        { fill: c.format.fill, fontColor: c.format.fontColor, bold: c.format.bold },
      ]).toEqual([`Đơn vị số ${i + 1}`, shown]);
    }
  });
});

describe("overdue units", () => {
  test("a report received since is no longer highlighted after the next highlight", async () => {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    const opts = options(28);
    await office.apply(buildTrackingEdit(opts));
    const first = await highlightOverdue(office, { today: "2020-06-10" });
    const late = first.units[0];
    expect(modelCell(fake.model, TRACKING_SHEET, `C${late.row}`)!.format.fill).toBe(
      OVERDUE_FORMAT.fill,
    );

    // The coordinator types the received date of the 6-month report (column H).
    await office.apply({
      sheets: [
        {
          name: TRACKING_SHEET,
          mode: "update",
          blocks: [{ at: `H${late.row}`, values: [[new Date(Date.UTC(2020, 5, 10))]] }],
        },
      ],
    });
    const second = await highlightOverdue(office, { today: "2020-06-10" });
    expect(second.units.map((u) => u.name)).not.toContain(late.name);
    expect(second.units).toHaveLength(first.units.length - 1);
    const cell = modelCell(fake.model, TRACKING_SHEET, `C${late.row}`)!;
    expect([cell.format.fill, cell.format.bold]).toEqual([undefined, false]);
  });

  test("without a date given, the sheet's fixed reference date is used", async () => {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    await office.apply(buildTrackingEdit(options(5, { today: "2020-09-10", received: {} })));
    const result = await overdueUnits(office);
    expect(result.today).toBe("2020-09-10");
    expect(result.period).toBe("2020-Q3");
    expect(result.units.map((u) => [u.name, u.deadline, u.daysOverdue])).toEqual(
      reporters(5).map((u) => [u.name, "2020-09-04", 6]),
    );
  });

  test("before the year's first deadline the current period is the first, and nobody is overdue", async () => {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    await office.apply(buildTrackingEdit(options(5)));
    const result = await overdueUnits(office, { today: "2020-02-01" });
    expect([result.period, result.periodName, result.units]).toEqual([
      "2020-Q1",
      "Quý I năm 2020",
      [],
    ]);
  });

  test("the settings cells count: with the 5th on time, the 6-month report is not overdue on the 5th", async () => {
    const h1On = async (settings: TrackingOptions["settings"]) => {
      const fake = createFakeExcel();
      const office = new OfficeWorkbook(fake.run);
      await office.apply(buildTrackingEdit(options(2, { settings, received: {} })));
      const r = await overdueUnits(office, { today: "2020-06-05" });
      return [r.period, r.units.map((u) => u.deadline)];
    };
    // 04/06/2020 is a Thursday: read literally, the 6-month report was due then.
    expect(await h1On({ fifthOnTime: false, shiftOffDays: true })).toEqual([
      "2020-H1",
      ["2020-06-04", "2020-06-04"],
    ]);
    // With the 5th on time, the 5th has not passed: the period to chase is still Quý I.
    expect(await h1On({ fifthOnTime: true, shiftOffDays: true })).toEqual([
      "2020-Q1",
      ["2020-03-05", "2020-03-05"],
    ]);
  });

  test("the file adapter gives the same answer as Excel", async () => {
    const opts = options(28);
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    await office.apply(buildTrackingEdit(opts));
    const file = XlsxWorkbook.create();
    await file.apply(buildTrackingEdit(opts));
    const reloaded = await XlsxWorkbook.load(await file.toBuffer());
    const a = await overdueUnits(office, { today: "2020-06-10" });
    const b = await overdueUnits(reloaded, { today: "2020-06-10" });
    expect(b).toEqual(a);
    expect(a.units).toEqual(expectedOverdue(opts, "2020-06-10"));
  });

  test("on a sheet where the user inserted rows above and a column before the table, the names are still found and highlighted", async () => {
    // The tracking sheet's values moved 2 rows down and 1 column right (the schedule stays).
    const moved = (edit: WorkbookEdit): WorkbookEdit => ({
      sheets: edit.sheets.map((s) =>
        s.name !== TRACKING_SHEET
          ? s
          : {
              name: s.name,
              mode: "replace",
              blocks: (s.blocks ?? []).map((b) => {
                const at = parseCell(b.at);
                return { ...b, at: cellAddress(at.row + 2, at.col + 1) };
              }),
            },
      ),
    });
    const opts = options(12, { today: "2020-06-10" });
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    await office.apply(moved(buildTrackingEdit(opts)));
    const result = await highlightOverdue(office);
    const want = expectedOverdue(opts, "2020-06-10").map((u) => ({ ...u, row: u.row + 2 }));
    expect(want.length).toBeGreaterThan(0);
    expect([result.today, result.period, result.units]).toEqual(["2020-06-10", "2020-H1", want]);
    const name = columnLetter(3); // "Đơn vị" is now in D
    const overdueRows = new Set(want.map((u) => u.row));
    for (let i = 0; i < 12; i++) {
      const row = 11 + i;
      const c = modelCell(fake.model, TRACKING_SHEET, `${name}${row}`)!;
      expect([c.value, c.format.fill]).toEqual([
        `Đơn vị số ${i + 1}`,
        overdueRows.has(row) ? OVERDUE_FORMAT.fill : undefined,
      ]);
      // The unit code's column is left alone.
      expect(modelCell(fake.model, TRACKING_SHEET, `C${row}`)!.format.fill).toBeUndefined();
    }
  });
});
