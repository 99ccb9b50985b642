/**
 * The ribbon commands, run as Excel runs them: through the Office adapter, on the fake. Each
 * ends with its outcome shown (what the dialog says is checked), success or failure, and the
 * event completed only after the user has closed the dialog.
 */
import { actions, command, handlers, type CommandHost } from "../../src/commands/handlers";
import { outcomeUrl, parseOutcome, showOutcome, type DialogUi } from "../../src/commands/outcome";
import type { Lang } from "../../src/i18n";
import { OfficeWorkbook } from "../../src/workbook/office";
import { createFakeExcel } from "../helpers/fakeOffice";
import type { Outcome } from "../../src/commands/outcome";

function hostOn(fake = createFakeExcel(), lang: Lang = "vi") {
  const shown: Outcome[] = [];
  const host: CommandHost = {
    port: async () => new OfficeWorkbook(fake.run),
    missingSets: () => [],
    lang: () => lang,
    show: async (o) => {
      shown.push(o);
    },
  };
  return { fake, host, shown };
}

const event = () =>
  ({ completed: jest.fn(), source: { id: "x" } }) as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };

const run = (name: string, host: CommandHost) => command(name, actions[name], host)(event());

test("every ribbon function has a handler", () => {
  expect(Object.keys(handlers).sort()).toEqual(
    ["checkAgencies", "highlightOverdue", "insertMatrix", "preparePrint"].sort(),
  );
});

test("Bảng phân công nhiệm vụ inserts the matrix and says how many rows, then completes the event", async () => {
  const { fake, host, shown } = hostOn();
  const e = event();
  await command("insertMatrix", actions.insertMatrix, host)(e);
  expect(shown).toHaveLength(1);
  expect(shown[0].ok).toBe(true);
  expect(shown[0].message).toMatch(/\d+ dòng/);
  expect(e.completed).toHaveBeenCalledTimes(1);
  const names = fake.model.sheets.map((s) => s.name);
  expect(names).toContain("Bảng phân công nhiệm vụ");
  expect(names).toContain("Danh mục cơ quan");
});

test("Kiểm tra cơ quan after the matrix says how many cells it checked and found no error", async () => {
  const { fake, host, shown } = hostOn();
  await run("insertMatrix", host);
  const before = fake.syncCount();
  await run("checkAgencies", host);
  expect(shown[1]).toEqual({ ok: true, message: expect.stringMatching(/ô tên cơ quan.*: 0 lỗi/) });
  expect(fake.syncCount() - before).toBeLessThanOrEqual(3);
});

describe("a failing command tells the user why, and still completes the event", () => {
  test("Tô báo cáo quá hạn with no tracking sheet", async () => {
    const { host, shown } = hostOn();
    const e = event();
    await command("highlightOverdue", actions.highlightOverdue, host)(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(shown).toHaveLength(1);
    expect(shown[0].ok).toBe(false);
    expect(shown[0].message).toMatch(/^Tô báo cáo quá hạn: .*Theo dõi báo cáo/);
  });

  test("Kiểm tra cơ quan with no matrix and no form", async () => {
    const { fake, host, shown } = hostOn();
    await run("checkAgencies", host);
    expect(shown).toEqual([
      {
        ok: false,
        message:
          "Kiểm tra cơ quan: Không tìm thấy bảng phân công nhiệm vụ hay biểu mẫu báo cáo nào trong sổ làm việc. Hãy chèn bảng phân công nhiệm vụ trước.",
      },
    ]);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("Kiểm tra cơ quan with no matrix, in English", async () => {
    const { host, shown } = hostOn(createFakeExcel(), "en");
    await run("checkAgencies", host);
    expect(shown[0]).toEqual({
      ok: false,
      message: expect.stringMatching(/^Check agencies: No task assignment table/),
    });
  });

  test("any command in an Excel without ExcelApi 1.9 does not start and says what is missing", async () => {
    for (const name of Object.keys(actions)) {
      const { fake, host, shown } = hostOn();
      const e = event();
      await command(name, actions[name], { ...host, missingSets: () => ["ExcelApi 1.9"] })(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(shown[0].ok).toBe(false);
      expect(shown[0].message).toContain("Phiên bản Excel này thiếu ExcelApi 1.9");
      expect(fake.syncCount()).toBe(0);
    }
  });

  test("when even the dialog cannot open, the event is still completed", async () => {
    const { host } = hostOn();
    const e = event();
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await command("insertMatrix", actions.insertMatrix, {
      ...host,
      show: () => Promise.reject(new Error("12007")),
    })(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/\d+ dòng/), expect.any(Error));
    error.mockRestore();
  });
});

test("Chuẩn bị in lays out the sheet the user is on (the matrix after inserting it)", async () => {
  const { fake, host, shown } = hostOn();
  await run("insertMatrix", host);
  expect(fake.model.activeSheet).toBe("Bảng phân công nhiệm vụ");
  const before = fake.syncCount();
  await run("preparePrint", host);
  expect(shown[1]).toEqual({
    ok: true,
    message: expect.stringContaining("Đã đặt trang in cho “Bảng phân công nhiệm vụ”"),
  });
  expect(fake.syncCount() - before).toBeLessThanOrEqual(3);
  const port = await host.port();
  const [matrix] = await port.read([{ sheet: "Bảng phân công nhiệm vụ" }]);
  expect(matrix.values.flat()).toEqual(expect.arrayContaining(["SỞ NỘI VỤ"]));
});

describe("the outcome dialog", () => {
  test("its address carries the outcome in the hash, and the page reads it back", () => {
    const url = outcomeUrl(
      "https://localhost:3000/commands.html?_host_Info=Excel",
      { ok: false, message: "Tô báo cáo quá hạn: không có trang “Theo dõi báo cáo” #1 & 2" },
      "vi",
    );
    expect(url.startsWith("https://localhost:3000/outcome.html?ok=0&lang=vi#")).toBe(true);
    expect(parseOutcome(url)).toEqual({
      lang: "vi",
      outcome: {
        ok: false,
        message: "Tô báo cáo quá hạn: không có trang “Theo dõi báo cáo” #1 & 2",
      },
    });
  });

  function fakeUi(status: "succeeded" | "failed") {
    const handlers = new Map<string, () => void>();
    const close = jest.fn();
    const ui: DialogUi = {
      displayDialogAsync: (_url, _options, callback) =>
        callback({
          status,
          error:
            status === "failed" ? { code: 12007, message: "A dialog is already open" } : undefined,
          value: {
            close,
            addEventHandler: (type: string, f: () => void) => handlers.set(type, f),
          },
        } as unknown as Office.AsyncResult<Office.Dialog>),
    };
    return { ui, handlers, close };
  }

  test("resolves only when the user closes it", async () => {
    const { ui, handlers, close } = fakeUi("succeeded");
    let done = false;
    const shown = showOutcome(ui, "https://localhost:3000/outcome.html").then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    handlers.get("dialogMessageReceived")!();
    await shown;
    expect(close).toHaveBeenCalled();
  });

  test("says why when Office cannot open it", async () => {
    const { ui } = fakeUi("failed");
    await expect(showOutcome(ui, "https://x/outcome.html")).rejects.toThrow(
      "Office could not open the outcome dialog: A dialog is already open (12007)",
    );
  });
});
