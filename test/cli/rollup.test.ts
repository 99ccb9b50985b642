/**
 * Two-level roll-up on real files (issue 18): three communes of Văn Yên in a registry sheet
 * (written by `cchc matrix`), their forms from `cchc forms`, filled here, merged by the district
 * with --form-for/--form-out into the district's own form, which the province's merge (built-in
 * registry) takes as Văn Yên's report, its figures the communes' sums.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { columnOf, FORM_ROWS, FORM_SHEET, formLines } from "../../src/domain/forms";
import { plan2020 } from "../../src/domain/plan";
import { REGISTRY_SHEET, type Agency } from "../../src/domain/registry";
import { figureKey, SUMMARY_SHEETS } from "../../src/domain/rollup";
import { cellAddress } from "../../src/domain/address";
import { readWorkbookFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import { cliRunner } from "../helpers/cli";
import { countKeys, filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";

const dir = useTempDir("cchc-rollup-");
const cchc = cliRunner(dir);
const PERIOD = "2020-H1";
const DISTRICT = "UBND huyện Văn Yên";

const commune = (code: string, name: string, parent: string): Agency => ({
  code,
  name,
  shortName: name.replace(/^UBND /, ""),
  aliases: [],
  group: "commune",
  reports: true,
  parent,
});
const COMMUNES = [
  commune("XA-AN-THINH", "UBND xã An Thịnh", DISTRICT),
  commune("XA-DONG-CUONG", "UBND xã Đông Cuông", "H-VANYEN"),
  commune("TT-MAU-A", "UBND thị trấn Mậu A", DISTRICT),
];

/** Figures a commune types: different per commune and per row, cumulative above period. */
const figure = (unit: number, row: number) => (unit + 1) * 10 + row;

const at = (p: string) => path.join(dir(), p);

test("communes → district form → province merge, figures the communes' sums", async () => {
  // 1. The registry of three communes, as `cchc matrix` writes its "Danh mục cơ quan" sheet.
  await writeFile(at("xa.json"), JSON.stringify({ id: "van-yen-xa", agencies: COMMUNES }));
  let run = await cchc("matrix", "--registry", "xa.json", "--out", "danh-muc-xa.xlsx");
  expect(run.code).toBe(0);
  const sheet = readWorkbookFile(await readFile(at("danh-muc-xa.xlsx"))).data(REGISTRY_SHEET);
  expect(sheet.values[0]).toContain("Thuộc");

  // 2. `cchc forms` reads that sheet: one form per commune, filled in here.
  run = await cchc(
    "forms",
    "--registry",
    "danh-muc-xa.xlsx",
    "--period",
    PERIOD,
    "--out-dir",
    "xa",
  );
  expect(run.code).toBe(0);
  const files = (await readdir(at("xa"))).sort();
  expect(files).toHaveLength(3);
  const sums: Record<string, number> = {};
  const cumulativeSums: Record<string, number> = {};
  for (const [u, unit] of COMMUNES.entries()) {
    const lines = formLines(plan2020, unit);
    const own = await findForm(files, unit.name);
    const wb = await XlsxWorkbook.load(await readFile(at(path.join("xa", own))));
    const blocks = lines.flatMap((l, i) => {
      if (l.indicator?.kind !== "count") return [];
      const key = figureKey(l.task.code, l.indicator.code);
      const row = FORM_ROWS.firstData + i - 1;
      const value = figure(u, i);
      sums[key] = (sums[key] ?? 0) + value;
      cumulativeSums[key] = (cumulativeSums[key] ?? 0) + value + 5;
      return [
        { at: cellAddress(row, columnOf("period")), values: [[value]] },
        { at: cellAddress(row, columnOf("cumulative")), values: [[value + 5]] },
      ];
    });
    expect(blocks.length).toBeGreaterThan(0);
    await wb.apply({ sheets: [{ name: FORM_SHEET, mode: "update", blocks }] });
    await writeFile(at(path.join("xa", own)), await wb.toBuffer());
  }

  // Tracking works at commune level unchanged: one row per commune.
  run = await cchc(
    "track",
    "--registry",
    "danh-muc-xa.xlsx",
    "--year",
    "2020",
    "--out",
    "theo-doi-xa.xlsx",
  );
  expect(run.code).toBe(0);
  const tracked = readWorkbookFile(await readFile(at("theo-doi-xa.xlsx"))).data("Theo dõi báo cáo");
  for (const c of COMMUNES) expect(tracked.values.flat()).toContain(c.name);

  // 3. The district merges its communes and writes its own form.
  run = await cchc(
    "merge",
    "xa",
    "--period",
    PERIOD,
    "--registry",
    "danh-muc-xa.xlsx",
    "--out",
    "tong-hop-xa.xlsx",
    "--form-for",
    DISTRICT,
    "--form-out",
    "van-yen.xlsx",
  );
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  expect(run.out).toContain("Nhận: 3 tệp; từ chối: 0 tệp");
  expect(run.out).toContain(`Đã ghi biểu mẫu báo cáo của ${DISTRICT} kỳ ${PERIOD}`);
  const form = readWorkbookFile(await readFile(at("van-yen.xlsx")));
  const data = form.data(FORM_SHEET);
  const district = formLines(plan2020, { code: "H-VANYEN", group: "district" });
  let checked = 0;
  district.forEach((l, i) => {
    const key = figureKey(l.task.code, l.indicator?.code);
    const row = data.values[FORM_ROWS.firstData - 1 + i];
    if (!(key in sums)) return;
    expect({ key, period: row[columnOf("period")] }).toEqual({ key, period: sums[key] });
    expect({ key, cumulative: row[columnOf("cumulative")] }).toEqual({
      key,
      cumulative: cumulativeSums[key],
    });
    expect(row[columnOf("note")]).toBe("Tổng hợp từ 3 báo cáo cấp xã");
    checked++;
  });
  expect(checked).toBe(Object.keys(sums).length);

  // 4. The province (built-in registry) takes it as Văn Yên's report.
  run = await cchc(
    "merge",
    "van-yen.xlsx",
    "--period",
    PERIOD,
    "--out",
    "tinh.xlsx",
    "--json",
    "tinh.json",
  );
  expect(run.code).toBe(0);
  const json = JSON.parse(await readFile(at("tinh.json"), "utf8")) as {
    accepted: { file: string; unit: string }[];
    rejected: unknown[];
    totals: Record<string, number>;
  };
  expect(json.rejected).toEqual([]);
  expect(json.accepted.map((a) => [a.file, a.unit])).toEqual([["van-yen.xlsx", DISTRICT]]);
  for (const key of Object.keys(sums)) {
    expect({ key, total: json.totals[key] }).toEqual({ key, total: sums[key] });
  }
  // Its provenance names the communes' files behind the district's figures.
  const sources = readWorkbookFile(await readFile(at("tinh.xlsx"))).data(SUMMARY_SHEETS.sources);
  const cells = sources.values.flat().filter((v): v is string => typeof v === "string");
  const rolled = cells.filter((v) => v.includes("tổng hợp từ 3 báo cáo cấp xã"));
  expect(rolled.length).toBe(Object.keys(sums).length * 2);
  for (const f of files) expect(rolled[0]).toContain(f);

  // Keys the chosen unit's form lacks are listed, never dropped in silence. Here a district's
  // report made into a commune's form (the unit from --parent-registry): II.2.b–d stay out.
  const vanYenKeys = countKeys("H-VANYEN");
  await writeFile(
    at("van-yen-day-du.xlsx"),
    await filledForm({
      unit: "H-VANYEN",
      period: PERIOD,
      values: Object.fromEntries(vanYenKeys.map((k) => [k, 1])),
    }),
  );
  const lacking = vanYenKeys.filter((k) => !(k in sums));
  expect(lacking.length).toBeGreaterThan(0);
  run = await cchc(
    "merge",
    "van-yen-day-du.xlsx",
    "--period",
    PERIOD,
    "--out",
    "tong-hop-2.xlsx",
    "--form-for",
    "XA-AN-THINH",
    "--form-out",
    "an-thinh.xlsx",
    "--parent-registry",
    "danh-muc-xa.xlsx",
  );
  expect(run.code).toBe(0);
  expect(run.err).toContain(`Cảnh báo: ${lacking.length} chỉ tiêu`);
  for (const k of lacking) expect(run.err).toContain(k);
  expect(run.out).toContain("Đã ghi biểu mẫu báo cáo của UBND xã An Thịnh");
}, 180_000);

test("--form-for needs --form-out and a unit the registry knows; nothing is written otherwise", async () => {
  await writeFile(at("x.xlsx"), new Uint8Array());
  const base = ["merge", "x.xlsx", "--period", PERIOD, "--out", "out.xlsx"];
  let run = await cchc(...base, "--form-for", DISTRICT);
  expect(run.code).toBe(2);
  expect(run.err).toContain("--form-for và --form-out phải đi cùng nhau");
  run = await cchc(...base, "--form-for", "UBND huyện Không Có", "--form-out", "f.xlsx");
  expect(run.code).toBe(2);
  expect(run.err).toContain('Không tìm thấy đơn vị "UBND huyện Không Có"');
  const written = await readdir(dir());
  expect(written).not.toContain("out.xlsx");
  expect(written).not.toContain("f.xlsx");
});

/** The form file `cchc forms` wrote for a unit (read by its DonVi cell, not its name). */
async function findForm(files: string[], unit: string): Promise<string> {
  for (const f of files) {
    const data = readWorkbookFile(await readFile(at(path.join("xa", f)))).data(FORM_SHEET);
    if (data.values.flat().includes(unit)) return f;
  }
  throw new Error(`No form for ${unit} among ${files.join(", ")}`);
}
