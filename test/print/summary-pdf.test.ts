/**
 * The provincial summary of a 28-unit merge, made print-ready by "Chuẩn bị in" and printed to
 * PDF by LibreOffice, checked the way Sở Nội vụ's clerk would check the appendix before
 * signing: A4 landscape, the decree's margins, the header block and its rules, the table's
 * header on every page, nothing cut off, page numbers from page 2, the signature block, the font.
 *
 * UPDATE_DOCS_IMG=1 also writes docs/img/summary-page1.png and summary-page2.png
 * (scripts/render-summary-png.mjs).
 */
import { copyFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expectedReportersFor } from "../../src/domain/schedule";
import { type MergeFile } from "../../src/app/merge";
import { mergeFiles } from "../../src/app/files/merge";
import { preparePrint } from "../../src/app/preparePrint";
import { summaryTitleFor } from "../../src/domain/print";
import { plan2020 } from "../../src/domain/plan";
import { caps, MARGIN_RANGES_MM, MOTTO, NATIONAL_TITLE } from "../../src/domain/print";
import { yenBai2020 } from "../../src/domain/registry";
import { translate } from "../../src/i18n";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { countKeys, filledForm } from "../helpers/forms";
import { convertToPdf, pdfInfo, pdfText } from "../helpers/libreoffice";
import { useTempDir } from "../helpers/tmp";
import {
  A4_LANDSCAPE,
  docsImg,
  flat,
  linesOf,
  MM_PER_INCH,
  pageToPng,
  pageXml,
  pdfFonts,
  pdfWords,
  PT_PER_MM,
  saveForPrinting,
  type PageXml,
  type Word,
} from "./printChecks";

const PERIOD = "2020-H1";
const SHEET = `Tổng hợp ${PERIOD}`;
const HEADERS = [
  "stt",
  "taskCode",
  "content",
  "indicator",
  "measureUnit",
  "periodTotal",
  "cumulative",
].map((k) => translate("vi", `merge.summary.col.${k}`));

/** A run of words on one line, split where the gap between words is wide (two table cells). */
interface Segment {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

function segments(words: Word[]): Segment[] {
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const lines: Word[][] = [];
  for (const w of sorted) {
    const line = lines.find((l) => Math.abs(l[0].yMin - w.yMin) < 3);
    if (line) line.push(w);
    else lines.push([w]);
  }
  const out: Segment[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.xMin - b.xMin);
    let current: Word[] = [];
    const flush = () => {
      if (!current.length) return;
      out.push({
        // LibreOffice draws the Vietnamese letters Liberation Serif 1.07 lacks with a fallback
        // font, which splits words; spaces are dropped so "SỞ NỘI VỤ" reads as "SỞNỘIVỤ".
        text: current.map((w) => w.text).join(""),
        xMin: current[0].xMin,
        xMax: current[current.length - 1].xMax,
        yMin: Math.min(...current.map((w) => w.yMin)),
      });
      current = [];
    };
    for (const w of line) {
      if (current.length && w.xMin - current[current.length - 1].xMax > 20) flush();
      current.push(w);
    }
    flush();
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, "");
const center = (s: Segment) => (s.xMin + s.xMax) / 2;
const width = (s: Segment) => s.xMax - s.xMin;

function segmentOf(all: Segment[], text: string): Segment {
  const found = all.find((s) => s.text === squash(text));
  if (!found) throw new Error(`No line "${text}" on the page`);
  return found;
}

/** The rule (a run of em dashes) right under a line of the header block. */
function ruleUnder(all: Segment[], line: Segment): Segment {
  const rule = all.find(
    (s) =>
      /^—+$/.test(s.text) &&
      s.yMin > line.yMin &&
      s.yMin - line.yMin < 25 &&
      Math.abs(center(s) - center(line)) < 40,
  );
  if (!rule) throw new Error(`No rule under "${line.text}"`);
  return rule;
}

describe("the summary of a 28-unit merge, printed", () => {
  const dir = useTempDir("cchc-print-summary-");
  let pdf = "";
  let xml: PageXml;
  let pages = 0;
  let firstTotal = 0;

  beforeAll(async () => {
    const units = expectedReportersFor(yenBai2020, PERIOD);
    expect(units).toHaveLength(28);
    const files: MergeFile[] = [];
    for (const [i, unit] of units.entries()) {
      const values: Record<string, number> = {};
      const cumulative: Record<string, number> = {};
      countKeys(unit.code).forEach((key, j) => {
        values[key] = ((i * 7 + j * 3) % 23) + 1;
        cumulative[key] = values[key] + 10;
      });
      firstTotal += values["II.2.a/HN"] ?? 0;
      const bytes = await filledForm({ unit: unit.code, period: PERIOD, values, cumulative });
      files.push({ name: `${unit.code}.xlsx`, bytes });
    }
    const merged = await mergeFiles({
      files,
      period: PERIOD,
      plan: plan2020,
      registry: yenBai2020,
    });
    expect(merged.result.accepted).toHaveLength(28);

    const wb = await XlsxWorkbook.load(merged.summaryBytes);
    const prepared = await preparePrint(wb, {
      kind: "summary",
      plan: plan2020,
      registry: yenBai2020,
      // What the clerk fills in the task pane before printing.
      settings: { reportNumber: "125", date: "2020-06-10", signerName: "Nguyễn Văn An" },
    });
    expect(prepared.sheet).toBe(SHEET);
    const bytes = await saveForPrinting(wb, SHEET);
    xml = pageXml(bytes, SHEET);
    const file = path.join(dir(), "tong-hop.xlsx");
    await writeFile(file, bytes);
    pdf = await convertToPdf(file, dir());
    pages = (await pdfInfo(pdf)).pages;
  });

  test("is A4 landscape on every page, and the summary runs over more than one page", async () => {
    const info = await pdfInfo(pdf);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    for (const size of info.pageSizes) {
      expect(size.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
      expect(size.height).toBeCloseTo(A4_LANDSCAPE.height, 0);
    }
    expect(xml.pageSetup).toMatchObject({ paperSize: "9", orientation: "landscape" });
  });

  test("has margins inside the decree's ranges, the page number inside the top margin", () => {
    const mm = (side: string) => xml.margins[side] * MM_PER_INCH;
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const [min, max] = MARGIN_RANGES_MM[side];
      expect(mm(side)).toBeGreaterThanOrEqual(min - 0.01);
      expect(mm(side)).toBeLessThanOrEqual(max + 0.01);
    }
    expect(mm("header")).toBeGreaterThan(0);
    expect(mm("header")).toBeLessThan(mm("top"));
  });

  test("puts the table where the margins say: 30 mm from the left, nothing past the right margin", async () => {
    for (let p = 1; p <= pages; p++) {
      const words = await pdfWords(pdf, p);
      const left = Math.min(...words.map((w) => w.xMin));
      const right = Math.max(...words.map((w) => w.xMax));
      // Text starts a hair inside the cell; the page number is centred.
      expect(left).toBeGreaterThanOrEqual(30 * PT_PER_MM);
      expect(left).toBeLessThan(30 * PT_PER_MM + 6);
      expect(right).toBeLessThanOrEqual(A4_LANDSCAPE.width - 15 * PT_PER_MM);
    }
  });

  test("prints the quốc hiệu, the motto, the agency, the date line, the title and the reference", async () => {
    const text = await pdfText(pdf, 1);
    const lines = linesOf(text);
    expect(lines[0]).toContain("UBND TỈNH YÊN BÁI");
    expect(lines[0]).toContain(NATIONAL_TITLE);
    expect(lines[1]).toContain("SỞ NỘI VỤ");
    expect(lines[1]).toContain(MOTTO);
    expect(flat(text)).toContain("Yên Bái, ngày 10 tháng 6 năm 2020");
    // The title in capitals, the period on its own line.
    const [title, period] = caps(summaryTitleFor("6 tháng đầu năm 2020")).split("\n");
    expect(lines).toContain(title);
    expect(lines).toContain(period);
    expect(flat(text)).toContain("(Kèm theo Báo cáo số 125/BC-SNV ngày 10/6/2020)");
  });

  test("draws a short rule under SỞ NỘI VỤ and a rule as long as the motto, centred on them", async () => {
    const all = segments(await pdfWords(pdf, 1));
    const agency = segmentOf(all, "SỞ NỘI VỤ");
    const agencyRule = ruleUnder(all, agency);
    expect(Math.abs(center(agencyRule) - center(agency))).toBeLessThan(3);
    // Nghị định 30/2020: one third to one half of the line above it.
    expect(width(agencyRule) / width(agency)).toBeGreaterThanOrEqual(0.3);
    expect(width(agencyRule) / width(agency)).toBeLessThanOrEqual(0.55);

    const motto = segmentOf(all, MOTTO);
    const mottoRule = ruleUnder(all, motto);
    expect(Math.abs(center(mottoRule) - center(motto))).toBeLessThan(3);
    // The decree wants the rule as long as the motto: within 3 % (whole em dashes of 13 pt).
    expect(width(mottoRule) / width(motto)).toBeGreaterThan(0.97);
    expect(width(mottoRule) / width(motto)).toBeLessThan(1.03);
    // The quốc hiệu is centred over the motto, the agency under the parent agency.
    expect(Math.abs(center(segmentOf(all, NATIONAL_TITLE)) - center(motto))).toBeLessThan(3);
    expect(Math.abs(center(segmentOf(all, "UBND TỈNH YÊN BÁI")) - center(agency))).toBeLessThan(3);
  });

  test("shows every column whole on page 1, at full size, with the figures summed", async () => {
    // The columns fill the page: printed at 100 % without Fit To, so the page breaks hold.
    expect(xml.fitToPage).toBe(false);
    expect(xml.pageSetup).toMatchObject({ scale: "100" });
    const words = await pdfWords(pdf, 1);
    const pieces = segments(words).map((s) => s.text);
    for (const header of HEADERS) {
      for (const word of header.split(" ")) {
        expect(pieces.some((p) => p.includes(word))).toBe(true);
      }
    }
    // The rightmost column ("Lũy kế từ đầu năm") is on the page, at its right edge.
    const last = words.find((w) => w.text === "Lũy")!;
    expect(last.xMin).toBeGreaterThan(A4_LANDSCAPE.width * 0.8);
    // 12 pt text prints at 12 pt (Liberation Serif's box is 1.3 em): not shrunk to fit.
    const code = words.find((w) => w.text === "II.2.a")!;
    expect(code.yMax - code.yMin).toBeGreaterThan(12 * 1.3 * 0.96);
    const line = linesOf(await pdfText(pdf, 1)).find((l) => l.includes("tọa đàm, hội thảo"));
    expect(line).toMatch(new RegExp(`\\b${firstTotal}\\b`));
  });

  test("repeats the table's header at the top of every page after the first", async () => {
    expect(xml.names["_xlnm.Print_Titles"]).toBe(`'${SHEET}'!$9:$9`);
    for (let p = 2; p <= pages; p++) {
      const text = flat(await pdfText(pdf, p));
      for (const header of ["STT", "Nội dung nhiệm vụ", "Chỉ tiêu", "Đơn vị tính"]) {
        expect(text).toContain(header);
      }
      const stt = (await pdfWords(pdf, p)).find((w) => w.text === "STT")!;
      expect(stt.yMin).toBeLessThan(25 * PT_PER_MM + 30);
    }
  });

  test("numbers pages from 2, centred at the top, and leaves page 1 unnumbered", async () => {
    expect(xml.headerFooter).toContain('differentFirst="1"');
    expect(xml.headerFooter).toMatch(/<oddHeader>&C&"Times New Roman,Regular"&13&P<\/oddHeader>/);
    expect(xml.headerFooter).not.toMatch(/<firstHeader>[^<]*&P/);
    const first = linesOf(await pdfText(pdf, 1));
    expect(first[0]).not.toBe("1");
    expect(first.slice(0, first.indexOf("STT") >= 0 ? first.indexOf("STT") : 8)).not.toContain("1");
    for (let p = 2; p <= pages; p++) {
      const words = await pdfWords(pdf, p);
      const top = words.reduce((a, b) => (b.yMin < a.yMin ? b : a));
      expect(top.text).toBe(String(p));
      // Centred between the margins (left 30 mm, right 15 mm), as Excel centres its header.
      const middle = (30 * PT_PER_MM + A4_LANDSCAPE.width - 15 * PT_PER_MM) / 2;
      expect(Math.abs((top.xMin + top.xMax) / 2 - middle)).toBeLessThan(3);
      expect(top.yMax).toBeLessThan(20 * PT_PER_MM);
    }
  });

  test("ends with the signature block", async () => {
    const text = flat(await pdfText(pdf, pages));
    // An appendix: no "Nơi nhận: - Như trên" (there is no "Kính gửi" it could point to).
    expect(text).not.toMatch(/Nơi nhận|Như trên/);
    expect(text).toContain("GIÁM ĐỐC");
    expect(text).toContain("Nguyễn Văn An");
  });

  test("prints in Times New Roman (here its metric twin Liberation Serif), nothing else", async () => {
    const fonts = await pdfFonts(pdf);
    expect(fonts.some((f) => /^(TimesNewRoman|LiberationSerif)/.test(f))).toBe(true);
    // Debian's fonts-liberation 1.07 has no Vietnamese letters with a dot below or a hook
    // (U+1EA0–U+1EF9): LibreOffice draws those letters with fontconfig's serif fallback,
    // DejaVu Serif. No sans-serif or other face may appear.
    for (const font of fonts) expect(font).toMatch(/^(TimesNewRoman|LiberationSerif|DejaVuSerif)/);
  });

  test("renders pages 1 and 2 as PNG (written to docs/img with UPDATE_DOCS_IMG=1)", async () => {
    for (const page of [1, 2]) {
      const png = await pageToPng(pdf, page, path.join(dir(), `summary-page${page}`));
      if (process.env.UPDATE_DOCS_IMG === "1") {
        await copyFile(png, docsImg(`summary-page${page}.png`));
      }
    }
  });
});
