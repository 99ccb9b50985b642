/**
 * `--received` leaves the tracking workbook as the user keeps it (issue 13, finding 6): only
 * empty received-date cells are filled; a note typed there stays and is listed; the sheet's
 * password protection, its validations (not duplicated), a chart and a comment survive two
 * updates byte for byte; the previous version is kept beside it.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { TRACKING_LAYOUT, TRACKING_SHEET } from "../../src/domain/tracking";
import { cellAddress } from "../../src/domain/address";
import { parseDateCell } from "../../src/domain/schedule";
import { readWorkbookFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import { cliRunner } from "../helpers/cli";
import { filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";

const dir = useTempDir("cchc-received-");
const run = cliRunner(() => dir());
const at = (...p: string[]) => path.join(dir(), ...p);
const NOTE = "nhận bản giấy 02/06";
const SHEET_PART = "xl/worksheets/sheet1.xml";

/** Where a unit's received date for 2020-H1 is on the tracking sheet. */
function receivedCell(bytes: Uint8Array, unit: string): { cell: string; value: unknown } {
  const data = readWorkbookFile(bytes).data(TRACKING_SHEET);
  const header = data.values[TRACKING_LAYOUT.headerRow - 1];
  const col = header.findIndex((v) => typeof v === "string" && v.endsWith("(2020-H1)")) + 1;
  const row = data.values.findIndex((r) => r[TRACKING_LAYOUT.nameCol] === unit);
  return { cell: cellAddress(row, col), value: data.values[row]?.[col] ?? null };
}

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Theo dõi báo cáo'!$A$9:$A$12</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>22</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ của tôi"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

/** A chart added to the tracking sheet the way Excel stores one (a drawing part and a chart part). */
function addChart(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  files["xl/charts/chart1.xml"] = strToU8(CHART);
  files["xl/drawings/drawing1.xml"] = strToU8(DRAWING);
  files["xl/drawings/_rels/drawing1.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  const relsPart = "xl/worksheets/_rels/sheet1.xml.rels";
  const rels = files[relsPart]
    ? strFromU8(files[relsPart])
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  files[relsPart] = strToU8(
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
    ),
  );
  let sheet = strFromU8(files[SHEET_PART]);
  sheet = sheet.includes("<legacyDrawing")
    ? sheet.replace("<legacyDrawing", `<drawing r:id="rIdChart1"/><legacyDrawing`)
    : sheet.replace("</worksheet>", `<drawing r:id="rIdChart1"/></worksheet>`);
  files[SHEET_PART] = strToU8(sheet);
  files["[Content_Types].xml"] = strToU8(
    strFromU8(files["[Content_Types].xml"]).replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
    ),
  );
  return zipSync(files, { level: 6 });
}

/** The parts and elements a user's additions live in, to compare before and after. */
function kept(xlsx: Uint8Array) {
  const files = unzipSync(xlsx);
  const sheet = strFromU8(files[SHEET_PART]);
  const comments = Object.keys(files).filter((p) => /comments\d*\.xml$/.test(p));
  return {
    protection: /<sheetProtection\b[^>]*>/.exec(sheet)?.[0],
    validations: /<dataValidations\b[\s\S]*?<\/dataValidations>/.exec(sheet)?.[0],
    drawingRef: /<drawing\b[^>]*>/.exec(sheet)?.[0],
    legacyRef: /<legacyDrawing\b[^>]*>/.exec(sheet)?.[0],
    chart: strFromU8(files["xl/charts/chart1.xml"] ?? new Uint8Array()),
    drawing: strFromU8(files["xl/drawings/drawing1.xml"] ?? new Uint8Array()),
    comments: comments.map((p) => strFromU8(files[p])),
    types: strFromU8(files["[Content_Types].xml"]),
  };
}

let original: Uint8Array;
let noteCell: string;

beforeAll(async () => {
  const r = await run("track", "--year", "2020", "--out", "theo-doi.xlsx", "--today", "2020-06-10");
  expect(r.code).toBe(0);
  const made = new Uint8Array(await readFile(at("theo-doi.xlsx")));
  noteCell = receivedCell(made, "Sở Tư pháp").cell;
  // What a coordinator does in Excel: a note in a received cell, a comment, a password.
  const wb = await XlsxWorkbook.load(made);
  const ws = wb.workbook.getWorksheet(TRACKING_SHEET)!;
  ws.getCell(noteCell).value = NOTE;
  ws.getCell("B9").note = "Đã gọi điện nhắc ngày 01/06";
  await ws.protect("mat-khau-cua-toi", { selectLockedCells: true, selectUnlockedCells: true });
  original = addChart(await wb.toBuffer());
  await writeFile(at("theo-doi.xlsx"), original);

  await mkdir(at("dot1"));
  await mkdir(at("dot2"));
  for (const [folder, unit] of [
    ["dot1", "SNV"],
    ["dot1", "STP"],
    ["dot2", "SNV"],
    ["dot2", "STP"],
    ["dot2", "H-VANYEN"],
  ]) {
    await writeFile(
      at(folder, `${unit}.xlsx`),
      await filledForm({ unit, period: "2020-H1", values: { "II.2.a/HN": 1 } }),
    );
  }
}, 60_000);

test("two updates: dates filled, the note kept and listed, protection, validations, chart and comment as they were", async () => {
  const before = kept(original);
  expect(before.protection).toMatch(/password|hashValue/);
  expect(before.chart).toContain("barChart");
  expect(before.comments.join()).toContain("Đã gọi điện nhắc");

  const first = await run(
    "merge",
    "dot1",
    "--period",
    "2020-H1",
    "--out",
    "th1.xlsx",
    "--received",
    "theo-doi.xlsx",
  );
  expect(first.code).toBe(0);
  expect(first.out).toContain(
    `Ghi chú giữ nguyên ở ô ${noteCell} (ngày nhận của Sở Tư pháp): “${NOTE}”; không ghi đè bằng ngày.`,
  );
  expect(first.out).toContain("Đã cập nhật ngày nhận trong bảng theo dõi theo-doi.xlsx: 1 đơn vị");
  const afterFirst = new Uint8Array(await readFile(at("theo-doi.xlsx")));
  expect(await readFile(at("theo-doi.truoc-cap-nhat.xlsx"))).toEqual(Buffer.from(original));

  const second = await run(
    "merge",
    "dot2",
    "--period",
    "2020-H1",
    "--out",
    "th2.xlsx",
    "--received",
    "theo-doi.xlsx",
  );
  expect(second.code).toBe(0);
  const final = new Uint8Array(await readFile(at("theo-doi.xlsx")));
  expect(await readFile(at("theo-doi.truoc-cap-nhat.xlsx"))).toEqual(Buffer.from(afterFirst));

  expect(kept(final)).toEqual(before);
  expect(receivedCell(final, "Sở Tư pháp").value).toBe(NOTE);
  expect(parseDateCell(receivedCell(final, "Sở Nội vụ").value as never)).toMatch(
    /^\d{4}-\d{2}-\d{2}$/,
  );
  expect(parseDateCell(receivedCell(final, "UBND huyện Văn Yên").value as never)).toMatch(
    /^\d{4}-\d{2}-\d{2}$/,
  );
  expect(parseDateCell(receivedCell(final, "Sở Tài chính").value as never)).toBeNull();

  // Every other cell of every sheet reads as it did.
  const a = readWorkbookFile(original);
  const b = readWorkbookFile(final);
  expect(b.sheets).toEqual(a.sheets);
  const changed = new Set([
    receivedCell(final, "Sở Nội vụ").cell,
    receivedCell(final, "UBND huyện Văn Yên").cell,
  ]);
  for (const s of a.sheets) {
    const va = a.data(s.name).values;
    const vb = b.data(s.name).values;
    for (let r = 0; r < Math.max(va.length, vb.length); r++)
      for (let c = 0; c < Math.max(va[r]?.length ?? 0, vb[r]?.length ?? 0); c++) {
        if (s.name === TRACKING_SHEET && changed.has(cellAddress(r, c))) continue;
        expect([s.name, cellAddress(r, c), vb[r]?.[c] ?? null]).toEqual([
          s.name,
          cellAddress(r, c),
          va[r]?.[c] ?? null,
        ]);
      }
  }
});
