/**
 * The guards on forms that are not .xlsx, with no LibreOffice needed: an .xls is refused by
 * size and by sheet count before it is parsed, an OLE file that is no workbook is named as
 * such, and an .ods is a zip under the same guard as an .xlsx.
 */
import * as XLSX from "@e965/xlsx";
import { strToU8, zipSync } from "fflate";
import { failedRead } from "../../src/app/files/formFiles";
import { isFormFileName } from "../../src/domain/forms";
import { readWorkbookFile, WorkbookReadError } from "../../src/workbook/xlsx";
import { MAX_XLS_BYTES, MAX_XLS_SHEETS } from "../../src/workbook/xlsx/formats";

function xls(sheets: number, bookType: XLSX.BookType = "biff8"): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (let i = 0; i < sheets; i++)
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["Mã nhiệm vụ", i]]), `S${i}`);
  return new Uint8Array(XLSX.write(wb, { bookType, type: "array" }) as ArrayBuffer);
}

function refusal(bytes: Uint8Array): { code: string; message: string } {
  try {
    readWorkbookFile(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("the file was read");
}

test("form files by extension: .xlsx, .xlsm, .ods and .xls, in any case", () => {
  const names = ["a.xlsx", "b.XLSM", "c.ods", "d.Xls", "e.csv", "f.xlsb", "g", "h.xls.txt"];
  expect(names.filter(isFormFileName)).toEqual(["a.xlsx", "b.XLSM", "c.ods", "d.Xls"]);
});

test("an .xls is read: values and sheet names", () => {
  const wb = readWorkbookFile(xls(2));
  expect(wb.sheets.map((s) => s.name)).toEqual(["S0", "S1"]);
  expect(wb.data("S1").values).toEqual([["Mã nhiệm vụ", 1]]);
});

test("an .xls with too many sheets is refused before parsing, in words a user reads", () => {
  const r = refusal(xls(MAX_XLS_SHEETS + 1));
  expect(r).toEqual({
    code: "too-large",
    message: `The workbook has ${MAX_XLS_SHEETS + 1} sheets (limit ${MAX_XLS_SHEETS} for .xls files).`,
  });
  expect(
    failedRead("nhieu-trang.xls", new WorkbookReadError("too-large", r.message)).error,
  ).toEqual({
    code: "too-large",
    message: `sổ làm việc .xls có ${MAX_XLS_SHEETS + 1} trang tính, quá giới hạn ${MAX_XLS_SHEETS}`,
  });
});

test("an .xls over the size limit is refused from its size alone", () => {
  const big = new Uint8Array(MAX_XLS_BYTES + 1);
  big.set(xls(1));
  expect(refusal(big).code).toBe("too-large");
  expect(refusal(big).message).toMatch(/^The workbook is 11 MB, more than 10 MB/);
});

test("an OLE file with no workbook stream (a Word 97 document) is not a workbook", () => {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "/WordDocument", strToU8("not a workbook"));
  const doc = new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as ArrayBuffer);
  expect(refusal(doc)).toEqual({
    code: "not-xlsx",
    message: "The OLE file is not an Excel workbook (no workbook stream).",
  });
});

test("an .ods is a zip under the zip guard: a part that expands too much is refused", () => {
  const ods = zipSync(
    {
      mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
      "content.xml": new Uint8Array(4 * 1024 * 1024),
    },
    { level: 9 },
  );
  expect(refusal(ods).code).toBe("too-large");
});

test("a zip with a content.xml but no spreadsheet mimetype is not a workbook", () => {
  const odt = zipSync({
    mimetype: strToU8("application/vnd.oasis.opendocument.text"),
    "content.xml": strToU8("<office:document-content/>"),
  });
  expect(refusal(odt).code).toBe("not-xlsx");
});

test("a blank form's yes/no cells accept only 0 or 1 (Excel refuses 11)", async () => {
  const { blankForm } = await import("../helpers/forms");
  const { unzipSync, strFromU8 } = await import("fflate");
  const parts = unzipSync(await blankForm("SNV", "2020-H1"));
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
  const rules = [
    ...sheet.matchAll(/<dataValidation [^>]*type="whole"[^>]*>[\s\S]*?<\/dataValidation>/g),
  ];
  expect(rules.length).toBeGreaterThan(0);
  for (const [rule] of rules) {
    // No operator attribute means "between", the default of the file format.
    expect(rule).not.toMatch(/operator=/);
    expect(rule).toMatch(/<formula1>0<\/formula1><formula2>1<\/formula2>/);
  }
});
