/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MERGE_OUTCOME, deferred, fakeServices, renderPane } from "./fakes";
import type { MergeOutcome, MergeRequest } from "../../src/taskpane/services";

const xlsx = (name: string, text = "PK") => new File([text], name, { lastModified: 1591000000000 });

describe("Tổng hợp page", () => {
  it("merges the picked files for the chosen period, reading each with progress", async () => {
    const pending = deferred<MergeOutcome>();
    const services = fakeServices("browser", { merge: jest.fn(() => pending.promise) });
    renderPane("merge", services);
    expect(screen.getByRole("heading", { level: 2, name: "Tổng hợp" })).toBeInstanceOf(HTMLElement);
    const run = screen.getByRole("button", { name: "Tổng hợp" });
    expect(run.hasAttribute("disabled")).toBe(true);
    await userEvent.upload(screen.getByLabelText("Chọn các biểu mẫu báo cáo"), [
      xlsx("snv.xlsx", "a"),
      xlsx("van-yen.xlsx", "bc"),
    ]);
    await userEvent.upload(screen.getByLabelText("Chọn các biểu mẫu báo cáo"), [
      xlsx("tram-tau.xlsx"),
    ]);
    expect(screen.getByText("Đã chọn 3 tệp")).toBeInstanceOf(HTMLElement);
    // Remove one again.
    await userEvent.click(screen.getByRole("button", { name: "Bỏ tệp tram-tau.xlsx" }));
    expect(screen.getByText("Đã chọn 2 tệp")).toBeInstanceOf(HTMLElement);
    await screen.findByText("6 tháng đầu năm 2020", { selector: "button" });
    await userEvent.click(run);

    const request = services.merge.mock.calls[0][0] as MergeRequest;
    expect(request.period).toBe("2020-H1");
    expect(request.files.map((f) => [f.name, f.bytes.length])).toEqual([
      ["snv.xlsx", 1],
      ["van-yen.xlsx", 2],
    ]);
    expect(request.print?.agency).toBe("Sở Nội vụ");
    act(() => request.onProgress!(1, 2, "van-yen.xlsx"));
    await screen.findAllByText("Đang đọc tệp 1/2: van-yen.xlsx");
    expect(screen.getByRole("progressbar")).toBeInstanceOf(HTMLElement);
    act(() => pending.resolve(MERGE_OUTCOME));

    await screen.findByText(
      "Nhận 2 báo cáo / 3 đơn vị phải báo cáo; từ chối 1 tệp; 1 đơn vị nộp trùng; thiếu 1 đơn vị.",
    );
    const rejected = screen.getByRole("list", { name: "Tệp bị từ chối (1)" });
    expect(within(rejected).getByText("x.xlsx: Không phải biểu mẫu báo cáo")).toBeInstanceOf(
      HTMLElement,
    );
    const duplicates = screen.getByRole("list", { name: "Nộp trùng (1)" });
    expect(within(duplicates).getByText("Sở Nội vụ: dùng snv.xlsx, bỏ snv-cu.xlsx")).toBeInstanceOf(
      HTMLElement,
    );
    const missing = screen.getByRole("list", { name: "Đơn vị chưa nộp (1)" });
    expect(within(missing).getByText("UBND huyện Trạm Tấu")).toBeInstanceOf(HTMLElement);
    expect(screen.getByText("Tên đơn vị sai chính tả")).toBeInstanceOf(HTMLElement);

    await userEvent.click(screen.getByRole("button", { name: "Tải biểu tổng hợp (.xlsx)" }));
    expect(services.download).toHaveBeenLastCalledWith(MERGE_OUTCOME.summary);
    await userEvent.click(screen.getByRole("button", { name: "Tải báo cáo JSON" }));
    expect(services.download).toHaveBeenLastCalledWith(MERGE_OUTCOME.json);
  });

  it("in Excel can merge the report sheets of the workbook and names the sheets written", async () => {
    const { summary: _summary, ...rest } = MERGE_OUTCOME;
    const services = fakeServices("office", {
      merge: jest.fn(async () => ({
        ...rest,
        sheets: ["Tổng hợp 2020-H1", "Theo đơn vị"],
        notes: ["Đã ghi ngày nhận báo cáo của 2 đơn vị vào bảng theo dõi."],
      })),
    });
    renderPane("merge", services);
    await userEvent.click(
      screen.getByRole("checkbox", {
        name: "Dùng cả các trang báo cáo đã chép vào sổ làm việc này",
      }),
    );
    await screen.findByText("6 tháng đầu năm 2020", { selector: "button" });
    await userEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    const request = services.merge.mock.calls[0][0] as MergeRequest;
    expect(request.useSheets).toBe(true);
    expect(request.files).toEqual([]);
    await screen.findByText("Đã ghi các trang: Tổng hợp 2020-H1, Theo đơn vị.");
    expect(
      screen.getByText("Đã ghi ngày nhận báo cáo của 2 đơn vị vào bảng theo dõi."),
    ).toBeInstanceOf(HTMLElement);
    expect(screen.queryByRole("button", { name: "Tải biểu tổng hợp (.xlsx)" })).toBeNull();
    expect(screen.getByRole("button", { name: "Tải báo cáo JSON" })).toBeInstanceOf(HTMLElement);
  });

  it("lists the cells left out under their unit, with the cell address", async () => {
    const outcome: MergeOutcome = {
      ...MERGE_OUTCOME,
      accepted: [
        MERGE_OUTCOME.accepted[0],
        {
          file: "van-yen.xlsx",
          unit: "UBND huyện Văn Yên",
          warnings: [
            "3 ô không được tính vào tổng hợp (ô 'Báo cáo'!H8, 'Báo cáo'!H9, 'Báo cáo'!I12)",
          ],
          conflicts: [
            { cell: "'Báo cáo'!H8", key: "II.2.a/HN", value: -2, reason: "Số âm" },
            {
              cell: "'Báo cáo'!H9",
              key: "II.2.a/NG",
              value: "mười hai",
              reason: "Ô số liệu chứa chữ, không phải số",
            },
            {
              cell: "'Báo cáo'!I12",
              key: "III.5/KH",
              value: 3,
              reason: "Chỉ tiêu có/chưa chỉ nhận 1 (có) hoặc 0 (chưa)",
            },
          ],
        },
      ],
    };
    const services = fakeServices("browser", { merge: jest.fn(async () => outcome) });
    renderPane("merge", services);
    await userEvent.upload(screen.getByLabelText("Chọn các biểu mẫu báo cáo"), [
      xlsx("van-yen.xlsx"),
    ]);
    await screen.findByText("6 tháng đầu năm 2020", { selector: "button" });
    await userEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    const accepted = await screen.findByRole("list", { name: "Báo cáo được nhận (2)" });
    const unit = within(accepted).getByText("van-yen.xlsx: UBND huyện Văn Yên").closest("li")!;
    const lines = within(unit)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines).toEqual([
      "3 ô không được tính vào tổng hợp (ô 'Báo cáo'!H8, 'Báo cáo'!H9, 'Báo cáo'!I12)",
      "Không tính ô 'Báo cáo'!H8 (II.2.a/HN, “-2”): Số âm",
      "Không tính ô 'Báo cáo'!H9 (II.2.a/NG, “mười hai”): Ô số liệu chứa chữ, không phải số",
      "Không tính ô 'Báo cáo'!I12 (III.5/KH, “3”): Chỉ tiêu có/chưa chỉ nhận 1 (có) hoặc 0 (chưa)",
    ]);
  });

  it("shows why a merge failed", async () => {
    const services = fakeServices("browser", {
      merge: jest.fn(async () => {
        throw new Error("Sổ làm việc đã có trang tính “Theo đơn vị”");
      }),
    });
    renderPane("merge", services);
    await userEvent.upload(screen.getByLabelText("Chọn các biểu mẫu báo cáo"), [xlsx("a.xlsx")]);
    await screen.findByText("6 tháng đầu năm 2020", { selector: "button" });
    await userEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByText("Sổ làm việc đã có trang tính “Theo đơn vị”");
    expect(screen.getByText("Không thực hiện được")).toBeInstanceOf(HTMLElement);
  });
});
