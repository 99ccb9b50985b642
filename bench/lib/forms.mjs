// Forms for the benchmarks, made by the compiled code in lib/ (npm run build:cli).
//
// Real contract 5.1 forms: one blank form per expected reporter made by the form builder, then
// figures written straight into each copy's sheet XML (fast, and the files stay what Excel
// would save: numbers in the "Kết quả kỳ báo cáo" cells).
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
export const PERIOD = "2020-H1";

export function lib() {
  return {
    forms: require("../../lib/app/files/forms.js"),
    formsDomain: require("../../lib/domain/forms/index.js"),
    plan: require("../../lib/domain/plan/index.js"),
    registry: require("../../lib/domain/registry/index.js"),
    address: require("../../lib/domain/address.js"),
    xlsx: require("../../lib/workbook/xlsx/index.js"),
    fflate: require("fflate"),
  };
}

/** Write `n` filled forms into `dir` (f0001-SNV.xlsx …); returns their names. */
export async function generate(dir, n) {
  const L = lib();
  const { plan2020 } = L.plan;
  const { yenBai2020, expectedReporters } = L.registry;
  const { columnOf, formLines, FORM_ROWS } = L.formsDomain;
  const { unzipSync, zipSync, strFromU8, strToU8 } = L.fflate;
  const templates = [];
  for (const unit of expectedReporters(yenBai2020)) {
    const bytes = await L.forms.reportFormFile({
      plan: plan2020,
      unit,
      period: PERIOD,
      created: "2020-05-20T08:00:00Z",
    });
    const files = unzipSync(bytes);
    const cells = formLines(plan2020, unit).flatMap((l, i) =>
      l.indicator?.kind === "count"
        ? [L.address.cellAddress(FORM_ROWS.firstData - 1 + i, columnOf("period"))]
        : [],
    );
    templates.push({ unit, files, xml: strFromU8(files["xl/worksheets/sheet1.xml"]), cells });
  }
  const names = [];
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length];
    let xml = t.xml;
    t.cells.forEach((cell, j) => {
      const value = (i * 7 + j * 13) % 50;
      // The blank cell as ExcelJS writes it: <c r="H10" s="21"/> -> with a number.
      xml = xml.replace(
        new RegExp(`<c r="${cell}"( s="\\d+")?/>`),
        (_, s = "") => `<c r="${cell}"${s}><v>${value}</v></c>`,
      );
    });
    const files = { ...t.files, "xl/worksheets/sheet1.xml": strToU8(xml) };
    const name = `f${String(i + 1).padStart(4, "0")}-${t.unit.code}.xlsx`;
    await writeFile(path.join(dir, name), zipSync(files, { level: 6 }));
    names.push(name);
  }
  return names;
}

/**
 * The hostile form of issue 13: 40 hidden sheets each holding only A1 and B1000000 (a grid of
 * two million cells per sheet, in about 21 KB), and no report table.
 */
export async function hostileForm(file) {
  const { XlsxWorkbook } = lib().xlsx;
  const wb = XlsxWorkbook.create();
  const ws0 = wb.workbook.addWorksheet("Báo cáo");
  ws0.getCell("A1").value = "Đơn vị: Sở Nội vụ";
  for (let i = 1; i <= 40; i++) {
    const ws = wb.workbook.addWorksheet(`Ẩn ${i}`, { state: "hidden" });
    ws.getCell("A1").value = i;
    ws.getCell("B1000000").value = i;
  }
  const bytes = await wb.toBuffer();
  await writeFile(file, bytes);
  return bytes.length;
}
