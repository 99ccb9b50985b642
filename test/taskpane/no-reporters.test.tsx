/** @jest-environment jsdom */
/**
 * A period nobody is expected for (2025-Q3 with the built-in registry, whose units end on
 * 30/06/2025), in the pane: "Tất cả biểu mẫu" and "Tổng hợp" say so in the words `cchc forms`
 * uses, and point to the workbook's "Danh mục cơ quan" sheet.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextDecoder, TextEncoder } from "node:util";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import type { Basics, Download, MergeOutcome } from "../../src/taskpane/services";
import { MERGE_OUTCOME, fakeServices, renderPane } from "./fakes";

// The forms code reads and writes bytes; jsdom lacks the encoders Node and browsers have.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const BASICS_2025: Basics = {
  year: 2025,
  reporters: [{ code: "SNV", name: "Sở Nội vụ" }],
  periods: [
    { code: "2025-H1", name: "6 tháng đầu năm 2025", deadline: "2025-06-04" },
    { code: "2025-Q3", name: "Quý III năm 2025", deadline: "2025-09-04" },
  ],
  current: "2025-Q3",
};

const NONE = "Không có đơn vị nào phải báo cáo kỳ 2025-Q3.";
const HINT =
  "Hãy nạp danh mục cơ quan của tỉnh cho kỳ này: trang “Danh mục cơ quan” trong sổ làm việc.";

test("“Tất cả biểu mẫu” for 2025-Q3: no zip of zero forms, but why and what to load", async () => {
  // The services' own call (services/work.ts allForms) on the built-in data.
  const { allFormsZip } = await import("../../src/app/files/forms");
  const allForms = jest.fn(async (period: string, lang: "vi" | "en"): Promise<Download> => ({
    name: "x.zip",
    bytes: await allFormsZip({ plan: plan2020, registry: yenBai2020, period, lang }),
    type: "application/zip",
  }));
  const services = fakeServices("browser", { basics: jest.fn(async () => BASICS_2025), allForms });
  renderPane("report", services);
  await screen.findByText("Quý III năm 2025", { selector: "button" });
  await userEvent.click(screen.getByRole("button", { name: "Tất cả biểu mẫu (.zip)" }));
  const said = await screen.findByText(new RegExp(NONE.replace(/\./g, "\\.")));
  expect(said.textContent).toContain(
    "28 đơn vị báo cáo của danh mục (trong đó 9 đơn vị cấp huyện) chỉ còn hiệu lực đến 30/06/2025",
  );
  expect(said.textContent).toContain(HINT);
  expect(services.download).not.toHaveBeenCalled();
});

test("“Tổng hợp” for 2025-Q3: the result says nobody is expected, and where to load the registry", async () => {
  const { noReporterNotes } = await import("../../src/taskpane/services/work");
  const outcome: MergeOutcome = {
    ...MERGE_OUTCOME,
    period: "2025-Q3",
    expected: 0,
    accepted: [],
    duplicates: [],
    missing: [],
    rejected: [{ file: "snv.xlsx", reason: "Đơn vị không phải báo cáo kỳ 2025-Q3" }],
    // What the services' merge (services/work.ts) adds for a period nobody is expected for.
    notes: noReporterNotes(yenBai2020, "2025-Q3", "vi"),
  };
  const services = fakeServices("browser", {
    basics: jest.fn(async () => BASICS_2025),
    merge: jest.fn(async () => outcome),
  });
  renderPane("merge", services);
  await userEvent.upload(screen.getByLabelText("Chọn các biểu mẫu báo cáo"), [
    new File(["PK"], "snv.xlsx"),
  ]);
  await screen.findByText("Quý III năm 2025", { selector: "button" });
  await userEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  expect(await screen.findByText(NONE)).toBeInstanceOf(HTMLElement);
  expect(screen.getByText(HINT)).toBeInstanceOf(HTMLElement);
});

test("a merge with expected units shows no such line", async () => {
  const services = fakeServices("browser", { basics: jest.fn(async () => BASICS_2025) });
  renderPane("merge", services);
  await userEvent.upload(screen.getByLabelText("Chọn các biểu mẫu báo cáo"), [
    new File(["PK"], "snv.xlsx"),
  ]);
  await screen.findByText("Quý III năm 2025", { selector: "button" });
  await userEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await screen.findByText(/Nhận 2 báo cáo/);
  expect(screen.queryByText(HINT)).toBeNull();
});
