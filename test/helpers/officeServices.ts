/**
 * The pane's real services inside Excel: a fresh fake Excel.run (fakeOffice) for each test, on
 * the global `Excel` as Office.js puts it there, and the services made on it.
 */
import { createServices } from "../../src/taskpane/services/real";
import { memorySettings } from "../../src/taskpane/settingsStore";
import type { Services } from "../../src/taskpane/services";
import { createFakeExcel, type FakeExcel } from "./fakeOffice";

/** Before each test, `use` gets the new fake Excel and the services on it. */
export function onFakeExcel(use: (excel: FakeExcel, services: Services) => void): void {
  const globals = globalThis as unknown as { Excel?: unknown };
  beforeEach(() => {
    const excel = createFakeExcel();
    globals.Excel = { run: excel.run };
    use(excel, createServices("office", memorySettings()));
  });
  afterAll(() => {
    delete globals.Excel;
  });
}
