/**
 * Every printed page readable on its own (issue 15), read from the PDF LibreOffice prints:
 * - the summary of a 28-unit merge as `cchc merge` writes it: one title, the year said once; a
 *   task's indicator rows on one page; the signature never on a page without table rows; no
 *   "Nơi nhận: - Như trên" on an appendix;
 * - its by-unit sheet ("Theo đơn vị"): no page of figures without the units' names;
 * - the task matrix as `cchc matrix` writes it: Quốc hiệu and Tiêu ngữ on its first page, one
 *   title, the signature with table rows.
 *
 * UPDATE_DOCS_IMG=1 writes the pages looked at to docs/img (summary-unit-page*.png,
 * matrix-page*.png, summary-last.png).
 */
import { copyFile, writeFile } from "node:fs/promises";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import path from "node:path";
import { matrixFile } from "../../src/app/files/matrix";
import { mergeFiles } from "../../src/app/files/merge";
import type { MergeFile } from "../../src/app/merge";
import { plan2020 } from "../../src/domain/plan";
import {
  caps,
  documentTitle,
  MOTTO,
  NATIONAL_TITLE,
  printableHeightPt,
} from "../../src/domain/print";
import { yenBai2020 } from "../../src/domain/registry";
import { SUMMARY_SHEETS, summarySheetName } from "../../src/domain/rollup";
import { expectedReportersFor, findPeriod } from "../../src/domain/schedule";
import { countKeys, filledForm } from "../helpers/forms";
import { convertToPdf, pdfInfo, pdfText } from "../helpers/libreoffice";
import { useTempDir } from "../helpers/tmp";
import { docsImg, flat, pageToPng, pageXml } from "./printChecks";

const PERIOD = "2020-H1";
const dir = useTempDir("cchc-print-alone-");
const squash = (s: string) => s.replace(/\s+/g, "");

interface Printed {
  pdf: string;
  pages: string[];
}

/**
 * The file as written with `sheet` its only sheet (LibreOffice prints every sheet, hidden ones
 * too; a user prints one): the others are dropped from the workbook's list, with their names.
 * Not re-saved by ExcelJS (which drops page breaks): what is printed is what the command wrote.
 */
function only(bytes: Uint8Array, sheet: string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["xl/workbook.xml"]);
  const names = [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
  const index = names.indexOf(sheet);
  expect(index).toBeGreaterThanOrEqual(0);
  files["xl/workbook.xml"] = strToU8(
    xml
      .replace(/<sheet [^>]*name="([^"]*)"[^>]*\/>/g, (m, n: string) => (n === sheet ? m : ""))
      .replace(/<definedName [^>]*>[^<]*<\/definedName>/g, (m) => {
        const local = /localSheetId="(\d+)"/.exec(m);
        if (!local) return "";
        return Number(local[1]) === index
          ? m.replace(/localSheetId="\d+"/, 'localSheetId="0"')
          : "";
      })
      .replace(/activeTab="\d+"/, 'activeTab="0"'),
  );
  return zipSync(files);
}

async function print(bytes: Uint8Array, sheet: string, name: string): Promise<Printed> {
  const file = path.join(dir(), `${name}.xlsx`);
  await writeFile(file, only(bytes, sheet));
  const pdf = await convertToPdf(file, path.join(dir(), "pdf"));
  const { pages: count } = await pdfInfo(pdf);
  const pages: string[] = [];
  for (let p = 1; p <= count; p++) pages.push(await pdfText(pdf, p));
  return { pdf, pages };
}

async function savePng(pdf: string, page: number, name: string): Promise<void> {
  const png = await pageToPng(pdf, page, path.join(dir(), name), 60);
  if (process.env.UPDATE_DOCS_IMG === "1") await copyFile(png, docsImg(`${name}.png`));
}

/** Which pages a text is on (whitespace ignored, so wrapped cells still match). */
const pagesWith = (pages: string[], text: string) =>
  pages.flatMap((p, i) => (squash(p).includes(squash(text)) ? [i + 1] : []));

const units = expectedReportersFor(yenBai2020, PERIOD);
const unitNames = units.map((u) => u.name);
let summaryBytes: Uint8Array;

beforeAll(async () => {
  expect(units).toHaveLength(28);
  const files: MergeFile[] = [];
  for (const [i, unit] of units.entries()) {
    const values: Record<string, number> = {};
    countKeys(unit.code).forEach((key, j) => (values[key] = ((i * 7 + j * 3) % 23) + 1));
    files.push({
      name: `${unit.code}.xlsx`,
      bytes: await filledForm({ unit: unit.code, period: PERIOD, values }),
    });
  }
  const merged = await mergeFiles({ files, period: PERIOD, plan: plan2020, registry: yenBai2020 });
  summaryBytes = merged.summaryBytes;
}, 120_000);

describe("the summary, as cchc merge writes it", () => {
  let printed: Printed;
  beforeAll(async () => {
    printed = await print(summaryBytes, summarySheetName(PERIOD), "summary");
  }, 180_000);

  test("one title, the year said once, the period on a line of its own", () => {
    const [plan, period] = caps(documentTitle("summary", 2020, findPeriod(PERIOD)!.name)).split(
      "\n",
    );
    expect(pagesWith(printed.pages, plan)).toEqual([1]);
    expect(printed.pages[0]).toContain(period);
    expect(flat(printed.pages.join(" "))).not.toMatch(/\(6 THÁNG/);
  });

  test("a task's indicator rows print on one page", () => {
    // A merged task cell split over two pages prints its code on both.
    for (const task of plan2020.tasks.filter((t) => t.indicators.length > 1)) {
      const code = new RegExp(`(^|\\s)${task.code.replace(/\./g, "\\.")}(\\s|$)`, "m");
      const pages = printed.pages.flatMap((p, i) => (code.test(p) ? [i + 1] : []));
      expect({ task: task.code, pages: pages.length }).toEqual({ task: task.code, pages: 1 });
    }
    expect(printed.pages.length).toBeGreaterThan(1);
  });

  test("the signature prints with table rows, and an appendix names no 'Như trên'", async () => {
    const signed = pagesWith(printed.pages, "GIÁM ĐỐC");
    expect(signed).toHaveLength(1);
    const page = printed.pages[signed[0] - 1];
    const last = plan2020.tasks.filter((t) => t.indicators.length).at(-1)!;
    expect(page).toContain(last.code);
    expect(page).toMatch(/STT/);
    expect(printed.pages.join("\n")).not.toMatch(/Như trên|Nơi nhận/);
    await savePng(printed.pdf, signed[0], "summary-last");
  });

  test("the file sets the breaks it was computed with (a page starts at each)", () => {
    const xml = pageXml(summaryBytes, summarySheetName(PERIOD)).sheet;
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks.length).toBe(printed.pages.length - 1);
    expect(printableHeightPt("landscape")).toBeGreaterThan(480);
  });
});

describe("the by-unit sheet of the summary", () => {
  let printed: Printed;
  beforeAll(async () => {
    printed = await print(summaryBytes, SUMMARY_SHEETS.byUnit, "by-unit");
  }, 180_000);

  test("repeats the units' columns on every page across, the header rows on every page down", () => {
    const names = pageXml(summaryBytes, SUMMARY_SHEETS.byUnit).names;
    expect(names["_xlnm.Print_Titles"]).toBe(
      `'${SUMMARY_SHEETS.byUnit}'!$A:$C,'${SUMMARY_SHEETS.byUnit}'!$3:$4`,
    );
  });

  test("no page of figures without the names of its units", async () => {
    await savePng(printed.pdf, 1, "summary-unit-page1");
    await savePng(printed.pdf, 2, "summary-unit-page2");
    expect(printed.pages.length).toBeGreaterThan(2);
    printed.pages.forEach((page, i) => {
      const named = unitNames.filter((n) => squash(page).includes(squash(n)));
      expect({ page: i + 1, named: named.length >= 5 }).toEqual({ page: i + 1, named: true });
      expect({ page: i + 1, stt: /STT/.test(page) }).toEqual({ page: i + 1, stt: true });
    });
    // The first unit is named on every page across (one per band of indicators).
    const across = printed.pages.filter((p) => /II\.2\.a\/HN|III\.\d\/[A-ZĐ]{2}/.test(p));
    expect(pagesWith(printed.pages, unitNames[0]).length).toBeGreaterThanOrEqual(2);
    expect(across.length).toBeGreaterThan(0);
  });
});

describe("the task matrix, as cchc matrix writes it", () => {
  let printed: Printed;
  beforeAll(async () => {
    const bytes = await matrixFile({ plan: plan2020, registry: yenBai2020 });
    printed = await print(bytes, "Bảng phân công nhiệm vụ", "matrix");
  }, 180_000);

  test("Quốc hiệu and Tiêu ngữ on its first page, with the one title", () => {
    expect(printed.pages[0]).toContain(NATIONAL_TITLE);
    expect(printed.pages[0]).toContain(MOTTO);
    const title = caps(documentTitle("matrix", 2020));
    expect(pagesWith(printed.pages, title)).toEqual([1]);
  });

  test("every task prints, the signature with the table's last rows", async () => {
    const all = flat(printed.pages.join(" "));
    for (const task of plan2020.tasks) expect(all).toContain(` ${task.code} `);
    const signed = pagesWith(printed.pages, "GIÁM ĐỐC");
    expect(signed).toEqual([printed.pages.length]);
    expect(printed.pages[signed[0] - 1]).toContain("IV");
    expect(printed.pages[signed[0] - 1]).toContain("III.6");
    await savePng(printed.pdf, 1, "matrix-page1");
    await savePng(printed.pdf, printed.pages.length, "matrix-last");
  });
});
