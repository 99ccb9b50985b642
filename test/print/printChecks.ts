/**
 * Looking at a printed appendix the way a reviewer would: the workbook's page setup in its XML,
 * the PDF LibreOffice prints from it (pages, words with their positions, fonts) and PNGs of it.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { withNormalFont } from "../../src/app/files/forms";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { openPackage } from "../workbook/packageXml";

const run = promisify(execFile);

export const MM_PER_INCH = 25.4;
export const PT_PER_MM = 72 / MM_PER_INCH;
/** A4 landscape in points, as poppler reports it. */
export const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

/**
 * Save the workbook so that only `sheet` prints (LibreOffice prints every visible sheet; a user
 * prints the active one): the others are hidden. The Normal style is set back to Times New
 * Roman 12, which ExcelJS drops on every save (see withNormalFont).
 */
export async function saveForPrinting(wb: XlsxWorkbook, sheet: string): Promise<Uint8Array> {
  const others = (await wb.sheets()).filter((s) => s.name !== sheet && s.visibility === "visible");
  await wb.apply({
    sheets: [
      { name: sheet, mode: "update", activate: true },
      ...others.map((s) => ({
        name: s.name,
        mode: "update" as const,
        visibility: "hidden" as const,
      })),
    ],
  });
  return withNormalFont(await wb.toBuffer());
}

export interface PageXml {
  sheet: string;
  pageSetup: Record<string, string>;
  margins: Record<string, number>;
  fitToPage: boolean;
  headerFooter: string;
  /** Defined names of this sheet (local), by name: "_xlnm.Print_Titles" → "'S'!$9:$9". */
  names: Record<string, string>;
}

const attrs = (el: string | undefined): Record<string, string> =>
  Object.fromEntries([...(el ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The page setup of a sheet as the file stores it. */
export function pageXml(xlsx: Uint8Array, sheet: string): PageXml {
  const pkg = openPackage(xlsx);
  const xml = pkg.sheet(sheet);
  const workbook = pkg.files["xl/workbook.xml"];
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => unescape(m[1]));
  const index = sheets.indexOf(sheet);
  const names: Record<string, string> = {};
  for (const m of workbook.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)) {
    const a = attrs(m[1]);
    if (Number(a.localSheetId) === index) names[a.name] = unescape(m[2]);
  }
  const margins = Object.fromEntries(
    Object.entries(attrs(/<pageMargins [^>]*>/.exec(xml)?.[0])).map(([k, v]) => [k, Number(v)]),
  );
  return {
    sheet: xml,
    pageSetup: attrs(/<pageSetup [^>]*>/.exec(xml)?.[0]),
    margins,
    fitToPage: /<pageSetUpPr [^>]*fitToPage="1"/.test(xml),
    headerFooter: unescape(
      /<headerFooter[\s\S]*?<\/headerFooter>|<headerFooter[^>]*\/>/.exec(xml)?.[0] ?? "",
    ),
    names,
  };
}

/** Fonts embedded in the PDF, without the subset prefix ("LiberationSerif-Bold"). */
export async function pdfFonts(pdf: string): Promise<string[]> {
  const { stdout } = await run("pdffonts", [pdf]);
  return stdout
    .split("\n")
    .slice(2)
    .map((l) => l.trim().split(/\s+/)[0])
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ""));
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of one page with their boxes in points (pdftotext -bbox). */
export async function pdfWords(pdf: string, page: number): Promise<Word[]> {
  const { stdout } = await run(
    "pdftotext",
    ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"],
    {
      maxBuffer: 20 * 1024 * 1024,
    },
  );
  return [
    ...stdout.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    text: unescape(m[5]),
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}

/** The non-empty lines of a page's text, trimmed. */
export const linesOf = (text: string): string[] =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** Collapse all whitespace, so texts a cell wrapped compare with the one-line original. */
export const flat = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Page `page` of the PDF as a PNG at `dpi`, written to `out` (".png" added by poppler). */
export async function pageToPng(pdf: string, page: number, out: string, dpi = 70): Promise<string> {
  await run("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    out,
  ]);
  return `${out}.png`;
}

export const docsImg = (name: string) => path.join(__dirname, "..", "..", "docs", "img", name);
