/**
 * The task matrix printed by LibreOffice, row by row: every task's text is printed whole, inside
 * its row (no line runs into the row below), and rows are not so much taller than their text
 * that the 31-row matrix needs 11 pages.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { matrixFile } from "../../src/app/files/matrix";
import { buildMatrixEdit, MATRIX_SHEET } from "../../src/domain/matrix";
import { plan2020 } from "../../src/domain/plan";
import { columnPx, DEFAULT_DIGIT_PX, OFFICIAL_MARGINS_MM, PT_PER_PX } from "../../src/domain/print";
import { yenBai2020 } from "../../src/domain/registry";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { convertToPdf, pdfInfo } from "../helpers/libreoffice";
import { useTempDir } from "../helpers/tmp";
import { pdfWords, PT_PER_MM, saveForPrinting, type Word } from "../print/printChecks";

const dir = useTempDir("cchc-matrix-rows-");

test("every row's text prints whole inside its row, on fewer pages than before (11)", async () => {
  const wb = await XlsxWorkbook.load(await matrixFile({ plan: plan2020, registry: yenBai2020 }));
  const xlsx = path.join(dir(), "ma-tran.xlsx");
  await writeFile(xlsx, await saveForPrinting(wb, MATRIX_SHEET));
  const pdf = await convertToPdf(xlsx, dir());
  const { pages } = await pdfInfo(pdf);
  // 10 before the file carried the official header block and the signature (issue 15).
  expect(pages).toBeLessThanOrEqual(11);

  // Column edges on the page: the left margin, then the widths the matrix asks for.
  const sheet = buildMatrixEdit({ plan: plan2020, registry: yenBai2020 }).edit.sheets[0];
  const edges = [OFFICIAL_MARGINS_MM.left * PT_PER_MM];
  for (const c of sheet.columns ?? [])
    edges.push(edges[edges.length - 1] + columnPx(c.width ?? 8.43, DEFAULT_DIGIT_PX) * PT_PER_PX);
  const columnOf = (w: Word) => edges.findIndex((e, i) => w.xMin >= e - 1 && w.xMin < edges[i + 1]);
  const body = sheet.blocks?.[1].values.slice(1) ?? [];

  const printedContent = new Map<number, string>();
  let rowsChecked = 0;
  for (let p = 1; p <= pages; p++) {
    const words = await pdfWords(pdf, p);
    // A row starts where its number (STT, column A) starts: cells are aligned to the top.
    const numbers = words
      .filter((w) => columnOf(w) === 0 && /^\d+$/.test(w.text))
      .sort((a, b) => a.yMin - b.yMin);
    numbers.forEach((n, i) => {
      const next = numbers[i + 1];
      const inRow = words.filter(
        (w) => w.yMin >= n.yMin - 2 && (!next || w.yMin < next.yMin - 2) && columnOf(w) > 0,
      );
      const content = inRow.filter((w) => columnOf(w) === 2).map((w) => w.text);
      printedContent.set(Number(n.text), content.join(" "));
      if (!next) return;
      // The next row's top border is about a point above its number: no text may reach it.
      const bottom = Math.max(...inRow.map((w) => w.yMax));
      expect(bottom).toBeLessThanOrEqual(next.yMin - 1.5);
      rowsChecked++;
    });
  }
  expect(rowsChecked).toBeGreaterThanOrEqual(body.length - pages);
  // Nothing was cut off: each task's text is printed whole. Spaces are left out of the
  // comparison: letters LibreOffice draws from a fallback font come out as words of their own.
  const flat = (s: unknown) => String(s).replace(/\s+/g, "").normalize("NFC");
  body.forEach((row) => {
    expect(flat(printedContent.get(Number(row[0])))).toBe(flat(row[2]));
  });
});
