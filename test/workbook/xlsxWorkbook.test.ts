/** The file adapter: every field of a WorkbookEdit, saved, reopened, and looked at in the XML. */
import type { SheetData } from "../../src/domain/sheet";
import { readWorkbookFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import {
  dataRows,
  fullEdit,
  HEADERS,
  HIDDEN,
  META,
  RECEIVED,
  REGISTRY,
  REPORT,
  TEXT_LIKE_FORMULA,
} from "./fullEdit";
import { escapeXml, openPackage } from "./packageXml";

async function saved(edit = fullEdit()): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply(edit);
  return wb.toBuffer();
}

const at = (data: SheetData, address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].charCodeAt(0) - 65;
  return data.values[Number(m[2]) - 1]?.[col];
};

describe("XlsxWorkbook: a full edit, saved and reopened", () => {
  let buffer: Uint8Array;
  beforeAll(async () => {
    buffer = await saved();
  });

  test("sheets come back in the edit's order with their visibility, very hidden included", async () => {
    const wb = await XlsxWorkbook.load(buffer);
    expect(await wb.sheets()).toEqual([
      { name: REPORT, visibility: "visible", active: true },
      { name: REGISTRY, visibility: "visible" },
      { name: META, visibility: "veryHidden" },
      { name: HIDDEN, visibility: "hidden" },
    ]);
    // The fast reader does not say which tab is active; names and visibility agree.
    const plain = (await wb.sheets()).map(({ name, visibility }) => ({ name, visibility }));
    expect(readWorkbookFile(buffer).sheets).toEqual(plain);
  });

  test("values read the same with ExcelJS and SheetJS: text stays text, dates are dates", async () => {
    const wb = await XlsxWorkbook.load(buffer);
    const [viaExcelJs] = await wb.read([{ sheet: REPORT, formulas: true, fonts: true }]);
    const viaSheetJs = readWorkbookFile(buffer).data(REPORT, { formulas: true, fonts: true });
    expect(viaSheetJs).toEqual(viaExcelJs);

    expect(at(viaExcelJs, "A1")).toBe("UBND TỈNH YÊN BÁI");
    expect(at(viaExcelJs, "B1")).toBeNull(); // inside the A1:C1 merge
    expect(viaExcelJs.values[5]).toEqual(HEADERS);
    // Text that looks like a formula is text, and has no formula.
    expect(at(viaExcelJs, "B7")).toBe(TEXT_LIKE_FORMULA);
    expect(viaExcelJs.formulas![6][1]).toBeNull();
    expect(at(viaExcelJs, "D8")).toBe("+84 912 345 678");
    expect(at(viaExcelJs, "E9")).toBe("-cuộc");
    expect(at(viaExcelJs, "I9")).toBe("@ghi chú");
    // Only Formula objects become formulas.
    expect(viaExcelJs.formulas![6][6]).toBe("=F7*2");
    expect(viaExcelJs.formulas![10][5]).toBe("=SUM(F7:F9)");
    expect(at(viaExcelJs, "I7")).toEqual(RECEIVED);
    expect(at(viaExcelJs, "I8")).toBe(true);
    expect(at(viaExcelJs, "F8")).toBe(2);
    expect(viaExcelJs.fonts![6][0]).toBe("Times New Roman");
    // A cell written without a font gets the adapter's text font, not a program's default.
    expect(viaExcelJs.fonts![2][0]).toBe("Times New Roman");
    expect(viaExcelJs.tables).toEqual([{ name: "BaoCao", range: "A6:I9" }]);
    // The used range ends at the last used cell (the total row), from A1.
    expect(viaExcelJs.values).toHaveLength(11);
    expect(viaExcelJs.values.every((r) => r.length === 9)).toBe(true);
  });

  test("workbook-level defined names point at the unit and period cells", async () => {
    const wb = await XlsxWorkbook.load(buffer);
    const expected = [
      { name: "DonVi", refersTo: `='${REPORT}'!$C$3` },
      { name: "KyBaoCao", refersTo: `='${REPORT}'!$C$4` },
    ];
    expect(await wb.names()).toEqual(expected);
    expect(readWorkbookFile(buffer).names).toEqual(expected);
  });

  test("the table is a real table part linked from its sheet", () => {
    const pkg = openPackage(buffer);
    const [tablePath] = pkg.related(REPORT, "table");
    expect(tablePath).toMatch(/^xl\/tables\/table\d+\.xml$/);
    const table = pkg.files[tablePath];
    expect(table).toMatch(/displayName="BaoCao"/);
    expect(table).toMatch(/ref="A6:I9"/);
    expect(table).toContain('name="Kết quả kỳ báo cáo"');
    expect(table).toContain('tableStyleInfo name="TableStyleLight9"');
    expect(pkg.files["[Content_Types].xml"]).toContain("spreadsheetml.table+xml");
    expect(pkg.sheet(REPORT)).toMatch(/<tableParts count="1">/);
  });

  test("validations: a list from the registry range (not inline), numbers >= 0, messages", () => {
    const xml = openPackage(buffer).sheet(REPORT);
    const list = /<dataValidation type="list"[^>]*>([\s\S]*?)<\/dataValidation>/.exec(xml)!;
    expect(list[0]).toContain('sqref="B7:B9"');
    expect(list[0]).toContain('errorStyle="warning"');
    expect(list[0]).toContain('errorTitle="Tên cơ quan"');
    expect(list[1]).toBe(
      `<formula1>${escapeXml(`'${REGISTRY}'!$B$2:$B$5`).replace(/'/g, "&apos;")}</formula1>`,
    );
    const decimal = /<dataValidation type="decimal"[^>]*>[\s\S]*?<\/dataValidation>/.exec(xml)![0];
    expect(decimal).toContain('operator="greaterThanOrEqual"');
    expect(decimal).toContain("<formula1>0</formula1>");
    expect(decimal).toContain('error="Nhập số không âm."');
    expect(xml).toMatch(
      /<dataValidation type="whole" operator="greaterThanOrEqual"[^>]*errorStyle="information"[^>]*sqref="G7:G9"/,
    );
  });

  test("conditional format: an expression rule with its fill and font in the styles", () => {
    const pkg = openPackage(buffer);
    const xml = pkg.sheet(REPORT);
    const cf = /<conditionalFormatting sqref="A7:I9">([\s\S]*?)<\/conditionalFormatting>/.exec(
      xml,
    )![1];
    expect(cf).toMatch(/<cfRule type="expression" dxfId="(\d+)"/);
    expect(cf).toContain(`<formula>${escapeXml('$H7="Quá hạn chưa nộp"')}</formula>`);
    const dxfs = /<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(pkg.files["xl/styles.xml"])![1];
    expect(dxfs).toContain("FFC7CE");
    expect(dxfs).toContain("9C0006");
    expect(dxfs).toMatch(/<b\/>/);
  });

  test("freeze panes, column widths, hidden column, row height, merges, tab colour", () => {
    const xml = openPackage(buffer).sheet(REPORT);
    expect(xml).toMatch(/<pane xSplit="2" ySplit="6" topLeftCell="C7"[^>]*state="frozen"/);
    expect(xml).toMatch(/<col min="2" max="2" width="45"/);
    expect(xml).toMatch(/<col min="10" max="10"[^>]*hidden="1"/);
    expect(xml).toMatch(/<row r="6" ht="32" customHeight="1"/);
    expect(xml).toContain('<mergeCell ref="A1:C1"/>');
    expect(xml).toContain('<mergeCell ref="E1:I1"/>');
    expect(xml).toContain('<tabColor rgb="FF1F4E79"/>');
    // B7 holds the text as a shared string: no <f> element anywhere in that cell.
    expect(xml).toMatch(/<c r="B7"[^>]*t="s"[^>]*>/);
    expect(xml).not.toMatch(/<c r="B7"[^>]*>\s*<f>/);
  });

  test("page setup: A4 landscape, margins, one page wide, centred, headers, print titles and area", () => {
    const pkg = openPackage(buffer);
    const xml = pkg.sheet(REPORT);
    expect(xml).toMatch(
      /<pageSetup paperSize="9" orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/,
    );
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    // 30 mm left, 15 mm right, 20 mm top/bottom, 10 mm header/footer, in inches.
    expect(xml).toContain(
      '<pageMargins left="1.1811" right="0.5906" top="0.7874" bottom="0.7874" header="0.3937" footer="0.3937"/>',
    );
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
    expect(xml).toMatch(/<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;P<\/oddHeader>/);
    expect(xml).toContain("<firstFooter>&amp;CTrang đầu</firstFooter>");
    expect(xml).not.toContain("<firstHeader>");
    const wb = pkg.files["xl/workbook.xml"];
    expect(wb).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;${REPORT}&apos;!$6:$6</definedName>`,
    );
    expect(wb).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;${REPORT}&apos;!$A$1:$I$11</definedName>`,
    );
  });

  test("unlocked input cells and their number format", () => {
    const pkg = openPackage(buffer);
    const sheet = pkg.sheet(REPORT);
    const style = Number(/<c r="F7" s="(\d+)"/.exec(sheet)![1]);
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(pkg.files["xl/styles.xml"])![1];
    const xf = [...xfs.matchAll(/<xf [^>]*\/>|<xf [^>]*>[\s\S]*?<\/xf>/g)][style][0];
    expect(xf).toContain('<protection locked="0"/>');
    // "#,##0" is Excel's built-in format 3.
    expect(xf).toMatch(/numFmtId="3"/);
  });

  test("the active tab is the report sheet and it is the only selected tab", () => {
    const pkg = openPackage(buffer);
    expect(pkg.files["xl/workbook.xml"]).toMatch(/activeTab="0"/);
    expect(pkg.sheet(REPORT)).toContain('tabSelected="1"');
    expect(pkg.sheet(REGISTRY)).not.toContain('tabSelected="1"');
  });
});

describe("XlsxWorkbook: edits on an existing file", () => {
  test("replace re-applies the sheet with more rows: one table, new range, old cells gone", async () => {
    const wb = await XlsxWorkbook.load(await saved());
    const edit = fullEdit(5);
    edit.sheets = edit.sheets.filter((s) => s.name === REPORT);
    await wb.apply(edit);
    const buffer = await wb.toBuffer();
    const pkg = openPackage(buffer);
    const tables = Object.keys(pkg.files).filter((f) => /^xl\/tables\/.*\.xml$/.test(f));
    expect(tables).toHaveLength(1);
    expect(pkg.files[tables[0]]).toMatch(/ref="A6:I11"/);
    const data = readWorkbookFile(buffer).data(REPORT);
    expect(data.tables).toEqual([{ name: "BaoCao", range: "A6:I11" }]);
    expect(data.values[12][0]).toBe("Tổng"); // total row moved down to row 13
    expect(data.values[10][0]).toBe("II.2.e");
    expect(readWorkbookFile(buffer).sheets.map((s) => s.name)).toEqual([
      REPORT,
      REGISTRY,
      META,
      HIDDEN,
    ]);
  });

  test("replace keeps the tab colour and visibility; clears merges, validations and formats", async () => {
    const wb = await XlsxWorkbook.load(await saved());
    await wb.apply({
      sheets: [{ name: REPORT, mode: "replace", blocks: [{ at: "A1", values: [["mới"]] }] }],
    });
    const buffer = await wb.toBuffer();
    const xml = openPackage(buffer).sheet(REPORT);
    expect(xml).toContain('<tabColor rgb="FF1F4E79"/>');
    expect(xml).not.toContain("<mergeCell");
    expect(xml).not.toContain("<dataValidation");
    expect(xml).not.toContain("<conditionalFormatting");
    expect(xml).not.toContain("<tablePart");
    expect(readWorkbookFile(buffer).data(REPORT).values).toEqual([["mới"]]);
  });

  test("update keeps the loaded table, merges and cells, and a null never wipes a merged title", async () => {
    const wb = await XlsxWorkbook.load(await saved());
    await wb.apply({
      sheets: [
        {
          name: REPORT,
          mode: "update",
          // B1 and C1 lie under the A1:C1 merge.
          blocks: [
            { at: "B1", values: [[null, null, "D1 mới"]] },
            { at: "F8", values: [[42]] },
          ],
          merges: ["A1:C1"],
        },
      ],
    });
    const buffer = await wb.toBuffer();
    const data = readWorkbookFile(buffer).data(REPORT);
    expect(data.values[0][0]).toBe("UBND TỈNH YÊN BÁI");
    expect(data.values[0][3]).toBe("D1 mới");
    expect(data.values[7][5]).toBe(42);
    expect(data.tables).toEqual([{ name: "BaoCao", range: "A6:I9" }]);
    expect(openPackage(buffer).sheet(REPORT)).toContain('<mergeCell ref="A1:C1"/>');
  });

  test("writing a value into the hidden part of a merged area is refused, naming the cell", async () => {
    const wb = await XlsxWorkbook.load(await saved());
    await expect(
      wb.apply({
        sheets: [{ name: REPORT, mode: "update", blocks: [{ at: "B1", values: [["x"]] }] }],
      }),
    ).rejects.toThrow(/Sheet "Báo cáo" B1 is inside a merged area/);
  });

  test("update re-applying a table and a validation replaces them instead of doubling", async () => {
    const wb = await XlsxWorkbook.load(await saved());
    const report = fullEdit().sheets.find((s) => s.name === REPORT)!;
    await wb.apply({
      sheets: [
        { name: REPORT, mode: "update", tables: report.tables, validations: report.validations },
      ],
    });
    const buffer = await wb.toBuffer();
    const xml = openPackage(buffer).sheet(REPORT);
    expect(xml.match(/<dataValidation /g)).toHaveLength(3);
    expect(readWorkbookFile(buffer).data(REPORT).tables).toEqual([
      { name: "BaoCao", range: "A6:I9" },
    ]);
  });

  test("create refuses an existing sheet (names compare without case); position and delete work", async () => {
    const wb = await XlsxWorkbook.load(await saved());
    await expect(wb.apply({ sheets: [{ name: "báo cáo", mode: "create" }] })).rejects.toThrow(
      /Sheet "báo cáo" already exists/,
    );
    await wb.apply({
      sheets: [{ name: "Tạm", mode: "create", position: 1 }],
      deleteSheets: [HIDDEN],
    });
    expect((await wb.sheets()).map((s) => s.name)).toEqual([REPORT, "Tạm", REGISTRY, META]);
    await wb.apply({ sheets: [], deleteSheets: ["Tạm", "không có"] });
    const reread = readWorkbookFile(await wb.toBuffer());
    expect(reread.sheets.map((s) => s.name)).toEqual([REPORT, REGISTRY, META]);
  });

  test("a defined name applied again moves to the new cell", async () => {
    const wb = await XlsxWorkbook.load(await saved());
    await wb.apply({ sheets: [], names: [{ name: "DonVi", refersTo: `='${REPORT}'!$D$3` }] });
    expect(await wb.names()).toEqual([
      { name: "KyBaoCao", refersTo: `='${REPORT}'!$C$4` },
      { name: "DonVi", refersTo: `='${REPORT}'!$D$3` },
    ]);
  });

  test("a table name used on another sheet is refused, naming both sheets", async () => {
    const wb = await XlsxWorkbook.load(await saved());
    await expect(
      wb.apply({
        sheets: [
          {
            name: "Khác",
            mode: "create",
            blocks: [{ at: "A1", values: [["a"], [1]] }],
            tables: [{ name: "baocao", range: "A1:A2", columns: ["a"] }],
          },
        ],
      }),
    ).rejects.toThrow(/Sheet "Khác".*"baocao".*already on sheet "Báo cáo"/);
  });
});

describe("XlsxWorkbook: refusals", () => {
  test("a Formula without '=' is refused", async () => {
    const wb = XlsxWorkbook.create();
    await expect(
      wb.apply({
        sheets: [
          {
            name: "S",
            mode: "create",
            blocks: [{ at: "A1", values: [[{ formula: "SUM(1,2)" }]] }],
          },
        ],
      }),
    ).rejects.toThrow(/S.*A1.*must start with "="/);
  });

  test("an inline validation list is refused", async () => {
    const wb = XlsxWorkbook.create();
    await expect(
      wb.apply({
        sheets: [
          {
            name: "S",
            mode: "create",
            validations: [{ range: "A1:A5", rule: { kind: "list", source: '"Có,Không"' } }],
          },
        ],
      }),
    ).rejects.toThrow(/must refer to a range/);
  });

  test("a defined name that is not a sheet range is refused", async () => {
    const wb = XlsxWorkbook.create();
    await expect(
      wb.apply({
        sheets: [{ name: "S", mode: "create" }],
        names: [{ name: "X", refersTo: "=TODAY()" }],
      }),
    ).rejects.toThrow(/Defined name "X"/);
  });

  test("hiding every sheet or activating a hidden one is refused", async () => {
    const wb = XlsxWorkbook.create();
    await expect(
      wb.apply({ sheets: [{ name: "S", mode: "create", visibility: "hidden" }] }),
    ).rejects.toThrow(/at least one visible sheet/);
    const wb2 = XlsxWorkbook.create();
    await expect(
      wb2.apply({
        sheets: [
          { name: "A", mode: "create" },
          { name: "B", mode: "create", visibility: "veryHidden", activate: true },
        ],
      }),
    ).rejects.toThrow(/"B" is hidden/);
  });

  test("read of a missing sheet names it", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({ sheets: [{ name: "S", mode: "create" }] });
    await expect(wb.read([{ sheet: "Không có" }])).rejects.toThrow(/"Không có" not found/);
  });
});

test("2,000 rows write and read back whole", async () => {
  const buffer = await saved(fullEdit(2000));
  const data = readWorkbookFile(buffer).data(REPORT);
  expect(data.values[2005][5]).toBe(2000);
  expect(data.tables).toEqual([{ name: "BaoCao", range: "A6:I2006" }]);
  expect(dataRows(1)[0]).toHaveLength(HEADERS.length);
});
