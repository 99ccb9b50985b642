/**
 * "Chuẩn bị in" on the summary, the task matrix, the tracking sheet and a user's own sheet:
 * on files (the xlsx adapter) and in Excel (the Office.js adapter on the sync-counting fake).
 * What it prints is checked through LibreOffice in test/print/.
 */
import type * as ExcelJS from "exceljs";
import { insertMatrix } from "../../src/app/matrix";
import { mergeFiles } from "../../src/app/files/merge";
import { preparePrint, PreparePrintError, TRACKING_PRINT_SHEET } from "../../src/app/preparePrint";
import { HEADER_BLOCK_ROWS, summaryTitleFor } from "../../src/domain/print";
import { TRACKING_SHEET } from "../../src/domain/tracking";
import { reportersOfYear } from "../../src/domain/schedule";
import { cellAddress } from "../../src/domain/address";
import { MATRIX_SHEET } from "../../src/domain/matrix";
import { plan2020, type Plan } from "../../src/domain/plan";
import {
  caps,
  documentTitle,
  MOTTO,
  NATIONAL_TITLE,
  printablePx,
  totalPx,
} from "../../src/domain/print";
import { yenBai2020, type Registry } from "../../src/domain/registry";
import { buildSummaryEdit, type MergeResult } from "../../src/domain/rollup";
import type { WorkbookPort } from "../../src/workbook/port";
import type { Scalar, SheetData, WorkbookEdit } from "../../src/domain/sheet";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { createFakeExcel, modelCell } from "../helpers/fakeOffice";
import { expectBudgetedSyncs } from "../helpers/budgetedSyncs";
import { tracking2020 } from "../helpers/tracking";

const PERIOD = "2020-H1";
const SUMMARY = `Tổng hợp ${PERIOD}`;
const TABLE_TOP = HEADER_BLOCK_ROWS + 1; // 1-based row of every builder's table header

let emptyMerge: MergeResult;
beforeAll(async () => {
  // No form received: every unit is missing, the table lists the plan's indicators.
  const out = await mergeFiles({ files: [], period: PERIOD, plan: plan2020, registry: yenBai2020 });
  emptyMerge = out.result;
});

/** The summary as the roll-up engine writes it, without any print setup. */
async function rawSummary(port: WorkbookPort = XlsxWorkbook.create()) {
  const edit = buildSummaryEdit(emptyMerge, { plan: plan2020, tableTopRow: TABLE_TOP });
  await port.apply(edit);
  return { port, layout: edit.summary };
}

function trackingEdit(): WorkbookEdit {
  return tracking2020({
    today: "2020-07-01",
    received: { "Sở Nội vụ": { "2020-Q1": "2020-03-02" } },
  });
}

/** A port that records the edits it writes. */
function spy(port: WorkbookPort): WorkbookPort & { applied: WorkbookEdit[] } {
  const applied: WorkbookEdit[] = [];
  return {
    applied,
    sheets: () => port.sheets(),
    read: (r) => port.read(r),
    names: () => port.names(),
    select: (s, a) => port.select(s, a),
    apply: async (e) => {
      applied.push(e);
      await port.apply(e);
    },
    update: (plan, make) =>
      port.update(plan, (snapshot) => {
        const edit = make(snapshot);
        if (edit) applied.push(edit);
        return edit;
      }),
  };
}

const read = async (port: WorkbookPort, sheet: string): Promise<SheetData> =>
  (await port.read([{ sheet, formulas: true }]))[0];

/** The A1 address of the first cell holding exactly `text`. */
/** The 1-based row of an A1 address (NaN when there is none). */
const rowOf = (address: string | undefined): number => Number(/\d+$/.exec(address ?? "")?.[0]);

function find(data: SheetData, text: string): string | undefined {
  for (let r = 0; r < data.values.length; r++) {
    const c = (data.values[r] ?? []).findIndex((v) => v === text);
    if (c >= 0) return cellAddress(r, c);
  }
  return undefined;
}

const at = (data: SheetData, address: string): Scalar => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return data.values[Number(m[2]) - 1]?.[col] ?? null;
};

/** Rows from..to (1-based) of a read, values and formulas. */
const rows = (data: SheetData, from: number, to: number) => ({
  values: data.values.slice(from - 1, to),
  formulas: data.formulas?.slice(from - 1, to),
});

const worksheet = (wb: XlsxWorkbook, name: string): ExcelJS.Worksheet =>
  wb.workbook.getWorksheet(name)!;

describe("the summary", () => {
  test("gets the header block above its table, the signature under it and the page set up", async () => {
    const { port, layout } = await rawSummary();
    const wb = port as XlsxWorkbook;
    const before = await read(port, SUMMARY);
    const out = await preparePrint(port, { kind: "summary" });
    expect(out.sheet).toBe(SUMMARY);
    expect(out.table).toBe(layout.tableRange);

    const after = await read(port, SUMMARY);
    expect(at(after, "A1")).toBe("UBND TỈNH YÊN BÁI");
    expect(at(after, "A2")).toBe("SỞ NỘI VỤ");
    const national = find(after, NATIONAL_TITLE)!;
    expect(national).toMatch(/^[B-G]1$/);
    expect(find(after, MOTTO)).toBe(national.replace("1", "2"));
    expect(at(after, "A6")).toBe(caps(summaryTitleFor("6 tháng đầu năm 2020")));
    expect(at(after, "A7")).toMatch(/^\(Kèm theo Báo cáo số\s+\/BC-SNV ngày/);
    // The table is left exactly as the engine wrote it.
    const bottom = Number(/\d+$/.exec(layout.tableRange)![0]);
    expect(rows(after, TABLE_TOP, bottom)).toEqual(rows(before, TABLE_TOP, bottom));
    expect(rowOf(find(after, "GIÁM ĐỐC"))).toBe(bottom + 2);

    const ws = worksheet(wb, SUMMARY);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      // Columns fitted to the page: 100 % without Fit To, so the page breaks hold.
      fitToPage: false,
      scale: 100,
      printTitlesRow: `${TABLE_TOP}:${TABLE_TOP}`,
    });
    expect(ws.headerFooter).toMatchObject({ differentFirst: true, firstHeader: "" });
    expect(ws.headerFooter.oddHeader).toContain("&P");
    // The fitted columns fill the printable width of A4 landscape and no more.
    const widths = Array.from({ length: layout.columns }, (_, i) => ws.getColumn(i + 1).width!);
    expect(totalPx(widths)).toBeLessThanOrEqual(printablePx("landscape"));
    expect(totalPx(widths)).toBeGreaterThan(printablePx("landscape") * 0.97);

    expect(out.report[0]).toBe(
      `Đã chuẩn bị in trang “${SUMMARY}”: bảng ${layout.tableRange}, 7 cột vừa chiều ngang khổ giấy.`,
    );
    expect(out.report).toContain(
      `Dòng tiêu đề bảng $${TABLE_TOP}:$${TABLE_TOP} lặp lại ở đầu mỗi trang.`,
    );
    expect(out.report[out.report.length - 1]).toMatch(/^Đã kiểm tra khổ giấy, lề, số trang/);
  });

  test("again, or over the merge's own print-ready summary, gives one header and one signature", async () => {
    const merged = await mergeFiles({
      files: [],
      period: PERIOD,
      plan: plan2020,
      registry: yenBai2020,
    });
    const wb = await XlsxWorkbook.load(merged.summaryBytes);
    await preparePrint(wb, { kind: "summary" });
    const once = await read(wb, SUMMARY);
    await preparePrint(wb, { sheet: SUMMARY });
    const twice = await read(wb, SUMMARY);
    expect(twice).toEqual(once);
    const column = twice.values.map((r) => r[0]);
    expect(twice.values.flat().filter((v) => v === "GIÁM ĐỐC")).toHaveLength(1);
    expect(column.filter((v) => v === "UBND TỈNH YÊN BÁI")).toHaveLength(1);
  });

  test("prints the plan's province, the registry's agency and the clerk's settings", async () => {
    const { port } = await rawSummary();
    const plan: Plan = { ...plan2020, province: "Lào Cai" };
    const registry: Registry = {
      ...yenBai2020,
      agencies: yenBai2020.agencies.map((a) =>
        a.code === "SNV" ? { ...a, name: "Sở Nội vụ tỉnh Lào Cai" } : a,
      ),
    };
    await preparePrint(port, {
      kind: "summary",
      plan,
      registry,
      settings: {
        reportNumber: "7",
        date: "2020-02-03",
        signerTitle: "KT. Giám đốc\nPhó Giám đốc",
        signerName: "Trần Thị Bình",
      },
    });
    const data = await read(port, SUMMARY);
    expect(at(data, "A1")).toBe("UBND TỈNH LÀO CAI");
    expect(at(data, "A2")).toBe("SỞ NỘI VỤ TỈNH LÀO CAI");
    expect(find(data, "Lào Cai, ngày 03 tháng 02 năm 2020")).toBeDefined();
    expect(at(data, "A7")).toBe("(Kèm theo Báo cáo số 7/BC-SNV ngày 03/02/2020)");
    const title = find(data, "KT. GIÁM ĐỐC")!;
    expect(find(data, "PHÓ GIÁM ĐỐC")).toBe(title.replace(/\d+/, (r) => String(Number(r) + 1)));
    expect(find(data, "Trần Thị Bình")).toBeDefined();
  });
});

describe("the task matrix", () => {
  test("takes the header block over its screen title; the table and its Excel table stay", async () => {
    const wb = XlsxWorkbook.create();
    await insertMatrix(wb, { plan: plan2020, registry: yenBai2020 });
    const before = await read(wb, MATRIX_SHEET);
    const out = await preparePrint(wb, { kind: "matrix" });
    const after = await read(wb, MATRIX_SHEET);
    expect(out.sheet).toBe(MATRIX_SHEET);
    expect(at(after, "A1")).toBe("UBND TỈNH YÊN BÁI");
    expect(at(after, "A6")).toBe(caps(documentTitle("matrix", 2020)));
    const bottom = TABLE_TOP + plan2020.tasks.length;
    expect(out.table).toBe(`A${TABLE_TOP}:I${bottom}`);
    expect(rows(after, TABLE_TOP, bottom)).toEqual(rows(before, TABLE_TOP, bottom));
    expect(after.tables).toEqual(before.tables);
    expect(rowOf(find(after, "GIÁM ĐỐC"))).toBe(bottom + 2);
    expect(worksheet(wb, MATRIX_SHEET).pageSetup.printTitlesRow).toBe(`${TABLE_TOP}:${TABLE_TOP}`);
  });
});

describe("the tracking sheet", () => {
  test("prints through a copy that links back; the working sheet is not touched", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply(trackingEdit());
    const before = await read(wb, TRACKING_SHEET);
    const out = await preparePrint(wb, { kind: "tracking" });
    expect(await read(wb, TRACKING_SHEET)).toEqual(before);

    expect(out.sheet).toBe(TRACKING_PRINT_SHEET);
    const copy = await read(wb, TRACKING_PRINT_SHEET);
    expect(at(copy, "A1")).toBe("UBND TỈNH YÊN BÁI");
    expect(at(copy, "A6")).toBe(
      "TÌNH HÌNH GỬI BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2020",
    );
    // STT, unit, then per period the received date and the status; the deadline in the header.
    expect(copy.values[TABLE_TOP - 1].slice(0, 4)).toEqual([
      "STT",
      "Đơn vị",
      "Quý I năm 2020",
      null,
    ]);
    expect(copy.values[TABLE_TOP + 1].slice(0, 4)).toEqual([null, null, "Ngày nhận", "Tình trạng"]);
    const link = (ref: string) =>
      `=IF(ISBLANK('${TRACKING_SHEET}'!${ref}),"",'${TRACKING_SHEET}'!${ref})`;
    expect(copy.formulas![TABLE_TOP][2]).toBe(link("D9"));
    const first = TABLE_TOP + 2; // 0-based row of the first unit
    expect(copy.formulas![first].slice(0, 4)).toEqual([
      link("A9"),
      link("C9"),
      link("E9"),
      link("F9"),
    ]);
    const units = reportersOfYear(yenBai2020, 2020).length;
    const periods = (before.values[6] ?? []).filter(
      (v) => typeof v === "string" && /\(2020-/.test(v),
    );
    expect(out.table).toBe(
      `A${TABLE_TOP}:${"ABCDEFGHIJKLMNOP"[1 + periods.length * 2]}${TABLE_TOP + 2 + units + 2}`,
    );
    // The two rates close the table, the signature follows.
    const rateRow = first + units;
    expect(copy.formulas![rateRow][1]).toBe(link(`C${9 + units + 1}`));
    expect(copy.formulas![rateRow + 1][1]).toBe(link(`C${9 + units + 2}`));
    expect(rowOf(find(copy, "GIÁM ĐỐC"))).toBe(rateRow + 2 + 2);
    expect(worksheet(wb, TRACKING_PRINT_SHEET).pageSetup.printTitlesRow).toBe(
      `${TABLE_TOP}:${TABLE_TOP + 2}`,
    );
    expect(out.report[1]).toBe(
      `Trang “${TRACKING_SHEET}” giữ nguyên; bản in là trang “${TRACKING_PRINT_SHEET}”, lấy số liệu từ trang đó bằng công thức (thêm hoặc bớt đơn vị thì chạy lại Chuẩn bị in).`,
    );
  });

  test("never replaces a sheet of the user's that has the copy's name", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply(trackingEdit());
    await wb.apply({
      sheets: [
        {
          name: TRACKING_PRINT_SHEET,
          mode: "create",
          blocks: [{ at: "A1", values: [["Ghi chép riêng của tôi"]] }],
        },
      ],
    });
    const port = spy(wb);
    const message = await preparePrint(port, { kind: "tracking" }).catch((e: Error) => e.message);
    expect(message).toBe(
      `Sổ làm việc đã có trang “${TRACKING_PRINT_SHEET}” không do lệnh Chuẩn bị in tạo ra. Để không ghi đè, chưa thay đổi gì; hãy đổi tên hoặc xóa trang đó rồi chạy lại.`,
    );
    expect(port.applied).toHaveLength(0);
    expect(at(await read(wb, TRACKING_PRINT_SHEET), "A1")).toBe("Ghi chép riêng của tôi");
  });

  test("a tracking sheet with a column and rows inserted before its table still prints, linked to the moved cells", async () => {
    const built = XlsxWorkbook.create();
    await built.apply(trackingEdit());
    const original = await read(built, TRACKING_SHEET);
    // The same sheet after the user inserted column A and two rows at the top.
    const moved = [[], [], ...original.values.map((row) => [null, ...row])];
    const wb = XlsxWorkbook.create();
    await wb.apply({
      sheets: [{ name: TRACKING_SHEET, mode: "create", blocks: [{ at: "A1", values: moved }] }],
    });
    const out = await preparePrint(wb, { kind: "tracking" });
    expect(out.sheet).toBe(TRACKING_PRINT_SHEET);
    const copy = await read(wb, TRACKING_PRINT_SHEET);
    const link = (ref: string) =>
      `=IF(ISBLANK('${TRACKING_SHEET}'!${ref}),"",'${TRACKING_SHEET}'!${ref})`;
    // The first unit was on row 9 in columns A, C, E, F; it is now on row 11, one column right.
    expect(copy.formulas![TABLE_TOP + 2].slice(0, 4)).toEqual([
      link("B11"),
      link("D11"),
      link("F11"),
      link("G11"),
    ]);
    expect(copy.values[TABLE_TOP - 1].slice(0, 3)).toEqual(["STT", "Đơn vị", "Quý I năm 2020"]);
  });

  test("by the sheet's name, or the copy's, does the same", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply(trackingEdit());
    await preparePrint(wb, { sheet: TRACKING_SHEET });
    const first = await read(wb, TRACKING_PRINT_SHEET);
    const out = await preparePrint(wb, { sheet: TRACKING_PRINT_SHEET });
    expect(out.sheet).toBe(TRACKING_PRINT_SHEET);
    expect(await read(wb, TRACKING_PRINT_SHEET)).toEqual(first);
  });
});

describe("a sheet of the user's", () => {
  test("is prepared around its own table and title, with widths from its text", async () => {
    // Named like a summary, but not "Tổng hợp <period>": a sheet of the user's, its own title.
    const wb = XlsxWorkbook.create();
    const long = "Tổ chức hội nghị tuyên truyền cải cách hành chính cho cán bộ, công chức cấp xã";
    await wb.apply({
      sheets: [
        {
          name: "Tổng hợp hoạt động",
          mode: "create",
          blocks: [
            { at: "A1", values: [["Danh sách hoạt động tuyên truyền quý I"]] },
            {
              at: `A${TABLE_TOP}`,
              values: [
                ["STT", "Hoạt động", "Số lượng"],
                [1, long, 12],
                [2, "Tọa đàm", 3],
              ],
            },
          ],
        },
      ],
    });
    const out = await preparePrint(wb, { sheet: "Tổng hợp hoạt động", year: 2020 });
    expect(out.table).toBe(`A${TABLE_TOP}:C${TABLE_TOP + 2}`);
    const data = await read(wb, "Tổng hợp hoạt động");
    expect(at(data, "A6")).toBe("DANH SÁCH HOẠT ĐỘNG TUYÊN TRUYỀN QUÝ I");
    const ws = worksheet(wb, "Tổng hợp hoạt động");
    const widths = [1, 2, 3].map((c) => ws.getColumn(c).width!);
    expect(widths[1]).toBeGreaterThan(widths[0] * 3);
    expect(totalPx(widths)).toBeLessThanOrEqual(printablePx("landscape"));
    // The long text's row is tall enough for it, the short one stays one line.
    expect(ws.getRow(TABLE_TOP + 1).height).toBeGreaterThanOrEqual(ws.getRow(TABLE_TOP + 2).height);
    // The heights count on wrapped text, so the table's cells wrap (else a long text runs on).
    expect(ws.getCell(`B${TABLE_TOP + 1}`).alignment?.wrapText).toBe(true);
    expect(ws.getCell(`C${TABLE_TOP + 2}`).alignment?.wrapText).toBe(true);
  });
});

describe("when it cannot", () => {
  test("a table too high on its sheet: nothing is written, the message says how many rows to add", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({
      sheets: [
        {
          name: "Bảng",
          mode: "create",
          blocks: [
            {
              at: "A3",
              values: [
                ["STT", "Nội dung"],
                [1, "x"],
              ],
            },
          ],
        },
      ],
    });
    const port = spy(wb);
    const err = await preparePrint(port, { sheet: "Bảng" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PreparePrintError);
    expect((err as Error).message).toBe(
      `Trang “Bảng”: bảng bắt đầu ở dòng 3, phía trên cần ${HEADER_BLOCK_ROWS} dòng trống để đặt phần đầu văn bản theo Nghị định 30/2020. Hãy chèn thêm 6 dòng phía trên bảng rồi chạy lại.`,
    );
    expect(port.applied).toHaveLength(0);
  });

  test("cells of the user's above the table: named, and left alone", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({
      sheets: [
        {
          name: "Bảng",
          mode: "create",
          blocks: [
            { at: "A3", values: [["Ngày tham chiếu", null, 43831]] },
            { at: "B5", values: [[{ formula: "=C3+1" }]] },
            {
              at: `A${TABLE_TOP}`,
              values: [
                ["STT", "Nội dung", "Ghi chú"],
                [1, "x", null],
              ],
            },
          ],
        },
      ],
    });
    const port = spy(wb);
    const before = await read(wb, "Bảng");
    const vi = await preparePrint(port, { sheet: "Bảng" }).catch((e: Error) => e.message);
    expect(vi).toBe(
      `Trang “Bảng”: phần đầu văn bản theo Nghị định 30/2020 cần ${HEADER_BLOCK_ROWS} dòng trống phía trên bảng (dòng 1–8), nhưng các ô C3, B5 đang có dữ liệu. Để không ghi đè, chưa thay đổi gì; hãy chèn thêm ${HEADER_BLOCK_ROWS} dòng phía trên bảng (hoặc dời các ô đó) rồi chạy lại.`,
    );
    const en = await preparePrint(port, { sheet: "Bảng", lang: "en" }).catch(
      (e: Error) => e.message,
    );
    expect(en).toContain("but cells C3, B5 hold data. Nothing was changed");
    expect(port.applied).toHaveLength(0);
    expect(await read(wb, "Bảng")).toEqual(before);
  });

  test("a missing sheet, a workbook without a summary, a sheet without a table", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({
      sheets: [
        { name: "Ghi chú", mode: "create", blocks: [{ at: "A1", values: [["chỉ có ghi chú"]] }] },
      ],
    });
    const message = (p: Promise<unknown>) => p.catch((e: Error) => e.message);
    expect(await message(preparePrint(wb, { kind: "matrix" }))).toBe(
      "Sổ làm việc không có trang tính “Bảng phân công nhiệm vụ”.",
    );
    expect(await message(preparePrint(wb, { kind: "summary" }))).toBe(
      "Sổ làm việc chưa có trang “Tổng hợp …”: hãy chạy Tổng hợp báo cáo trước rồi Chuẩn bị in.",
    );
    expect(await message(preparePrint(wb, { sheet: "Ghi chú" }))).toBe(
      "Không tìm thấy bảng trên trang “Ghi chú”: cần một dòng tiêu đề bảng bắt đầu từ cột A (ví dụ có ô “STT”).",
    );
    // Neither a kind nor a sheet (the ribbon button): the sheet the user is on.
    expect(await message(preparePrint(wb, {}))).toBe(
      "Không tìm thấy bảng trên trang “Ghi chú”: cần một dòng tiêu đề bảng bắt đầu từ cột A (ví dụ có ô “STT”).",
    );
  });
});

describe("in Excel (Office.js adapter, sync-counting fake)", () => {
  test("the summary, by name or by kind: one batch of three syncs", async () => {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    await rawSummary(office);
    let before = fake.syncCount();
    await preparePrint(office, { sheet: SUMMARY });
    expect(fake.syncCount() - before).toBe(3);
    before = fake.syncCount();
    await preparePrint(office, { kind: "summary" });
    expect(fake.syncCount() - before).toBe(3);

    const sheet = fake.model.sheets.find((s) => s.name === SUMMARY)!;
    expect(modelCell(fake.model, SUMMARY, "A1")?.value).toBe("UBND TỈNH YÊN BÁI");
    expect(modelCell(fake.model, SUMMARY, "A1")?.format).toMatchObject({
      fontName: "Times New Roman",
      fontColor: "#000000",
    });
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      printTitleRows: `$${TABLE_TOP}:$${TABLE_TOP}`,
      zoom: { scale: 100 },
    });
    expect(sheet.pageLayout.headersFooters.firstPage.centerHeader ?? "").toBe("");
    expect(sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader).toContain("&P");
  });

  test("the matrix of a plan 20 times larger and the tracking sheet: 3 syncs each, more only past the budget", async () => {
    const tasks = [...plan2020.tasks];
    for (let k = 2; k <= 20; k++) {
      for (const t of plan2020.tasks)
        tasks.push({ ...t, code: `${t.code}.k${k}`, parent: undefined });
    }
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    await insertMatrix(office, { plan: { ...plan2020, tasks }, registry: yenBai2020 });
    let before = fake.syncCount();
    const matrix = await preparePrint(office, { kind: "matrix" });
    expectBudgetedSyncs(fake, before, 3);
    expect(matrix.table).toBe(`A${TABLE_TOP}:I${TABLE_TOP + tasks.length}`);

    await office.apply(trackingEdit());
    before = fake.syncCount();
    const tracking = await preparePrint(office, { kind: "tracking" });
    expect(fake.syncCount() - before).toBe(3);
    expect(modelCell(fake.model, tracking.sheet, `A${TABLE_TOP}`)?.value).toBe("STT");
  });
});
