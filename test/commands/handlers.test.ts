/** The ribbon commands, run as Excel runs them: through the Office adapter, on the fake. */
import { actions, command, handlers, type CommandHost } from "../../src/commands/handlers";
import { OfficeWorkbook } from "../../src/workbook/office";
import { createFakeExcel } from "../helpers/fakeOffice";

function hostOn(fake = createFakeExcel()) {
  const reports: string[] = [];
  const host: CommandHost = {
    port: async () => new OfficeWorkbook(fake.run),
    missingSets: () => [],
    lang: () => "vi",
    report: (m) => reports.push(m),
  };
  return { fake, host, reports };
}

const event = () =>
  ({ completed: jest.fn(), source: { id: "x" } }) as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };

test("every ribbon function has a handler", () => {
  expect(Object.keys(handlers).sort()).toEqual(
    ["checkAgencies", "highlightOverdue", "insertMatrix", "preparePrint"].sort(),
  );
});

test("Bảng phân công nhiệm vụ inserts the matrix and the registry in Excel, and completes the event", async () => {
  const { fake, host, reports } = hostOn();
  const e = event();
  await command(actions.insertMatrix, host)(e);
  expect(reports).toEqual([]);
  expect(e.completed).toHaveBeenCalledTimes(1);
  const names = fake.model.sheets.map((s) => s.name);
  expect(names).toContain("Bảng phân công nhiệm vụ");
  expect(names).toContain("Danh mục cơ quan");
});

test("Kiểm tra cơ quan after the matrix finds no problem in a fresh matrix", async () => {
  const { fake, host, reports } = hostOn();
  await command(actions.insertMatrix, host)(event());
  const before = fake.syncCount();
  await command(actions.checkAgencies, host)(event());
  expect(reports).toEqual([]);
  expect(fake.syncCount() - before).toBeLessThanOrEqual(3);
});

test("a command that fails reports why and still completes the event", async () => {
  const { host, reports } = hostOn();
  const e = event();
  // No tracking sheet in this workbook: highlighting overdue units cannot work.
  await command(actions.highlightOverdue, host)(e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(reports.length).toBe(1);
  expect(reports[0]).toContain("Theo dõi báo cáo");
});

test("Chuẩn bị in lays out the sheet the user is on (the matrix after inserting it)", async () => {
  const { fake, host, reports } = hostOn();
  await command(actions.insertMatrix, host)(event());
  expect(fake.model.activeSheet).toBe("Bảng phân công nhiệm vụ");
  const before = fake.syncCount();
  await command(actions.preparePrint, host)(event());
  expect(reports).toEqual([]);
  expect(fake.syncCount() - before).toBeLessThanOrEqual(3);
  const port = await host.port();
  const [matrix] = await port.read([{ sheet: "Bảng phân công nhiệm vụ" }]);
  expect(matrix.values.flat()).toEqual(expect.arrayContaining(["SỞ NỘI VỤ"]));
});

test("in an Excel without ExcelApi 1.9 a command does not start and says what is missing", async () => {
  const { fake, host, reports } = hostOn();
  const e = event();
  await command(actions.insertMatrix, { ...host, missingSets: () => ["ExcelApi 1.9"] })(e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(reports[0]).toContain("Phiên bản Excel này thiếu ExcelApi 1.9");
  expect(fake.model.sheets.map((s) => s.name)).not.toContain("Bảng phân công nhiệm vụ");
});
