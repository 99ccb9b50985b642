/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { deferred, fakeServices, file, renderPane } from "./fakes";
import type { WriteOutcome } from "../../src/taskpane/services";

describe("Kế hoạch page", () => {
  it("shows its Vietnamese title, actions and their plain descriptions", () => {
    renderPane("plan", fakeServices("office"));
    expect(screen.getByRole("heading", { level: 2, name: "Kế hoạch" })).toBeInstanceOf(HTMLElement);
    expect(
      screen.getByRole("heading", { level: 3, name: "Chèn bảng phân công nhiệm vụ" }),
    ).toBeInstanceOf(HTMLElement);
    expect(screen.getByText(/Chèn lại vẫn giữ những gì bạn đã nhập/)).toBeInstanceOf(HTMLElement);
    expect(
      screen.getByRole("button", { name: "Tải bảng phân công nhiệm vụ (.xlsx)" }),
    ).toBeInstanceOf(HTMLElement);
    // Excel: no file to open.
    expect(screen.queryByLabelText("Mở tệp .xlsx")).toBeNull();
  });

  it("inserts the matrix into the workbook, with progress, then says what was done", async () => {
    const pending = deferred<WriteOutcome>();
    const services = fakeServices("office", { insertMatrix: jest.fn(() => pending.promise) });
    renderPane("plan", services);
    await userEvent.click(screen.getByRole("button", { name: "Chèn bảng phân công nhiệm vụ" }));
    expect(services.insertMatrix).toHaveBeenCalledWith("vi");
    expect(screen.getByRole("progressbar")).toBeInstanceOf(HTMLElement);
    // A second click while it runs does not start it again.
    expect(
      screen.getByRole("button", { name: "Chèn bảng phân công nhiệm vụ" }).hasAttribute("disabled"),
    ).toBe(true);
    pending.resolve({
      message: "Đã chèn bảng phân công nhiệm vụ: 30 dòng.",
      lines: ["Dòng 12: trùng mã"],
    });
    await screen.findByText("Đã chèn bảng phân công nhiệm vụ: 30 dòng.");
    expect(screen.getByText("Dòng 12: trùng mã")).toBeInstanceOf(HTMLElement);
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("downloads a new matrix file", async () => {
    const services = fakeServices("browser");
    renderPane("plan", services);
    await userEvent.click(
      screen.getByRole("button", { name: "Tải bảng phân công nhiệm vụ (.xlsx)" }),
    );
    await screen.findByText(/Đã tạo tệp ma-tran-2020.xlsx/);
    expect(services.download).toHaveBeenCalledWith(file("ma-tran-2020.xlsx"));
  });

  it("in browser mode inserts into the open file, which is then offered as a download", async () => {
    const services = fakeServices("browser");
    renderPane("plan", services);
    const insert = screen.getByRole("button", { name: "Chèn bảng phân công nhiệm vụ" });
    expect(insert.hasAttribute("disabled")).toBe(true);
    await userEvent.upload(screen.getByLabelText("Mở tệp .xlsx"), new File(["x"], "so-lieu.xlsx"));
    await screen.findByText("Tệp đang làm việc: so-lieu.xlsx");
    expect(services.openFile).toHaveBeenCalledWith("so-lieu.xlsx", expect.any(Uint8Array));
    await userEvent.click(insert);
    await screen.findByText(/Bấm “Tải tệp đã sửa” để lưu tệp/);
    await userEvent.click(screen.getByRole("button", { name: "Tải tệp đã sửa" }));
    expect(services.saveFile).toHaveBeenCalled();
    expect(services.download).toHaveBeenCalledWith(file("da-sua.xlsx"));
  });

  it("refuses files that are not .xlsx and says which", async () => {
    const services = fakeServices("browser");
    renderPane("plan", services);
    await userEvent.upload(screen.getByLabelText("Mở tệp .xlsx"), new File(["x"], "cu.xls"), {
      applyAccept: false,
    });
    await screen.findByText("Chỉ nhận tệp .xlsx; bỏ qua: cu.xls");
    expect(services.openFile).not.toHaveBeenCalled();
  });

  it("switches to English and keeps the choice in the settings", async () => {
    const services = fakeServices("office");
    renderPane("plan", services);
    await userEvent.click(screen.getByRole("combobox", { name: "Ngôn ngữ" }));
    await userEvent.click(screen.getByRole("option", { name: "English" }));
    expect(screen.getByRole("heading", { level: 2, name: "Plan" })).toBeInstanceOf(HTMLElement);
    expect(screen.getByRole("button", { name: "Insert the task matrix" })).toBeInstanceOf(
      HTMLElement,
    );
    expect(services.settings.load().lang).toBe("en");
  });
});

describe("in an Excel too old for the add-in", () => {
  it("says which requirement sets are missing", () => {
    renderPane("plan", fakeServices("office"), { missingSets: ["ExcelApi 1.9"] });
    expect(screen.getByRole("alert").textContent).toContain(
      "Phiên bản Excel này thiếu ExcelApi 1.9",
    );
  });

  it("shows no warning when every set is there", () => {
    renderPane("plan", fakeServices("office"), { missingSets: [] });
    expect(screen.queryByText(/Phiên bản Excel này thiếu/)).toBeNull();
  });
});
