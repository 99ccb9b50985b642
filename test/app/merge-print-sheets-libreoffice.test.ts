/**
 * The summary workbook's other sheets (Theo đơn vị, Đơn vị chưa nộp, Tệp bị từ chối, Nguồn số
 * liệu) print on A4 like the summary, not on the default Letter: landscape for the wide ones,
 * the table's header repeated on every page, the decree's margins and page numbers, and no
 * official header block (they are working lists).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { summaryWorkbookBytes } from "../../src/app/files/merge";
import { plan2020 } from "../../src/domain/plan";
import { expectedReporters, yenBai2020 } from "../../src/domain/registry";
import { mergeForms, SUMMARY_SHEETS, type MergeInput } from "../../src/domain/rollup";
import { printablePx, totalPx } from "../../src/domain/print";
import { DEFAULT_NORMAL_FONT } from "../../src/domain/print";
import { setNormalFont, XlsxWorkbook } from "../../src/workbook/xlsx";
import { convertToPdf, pdfInfo, pdfText } from "../helpers/libreoffice";
import { useTempDir } from "../helpers/tmp";
import { A4_LANDSCAPE, linesOf, pageXml } from "../print/printChecks";

const dir = useTempDir("cchc-merge-sheets-");

/** A merge where 70 files were refused: enough rows for the lists to run over a page. */
function manyRejected() {
  const inputs: MergeInput[] = Array.from({ length: 70 }, (_, i) => ({
    file: `bao-cao-${String(i + 1).padStart(2, "0")}.xlsx`,
    error: { code: "corrupt", message: "tệp bị cắt cụt, có thể tải về hoặc đính kèm chưa hết" },
  }));
  return mergeForms({
    plan: plan2020,
    period: "2020-H1",
    expected: expectedReporters(yenBai2020).map((a) => ({ code: a.code, name: a.name })),
    resolveUnit: () => null,
    inputs,
  });
}

const SHEETS: [string, "landscape" | "portrait", string][] = [
  // The units' columns repeat on every page across too (its figures run over several pages).
  [SUMMARY_SHEETS.byUnit, "landscape", `$A:$C,'${SUMMARY_SHEETS.byUnit}'!$3:$4`],
  [SUMMARY_SHEETS.missing, "portrait", "$3:$3"],
  [SUMMARY_SHEETS.rejected, "landscape", "$3:$3"],
  [SUMMARY_SHEETS.sources, "landscape", "$3:$3"],
];

test("each sheet has an A4 page setup with its header rows repeated", async () => {
  const bytes = await summaryWorkbookBytes(manyRejected(), { plan: plan2020 });
  for (const [sheet, orientation, rows] of SHEETS) {
    const xml = pageXml(bytes, sheet);
    expect({ sheet, ...xml.pageSetup }).toMatchObject({ sheet, paperSize: "9", orientation });
    expect(xml.names["_xlnm.Print_Titles"]).toBe(`'${sheet}'!${rows}`);
    // The decree's margins (30 mm left, 15 mm right), in inches.
    expect(xml.margins.left).toBeCloseTo(30 / 25.4, 3);
    expect(xml.margins.right).toBeCloseTo(15 / 25.4, 3);
    // Page numbers from page 2, as on the summary.
    expect(xml.headerFooter).toContain("&P");
  }
  // The lists fit one page wide at full size; the table by unit (a column per indicator) does
  // not try to, or it would print at a quarter of its size.
  const wb = await XlsxWorkbook.load(bytes);
  for (const [sheet, orientation] of SHEETS.slice(1)) {
    const ws = wb.workbook.getWorksheet(sheet)!;
    const widths = ws.columns.map((c) => c.width ?? 8.43);
    expect(totalPx(widths)).toBeLessThanOrEqual(printablePx(orientation));
    expect(pageXml(bytes, sheet).fitToPage).toBe(true);
  }
  expect(pageXml(bytes, SUMMARY_SHEETS.byUnit).fitToPage).toBe(false);
});

test("LibreOffice prints the rejected files on A4 landscape, the header on every page", async () => {
  const wb = await XlsxWorkbook.load(
    await summaryWorkbookBytes(manyRejected(), { plan: plan2020 }),
  );
  // Only this sheet: LibreOffice prints a hidden sheet that has a print area (the summary).
  const others = (await wb.sheets())
    .map((s) => s.name)
    .filter((n) => n !== SUMMARY_SHEETS.rejected);
  await wb.apply({ sheets: [], deleteSheets: others });
  const xlsx = path.join(dir(), "tong-hop.xlsx");
  await writeFile(xlsx, setNormalFont(await wb.toBuffer(), DEFAULT_NORMAL_FONT));
  const pdf = await convertToPdf(xlsx, dir());
  const info = await pdfInfo(pdf);
  expect(info.pages).toBeGreaterThanOrEqual(2);
  for (const size of info.pageSizes) {
    expect(size.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
    expect(size.height).toBeCloseTo(A4_LANDSCAPE.height, 0);
  }
  for (let p = 2; p <= info.pages; p++) {
    const lines = linesOf(await pdfText(pdf, p));
    expect(lines[0]).toBe(String(p));
    expect(lines[1]).toMatch(/^STT\s+Tệp\s+Tình trạng\s+Lý do$/);
  }
});
