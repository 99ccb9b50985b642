/**
 * `cchc check` and `cchc merge` judge a form's unit the same way (issue 13, finding 9): the
 * same registry (never one inside the file), other provinces' units and bodies outside the
 * roll-up refused by both, `_cchc` against the visible cell said, and a workbook dated in the
 * future does not beat a corrected resend.
 */
import { mkdir, readFile, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { registrySheetEdit } from "../../src/domain/matrix/registrySheet";
import { yenBai2020 } from "../../src/domain/registry";
import { cliRunner } from "../helpers/cli";
import { filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";

const dir = useTempDir("cchc-agree-");
const run = cliRunner(() => dir());
const at = (...p: string[]) => path.join(dir(), ...p);
const HN = "II.2.a/HN";
const LOOK_ALIKE = "Sở Nộі vụ"; // Cyrillic і (U+0456)

interface Report {
  accepted: { file: string; unit: string; warnings: string[] }[];
  rejected: { file: string; reason: string }[];
  duplicates: { unit: string; kept: string; ignored: string[] }[];
}

async function merge(folder: string): Promise<{ code: number; json: Report }> {
  const r = await run(
    "merge",
    folder,
    "--period",
    "2020-H1",
    "--out",
    `${folder}.xlsx`,
    "--json",
    `${folder}.json`,
  );
  return { code: r.code, json: JSON.parse(await readFile(at(`${folder}.json`), "utf8")) as Report };
}

beforeAll(async () => {
  // A form whose unit is a look-alike, carrying a registry sheet that lists the look-alike.
  const own = {
    ...yenBai2020,
    agencies: yenBai2020.agencies.map((a) => (a.code === "SNV" ? { ...a, name: LOOK_ALIKE } : a)),
  };
  const sheet = registrySheetEdit(own).sheet;
  await mkdir(at("lookalike"));
  await writeFile(
    at("lookalike", "snv.xlsx"),
    await filledForm({
      unit: "SNV",
      period: "2020-H1",
      unitText: LOOK_ALIKE,
      values: { [HN]: 1 },
      edit: (wb) => {
        const ws = wb.addWorksheet(sheet.name);
        for (const block of sheet.blocks ?? []) {
          const top = Number(/\d+/.exec(block.at)![0]);
          block.values.forEach((row, i) => {
            ws.getRow(top + i).values = row.map((v) => (v === null ? undefined : v)) as never;
          });
        }
      },
    }),
  );

  await mkdir(at("elsewhere"));
  const texts = [
    ["lao-cai.xlsx", "SNV", "Sở Nội vụ tỉnh Lào Cai"],
    ["thanh-hoa.xlsx", "H-VANYEN", "UBND huyện Văn Yên tỉnh Thanh Hóa"],
    ["bo-noi-vu.xlsx", "SNV", "Bộ Nội vụ"],
    ["ubnd-tinh.xlsx", "SNV", "UBND tỉnh Yên Bái"],
    ["dung.xlsx", "STP", "Sở Tư pháp tỉnh Yên Bái"],
  ];
  for (const [file, unit, unitText] of texts) {
    await writeFile(
      at("elsewhere", file),
      await filledForm({ unit, period: "2020-H1", unitText, values: { [HN]: 1 } }),
    );
  }

  await mkdir(at("meta"));
  await writeFile(
    at("meta", "snv-sua-thanh-stp.xlsx"),
    await filledForm({
      unit: "SNV",
      period: "2020-H1",
      unitText: "Sở Tư pháp",
      values: { [HN]: 1 },
    }),
  );

  await mkdir(at("future"));
  await writeFile(
    at("future", "a-2099.xlsx"),
    await filledForm({
      unit: "SNV",
      period: "2020-H1",
      values: { [HN]: 1 },
      modified: new Date("2099-01-01T00:00:00Z"),
    }),
  );
  await writeFile(
    at("future", "b-gui-lai.xlsx"),
    await filledForm({
      unit: "SNV",
      period: "2020-H1",
      values: { [HN]: 7 },
      modified: new Date("2020-06-04T08:00:00Z"),
    }),
  );
  await utimes(at("future", "a-2099.xlsx"), new Date(2020, 5, 1), new Date(2020, 5, 1));
  await utimes(at("future", "b-gui-lai.xlsx"), new Date(2020, 5, 5), new Date(2020, 5, 5));
}, 60_000);

test("a registry sheet inside the file is not trusted: check and merge both refuse the look-alike", async () => {
  const check = await run("check", "lookalike/snv.xlsx");
  expect(check.code).toBe(1);
  expect(check.out).toMatch(/snv.xlsx › Báo cáo!C3: Sở Nộі vụ — gợi ý: Sở Nội vụ/);
  expect(check.out).not.toMatch(/không có lỗi/);
  const { json } = await merge("lookalike");
  expect(json.accepted).toEqual([]);
  expect(json.rejected.map((r) => r.file)).toEqual(["snv.xlsx"]);
});

test("another province's unit and bodies outside the roll-up: refused by merge and by check", async () => {
  const { code, json } = await merge("elsewhere");
  expect(code).toBe(0);
  expect(json.accepted.map((a) => a.file)).toEqual(["dung.xlsx"]);
  const reason = (file: string) => json.rejected.find((r) => r.file === file)?.reason;
  expect(reason("lao-cai.xlsx")).toContain("ghi “tỉnh Lào Cai”: không phải đơn vị của tỉnh");
  expect(reason("thanh-hoa.xlsx")).toContain("ghi “tỉnh Thanh Hóa”: không phải đơn vị của tỉnh");
  expect(reason("bo-noi-vu.xlsx")).toContain("là Bộ Nội vụ, không phải sở, ban, ngành cấp tỉnh");
  expect(reason("ubnd-tinh.xlsx")).toContain("là UBND tỉnh, không phải sở, ban, ngành cấp tỉnh");

  for (const file of ["lao-cai", "thanh-hoa", "bo-noi-vu", "ubnd-tinh"]) {
    const check = await run("check", `elsewhere/${file}.xlsx`);
    expect(check.code).toBe(1);
    expect(check.out).not.toMatch(/không có lỗi/);
  }
  const bo = await run("check", "elsewhere/bo-noi-vu.xlsx");
  expect(bo.out).toContain(
    "lệnh Tổng hợp sẽ từ chối tệp này — “Bộ Nội vụ” (ô 'Báo cáo'!C3) là Bộ Nội vụ",
  );
  const ok = await run("check", "elsewhere/dung.xlsx");
  expect(ok.code).toBe(0);
});

test("the _cchc unit and the visible unit cell disagree: both commands say so", async () => {
  const check = await run("check", "meta/snv-sua-thanh-stp.xlsx");
  expect(check.out).toContain(
    "lệnh Tổng hợp sẽ cảnh báo — Ô Đơn vị 'Báo cáo'!C3 ghi “Sở Tư pháp” nhưng trang ẩn _cchc ghi “Sở Nội vụ”",
  );
  const { json } = await merge("meta");
  expect(json.accepted[0].warnings.join("\n")).toContain("nhưng trang ẩn _cchc ghi “Sở Nội vụ”");
});

test("a workbook dated 2099 does not beat the resend that arrived later", async () => {
  const { json } = await merge("future");
  expect(json.duplicates).toEqual([
    { unit: "Sở Nội vụ", kept: "b-gui-lai.xlsx", ignored: ["a-2099.xlsx"] },
  ]);
});
