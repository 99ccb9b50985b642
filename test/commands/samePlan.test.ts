/**
 * One use-case (app/plan.ts) decides which plan a workbook uses: on a workbook with its own
 * "Kế hoạch" sheet, the ribbon's "Chèn bảng phân công nhiệm vụ" and the pane's insert the same
 * matrix, made from that sheet, not from the built-in 2020 plan.
 */
import { actions, type CommandHost } from "../../src/commands/handlers";
import { MATRIX_SHEET } from "../../src/domain/matrix";
import { plan2020, PLAN_SHEET, planToRows, type Plan } from "../../src/domain/plan";
import { createServices } from "../../src/taskpane/services/real";
import { memorySettings } from "../../src/taskpane/settingsStore";
import { readWorkbookFile, XlsxWorkbook } from "../../src/workbook/xlsx";

/** The 2020 plan cut to its first three tasks, one renamed: clearly not the built-in one. */
const ownPlan: Plan = {
  ...plan2020,
  tasks: plan2020.tasks
    .slice(0, 3)
    .map((t, i) =>
      i === 1
        ? { ...t, title: "Nhiệm vụ riêng của sổ này", content: "Nhiệm vụ riêng của sổ này" }
        : t,
    ),
};

async function workbookWithOwnPlan(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply({
    sheets: [
      { name: PLAN_SHEET, mode: "create", blocks: [{ at: "A1", values: planToRows(ownPlan) }] },
    ],
  });
  return wb.toBuffer();
}

test("the ribbon and the pane insert the same matrix, from the workbook's own plan", async () => {
  const bytes = await workbookWithOwnPlan();

  // The ribbon, as Excel runs it, over the same port kind the pane uses in browser mode.
  const ribbonBook = await XlsxWorkbook.load(bytes);
  const host: CommandHost = {
    port: async () => ribbonBook,
    missingSets: () => [],
    lang: () => "vi",
    show: async () => undefined,
  };
  expect(await actions.insertMatrix(host)).toMatch(/\d+ dòng/);
  const fromRibbon = readWorkbookFile(await ribbonBook.toBuffer()).data(MATRIX_SHEET).values;

  const pane = createServices("browser", memorySettings());
  await pane.openFile("ke-hoach-rieng.xlsx", bytes);
  await pane.insertMatrix("vi");
  const fromPane = readWorkbookFile((await pane.saveFile()).bytes).data(MATRIX_SHEET).values;

  expect(fromRibbon).toEqual(fromPane);
  const cells = fromRibbon.flat();
  expect(cells).toContain("Nhiệm vụ riêng của sổ này");
  // The built-in plan's fourth task is not there: the matrix came from the workbook's sheet.
  expect(cells).not.toContain(plan2020.tasks[3].content);
});
