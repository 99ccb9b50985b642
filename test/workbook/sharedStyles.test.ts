/**
 * The file adapter gives cells formatted alike one style object (fast to save); changing one of
 * those cells later must never restyle the others.
 */
import { XlsxWorkbook } from "../../src/workbook/xlsx";

const SHEET = "Số liệu";

async function reopened(wb: XlsxWorkbook) {
  const again = await XlsxWorkbook.load(await wb.toBuffer());
  return again.workbook.getWorksheet(SHEET)!;
}

describe("XlsxWorkbook: cells formatted alike, then one changed", () => {
  test("a later format, a date and a bottom rule change only their own cells", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({
      sheets: [
        {
          name: SHEET,
          mode: "create",
          blocks: [
            {
              at: "A1",
              values: [
                [1, 2, 3],
                [4, 5, 6],
              ],
              format: { border: false, borderBottom: true, hAlign: "right", numberFormat: "0" },
            },
          ],
        },
      ],
    });
    await wb.apply({
      sheets: [
        {
          name: SHEET,
          mode: "update",
          blocks: [{ at: "C2", values: [[new Date(Date.UTC(2020, 5, 30))]] }],
          formats: [{ range: "B1", format: { bold: true, fill: "#FFFF00" } }],
        },
      ],
    });
    const ws = await reopened(wb);

    // Only B1 is bold and filled.
    expect(ws.getCell("B1").font.bold).toBe(true);
    expect(ws.getCell("B1").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    for (const a of ["A1", "C1", "A2", "B2", "C2"]) {
      expect(ws.getCell(a).font.bold).toBeFalsy();
      expect(ws.getCell(a).fill).not.toMatchObject({ pattern: "solid" });
    }
    // Every cell keeps the block's alignment and its Times New Roman.
    for (const a of ["A1", "B1", "C1", "A2", "B2", "C2"]) {
      expect(ws.getCell(a).alignment?.horizontal).toBe("right");
      expect(ws.getCell(a).font.name).toBe("Times New Roman");
    }
    // The bottom rule only on the block's last row.
    expect(ws.getCell("A1").border?.bottom).toBeUndefined();
    expect(ws.getCell("A2").border?.bottom?.style).toBe("thin");
    // C2's date format is C2's alone: its neighbours still show whole numbers.
    expect(ws.getCell("B2").numFmt).toBe("0");
    expect(ws.getCell("C1").numFmt).toBe("0");
    expect(ws.getCell("C2").value).toEqual(new Date(Date.UTC(2020, 5, 30)));
  });
});
