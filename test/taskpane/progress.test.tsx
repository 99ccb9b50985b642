/**
 * @jest-environment jsdom
 *
 * Long work on the pane's pages: the progress bar shows files done / total, Cancel stops the
 * work with no half result on screen, and work goes on while the user is on another tab.
 */
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MERGE_OUTCOME, deferred, fakeServices, renderPane } from "./fakes";
import type { Download, MergeRequest, OnProgress } from "../../src/taskpane/services";

const xlsx = (name: string) => new File(["PK"], name, { lastModified: 1591000000000 });

/** A merge that runs until told: it rejects on abort, as the real services do. */
function heldMerge() {
  const pending = deferred<typeof MERGE_OUTCOME>();
  const merge = jest.fn((req: MergeRequest) => {
    req.signal?.addEventListener("abort", () => pending.reject(req.signal!.reason));
    return pending.promise;
  });
  return { merge, pending, request: () => merge.mock.calls[0][0] };
}

async function startMerge(services: ReturnType<typeof fakeServices>) {
  renderPane("merge", services);
  await userEvent.upload(screen.getByLabelText("Chọn các biểu mẫu báo cáo"), [
    xlsx("snv.xlsx"),
    xlsx("van-yen.xlsx"),
  ]);
  await screen.findByText("6 tháng đầu năm 2020", { selector: "button" });
  await userEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
}

const bar = () => screen.getByRole("progressbar");

describe("progress and cancel", () => {
  it("the bar shows files done / total and Cancel leaves no result, even one that comes late", async () => {
    const held = heldMerge();
    const services = fakeServices("browser", { merge: held.merge });
    await startMerge(services);
    // Running, before any file is read: a bar with no value yet, and a Cancel button.
    expect(bar().getAttribute("aria-valuenow")).toBeNull();
    const cancel = screen.getByRole("button", { name: "Hủy việc đang chạy" });
    expect(screen.getByRole("button", { name: "Tổng hợp" }).hasAttribute("disabled")).toBe(true);

    act(() => held.request().onProgress!(1, 2, "snv.xlsx"));
    await screen.findAllByText("Đang đọc tệp 1/2: snv.xlsx");
    expect(bar().getAttribute("aria-valuenow")).toBe("0.5");

    await userEvent.click(cancel);
    expect(held.request().signal!.aborted).toBe(true);
    await screen.findByText("Đã hủy: không có kết quả nào được tạo hay ghi.");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByRole("button", { name: "Hủy việc đang chạy" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Kết quả tổng hợp" })).toBeNull();
    // Progress that arrives after the cancel is not shown either.
    act(() => held.request().onProgress!(2, 2, "van-yen.xlsx"));
    await act(() => new Promise((r) => setTimeout(r, 150)));
    expect(screen.queryByText(/Đang đọc tệp 2\/2/)).toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();
    // The merge can be run again.
    expect(screen.getByRole("button", { name: "Tổng hợp" }).hasAttribute("disabled")).toBe(false);
  });

  it("a merge goes on while another tab is open: back on its page, its progress and result", async () => {
    const held = heldMerge();
    const services = fakeServices("browser", { merge: held.merge });
    await startMerge(services);
    act(() => held.request().onProgress!(1, 2, "snv.xlsx"));
    await screen.findAllByText("Đang đọc tệp 1/2: snv.xlsx");

    await userEvent.click(screen.getByRole("tab", { name: "Kế hoạch" }));
    await screen.findByRole("heading", { level: 2, name: "Kế hoạch" });
    expect(screen.queryByRole("progressbar")).toBeNull();
    act(() => held.request().onProgress!(2, 2, "van-yen.xlsx"));

    await userEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    await screen.findAllByText("Đang đọc tệp 2/2: van-yen.xlsx");
    expect(bar().getAttribute("aria-valuenow")).toBe("1");
    // The picked files are still there.
    expect(screen.getByText("Đã chọn 2 tệp")).toBeInstanceOf(HTMLElement);
    expect(held.merge).toHaveBeenCalledTimes(1);

    act(() => held.pending.resolve(MERGE_OUTCOME));
    await screen.findByRole("region", { name: "Kết quả tổng hợp" });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("a failure is not taken for a cancel", async () => {
    const pending = deferred<typeof MERGE_OUTCOME>();
    const services = fakeServices("browser", { merge: jest.fn(() => pending.promise) });
    await startMerge(services);
    act(() => pending.reject(new Error("Hết bộ nhớ")));
    await screen.findByText("Hết bộ nhớ");
    expect(screen.getByText("Không thực hiện được")).toBeInstanceOf(HTMLElement);
    expect(screen.queryByText(/Đã hủy/)).toBeNull();
  });

  it("making every form can be cancelled; nothing is downloaded", async () => {
    const pending = deferred<Download>();
    let progress: OnProgress | undefined;
    let signal: AbortSignal | undefined;
    const services = fakeServices("browser", {
      allForms: jest.fn((_p: string, _l: string, onProgress?: OnProgress, s?: AbortSignal) => {
        progress = onProgress;
        signal = s;
        s?.addEventListener("abort", () => pending.reject(s.reason));
        return pending.promise;
      }),
    });
    renderPane("report", services);
    await screen.findByText("6 tháng đầu năm 2020", { selector: "button" });
    await userEvent.click(screen.getByRole("button", { name: "Tất cả biểu mẫu (.zip)" }));
    act(() => progress!(7, 28, "Sở Tư pháp"));
    await screen.findAllByText("Đang tạo biểu mẫu 7/28: Sở Tư pháp");
    expect(bar().getAttribute("aria-valuenow")).toBe(String(7 / 28));
    await userEvent.click(screen.getByRole("button", { name: "Hủy việc đang chạy" }));
    expect(signal!.aborted).toBe(true);
    await screen.findByText("Đã hủy: không có kết quả nào được tạo hay ghi.");
    expect(services.download).not.toHaveBeenCalled();
  });

  it("what one page's action said stays with that page", async () => {
    renderPane("plan", fakeServices("browser"));
    await userEvent.click(
      screen.getByRole("button", { name: "Tải bảng phân công nhiệm vụ (.xlsx)" }),
    );
    await screen.findByText(/Đã tạo tệp ma-tran-2020.xlsx/);
    await userEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { level: 2, name: "Kiểm tra" });
    expect(screen.queryByText(/Đã tạo tệp/)).toBeNull();
    await userEvent.click(screen.getByRole("tab", { name: "In" }));
    await screen.findByRole("heading", { level: 2, name: "In" });
    expect(screen.queryByText(/Đã tạo tệp/)).toBeNull();
  });
});
