/** Assertions on the syncs a command makes on the fake Excel (jest only). */
import { SYNC_BUDGET } from "../../src/workbook/office/officeBatch";
import { syncsSince, type FakeExcel } from "./fakeOffice";

/**
 * Issue 12's rule for a command's syncs since `from`: `fixed` (2-3), plus at most one per half
 * budget of bytes carried (slices are sized with a margin), and none over the adapter's own
 * budget (a fifth of Excel on the web's 5 MB), the first slice of a sheet included.
 * Payloads under a tenth of the budget take at most the fixed syncs.
 */
export function expectBudgetedSyncs(fake: FakeExcel, from: number, fixed: number): void {
  const { syncs, bytes, largest } = syncsSince(fake, from);
  const extra = bytes > SYNC_BUDGET / 10 ? Math.ceil(bytes / (SYNC_BUDGET / 2)) : 0;
  expect(syncs).toBeLessThanOrEqual(fixed + extra);
  expect(largest).toBeLessThanOrEqual(SYNC_BUDGET);
}
