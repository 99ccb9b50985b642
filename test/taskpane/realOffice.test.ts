/**
 * The pane's real services inside Excel, against the fake Excel.run (test/helpers/fakeOffice):
 * the commands reach the workbook through the Office.js adapter.
 */
import { modelCell, type FakeExcel } from "../helpers/fakeOffice";
import { onFakeExcel } from "../helpers/officeServices";
import { DEFAULT_SETTINGS, type Services } from "../../src/taskpane/services";
import { MATRIX_SHEET } from "../../src/domain/matrix";
import { encodeTcvn3 } from "../../src/domain/text";
import { OfficeWorkbook } from "../../src/workbook/office";
import { filledForm } from "../browser/fixtures";
import { TRACKING_SHEET, receivedFromTracking } from "../../src/domain/tracking";

let excel: FakeExcel;
let services: Services;
onFakeExcel((e, s) => {
  excel = e;
  services = s;
});

test("insert the matrix, break a name, check, go to the cell, fix all", async () => {
  const inserted = await services.insertMatrix("vi");
  expect(inserted.message).toMatch(/\d/);
  expect(excel.model.sheets.map((s) => s.name)).toContain(MATRIX_SHEET);

  const port = new OfficeWorkbook(excel.run);
  const [sheet] = await port.read([{ sheet: MATRIX_SHEET }]);
  const row = sheet.values.findIndex((r) => r.includes("Sở Nội vụ"));
  const col = sheet.values[row].indexOf("Sở Nội vụ");
  const cell = `${String.fromCharCode(65 + col)}${row + 1}`;
  await port.apply({
    sheets: [
      {
        name: MATRIX_SHEET,
        mode: "update",
        blocks: [{ at: cell, values: [[encodeTcvn3("Sở Nội vụ")]] }],
      },
    ],
  });

  const check = await services.checkAgencies("vi");
  const problem = check.problems.find((p) => p.sheet === MATRIX_SHEET && p.cell === cell);
  expect(problem).toMatchObject({ suggestion: "Sở Nội vụ", safe: true });
  await services.select(MATRIX_SHEET, cell);
  expect(excel.model.selection).toBe(`${MATRIX_SHEET}!${cell}`);
  await services.fixAll(
    check.problems.filter((p) => p.safe),
    "vi",
  );
  expect(modelCell(excel.model, MATRIX_SHEET, cell)?.value).toBe("Sở Nội vụ");

  const print = await services.preparePrint(
    "matrix",
    { ...DEFAULT_SETTINGS.print, signerName: "Nguyễn Văn A" },
    "vi",
  );
  expect(print.sheet).toBe(MATRIX_SHEET);
  expect(modelCell(excel.model, MATRIX_SHEET, "A1")?.value).toBe("UBND TỈNH YÊN BÁI");
});

test("the tracking sheet and a merge into the workbook", async () => {
  const tracking = await services.tracking(DEFAULT_SETTINGS.deadlines, "vi");
  expect("message" in tracking && tracking.message).toBe(
    "Đã ghi các trang: Theo dõi báo cáo, Lịch báo cáo, Ngày nghỉ.",
  );
  const form = await filledForm("Sở Nội vụ", "2020-H1", "snv.xlsx", (i) => i + 1);
  const merged = await services.merge({
    files: [{ name: form.name, bytes: form.bytes, mtime: new Date(Date.UTC(2020, 5, 2)) }],
    useSheets: false,
    period: "2020-H1",
    lang: "vi",
    print: { ...DEFAULT_SETTINGS.print, signerName: "Nguyễn Văn A" },
  });
  expect(merged.accepted.map((a) => a.unit)).toEqual(["Sở Nội vụ"]);
  expect(merged.sheets?.[0]).toBe("Tổng hợp 2020-H1");
  expect(merged.summary).toBeUndefined();
  expect(merged.notes).toContain("Đã ghi ngày nhận báo cáo của 1 đơn vị vào bảng theo dõi.");
  // The summary is print-ready as written, with the pane's signer.
  expect(modelCell(excel.model, "Tổng hợp 2020-H1", "A1")?.value).toBe("UBND TỈNH YÊN BÁI");
  const cells = [...excel.model.sheets.find((s) => s.name === "Tổng hợp 2020-H1")!.cells.values()];
  expect(cells.some((c) => c.value === "Nguyễn Văn A")).toBe(true);
  // The form's file time is its received date on the tracking sheet.
  const [sheet] = await new OfficeWorkbook(excel.run).read([{ sheet: TRACKING_SHEET }]);
  expect(receivedFromTracking(sheet)).toEqual({ "Sở Nội vụ": { "2020-H1": "2020-06-02" } });
});

test("a merge into the workbook cancelled while reading files writes no sheet", async () => {
  const form = await filledForm("Sở Nội vụ", "2020-H1", "snv.xlsx", (i) => i + 1);
  const before = excel.model.sheets.map((s) => s.name);
  const stop = new AbortController();
  const files = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.xlsx`, bytes: form.bytes }));
  const read: number[] = [];
  const merging = services.merge({
    files,
    useSheets: true,
    period: "2020-H1",
    lang: "vi",
    onProgress: (done) => {
      read.push(done);
      if (done === 2) stop.abort();
    },
    signal: stop.signal,
  });
  await expect(merging).rejects.toMatchObject({ name: "AbortError" });
  expect(read).toEqual([1, 2]);
  expect(excel.model.sheets.map((s) => s.name)).toEqual(before);
});
