/**
 * Every workbook we write, printed by LibreOffice in one run: Nghị định 30/2020 asks for Times
 * New Roman throughout, so each PDF may hold Liberation Serif faces only (Times New Roman's
 * metric twin, fonts-liberation2, which has the Vietnamese letters). A Carlito face would mean
 * a cell fell back to Calibri; a DejaVu face, a letter the serif font could not draw.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { reportFormFile } from "../../src/app/files/forms";
import { matrixFile } from "../../src/app/files/matrix";
import { type MergeFile } from "../../src/app/merge";
import { mergeFiles, updateTrackingFile } from "../../src/app/files/merge";
import { preparePrint } from "../../src/app/preparePrint";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { cliRunner } from "../helpers/cli";
import { agencyOf, countKeys, filledForm } from "../helpers/forms";
import { convertAllToPdf, pdfText } from "../helpers/libreoffice";
import { useTempDir } from "../helpers/tmp";
import { pdfFonts } from "./printChecks";

const dir = useTempDir("cchc-fonts-");
const cchc = cliRunner(dir);
const PERIOD = "2020-H1";
const UNITS = ["SNV", "STP", "H-VANYEN"];

/** The font names of xl/styles.xml: the Normal style's first, then every cell style's. */
function styleFonts(xlsx: Uint8Array): string[] {
  const styles = strFromU8(unzipSync(xlsx)["xl/styles.xml"]);
  const fonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? "";
  return [...fonts.matchAll(/<font>[\s\S]*?<\/font>/g)].map(
    (m) => /<name val="([^"]*)"/.exec(m[0])?.[1] ?? "(none)",
  );
}

async function prepared(bytes: Uint8Array, opts: Parameters<typeof preparePrint>[1]) {
  const wb = await XlsxWorkbook.load(bytes);
  await preparePrint(wb, opts);
  return wb.toBuffer();
}

test("every workbook we write prints in Liberation Serif only, Vietnamese letters included", async () => {
  const files: Record<string, Uint8Array> = {};

  files["mau-bao-cao"] = await reportFormFile({
    plan: plan2020,
    unit: agencyOf("SNV"),
    period: PERIOD,
  });

  const matrix = await matrixFile({ plan: plan2020, registry: yenBai2020 });
  files["ma-tran"] = matrix;
  files["ma-tran-in"] = await prepared(matrix, { kind: "matrix" });

  const trackFile = path.join(dir(), "theo-doi.xlsx");
  expect(
    (await cchc("track", "--year", "2020", "--today", "2020-07-01", "--out", trackFile)).code,
  ).toBe(0);
  const tracking = new Uint8Array(await readFile(trackFile));
  files["theo-doi-in"] = await prepared(tracking, { kind: "tracking" });

  const forms: MergeFile[] = [];
  for (const [i, unit] of UNITS.entries()) {
    const values = Object.fromEntries(countKeys(unit).map((k, j) => [k, i + j + 1]));
    forms.push({ name: `${unit}.xlsx`, bytes: await filledForm({ unit, period: PERIOD, values }) });
  }
  const merged = await mergeFiles({
    files: forms,
    period: PERIOD,
    plan: plan2020,
    registry: yenBai2020,
  });
  expect(merged.result.accepted).toHaveLength(UNITS.length);
  files["tong-hop"] = merged.summaryBytes;
  files["tong-hop-in"] = await prepared(merged.summaryBytes, {
    kind: "summary",
    plan: plan2020,
    registry: yenBai2020,
  });
  const updated = await updateTrackingFile(tracking, merged.result, merged.receivedDates);
  expect(updated.bytes).not.toBeNull();
  files["theo-doi-sau-tong-hop"] = updated.bytes!;

  // In the file: the Normal style and every cell style name Times New Roman, so no cell can
  // fall back to Calibri, in Excel or anywhere else (hidden sheets included).
  const paths: string[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    expect({ name, fonts: [...new Set(styleFonts(bytes))] }).toEqual({
      name,
      fonts: ["Times New Roman"],
    });
    const file = path.join(dir(), `${name}.xlsx`);
    await writeFile(file, bytes);
    paths.push(file);
  }
  paths.push(trackFile);

  // On paper: one LibreOffice run prints them all.
  const pdfs = await convertAllToPdf(paths, path.join(dir(), "pdf"));
  for (const pdf of pdfs) {
    const name = path.basename(pdf);
    const fonts = [...new Set(await pdfFonts(pdf))].sort();
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect({ pdf: name, font }).toEqual({
        pdf: name,
        font: expect.stringMatching(/^LiberationSerif(-Bold|-Italic|-BoldItalic)?$/),
      });
    }
    // Letters with a dot below or a hook (U+1EA0–U+1EF9) are on the page, so the check above
    // covers them too.
    expect({ pdf: name, vietnamese: /[\u1EA0-\u1EF9]/.test(await pdfText(pdf)) }).toEqual({
      pdf: name,
      vietnamese: true,
    });
  }
}, 300_000);
