/** Assertions on the syncs a command makes on the fake Excel (jest only). */
import { SYNC_BUDGET } from "../../src/workbook/office/officeBatch";
import { PAYLOAD_LIMIT } from "./fakeExcelRules";
import { syncsSince, type FakeExcel } from "./fakeOffice";

/**
 * Issue 12's rule for a command's syncs since `from`: `fixed` (2-3), plus at most one per half
 * budget of bytes carried (slices are sized with a margin; the first slice of a sheet is a
 * guess made before its size is known), and none anywhere near Excel on the web's 5 MB.
 * Payloads under a tenth of the budget take exactly the fixed syncs.
 */
export function expectBudgetedSyncs(fake: FakeExcel, from: number, fixed: number): void {
  const { syncs, bytes, largest } = syncsSince(fake, from);
  const extra = bytes > SYNC_BUDGET / 10 ? Math.ceil(bytes / (SYNC_BUDGET / 2)) : 0;
  expect(syncs).toBeLessThanOrEqual(fixed + extra);
  // The first slice is sized before the sheet's width and texts are known; it may pass the
  // 1 MB budget, never half of the 5 MB limit.
  expect(largest).toBeLessThan(PAYLOAD_LIMIT / 2);
}
