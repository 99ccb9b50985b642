/** The fast reader: what it returns, and what it refuses before unpacking. */
import * as XLSX from "@e965/xlsx";
import { strToU8, zipSync } from "fflate";
import { XlsxWorkbook, readWorkbookFile, WorkbookReadError } from "../../src/workbook/xlsx";
import { unzipChecked } from "../../src/workbook/xlsx/zipGuard";
import { CONTENT_TYPES, craftZip, entry, workbookEntries, zeroBomb } from "./zipCraft";

function refusal(data: Uint8Array, opts = {}): WorkbookReadError {
  try {
    readWorkbookFile(data, opts);
  } catch (err) {
    if (err instanceof WorkbookReadError) return err;
    throw err;
  }
  throw new Error("the reader accepted the file");
}

async function smallWorkbook(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply({
    sheets: [{ name: "Báo cáo", mode: "create", blocks: [{ at: "A1", values: [["Đơn vị", 1]] }] }],
  });
  return wb.toBuffer();
}

describe("readWorkbookFile refuses hostile or wrong files with a code", () => {
  test("a zip bomb (200 MB of zeros declared) is refused as too-large without being inflated", () => {
    const bomb = craftZip([
      entry("[Content_Types].xml", CONTENT_TYPES),
      zeroBomb("xl/worksheets/sheet1.xml", 200),
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const err = refusal(bomb);
    expect(err.code).toBe("too-large");
    expect(err.message).toMatch(/50 MB/);
    // Inflating would take 200 MB; the check reads only the directory.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * 1024 * 1024);
  });

  test("an entry under the size cap with an absurd ratio is refused as a bomb", () => {
    const bomb = craftZip([
      entry("[Content_Types].xml", CONTENT_TYPES),
      zeroBomb("xl/worksheets/sheet1.xml", 40),
    ]);
    const err = refusal(bomb);
    expect(err.code).toBe("too-large");
    expect(err.message).toMatch(/zip bomb/);
  });

  test("the caps are options: a lower size cap refuses a normal workbook", async () => {
    const err = refusal(await smallWorkbook(), { maxUncompressedBytes: 1000 });
    expect(err.code).toBe("too-large");
  });

  test("an entry that lies about its size stops inflating at the declared size (corrupt)", () => {
    // Declares 64 KB, inflates to 200 MB: the declared sizes pass, the inflating must not.
    const liar = { ...zeroBomb("xl/worksheets/sheet1.xml", 200), size: 64 * 1024 };
    const zip = craftZip([entry("[Content_Types].xml", CONTENT_TYPES), ...workbookEntries(), liar]);
    const before = process.memoryUsage().arrayBuffers;
    const err = refusal(zip);
    expect(err.code).toBe("corrupt");
    expect(err.message).toMatch(/larger than its declared size/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * 1024 * 1024);
  });

  test("a password-protected workbook (OLE container with EncryptedPackage) is 'encrypted'", () => {
    const CFB = XLSX.CFB as {
      utils: { cfb_new(): unknown; cfb_add(c: unknown, name: string, data: Uint8Array): void };
      write(c: unknown, o: { type: "array" }): ArrayBuffer | number[];
    };
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, "/EncryptionInfo", new Uint8Array(64).fill(4));
    CFB.utils.cfb_add(container, "/EncryptedPackage", new Uint8Array(4096).fill(7));
    const bytes = new Uint8Array(CFB.write(container, { type: "array" }) as ArrayBuffer);
    expect([...bytes.slice(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    expect(refusal(bytes).code).toBe("encrypted");
  });

  test("an old .xls (OLE without encryption) is read, not refused (its guards: formats.test.ts)", () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["a", 1]]), "S");
    const xls = new Uint8Array(XLSX.write(wb, { bookType: "xls", type: "array" }) as ArrayBuffer);
    expect(readWorkbookFile(xls).data("S").values).toEqual([["a", 1]]);
  });

  test("a file that is not a zip, and a zip that is not a workbook, are 'not-xlsx'", () => {
    expect(refusal(strToU8("Mã nhiệm vụ,Kết quả\nII.2.a,3\n")).code).toBe("not-xlsx");
    expect(refusal(new Uint8Array(0)).code).toBe("not-xlsx");
    const docx = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "word/document.xml": strToU8("<w/>"),
    });
    expect(refusal(docx).code).toBe("not-xlsx");
  });

  test("a truncated workbook is 'corrupt'", async () => {
    const full = await smallWorkbook();
    expect(refusal(full.slice(0, Math.floor(full.length / 2))).code).toBe("corrupt");
    // Directory intact but a part's data damaged.
    const damaged = full.slice();
    const marker = Buffer.from(damaged).indexOf("xl/worksheets/sheet1.xml");
    damaged.fill(0xff, marker + 30, marker + 60);
    expect(refusal(damaged).code).toBe("corrupt");
  });
});

describe("readWorkbookFile reads what a user sees", () => {
  test("error values are marked apart from text that looks like one", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({
      sheets: [{ name: "S", mode: "create", blocks: [{ at: "A1", values: [["#REF!", null]] }] }],
    });
    // A cached error result, as Excel saves it after a deleted row.
    wb.workbook.getWorksheet("S")!.getCell("B1").value = {
      formula: "A1/0",
      result: { error: "#DIV/0!" },
    } as never;
    const data = readWorkbookFile(await wb.toBuffer()).data("S");
    expect(data.values[0]).toEqual(["#REF!", "#DIV/0!"]);
    expect(data.errors).toEqual({ B1: "#DIV/0!" });
    expect(data.formulas![0][1]).toBe("=A1/0");
  });

  test("fonts per cell on request, e.g. a TCVN3 capital font", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({
      sheets: [
        {
          name: "S",
          mode: "create",
          blocks: [
            { at: "A1", values: [["UBND TØNH"]], format: { fontName: ".VnTimeH" } },
            { at: "A2", values: [["thường"]] },
          ],
        },
      ],
    });
    const file = readWorkbookFile(await wb.toBuffer());
    expect(file.data("S", { fonts: true }).fonts).toEqual([[".VnTimeH"], ["Times New Roman"]]);
    expect(file.data("S").fonts).toBeUndefined();
  });

  test("dates are the same calendar day whatever the machine's time zone", async () => {
    const wb = XlsxWorkbook.create();
    const day = new Date(Date.UTC(2020, 5, 4));
    await wb.apply({
      sheets: [{ name: "S", mode: "create", blocks: [{ at: "A1", values: [[day]] }] }],
    });
    const buffer = await wb.toBuffer();
    const saved = process.env.TZ;
    try {
      for (const tz of ["Asia/Ho_Chi_Minh", "America/Los_Angeles", "UTC"]) {
        process.env.TZ = tz;
        expect(readWorkbookFile(buffer).data("S").values[0][0]).toEqual(day);
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  test("the core properties give the modified date; tables and missing sheets", async () => {
    const before = Date.now() - 2000;
    const file = readWorkbookFile(await smallWorkbook());
    expect(file.props.modified!.getTime()).toBeGreaterThan(before);
    expect(file.data("Báo cáo").tables).toEqual([]);
    expect(() => file.data("Không có")).toThrow(/"Không có" not found/);
  });

  test("tables written by another program (SheetJS has no table writer: a hand-built part)", async () => {
    const parts: Record<string, Uint8Array> = {
      "[Content_Types].xml": strToU8(
        CONTENT_TYPES.replace(
          "</Types>",
          '<Override PartName="/xl/tables/t1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
        ),
      ),
      "_rels/.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      "xl/workbook.xml": strToU8(
        '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Tổng &amp; hợp" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Mã</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>',
      ),
      "xl/worksheets/_rels/sheet1.xml.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="t" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/t1.xml"/></Relationships>',
      ),
      "xl/tables/t1.xml": strToU8(
        '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Table1" displayName="TongHop" ref="A1:A2"><tableColumns count="1"><tableColumn id="1" name="Mã"/></tableColumns></table>',
      ),
    };
    const file = readWorkbookFile(zipSync(parts));
    expect(file.sheets).toEqual([{ name: "Tổng & hợp", visibility: "visible" }]);
    const data = file.data("Tổng & hợp");
    expect(data.values).toEqual([["Mã"], [7]]);
    expect(data.tables).toEqual([{ name: "TongHop", range: "A1:A2" }]);
  });
});

describe("sheets too big to lay out as a grid", () => {
  /** A workbook with `cells` written by ExcelJS on one sheet "Báo cáo". */
  async function withCells(cells: Record<string, string | number>): Promise<Uint8Array> {
    const wb = XlsxWorkbook.create();
    await wb.apply({
      sheets: [
        { name: "Ghi chú", mode: "create" },
        { name: "Báo cáo", mode: "create" },
      ],
    });
    const ws = wb.workbook.getWorksheet("Báo cáo")!;
    for (const [at, v] of Object.entries(cells)) ws.getCell(at).value = v;
    return wb.toBuffer();
  }

  test("one value in XFD1048576 of a small file: refused at open as too-large, naming the sheet", async () => {
    const bytes = await withCells({ A1: "Đơn vị", XFD1048576: "x" });
    expect(bytes.length).toBeLessThan(10_000);
    const err = refusal(bytes);
    expect(err.code).toBe("too-large");
    expect(err.message).toContain('"Báo cáo"');
    expect(err.message).toContain("A1:XFD1048576");
    expect(err.message).toMatch(/spans 1048576 rows × 16384 columns/);
  });

  test("the file adapter refuses the same sheet instead of building its grid", async () => {
    const wb = await XlsxWorkbook.load(await withCells({ A1: 1, XFD1048576: "x" }));
    await expect(wb.read([{ sheet: "Báo cáo" }])).rejects.toMatchObject({ code: "too-large" });
  });

  test("the cap is an option; a sparse sheet under it reads with its values in place", async () => {
    const bytes = await withCells({ A1: "đầu", Z1000: 5, C7: "giữa" });
    expect(refusal(bytes, { maxCells: 26 * 1000 - 1 }).message).toContain("A1:Z1000");
    const data = readWorkbookFile(bytes, { maxCells: 26 * 1000 }).data("Báo cáo", { fonts: true });
    expect(data.values).toHaveLength(1000);
    expect(data.values[999]).toHaveLength(26);
    expect(data.values[0][0]).toBe("đầu");
    expect(data.values[6][2]).toBe("giữa");
    expect(data.values[999][25]).toBe(5);
    expect(data.values.flat().filter((v) => v !== null)).toHaveLength(3);
    expect(typeof data.fonts![6][2]).toBe("string");
    expect(data.fonts![6][3]).toBeNull();
  });

  test("formatting far down a sheet does not count: styled blanks are not used cells", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({
      sheets: [{ name: "S", mode: "create", blocks: [{ at: "A1", values: [[1]] }] }],
    });
    wb.workbook.getWorksheet("S")!.getCell("XFD1048576").style = { font: { bold: true } };
    expect(readWorkbookFile(await wb.toBuffer()).data("S").values).toEqual([[1]]);
  });
});

describe("parts are inflated whole into their declared size, and a lying part is refused", () => {
  test("a small part (inflated in one call) that makes more than it declares is corrupt", () => {
    // 4 MB of zeros in about 4 KB: declared as 1 KB.
    const liar = { ...zeroBomb("xl/worksheets/sheet1.xml", 4), size: 1024 };
    expect(liar.stored.length).toBeLessThan(16 * 1024);
    const err = refusal(
      craftZip([entry("[Content_Types].xml", CONTENT_TYPES), ...workbookEntries(), liar]),
    );
    expect(err.code).toBe("corrupt");
    expect(err.message).toMatch(/sheet1\.xml" is larger than its declared size/);
  });

  test("a part that makes less than it declares is corrupt", () => {
    const short = { ...entry("xl/worksheets/sheet1.xml", "<worksheet/>"), size: 4096 };
    const err = refusal(
      craftZip([entry("[Content_Types].xml", CONTENT_TYPES), ...workbookEntries(), short]),
    );
    expect(err.code).toBe("corrupt");
    expect(err.message).toMatch(/smaller than its declared size/);
  });

  test("large and small parts come back byte for byte", () => {
    const big = new Uint8Array(3 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24; // poorly compressible
    const small = "<x>" + "Báo cáo ".repeat(50) + "</x>";
    const parts = unzipChecked(
      craftZip([
        entry("[Content_Types].xml", CONTENT_TYPES),
        entry("xl/media/big.bin", big),
        entry("xl/small.xml", small),
      ]),
    );
    expect(Buffer.from(parts["xl/media/big.bin"]).equals(Buffer.from(big))).toBe(true);
    expect(new TextDecoder().decode(parts["xl/small.xml"])).toBe(small);
  });
});
