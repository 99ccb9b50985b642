/**
 * The task matrix and the tracking sheet after "Chuẩn bị in", printed to PDF by LibreOffice:
 * A4 landscape, the official header block on page 1, the table's header at the top of every
 * later page under its page number, and the figures the tracking copy takes from the working
 * sheet by formula (LibreOffice calculates them on load).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { matrixFile } from "../../src/app/files/matrix";
import { preparePrint, TRACKING_PRINT_SHEET } from "../../src/app/preparePrint";
import { reportersOfYear } from "../../src/domain/schedule";
import { MATRIX_SHEET } from "../../src/domain/matrix";
import { plan2020 } from "../../src/domain/plan";
import { caps, documentTitle, NATIONAL_TITLE } from "../../src/domain/print";
import { yenBai2020 } from "../../src/domain/registry";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { convertToPdf, pdfInfo, pdfText } from "../helpers/libreoffice";
import { useTempDir } from "../helpers/tmp";
import {
  A4_LANDSCAPE,
  flat,
  linesOf,
  pageXml,
  pdfWords,
  PT_PER_MM,
  saveForPrinting,
} from "./printChecks";
import { tracking2020 } from "../helpers/tracking";

const dir = useTempDir("cchc-print-sheets-");

async function printed(wb: XlsxWorkbook, sheet: string, file: string) {
  const bytes = await saveForPrinting(wb, sheet);
  const xlsx = path.join(dir(), file);
  await writeFile(xlsx, bytes);
  const pdf = await convertToPdf(xlsx, dir());
  return { pdf, xml: pageXml(bytes, sheet), info: await pdfInfo(pdf) };
}

/** Checks shared by both sheets; returns the text of every page. */
async function checkPages(pdf: string, pages: number, headers: string[]): Promise<string[]> {
  const texts: string[] = [];
  for (let p = 1; p <= pages; p++) texts.push(await pdfText(pdf, p));
  const first = linesOf(texts[0]);
  expect(first[0]).toContain("UBND TỈNH YÊN BÁI");
  expect(first[0]).toContain(NATIONAL_TITLE);
  for (let p = 2; p <= pages; p++) {
    const lines = linesOf(texts[p - 1]);
    expect(lines[0]).toBe(String(p));
    // The table's header comes right under the page number, before any data.
    const body = flat(lines.slice(1, 6).join(" "));
    for (const h of headers) expect(body).toContain(h);
  }
  return texts;
}

function expectA4Landscape(info: Awaited<ReturnType<typeof pdfInfo>>) {
  expect(info.pages).toBeGreaterThanOrEqual(2);
  for (const size of info.pageSizes) {
    expect(size.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
    expect(size.height).toBeCloseTo(A4_LANDSCAPE.height, 0);
  }
}

test("the task matrix prints as the plan's appendix, its header row on every page", async () => {
  const wb = await XlsxWorkbook.load(await matrixFile({ plan: plan2020, registry: yenBai2020 }));
  await preparePrint(wb, { kind: "matrix" });
  const { pdf, xml, info } = await printed(wb, MATRIX_SHEET, "ma-tran.xlsx");
  expectA4Landscape(info);
  expect(xml.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: "1" });
  expect(xml.names["_xlnm.Print_Titles"]).toBe(`'${MATRIX_SHEET}'!$9:$9`);
  const texts = await checkPages(pdf, info.pages, ["STT", "Nội dung/hình thức", "Cơ quan chủ trì"]);
  expect(flat(texts[0])).toContain(flat(caps(documentTitle("matrix", 2020))));
  // Every task of the plan is printed, the last one followed by the signature block.
  const all = flat(texts.join(" "));
  for (const task of plan2020.tasks) expect(all).toContain(` ${task.code} `);
  expect(flat(texts[info.pages - 1])).toContain("GIÁM ĐỐC");
});

test("the tracking sheet prints through its copy, with the statuses LibreOffice calculates", async () => {
  const reporters = reportersOfYear(yenBai2020, 2020);
  const wb = XlsxWorkbook.create();
  await wb.apply(
    tracking2020({
      today: "2020-07-01",
      received: { "Sở Nội vụ": { "2020-Q1": "2020-03-02", "2020-H1": "2020-06-10" } },
    }),
  );
  await preparePrint(wb, { kind: "tracking" });
  const { pdf, xml, info } = await printed(wb, TRACKING_PRINT_SHEET, "theo-doi.xlsx");
  expectA4Landscape(info);
  expect(xml.names["_xlnm.Print_Titles"]).toBe(`'${TRACKING_PRINT_SHEET}'!$9:$11`);
  const texts = await checkPages(pdf, info.pages, ["STT", "Đơn vị", "Quý I năm 2020", "Ngày nhận"]);
  const page1 = linesOf(texts[0]);
  expect(flat(texts[0])).toContain(
    "TÌNH HÌNH GỬI BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2020",
  );
  // The deadline of each period once, in its header: 05/03/2020 less a day (a Wednesday).
  expect(flat(texts[0])).toContain("Hạn nộp: 04/03/2020");
  // Sở Nội vụ sent Q1 on time and the 6-month report late; Sở Tư pháp nothing yet (01/07).
  // A status that wraps in its cell prints on the lines just above and below the unit's line.
  const around = (unit: string) => {
    const i = page1.findIndex((l) => l.includes(unit));
    return flat(page1.slice(i - 1, i + 2).join(" "));
  };
  expect(page1.find((l) => l.includes("Sở Nội vụ"))).toMatch(
    /02\/03\/2020\s+10\/06\/2020\s+Nộp muộn/,
  );
  // Where a status wraps depends on the font's widths: only the order of its words is checked.
  expect(around("Sở Nội vụ")).toMatch(/Đã nộp .*đúng.* hạn/);
  expect(around("Sở Tư pháp")).toMatch(/Quá hạn .*chưa.* nộp/);
  // The rates close the table: 1 of the units has sent the Q1 report.
  const last = flat(texts[info.pages - 1]);
  const rate = ((1 / reporters.length) * 100).toFixed(1);
  expect(last).toMatch(new RegExp(`Tỷ lệ gửi báo cáo .*${rate.replace(".", "[.,]")}%`));
  expect(last).toContain("GIÁM ĐỐC");
  // All 10 columns on the page: nothing reaches into the right margin.
  for (let p = 1; p <= info.pages; p++) {
    const right = Math.max(...(await pdfWords(pdf, p)).map((w) => w.xMax));
    expect(right).toBeLessThanOrEqual(A4_LANDSCAPE.width - 15 * PT_PER_MM);
  }
});
