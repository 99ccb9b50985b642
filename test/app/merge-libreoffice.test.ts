/**
 * Another program opens what the merge writes: LibreOffice prints the summary to PDF (A4
 * landscape, the official header, the figures) and recalculates the tracking workbook whose
 * received dates the merge filled, giving the status the domain expects.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { mergeFiles, normalFontOf, updateTrackingFile } from "../../src/app/files/merge";
import { TRACKING_LAYOUT, TRACKING_SHEET } from "../../src/domain/tracking";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { STATUS_TEXT } from "../../src/domain/schedule";
import { readWorkbookFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import { countKeys, filledForm } from "../helpers/forms";
import { convertToPdf, pdfInfo, pdfText, recalculate } from "../helpers/libreoffice";
import { useTempDir } from "../helpers/tmp";
import { tracking2020 } from "../helpers/tracking";

const dir = useTempDir("cchc-merge-lo-");
const PERIOD = "2020-H1";

test("the summary prints to PDF with LibreOffice: A4 landscape, official header, the totals", async () => {
  const units = ["SNV", "STP", "SVHTTDL", "H-VANYEN", "H-TRAMTAU", "TP-YENBAI"];
  const files = [];
  for (const [i, unit] of units.entries()) {
    const values: Record<string, number> = {};
    countKeys(unit).forEach((k, j) => (values[k] = (i + 1) * 10 + j));
    files.push({ name: `${unit}.xlsx`, bytes: await filledForm({ unit, period: PERIOD, values }) });
  }
  files.push({ name: "hong.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) });
  const { json, summaryBytes } = await mergeFiles({
    files,
    period: PERIOD,
    plan: plan2020,
    registry: yenBai2020,
  });
  expect(json.accepted).toHaveLength(units.length);
  // Column widths are fitted under a Times New Roman 12 Normal style; the file says so.
  expect(normalFontOf(summaryBytes)).toEqual({ name: "Times New Roman", size: 12 });

  const xlsx = path.join(dir(), "tong-hop.xlsx");
  await writeFile(xlsx, summaryBytes);
  const pdf = await convertToPdf(xlsx, path.join(dir(), "pdf"));
  const info = await pdfInfo(pdf);
  expect(info.paper).toBe("A4");
  expect(info.width).toBeGreaterThan(info.height); // landscape
  const first = await pdfText(pdf, 1);
  expect(first).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(first).toContain("Độc lập - Tự do - Hạnh phúc");
  expect(first).toMatch(/TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH/);
  const hn = String(json.totals["II.2.a/HN"]);
  expect(first).toMatch(new RegExp(`hội nghị, tập huấn, tọa đàm, hội thảo\\s+cuộc\\s+${hn}\\b`));
  // The rejected file is listed, with its reason, on the sheet that explains the summary.
  const all = await pdfText(pdf);
  expect(all).toContain("hong.xlsx");
  expect(all).toContain("Tệp bị hỏng, không đọc được");
}, 240_000);

test("received dates written by the merge give the statuses LibreOffice calculates", async () => {
  const tracking = XlsxWorkbook.create();
  await tracking.apply(tracking2020({ today: "2020-06-20" }));
  // H1 2020 is due "before 05/06": the 4th is the last day on time.
  const onTime = new Date(2020, 5, 4, 16, 30);
  const late = new Date(2020, 5, 8, 9, 0);
  const { result, receivedDates } = await mergeFiles({
    files: [
      {
        name: "van-yen.xlsx",
        bytes: await filledForm({ unit: "H-VANYEN", period: PERIOD }),
        mtime: onTime,
      },
      { name: "snv.xlsx", bytes: await filledForm({ unit: "SNV", period: PERIOD }), mtime: late },
    ],
    period: PERIOD,
    plan: plan2020,
    registry: yenBai2020,
  });
  expect(receivedDates).toEqual({ "van-yen.xlsx": "2020-06-04", "snv.xlsx": "2020-06-08" });
  const { bytes } = await updateTrackingFile(await tracking.toBuffer(), result, receivedDates);
  const file = path.join(dir(), "theo-doi.xlsx");
  await writeFile(file, bytes!);
  const recalculated = readWorkbookFile(new Uint8Array(await readFile(await recalculate(file))));
  const data = recalculated.data(TRACKING_SHEET);
  const header = data.values[TRACKING_LAYOUT.headerRow - 1];
  const col = header.findIndex((v) => typeof v === "string" && v.endsWith(`(${PERIOD})`));
  const status = (name: string) =>
    data.values.find((r) => r[TRACKING_LAYOUT.nameCol] === name)?.[col + 2];
  expect(status("UBND huyện Văn Yên")).toBe(STATUS_TEXT.onTime);
  expect(status("Sở Nội vụ")).toBe(STATUS_TEXT.late);
  expect(status("Sở Tư pháp")).toBe(STATUS_TEXT.overdue);
}, 240_000);
