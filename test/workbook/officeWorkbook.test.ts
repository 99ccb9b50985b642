/** The Office.js adapter, run against the fake Excel. */
import fc from "fast-check";
import type { ReadRequest, WorkbookEdit } from "../../src/domain/sheet";
import {
  columnWidthPoints,
  OfficeWorkbook,
  requirementSetsSupported,
} from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { createFakeExcel, FakeOfficeError, modelCell, type FakeExcel } from "../helpers/fakeOffice";
import { expectBudgetedSyncs } from "../helpers/budgetedSyncs";
import { fullEdit, HIDDEN, META, REGISTRY, REPORT, TEXT_LIKE_FORMULA } from "./fullEdit";

/** The full edit for a fresh Excel workbook: its "Sheet1" goes once the new sheets exist. */
function officeEdit(rows = 3): WorkbookEdit {
  return { ...fullEdit(rows), deleteSheets: ["Sheet1"] };
}

async function applied(rows = 3): Promise<{ fake: FakeExcel; office: OfficeWorkbook }> {
  const fake = createFakeExcel();
  const office = new OfficeWorkbook(fake.run);
  await office.apply(officeEdit(rows));
  return { fake, office };
}

const sheetOf = (fake: FakeExcel, name: string) => fake.model.sheets.find((s) => s.name === name)!;
const ALL: ReadRequest[] = [REPORT, REGISTRY, META, HIDDEN].map((sheet) => ({
  sheet,
  formulas: true,
  fonts: true,
}));

describe("OfficeWorkbook on the fake Excel", () => {
  test("the same edit gives the same workbook as the file adapter", async () => {
    const { office } = await applied();
    const file = XlsxWorkbook.create();
    await file.apply(fullEdit());
    const reopened = await XlsxWorkbook.load(await file.toBuffer());
    expect(await office.read(ALL)).toEqual(await reopened.read(ALL));
    expect(await office.sheets()).toEqual(await reopened.sheets());
    expect(await office.names()).toEqual(await reopened.names());
  });

  test.each([20, 2000])(
    "apply uses 2 syncs for %i rows, read 2, more only past the budget",
    async (rows) => {
      const fake = createFakeExcel();
      const office = new OfficeWorkbook(fake.run);
      await office.apply(officeEdit(rows));
      expectBudgetedSyncs(fake, 0, 2);
      expect(fake.model.calculationSuspended).toBe(1);
      const before = fake.syncCount();
      const [data] = await office.read([{ sheet: REPORT, formulas: true }]);
      expectBudgetedSyncs(fake, before, 2);
      expect(data.values[5 + rows][5]).toBe(rows);
      expect(data.tables).toEqual([{ name: "BaoCao", range: `A6:I${6 + rows}` }]);
    },
  );

  test("values: text stays text, dates are dates with a date format, formulas are formulas", async () => {
    const { fake } = await applied();
    const cell = (a: string) => modelCell(fake.model, REPORT, a)!;
    expect(cell("B7")).toMatchObject({ value: TEXT_LIKE_FORMULA, formula: null });
    expect(cell("D8")).toMatchObject({ value: "+84 912 345 678", formula: null });
    expect(cell("E9")).toMatchObject({ value: "-cuộc", formula: null });
    expect(cell("I9")).toMatchObject({ value: "@ghi chú", formula: null });
    expect(cell("G7").formula).toBe("=F7*2");
    expect(cell("I7").value).toBe(43894); // 04/03/2020
    expect(cell("I7").format.numberFormat).toBe("dd/mm/yyyy");
    expect(cell("F7").format).toMatchObject({
      numberFormat: "#,##0",
      locked: false,
      hAlign: "Right",
    });
    expect(cell("A1").format).toMatchObject({
      fontName: "Times New Roman",
      fontSize: 13,
      bold: true,
    });
    expect(cell("A2").format.borders?.EdgeBottom).toMatchObject({
      style: "Continuous",
      weight: "Thin",
    });
    expect(cell("A5").format).toMatchObject({
      italic: true,
      underline: "Single",
      fontColor: "#C00000",
    });
    expect(cell("C3").format.fill).toBe("#FFF2CC");
    expect(cell("C4").format.fill).toBeUndefined();
    expect(cell("B6").format).toMatchObject({ wrap: true, vAlign: "Center", fill: "#D9E1F2" });
  });

  test("sheets: order, very hidden, tab colour, merges, widths, heights, freeze, active sheet", async () => {
    const { fake } = await applied();
    expect(fake.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      [REPORT, "Visible"],
      [REGISTRY, "Visible"],
      [META, "VeryHidden"],
      [HIDDEN, "Hidden"],
    ]);
    const report = sheetOf(fake, REPORT);
    expect(report.tabColor).toBe("#1F4E79");
    expect(report.merges).toEqual(["A1:C1", "E1:I1", "A2:C2"]);
    expect(report.columnWidths.get(1)).toBe(columnWidthPoints(45));
    expect([...report.hiddenColumns]).toEqual([9]);
    expect(report.rowHeights.get(6)).toBe(32);
    expect(report.freeze).toEqual({ rows: 6, columns: 2 });
    expect(fake.model.activeSheet).toBe(REPORT);
  });

  test("table, validations and conditional format as Excel would hold them", async () => {
    const { fake } = await applied();
    expect(fake.model.tables.map((t) => [t.name, t.sheet.name, t.range, t.style])).toEqual([
      ["BaoCao", REPORT, "A6:I9", "TableStyleLight9"],
    ]);
    const report = sheetOf(fake, REPORT);
    expect(report.validations).toEqual([
      {
        range: "B7:B9",
        rule: { list: { inCellDropDown: true, source: `='${REGISTRY}'!$B$2:$B$5` } },
        ignoreBlanks: true,
        errorAlert: {
          showAlert: true,
          style: "Warning",
          title: "Tên cơ quan",
          message: "Chọn tên trong Danh mục cơ quan.",
        },
      },
      {
        range: "F7:F9",
        rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
        ignoreBlanks: true,
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: "Số liệu",
          message: "Nhập số không âm.",
        },
      },
      {
        range: "G7:G9",
        rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
        ignoreBlanks: true,
        errorAlert: { showAlert: true, style: "Information", title: "", message: "" },
      },
    ]);
    expect(report.conditionalFormats).toEqual([
      {
        range: "A7:I9",
        type: "Custom",
        formula: '=$H7="Quá hạn chưa nộp"',
        format: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
      },
    ]);
  });

  test("page layout: A4 landscape, margins in points, one page wide, titles, area, headers", async () => {
    const { fake } = await applied();
    const page = sheetOf(fake, REPORT).pageLayout;
    expect(page).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: "$6:$6",
      printArea: "A1:I11",
    });
    expect(page.margins.left).toBeCloseTo((30 * 72) / 25.4, 1);
    expect(page.margins.right).toBeCloseTo((15 * 72) / 25.4, 1);
    expect(page.margins.top).toBeCloseTo((20 * 72) / 25.4, 1);
    expect(page.margins.header).toBeCloseTo((10 * 72) / 25.4, 1);
    expect(page.headersFooters.state).toBe("FirstAndDefault");
    expect(page.headersFooters.defaultForAllPages).toMatchObject({
      centerHeader: "&P",
      leftHeader: "",
      rightFooter: "Báo cáo CCHC",
    });
    expect(page.headersFooters.firstPage).toMatchObject({
      centerHeader: "",
      centerFooter: "Trang đầu",
    });
  });

  test("replace on an existing sheet clears it and re-adds the table, nothing doubled", async () => {
    const { fake, office } = await applied();
    const edit = fullEdit(5);
    edit.sheets = edit.sheets.filter((s) => s.name === REPORT);
    const before = fake.syncCount();
    await office.apply(edit);
    // List the workbook, the tables' ranges (the edit adds a table: overlaps are checked), write.
    expect(fake.syncCount() - before).toBe(3);
    expect(fake.model.tables.map((t) => [t.name, t.range])).toEqual([["BaoCao", "A6:I11"]]);
    const report = sheetOf(fake, REPORT);
    expect(report.validations).toHaveLength(3);
    expect(report.conditionalFormats).toHaveLength(1);
    expect(report.merges).toHaveLength(3);
    const [data] = await office.read([{ sheet: REPORT }]);
    expect(data.values[12][0]).toBe("Tổng");
    expect(fake.model.sheets.map((s) => s.name)).toEqual([REPORT, REGISTRY, META, HIDDEN]);
  });

  test("update re-applying a table replaces it; a table name taken elsewhere is refused first", async () => {
    const { fake, office } = await applied();
    const report = fullEdit().sheets.find((s) => s.name === REPORT)!;
    await office.apply({ sheets: [{ name: REPORT, mode: "update", tables: report.tables }] });
    expect(fake.model.tables.map((t) => [t.name, t.range])).toEqual([["BaoCao", "A6:I9"]]);
    // The rows under the header are still there.
    const [data] = await office.read([{ sheet: REPORT }]);
    expect(data.values[7][3]).toBe("+84 912 345 678");
    const syncs = fake.syncCount();
    await expect(
      office.apply({
        sheets: [
          {
            name: "Khác",
            mode: "create",
            tables: [{ name: "BaoCao", range: "A1:A2", columns: ["a"] }],
          },
        ],
      }),
    ).rejects.toThrow(
      /Sheet "Khác" table "BaoCao": a table with this name is already on sheet "Báo cáo"/,
    );
    // Refused after reading (the workbook, the tables' ranges), before any write.
    expect(fake.syncCount() - syncs).toBe(2);
    expect(fake.log.slice(fake.log.lastIndexOf(`sync #${syncs + 1}`))).not.toContain(
      "Worksheets.add(Khác)",
    );
    expect(fake.model.sheets.map((s) => s.name)).not.toContain("Khác");
  });

  test("a very hidden sheet is unhidden before it is deleted (Excel refuses otherwise)", async () => {
    const { fake, office } = await applied();
    await office.apply({ sheets: [], deleteSheets: [META] });
    expect(fake.model.sheets.map((s) => s.name)).toEqual([REPORT, REGISTRY, HIDDEN]);
    const i = fake.log.lastIndexOf("Worksheet.visibility=Hidden");
    expect(i).toBeGreaterThan(-1);
    expect(fake.log.indexOf("Worksheet.delete()", i)).toBeGreaterThan(i);
  });

  test("create on an existing sheet fails naming it, before anything is written", async () => {
    const { fake, office } = await applied();
    const syncs = fake.syncCount();
    const logged = fake.log.length;
    await expect(
      office.apply({
        sheets: [{ name: "BÁO CÁO", mode: "create", blocks: [{ at: "A1", values: [["x"]] }] }],
      }),
    ).rejects.toThrow(/Sheet "BÁO CÁO" already exists/);
    expect(fake.syncCount() - syncs).toBe(1);
    expect(fake.log.slice(logged).some((l) => l.includes("values="))).toBe(false);
  });

  test("an Office error comes back naming the sheet and operation, with the original as cause", async () => {
    const { office } = await applied();
    const failure = office.apply({ sheets: [{ name: REPORT, mode: "update", merges: ["B1:D1"] }] });
    await expect(failure).rejects.toThrow(
      /Excel could not write sheet "Báo cáo" at Range\(Báo cáo!B1:D1\)\.merge.*\[InvalidOperation\]/,
    );
    const err = await failure.catch((e: Error) => e);
    expect((err as Error).cause).toBeInstanceOf(FakeOfficeError);
  });

  test("read: a missing sheet is named; select activates and selects", async () => {
    const { fake, office } = await applied();
    await expect(office.read([{ sheet: REPORT }, { sheet: "Không có" }])).rejects.toThrow(
      /Sheet "Không có" not found/,
    );
    await office.select(REGISTRY, "B2");
    expect(fake.model.activeSheet).toBe(REGISTRY);
    expect(fake.model.selection).toBe(`${REGISTRY}!B2`);
  });

  test("a short row in a block leaves the cells past its end alone, in both adapters", async () => {
    const edits: WorkbookEdit[] = [
      {
        sheets: [
          {
            name: "T",
            mode: "update",
            blocks: [
              {
                at: "A1",
                values: [
                  ["a", "b"],
                  ["c", "giữ"],
                ],
              },
            ],
          },
        ],
      },
      {
        sheets: [
          { name: "T", mode: "update", blocks: [{ at: "A1", values: [["x", null], ["y"]] }] },
        ],
      },
    ];
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    const file = XlsxWorkbook.create();
    for (const edit of edits) {
      await office.apply(edit);
      await file.apply(edit);
    }
    const [viaOffice] = await office.read([{ sheet: "T" }]);
    const [viaFile] = await file.read([{ sheet: "T" }]);
    expect(viaOffice.values).toEqual([
      ["x", null],
      ["y", "giữ"],
    ]);
    expect(viaFile.values).toEqual(viaOffice.values);
  });

  test("any text goes in and comes back as the same text", async () => {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    const tricky = [
      "001",
      "1/2",
      "3-4",
      "12%",
      "1e5",
      "TRUE",
      "false",
      "#REF!",
      "#N/A",
      "'quoted",
      "=1+1",
      "+1",
      "-",
      "@x",
      "$5",
      "(1)",
      "Mar 5",
      " 12 ",
      "1,234",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...tricky), fc.string({ minLength: 1 })),
        async (text) => {
          await office.apply({
            sheets: [
              { name: "T", mode: "update", blocks: [{ at: "A1", values: [[text, "end"]] }] },
            ],
          });
          const [data] = await office.read([{ sheet: "T" }]);
          expect(data.values[0][0]).toBe(text);
          expect(data.errors).toBeUndefined();
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("requirementSetsSupported", () => {
  const office = (supported: (v: string) => boolean) => ({
    context: {
      requirements: {
        isSetSupported: (name: string, v?: string) => name === "ExcelApi" && supported(v ?? "1.1"),
      },
    },
  });

  test("Excel with ExcelApi 1.9 has everything", () => {
    expect(requirementSetsSupported(office(() => true))).toEqual({ ok: true, missing: [] });
  });

  test("Excel 2019 (up to 1.8) lacks page layout and cell properties", () => {
    const r = requirementSetsSupported(office((v) => Number(v.split(".")[1]) <= 8));
    expect(r).toEqual({ ok: false, missing: ["ExcelApi 1.9"] });
  });

  test("outside Office nothing is supported", () => {
    const r = requirementSetsSupported({});
    expect(r.ok).toBe(false);
    expect(r.missing).toContain("ExcelApi 1.4");
  });
});
