/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PROBLEMS, deferred, fakeServices, renderPane } from "./fakes";
import type { AgencyProblem, CheckOutcome } from "../../src/taskpane/services";

describe("Kiểm tra page", () => {
  it("lists each problem with its sheet, cell, text, what is wrong, suggestion and why", async () => {
    const services = fakeServices("office");
    renderPane("check", services);
    expect(screen.getByRole("heading", { level: 2, name: "Kiểm tra" })).toBeInstanceOf(HTMLElement);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const list = await screen.findByRole("list", { name: "Các ô cần xem lại" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    const first = within(items[0]);
    expect(
      first.getByRole("button", { name: "Đến ô D10 trên trang Bảng phân công nhiệm vụ" }),
    ).toBeInstanceOf(HTMLElement);
    expect(first.getByText("'Bảng phân công nhiệm vụ'!D10")).toBeInstanceOf(HTMLElement);
    expect(first.getByText("Së Néi vô")).toBeInstanceOf(HTMLElement);
    expect(first.getByText("Tên cơ quan gõ bằng mã TCVN3")).toBeInstanceOf(HTMLElement);
    expect(first.getByText("Sở Nội vụ")).toBeInstanceOf(HTMLElement);
    expect(first.getByText("mã TCVN3")).toBeInstanceOf(HTMLElement);
    expect(within(items[2]).getByText("Cần xem lại")).toBeInstanceOf(HTMLElement);
    expect(
      screen.getByText(
        "1 lỗi, 2 cảnh báo trong 40 ô tên cơ quan. Có 3 ô cần xem lại; 2 ô có thể sửa tự động.",
      ),
    ).toBeInstanceOf(HTMLElement);
  });

  it("selects the cell in Excel when its address is clicked", async () => {
    const services = fakeServices("office");
    renderPane("check", services);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await userEvent.click(
      await screen.findByRole("button", { name: "Đến ô E12 trên trang Bảng phân công nhiệm vụ" }),
    );
    expect(services.select).toHaveBeenCalledWith("Bảng phân công nhiệm vụ", "E12");
  });

  it("in browser mode shows where the cell is instead of selecting it", async () => {
    const services = fakeServices("browser");
    renderPane("check", services);
    // Nothing to check before a file is open.
    expect(screen.getByRole("button", { name: "Kiểm tra" }).hasAttribute("disabled")).toBe(true);
    const input = screen.getByLabelText("Mở tệp .xlsx") as HTMLInputElement;
    await userEvent.upload(input, new File(["x"], "ma-tran.xlsx"));
    await screen.findByText("Tệp đang làm việc: ma-tran.xlsx");
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await userEvent.click(
      await screen.findByRole("button", { name: "Đến ô D10 trên trang Bảng phân công nhiệm vụ" }),
    );
    expect(screen.getByText("Ô D10 trên trang “Bảng phân công nhiệm vụ”.")).toBeInstanceOf(
      HTMLElement,
    );
    expect(services.select).not.toHaveBeenCalled();
  });

  it("Sửa tất cả applies the safe fixes only and leaves the others listed", async () => {
    const services = fakeServices("office");
    renderPane("check", services);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await userEvent.click(await screen.findByRole("button", { name: "Sửa tất cả (2)" }));
    await screen.findByText("Đã sửa 2 ô. Còn 1 ô cần xem lại.");
    const sent = services.fixAll.mock.calls[0][0] as AgencyProblem[];
    expect(sent.map((p) => p.cell)).toEqual(["D10", "E12"]);
    const left = within(screen.getByRole("list", { name: "Các ô cần xem lại" })).getAllByRole(
      "listitem",
    );
    expect(left).toHaveLength(1);
    expect(within(left[0]).getByText("Sở Tài nguyên")).toBeInstanceOf(HTMLElement);
  });

  it("Sửa fixes one problem, even one that needs review", async () => {
    const services = fakeServices("office");
    renderPane("check", services);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await userEvent.click(
      await screen.findByRole("button", { name: "Sửa ô 'Bảng phân công nhiệm vụ'!E15" }),
    );
    expect(services.fixOne).toHaveBeenCalledWith(PROBLEMS[2], "vi");
    await screen.findByText(
      "Đã sửa ô 'Bảng phân công nhiệm vụ'!E15 thành “Sở Tài nguyên và Môi trường”.",
    );
    expect(screen.queryByText("Sở Tài nguyên")).toBeNull();
  });

  it("shows progress while checking and the failure when the check fails", async () => {
    const pending = deferred<CheckOutcome>();
    const services = fakeServices("office", { checkAgencies: jest.fn(() => pending.promise) });
    renderPane("check", services);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByRole("progressbar")).toBeInstanceOf(HTMLElement);
    expect(screen.getAllByText("Đang kiểm tra các ô tên cơ quan…").length).toBeGreaterThan(0);
    pending.reject(new Error("Excel không trả lời"));
    await screen.findByText("Excel không trả lời");
    expect(screen.getByText("Không thực hiện được")).toBeInstanceOf(HTMLElement);
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  });

  it("says so when every name matches", async () => {
    const services = fakeServices("office", {
      checkAgencies: jest.fn(async () => ({
        problems: [],
        message: "Không có vấn đề: 40 ô tên cơ quan đều đúng danh mục.",
        notes: ["Trang “Danh mục cơ quan” không đọc được"],
      })),
    });
    renderPane("check", services);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Không có vấn đề: 40 ô tên cơ quan đều đúng danh mục.");
    expect(screen.getByText("Trang “Danh mục cơ quan” không đọc được")).toBeInstanceOf(HTMLElement);
    expect(screen.queryByRole("list", { name: "Các ô cần xem lại" })).toBeNull();
  });
});
