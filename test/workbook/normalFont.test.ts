/**
 * The Normal-style font, set and read in one place (src/workbook/xlsx/normalFont.ts) for every
 * file the add-in writes: forms, the matrix, the merge summary and the tracking file it updates.
 */
import { strFromU8, unzipSync } from "fflate";
import { reportFormFile } from "../../src/app/files/forms";
import { matrixFile } from "../../src/app/files/matrix";
import { summaryWorkbookBytes } from "../../src/app/files/merge";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { mergeForms } from "../../src/domain/rollup";
import { normalFontOf, setNormalFont, XlsxWorkbook } from "../../src/workbook/xlsx";

const ONE_CELL = {
  sheets: [{ name: "S", mode: "create" as const, blocks: [{ at: "A1", values: [[1]] }] }],
};

/** What ExcelJS writes by itself, without the adapter's Normal style. */
async function plainWorkbook(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply(ONE_CELL);
  return new Uint8Array(await wb.workbook.xlsx.writeBuffer());
}

test("the adapter writes a Times New Roman 12 Normal style; a loaded file keeps its own", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply(ONE_CELL);
  const bytes = await wb.toBuffer();
  expect(normalFontOf(bytes)).toEqual({ name: "Times New Roman", size: 12 });
  const own = setNormalFont(bytes, { name: "Arial", size: 10 });
  const again = await XlsxWorkbook.load(own);
  await again.apply({
    sheets: [{ name: "S", mode: "update", blocks: [{ at: "B1", values: [[2]] }] }],
  });
  expect(normalFontOf(await again.toBuffer())).toEqual({ name: "Arial", size: 10 });
  // …unless the caller names one (the matrix written into a user's workbook).
  const forced = await XlsxWorkbook.load(own, {
    normalFont: { name: "Times New Roman", size: 13 },
  });
  expect(normalFontOf(await forced.toBuffer())).toEqual({ name: "Times New Roman", size: 13 });
});

test("ExcelJS writes Calibri 11; setNormalFont makes it the given font, and normalFontOf reads it", async () => {
  const bytes = await plainWorkbook();
  expect(normalFontOf(bytes)).toEqual({ name: "Calibri", size: 11 });
  const set = setNormalFont(bytes, { name: "Times New Roman", size: 13 });
  expect(normalFontOf(set)).toEqual({ name: "Times New Roman", size: 13 });
  // The theme link is dropped, so Excel takes the name as written.
  const styles = strFromU8(unzipSync(set)["xl/styles.xml"]);
  expect(/<fonts\b[^>]*>\s*<font>([\s\S]*?)<\/font>/.exec(styles)?.[1]).not.toContain("scheme");
  // Still a workbook the adapter opens, with its data.
  const again = await XlsxWorkbook.load(set);
  expect((await again.read([{ sheet: "S" }]))[0].values).toEqual([[1]]);
});

test("a font name with XML characters is escaped on the way in and read back as it was", async () => {
  const set = setNormalFont(await plainWorkbook(), { name: 'A & "B"', size: 12 });
  expect(normalFontOf(set)).toEqual({ name: 'A & "B"', size: 12 });
});

test("normalFontOf is null for what is not a workbook", () => {
  expect(normalFontOf(new Uint8Array([1, 2, 3]))).toBeNull();
});

test("forms, the matrix and the merge summary all print in Times New Roman 12", async () => {
  const tnr12 = { name: "Times New Roman", size: 12 };
  const unit = yenBai2020.agencies.find((a) => a.code === "SNV")!;
  const form = await reportFormFile({ plan: plan2020, unit, period: "2020-H1" });
  const matrix = await matrixFile({ plan: plan2020, registry: yenBai2020 });
  const empty = mergeForms({
    plan: plan2020,
    period: "2020-H1",
    expected: [],
    resolveUnit: () => null,
    inputs: [],
  });
  const summary = await summaryWorkbookBytes(empty, { plan: plan2020 });
  for (const bytes of [form, matrix, summary]) expect(normalFontOf(bytes)).toEqual(tnr12);
});
