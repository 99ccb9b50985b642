/** Another program as the judge: LibreOffice opens, prints and recalculates what we write. */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readWorkbookFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import {
  convertToPdf,
  libreOfficeAvailable,
  pdfInfo,
  pdfText,
  recalculate,
} from "../helpers/libreoffice";
import { useTempDir } from "../helpers/tmp";
import { fullEdit, META, REPORT } from "./fullEdit";

const dir = useTempDir("cchc-lo-");

test("LibreOffice is installed (these tests need it)", () => {
  expect(libreOfficeAvailable()).toBe(true);
});

/** Row height and column widths the page-count test sets, so the layout is known in advance. */
const ROW_PT = 20;
const WIDTHS = [12, 45, 7, 9, 7, 7, 7, 7, 11];

/**
 * Pages the report's rows take: A4 landscape (595.3 pt) less the 20 mm top and bottom margins,
 * rows at the heights the edit sets, the header row repeated on every later page.
 */
function reportPages(heights: number[], titleRow: number): number {
  const body = 595.3 - 2 * 20 * (72 / 25.4);
  let pages = 1;
  let used = 0;
  for (const h of heights) {
    if (used + h > body) {
      pages++;
      used = heights[titleRow - 1];
    }
    used += h;
  }
  return pages;
}

test("LibreOffice prints the report on A4 landscape, header row repeated, page numbers from page 2", async () => {
  const rows = 60;
  const last = 6 + rows + 2;
  const wb = XlsxWorkbook.create();
  await wb.apply(fullEdit(rows));
  // Every row's height and column's width fixed, printed unscaled: the page count then follows
  // from the layout, whichever fonts the machine has.
  const reportLayout = fullEdit(rows).sheets.find((s) => s.name === REPORT)!.pageLayout!;
  const heights = Array.from({ length: last }, (_, i) => (i === 5 ? 32 : ROW_PT));
  await wb.apply({
    sheets: [
      {
        name: REPORT,
        mode: "update",
        rowHeights: Object.fromEntries(heights.map((h, i) => [i + 1, h])),
        columns: WIDTHS.map((width, index) => ({ index, width })),
        pageLayout: { ...reportLayout, fitToWidth: false },
      },
    ],
  });
  const file = path.join(dir(), "bao-cao.xlsx");
  await writeFile(file, await wb.toBuffer());

  const pdf = await convertToPdf(file, path.join(dir(), "pdf"));
  const info = await pdfInfo(pdf);
  // Printed at 100 %: under the Times New Roman 12 Normal style a column is 8 px a character
  // plus 5, and the columns stay inside the 952 px between the 30 mm and 15 mm margins.
  const px = WIDTHS.reduce((sum, w) => sum + w * 8 + 5, 0);
  expect(px).toBeLessThan(((297 - 45) / 25.4) * 96);
  const pages = reportPages(heights, 6);
  expect(pages).toBeGreaterThan(1);
  // The report's pages, then the registry sheet's one; hidden sheets don't print.
  expect(info.pages).toBe(pages + 1);
  for (const page of info.pageSizes.slice(0, pages)) {
    expect(page.width).toBeCloseTo(841.9, 0);
    expect(page.height).toBeCloseTo(595.3, 0);
  }
  const first = await pdfText(pdf, 1);
  const second = await pdfText(pdf, 2);
  expect(first).toContain("UBND TỈNH YÊN BÁI");
  expect(first).toContain('=HYPERLINK("http://example.invalid"');
  expect(first).toContain("+84 912");
  expect(first).toContain("04/03/2020");
  expect(first).toContain("Trang đầu");
  expect(first.trim().split("\n")[0]).not.toMatch(/^\s*1\s*$/);
  // Page 2 starts with its page number, then the repeated table header.
  const lines = second.split("\n").filter((l) => l.trim());
  expect(lines[0].trim()).toBe("2");
  expect(second).toContain("Mã nhiệm vụ");
  expect(second).toContain("Báo cáo CCHC");
  // The total closes the report's last page.
  expect(await pdfText(pdf, pages)).toMatch(/Tổng\s+1830/);
  expect(await pdfText(pdf)).not.toContain("cchc-report/1");
}, 120_000);

test("LibreOffice recalculates stale cached results and keeps tables and names", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply(fullEdit(3));
  const ws = wb.workbook.getWorksheet(REPORT)!;
  // Stale caches, as a file edited elsewhere would carry.
  ws.getCell("G7").value = { formula: "F7*2", result: 999 } as never;
  ws.getCell("K1").value = { formula: "TODAY()", result: 1 } as never;
  const file = path.join(dir(), "stale.xlsx");
  // Written directly, without the fullCalcOnLoad flag toBuffer sets: the helper must force it.
  await writeFile(file, new Uint8Array(await wb.workbook.xlsx.writeBuffer()));
  expect(readWorkbookFile(await readFile(file)).data(REPORT).values[6][6]).toBe(999);

  const out = await recalculate(file);
  expect(path.dirname(out)).toBe(dir());
  const after = readWorkbookFile(await readFile(out));
  const data = after.data(REPORT, { formulas: true });
  expect(data.values[6][6]).toBe(2);
  expect(data.formulas![6][6]).toBe("=F7*2");
  expect(data.values[10][5]).toBe(6); // =SUM(F7:F9), never cached by ExcelJS
  const today = new Date();
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const computed = data.values[0][10];
  expect(computed).toBeInstanceOf(Date);
  expect(Math.abs((computed as Date).getTime() - todayUtc)).toBeLessThanOrEqual(86_400_000);

  expect(data.tables).toEqual([{ name: "BaoCao", range: "A6:I9" }]);
  expect(after.names.map((n) => n.name).sort()).toEqual(["DonVi", "KyBaoCao"]);
  expect(data.values[6][1]).toBe('=HYPERLINK("http://example.invalid","bấm")');
  // LibreOffice has no "very hidden": it saves the sheet as hidden. Still not visible.
  expect(after.sheets.find((s) => s.name === META)?.visibility).toBe("hidden");
}, 120_000);
