/**
 * Filling numbers into a sheet by editing only its XML (the tracking workbook's received
 * dates): empty cells take the number and keep their style, cells holding something are left,
 * rows and cells missing from the XML are made in order, and a sheet in a form the patcher
 * does not handle is refused with nothing changed.
 */
import { strFromU8, unzipSync } from "fflate";
import {
  fillNumberCells,
  FillRefusedError,
  readWorkbookFile,
  XlsxWorkbook,
} from "../../src/workbook/xlsx";
import { patchPart } from "../helpers/forms";

async function book(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply({
    sheets: [
      {
        name: "S",
        mode: "replace",
        blocks: [
          {
            at: "A1",
            values: [
              ["a", null, "giữ"],
              [1, null, null],
            ],
          },
        ],
        formats: [{ range: "B1:B2", format: { numberFormat: "dd/mm/yyyy" } }],
      },
    ],
  });
  return wb.toBuffer();
}

const sheetXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);

test("empty cells are filled with their style, a cell with text is kept, new rows come in order", async () => {
  const before = await book();
  const { bytes, kept } = fillNumberCells(before, "S", [
    { cell: "B1", value: 43985 },
    { cell: "C1", value: 1 },
    { cell: "B5", value: 43986, styleFrom: "B2" },
    { cell: "D2", value: 7 },
  ]);
  expect(kept).toEqual(["C1"]);
  const data = readWorkbookFile(bytes!).data("S").values;
  expect(data[0][1]).toEqual(new Date(Date.UTC(2020, 5, 3)));
  expect(data[0][2]).toBe("giữ");
  expect(data[4][1]).toEqual(new Date(Date.UTC(2020, 5, 4)));
  expect(data[1][3]).toBe(7);
  const xml = sheetXml(bytes!);
  expect(xml.indexOf('r="2"')).toBeLessThan(xml.indexOf('r="5"'));
  expect(strFromU8(unzipSync(bytes!)["xl/workbook.xml"])).toContain('fullCalcOnLoad="1"');
});

test("nothing to fill: no new bytes", async () => {
  expect(fillNumberCells(await book(), "S", [{ cell: "A1", value: 3 }])).toEqual({
    bytes: null,
    kept: ["A1"],
  });
});

test("a sheet written with namespace prefixes is refused, not guessed at", async () => {
  const prefixed = patchPart(await book(), "xl/worksheets/sheet1.xml", (xml) =>
    xml.replace(/<(\/?)(sheetData|row|c|v)\b/g, "<$1x:$2"),
  );
  expect(() => fillNumberCells(prefixed, "S", [{ cell: "B1", value: 1 }])).toThrow(
    FillRefusedError,
  );
});
