/**
 * Every command on a workbook that also holds a user's 3,000 × 20 text sheet: each sync stays
 * far under Excel on the web's 5 MB (the fake refuses more), the syncs grow with the bytes, and
 * the user's sheet is left exactly as it was.
 */
import { checkAgencies } from "../../src/app/checkAgencies";
import { insertMatrix } from "../../src/app/matrix";
import { mergeIntoWorkbook } from "../../src/app/merge";
import { highlightOverdue } from "../../src/app/overdue";
import { preparePrint } from "../../src/app/preparePrint";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { OfficeWorkbook } from "../../src/workbook/office";
import { syncsSince, type FakeExcel } from "../helpers/fakeOffice";
import { BIG_SHEET, bigWorkbook } from "../helpers/bigWorkbook";
import { SYNC_BUDGET } from "../../src/workbook/office/officeBatch";
import { tracking2020 } from "../helpers/tracking";

const snapshot = (fake: FakeExcel) =>
  JSON.stringify([...fake.model.sheets.find((s) => s.name === BIG_SHEET)!.cells]);

test("every command runs beside a 3,000 × 20 text sheet within the budget, and leaves it alone", async () => {
  const fake = bigWorkbook();
  const before = snapshot(fake);
  const office = new OfficeWorkbook(fake.run);
  const counts: Record<string, number> = {};
  const step = async (name: string, work: () => Promise<unknown>) => {
    const from = fake.syncCount();
    await work();
    const s = syncsSince(fake, from);
    counts[name] = s.syncs;
    // Within the adapter's own budget, a fifth of Excel on the web's 5 MB.
    expect(s.largest).toBeLessThanOrEqual(SYNC_BUDGET);
  };

  // The big sheet alone: its first slice has the whole budget, sized before its width is known.
  await step("readBigSheet", () =>
    office.read([{ sheet: BIG_SHEET, formulas: true, fonts: true }]),
  );

  await step("insertMatrix", () => insertMatrix(office, { plan: plan2020, registry: yenBai2020 }));
  // Reads every user sheet with formulas and fonts, the big one included: in slices.
  await step("checkAgencies", () => checkAgencies(office, { registry: yenBai2020 }));
  await step("preparePrint", () => preparePrint(office, { kind: "matrix" }));
  await step("tracking", () => office.apply(tracking2020()));
  await step("highlightOverdue", () => highlightOverdue(office, { today: "2020-06-10" }));
  await step("mergeFromSheets", () =>
    mergeIntoWorkbook(office, {
      period: "2020-H1",
      plan: plan2020,
      registry: yenBai2020,
      sheets: true,
    }),
  );

  expect(snapshot(fake)).toBe(before);
  // Commands that never read the big sheet keep their fixed syncs.
  expect(counts.insertMatrix).toBeLessThanOrEqual(3);
  expect(counts.preparePrint).toBe(3);
  expect(counts.highlightOverdue).toBeLessThanOrEqual(3);
  // Those that read it take one sync per slice of it, not per row (3,000 rows).
  expect(counts.checkAgencies).toBeGreaterThan(3);
  expect(counts.checkAgencies).toBeLessThan(30);
});
