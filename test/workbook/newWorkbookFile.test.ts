/**
 * The summary written straight to XML (newWorkbookFile) is the workbook ExcelJS writes from the
 * same edit: read back by ExcelJS and by the fast reader, every cell's value and style, the
 * merges, widths, heights, panes, page setup, print names and page breaks are the same.
 */
import { mergeFiles } from "../../src/app/files/merge";
import { summaryWorkbookEdit } from "../../src/app/merge";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import type { WorkbookEdit } from "../../src/domain/sheet";
import { newWorkbookFile, readWorkbookFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import { sheetPaths } from "../../src/workbook/xlsx/packageParts";
import { filledForm } from "../helpers/forms";
import { strFromU8, unzipSync } from "fflate";

const PERIOD = "2020-H1";
const NORMAL = { name: "Times New Roman", size: 12 };

/** Everything a reader or a printer takes from the file, as plain data. */
async function model(bytes: Uint8Array) {
  const wb = (await XlsxWorkbook.load(bytes)).workbook;
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x ?? null));
  const sheets: unknown[] = [];
  wb.eachSheet((ws) => {
    const cells: Record<string, unknown> = {};
    const rows: Record<number, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height !== undefined) rows[r] = row.height;
      row.eachCell({ includeEmpty: true }, (c) => {
        const style = plain(c.style);
        if (style.numFmt === "General") delete style.numFmt;
        if (c.value === null && Object.keys(style).length === 0) return;
        cells[c.address] = { value: plain(c.value), type: c.type, style };
      });
    });
    const internals = ws as unknown as { _merges: object; rowBreaks: unknown };
    sheets.push({
      name: ws.name,
      state: ws.state,
      cells,
      rows,
      columns: (ws.columns ?? []).map((c) => c.width ?? null),
      merges: Object.keys(internals._merges).sort(),
      pageSetup: plain(ws.pageSetup),
      headerFooter: plain(ws.headerFooter),
      rowBreaks: plain(internals.rowBreaks),
      views: plain(ws.views),
      properties: plain(ws.properties),
    });
  });
  return {
    sheets,
    names: plain(wb.definedNames.model),
    views: plain(wb.views),
    calc: plain(wb.calcProperties),
  };
}

async function viaExcelJs(edit: WorkbookEdit): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create({ normalFont: NORMAL });
  await wb.apply(edit);
  return wb.toBuffer();
}

const normalFontXml = (bytes: Uint8Array) => {
  const xml = strFromU8(unzipSync(bytes)["xl/styles.xml"]);
  return /<fonts\b[^>]*>\s*(<font>[\s\S]*?<\/font>)/.exec(xml)?.[1];
};

/** What ExcelJS does not read back: each sheet's page elements as written (breaks, fit). */
function pageElements(bytes: Uint8Array): Record<string, string[]> {
  const parts = unzipSync(bytes);
  const out: Record<string, string[]> = {};
  for (const [sheet, path] of sheetPaths(parts)) {
    const xml = strFromU8(parts[path]);
    out[sheet] = [
      /<sheetPr>[\s\S]*?<\/sheetPr>/,
      /<printOptions[^>]*\/>/,
      /<pageMargins[^>]*\/>/,
      /<pageSetup[^>]*\/>/,
      /<headerFooter[\s\S]*?<\/headerFooter>/,
      /<rowBreaks[\s\S]*?<\/rowBreaks>/,
    ].map((re) => re.exec(xml)?.[0] ?? "");
  }
  return out;
}

describe("newWorkbookFile: the summary without ExcelJS", () => {
  let edit: WorkbookEdit;
  beforeAll(async () => {
    const form = (unit: string, values: Record<string, number | string>) =>
      filledForm({ unit, period: PERIOD, values });
    const files = [
      { name: "snv.xlsx", bytes: await form("SNV", { "II.2.a/HN": 2, "II.2.a/NG": 150 }) },
      { name: "stp.xlsx", bytes: await form("STP", { "II.2.a/HN": "ba" }) },
      { name: "stp-cu.xlsx", bytes: await form("STP", { "II.2.a/HN": 1 }) },
      { name: "ghi-chu.txt", bytes: new TextEncoder().encode("không phải biểu mẫu") },
    ];
    const { result } = await mergeFiles({
      files,
      period: PERIOD,
      plan: plan2020,
      registry: yenBai2020,
    });
    edit = summaryWorkbookEdit(result, { plan: plan2020 });
  });

  test("the merge's summary reads back the same as ExcelJS's file", async () => {
    const direct = newWorkbookFile(edit, { normalFont: NORMAL });
    expect(direct).not.toBeNull();
    const exceljs = await viaExcelJs(edit);
    expect(await model(direct!)).toEqual(await model(exceljs));
    expect(normalFontXml(direct!)).toBe(normalFontXml(exceljs));
    expect(pageElements(direct!)).toEqual(pageElements(exceljs));
    expect(pageElements(direct!)[edit.sheets[0].name].join("")).toContain("<brk ");
    const fast = (bytes: Uint8Array) => {
      const file = readWorkbookFile(bytes);
      return file.sheets.map((s) => file.data(s.name, { formulas: true, fonts: true }));
    };
    expect(fast(direct!)).toEqual(fast(exceljs));
  });

  test("dates, yes/no values, frozen columns, a centred page fitted to width, a footer", async () => {
    const more: WorkbookEdit = {
      sheets: [
        ...edit.sheets,
        {
          name: "Ngày nhận",
          mode: "create",
          activate: true,
          blocks: [
            {
              at: "B2",
              values: [
                ["Đơn vị", "Ngày", "Đúng hạn"],
                ["Sở Nội vụ", new Date(Date.UTC(2020, 5, 12)), true],
                ["Sở Tư pháp  ", new Date(Date.UTC(2020, 6, 1, 9, 30)), false],
              ],
              format: { border: true, vAlign: "middle", wrap: true },
            },
          ],
          formats: [
            { range: "B2:D2", format: { bold: true, fill: "#DDEBF7", borderBottom: true } },
            { range: "C3:C4", format: { numberFormat: "dd/mm/yyyy hh:mm", italic: true } },
          ],
          merges: ["F2:G3"],
          columns: [{ index: 1, width: 30 }],
          rowHeights: { 2: 32 },
          freeze: { rows: 0, columns: 2 },
          pageLayout: {
            paper: "A4",
            orientation: "portrait",
            margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
            fitToWidth: true,
            centerHorizontally: true,
            header: "&C&P",
            footer: "&R&D",
            printTitleColumns: "$A:$B",
            printArea: "$A$1:$G$10",
          },
        },
      ],
    };
    const direct = newWorkbookFile(more, { normalFont: NORMAL });
    expect(direct).not.toBeNull();
    const exceljs = await viaExcelJs(more);
    expect(await model(direct!)).toEqual(await model(exceljs));
    expect(pageElements(direct!)).toEqual(pageElements(exceljs));
  });

  test("an edit with what only ExcelJS writes is left to ExcelJS", () => {
    const first = edit.sheets[0];
    const withFormula: WorkbookEdit = {
      sheets: [{ ...first, blocks: [{ at: "A60", values: [[{ formula: "=1+1" }]] }] }],
    };
    const withTable: WorkbookEdit = {
      sheets: [{ ...first, tables: [{ name: "T", range: "A9:G10", columns: [] }] }],
    };
    const noActive: WorkbookEdit = { sheets: edit.sheets.map((s) => ({ ...s, activate: false })) };
    const hidden: WorkbookEdit = {
      sheets: [...edit.sheets, { name: "Ẩn", mode: "create", visibility: "hidden" }],
    };
    for (const e of [withFormula, withTable, noActive, hidden]) {
      expect(newWorkbookFile(e, { normalFont: NORMAL })).toBeNull();
    }
  });

  test("a bad sheet name is refused as ExcelJS's path refuses it", () => {
    const bad: WorkbookEdit = { sheets: [{ ...edit.sheets[0], name: "Tổng/hợp" }] };
    expect(() => newWorkbookFile(bad, { normalFont: NORMAL })).toThrow(/not a valid sheet name/);
  });
});
