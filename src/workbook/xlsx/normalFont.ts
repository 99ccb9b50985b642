/**
 * The workbook's Normal-style font: font 0 of xl/styles.xml. ExcelJS always writes Calibri 11
 * there (the theme's "minor" font) and has no setting for it, yet it is what a cell typed
 * outside our tables gets and what Excel measures column widths with: widths fitted to A4 under
 * Times New Roman 12 would print too wide otherwise (LibreOffice, without Calibri, scales the
 * page to about 76 %). So the part is rewritten after writing, with the theme link dropped so
 * Excel takes the name as written.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export interface NormalFont {
  name: string;
  size: number;
}

const STYLES = "xl/styles.xml";
/** The first <font> of <fonts>: the Normal style's font. */
const FIRST_FONT = /(<fonts\b[^>]*>)\s*<font>([\s\S]*?)<\/font>/;

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * The same workbook with `font` as its Normal-style font. Throws when the file has no styles
 * part or no default font, rather than writing a broken file.
 */
export function setNormalFont(bytes: Uint8Array, font: NormalFont): Uint8Array {
  const files = unzipSync(bytes);
  const styles = files[STYLES];
  if (!styles) throw new Error("The workbook has no styles part");
  const xml = strFromU8(styles);
  if (!FIRST_FONT.test(xml)) throw new Error("The workbook's styles part has no default font");
  const normal = normalFontXml(font);
  files[STYLES] = strToU8(xml.replace(FIRST_FONT, (_, open: string) => `${open}${normal}`));
  return zipSync(files, { level: 6 });
}

/** The Normal style's <font> element (the theme's text colour, the font as written). */
export function normalFontXml(font: NormalFont): string {
  return (
    `<font><sz val="${font.size}"/><color theme="1"/>` +
    `<name val="${escapeXml(font.name)}"/><family val="1"/></font>`
  );
}

/** The workbook's Normal-style font; null when the file has none or cannot be read. */
export function normalFontOf(bytes: Uint8Array): NormalFont | null {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === STYLES });
    const xml = files[STYLES] ? strFromU8(files[STYLES]) : "";
    const font = FIRST_FONT.exec(xml)?.[2] ?? "";
    const name = /<name val="([^"]*)"/.exec(font)?.[1];
    const size = Number(/<sz val="([\d.]+)"/.exec(font)?.[1]);
    return name && size ? { name: unescapeXml(name), size } : null;
  } catch {
    return null;
  }
}
