/**
 * Every office suite's form counts (issue 14): a filled form saved by LibreOffice as .ods and
 * as .xls (Excel 97–2003) merges to the same figures, conflicts included, as the .xlsx it was
 * made from; an .xlsm with a macro part is accepted and the macro neither run nor kept.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { MergeFile } from "../../src/app/merge";
import { mergeFiles } from "../../src/app/files/merge";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { readWorkbookFile } from "../../src/workbook/xlsx";
import { countKeys, filledForm } from "../helpers/forms";
import { convertTo } from "../helpers/libreoffice";
import { useTempDir } from "../helpers/tmp";

const dir = useTempDir("cchc-formats-");
const PERIOD = "2020-H1";
const UNIT = "H-VANYEN";

let xlsx: Uint8Array;
const saved: Record<"ods" | "xls", Uint8Array> = {} as never;

beforeAll(async () => {
  const keys = countKeys(UNIT);
  const values: Record<string, number | string> = {};
  const cumulative: Record<string, number> = {};
  keys.forEach((k, i) => {
    values[k] = (i + 1) * 3;
    cumulative[k] = (i + 1) * 5;
  });
  // Two bad cells: a count typed as a word, and a negative number. They must stay conflicts.
  values[keys[1]] = "mười hai";
  values[keys[2]] = -4;
  xlsx = await filledForm({ unit: UNIT, period: PERIOD, values, cumulative });
  const file = path.join(dir(), "van-yen.xlsx");
  await writeFile(file, xlsx);
  for (const format of ["ods", "xls"] as const) {
    saved[format] = new Uint8Array(await readFile(await convertTo(file, dir(), format)));
  }
}, 240_000);

const merge = (files: MergeFile[]) =>
  mergeFiles({ files, period: PERIOD, plan: plan2020, registry: yenBai2020 });

test.each(["ods", "xls"] as const)(
  "a form saved as .%s merges to the same figures and conflicts as the .xlsx",
  async (format) => {
    const base = (await merge([{ name: "van-yen.xlsx", bytes: xlsx }])).json;
    const name = `van-yen.${format}`;
    const other = (await merge([{ name, bytes: saved[format] }])).json;
    expect(base.accepted).toHaveLength(1);
    expect(other.rejected).toEqual([]);
    // The file keeps its real name in the report.
    expect(other.accepted.map((a) => [a.file, a.unit])).toEqual([[name, "UBND huyện Văn Yên"]]);
    expect(Object.keys(other.totals).length).toBeGreaterThan(3);
    expect(other.totals).toEqual(base.totals);
    expect(other.byUnit).toEqual(base.byUnit);
    expect(other.accepted[0].conflicts).toEqual(base.accepted[0].conflicts);
    expect(other.accepted[0].conflicts.map((c) => c.value)).toEqual(["mười hai", -4]);
  },
  120_000,
);

test("LibreOffice keeps the names and the _cchc sheet (hidden); the table is a plain range", () => {
  for (const format of ["ods", "xls"] as const) {
    const wb = readWorkbookFile(saved[format]);
    expect([format, wb.sheets.find((s) => s.name === "_cchc")?.visibility]).toEqual([
      format,
      "hidden",
    ]);
    expect(wb.names.map((n) => [n.name, n.refersTo])).toEqual(
      expect.arrayContaining([
        ["DonVi", "='Báo cáo'!$C$3"],
        ["KyBaoCao", "='Báo cáo'!$C$4"],
      ]),
    );
    expect(wb.data("Báo cáo").tables).toEqual([]);
  }
});

/** The .xlsx made macro-enabled: a VBA project part, its relation and content types. */
function withMacro(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(
    cfb,
    "/VBA/Module1",
    strToU8('Attribute VB_Name = "Module1"\nSub Auto_Open()\nEnd Sub'),
  );
  const vba = new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as ArrayBuffer);
  parts["xl/vbaProject.bin"] = vba;
  const types = strFromU8(parts["[Content_Types].xml"])
    .replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    .replace(
      "</Types>",
      '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    );
  parts["[Content_Types].xml"] = strToU8(types);
  parts["xl/_rels/workbook.xml.rels"] = strToU8(
    strFromU8(parts["xl/_rels/workbook.xml.rels"]).replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  return zipSync(parts);
}

test("an .xlsm with a macro part is accepted, its macro ignored and not carried into the summary", async () => {
  const xlsm = withMacro(xlsx);
  expect(Object.keys(unzipSync(xlsm))).toContain("xl/vbaProject.bin");
  const before = Uint8Array.from(xlsm);
  const base = (await merge([{ name: "van-yen.xlsx", bytes: xlsx }])).json;
  const { json, summaryBytes } = await merge([{ name: "van-yen.xlsm", bytes: xlsm }]);
  expect(json.rejected).toEqual([]);
  expect(json.accepted.map((a) => a.file)).toEqual(["van-yen.xlsm"]);
  expect(json.totals).toEqual(base.totals);
  expect(json.accepted[0].conflicts).toEqual(base.accepted[0].conflicts);
  // Nothing of the macro reaches the summary, and the input is left as it was.
  const out = unzipSync(summaryBytes);
  expect(Object.keys(out).filter((p) => /vba|macro/i.test(p))).toEqual([]);
  expect(strFromU8(out["[Content_Types].xml"])).not.toMatch(/macroEnabled|vbaProject/);
  expect(xlsm).toEqual(before);
});
