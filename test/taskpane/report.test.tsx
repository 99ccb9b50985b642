/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OVERDUE, deferred, fakeServices, renderPane } from "./fakes";
import type { Download, OnProgress } from "../../src/taskpane/services";

async function choose(label: string, option: string) {
  await userEvent.click(screen.getByRole("combobox", { name: label }));
  await userEvent.click(screen.getByRole("option", { name: option }));
}

describe("Báo cáo page", () => {
  it("offers the expected reporters and the periods, the current one chosen", async () => {
    renderPane("report", fakeServices("office"));
    expect(screen.getByRole("heading", { level: 2, name: "Báo cáo" })).toBeInstanceOf(HTMLElement);
    const period = await screen.findByRole("combobox", { name: "Kỳ báo cáo" });
    await screen.findByText("6 tháng đầu năm 2020", { selector: "button" });
    await userEvent.click(screen.getByRole("combobox", { name: "Đơn vị báo cáo" }));
    const units = screen.getAllByRole("option").map((o) => o.textContent);
    expect(units).toEqual(["Sở Nội vụ", "UBND huyện Văn Yên", "UBND huyện Trạm Tấu"]);
    await userEvent.keyboard("{Escape}");
    await userEvent.click(period);
    expect(
      screen.getByRole("option", { name: "Quý III năm 2020 (hạn 04/09/2020)" }),
    ).toBeInstanceOf(HTMLElement);
  });

  it("makes one unit's form for the chosen period and downloads it (browser)", async () => {
    const services = fakeServices("browser");
    renderPane("report", services);
    const make = screen.getByRole("button", { name: "Tạo biểu mẫu báo cáo" });
    expect(make.hasAttribute("disabled")).toBe(true);
    await choose("Đơn vị báo cáo", "UBND huyện Văn Yên");
    await choose("Kỳ báo cáo", "Quý III năm 2020 (hạn 04/09/2020)");
    await userEvent.click(make);
    expect(services.reportForm).toHaveBeenCalledWith("UBND huyện Văn Yên", "2020-Q3", "vi");
    await screen.findByText(/Đã tạo tệp bao-cao-2020-Q3-UBND huyện Văn Yên.xlsx/);
    expect(services.download).toHaveBeenCalledTimes(1);
  });

  it("in Excel opens the form in a new Excel window", async () => {
    const openInExcel = jest.fn(async () => undefined);
    const services = fakeServices("office", { openInExcel });
    renderPane("report", services);
    await choose("Đơn vị báo cáo", "Sở Nội vụ");
    await userEvent.click(screen.getByRole("button", { name: "Tạo biểu mẫu báo cáo" }));
    await screen.findByText(/trong một cửa sổ Excel mới/);
    expect(openInExcel).toHaveBeenCalledTimes(1);
    expect(services.download).not.toHaveBeenCalled();
  });

  it("makes every form as a zip with progress per unit", async () => {
    const pending = deferred<Download>();
    let progress: OnProgress | undefined;
    const services = fakeServices("browser", {
      allForms: jest.fn((_p: string, _l: string, onProgress?: OnProgress) => {
        progress = onProgress;
        return pending.promise;
      }),
    });
    renderPane("report", services);
    const all = screen.getByRole("button", { name: "Tất cả biểu mẫu (.zip)" });
    await screen.findByText("6 tháng đầu năm 2020", { selector: "button" });
    await userEvent.click(all);
    expect(services.allForms.mock.calls[0][0]).toBe("2020-H1");
    act(() => progress!(2, 28, "Sở Tư pháp"));
    await screen.findAllByText("Đang tạo biểu mẫu 2/28: Sở Tư pháp");
    pending.resolve({ name: "mau-bao-cao-2020-H1.zip", bytes: new Uint8Array(1), type: "z" });
    await screen.findByText(/Đã tạo tệp mau-bao-cao-2020-H1.zip/);
  });

  it("writes the tracking sheet with the deadline rules, which are kept in the settings", async () => {
    const services = fakeServices("office");
    renderPane("report", services);
    await userEvent.click(screen.getByRole("switch", { name: "Nộp ngày 05 vẫn tính là đúng hạn" }));
    expect(services.settings.load().deadlines).toEqual({ fifthOnTime: true, shiftOffDays: true });
    await userEvent.click(screen.getByRole("button", { name: "Tạo bảng theo dõi" }));
    expect(services.tracking).toHaveBeenCalledWith({ fifthOnTime: true, shiftOffDays: true }, "vi");
    await screen.findByText("Đã ghi các trang: Theo dõi báo cáo, Lịch báo cáo, Ngày nghỉ.");
    // Periods are reloaded with the new rule (their deadlines change).
    expect(services.basics).toHaveBeenLastCalledWith({ fifthOnTime: true, shiftOffDays: true });
  });

  it("lists overdue units of the current period with days overdue, and highlights them", async () => {
    const services = fakeServices("office");
    renderPane("report", services);
    await userEvent.click(screen.getByRole("button", { name: "Xem đơn vị quá hạn" }));
    const list = await screen.findByRole("list", { name: "Đơn vị quá hạn" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["UBND huyện Trạm Tấu: quá hạn 12 ngày", "Sở Y tế: quá hạn 12 ngày"]);
    expect(
      screen.getByText("6 tháng đầu năm 2020: 2 đơn vị quá hạn chưa nộp (tính đến 16/06/2020)."),
    ).toBeInstanceOf(HTMLElement);
    await userEvent.click(screen.getByRole("button", { name: "Tô màu quá hạn" }));
    expect(services.highlightOverdue).toHaveBeenCalledTimes(1);
    await screen.findByText(/Đã tô màu 2 đơn vị quá hạn/);
  });

  it("says when nobody is overdue", async () => {
    const services = fakeServices("office", {
      overdue: jest.fn(async () => ({ ...OVERDUE, units: [] })),
    });
    renderPane("report", services);
    await userEvent.click(screen.getByRole("button", { name: "Xem đơn vị quá hạn" }));
    await screen.findByText(
      "6 tháng đầu năm 2020: không có đơn vị nào quá hạn (tính đến 16/06/2020).",
    );
    expect(screen.queryByRole("list", { name: "Đơn vị quá hạn" })).toBeNull();
  });
});
