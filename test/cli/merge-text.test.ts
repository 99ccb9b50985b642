/**
 * Text from forms is bounded (issue 13, finding 8): a unit cell of 40,000 or 1,000,000
 * characters is quoted cut short with "…" in the reason, the summary and the JSON, so every
 * cell of the summary stays under Excel's 32,767 characters and the report stays readable.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { MAX_QUOTED_TEXT, MAX_REASON_TEXT } from "../../src/domain/rollup/json";
import { readWorkbookFile } from "../../src/workbook/xlsx";
import { cliRunner } from "../helpers/cli";
import { filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";

const dir = useTempDir("cchc-text-");
const run = cliRunner(() => dir());
const at = (...p: string[]) => path.join(dir(), ...p);
const EXCEL_CELL_LIMIT = 32_767;

/** Text that does not compress like a zip bomb: letters from a fixed pseudo-random sequence. */
function longText(length: number): string {
  const letters = "aăâbcdđeêghiklmnoôơpqrstuưvxy ";
  let seed = 13;
  let out = "Sở Nội vụ ";
  while (out.length < length) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += letters[seed % letters.length];
  }
  return out;
}

beforeAll(async () => {
  await mkdir(at("forms"));
  for (const [file, length] of [
    ["dai-40k.xlsx", 40_000],
    ["dai-1m.xlsx", 1_000_000],
  ] as const) {
    await writeFile(
      at("forms", file),
      await filledForm({
        unit: "SNV",
        period: "2020-H1",
        unitText: longText(length),
      }),
    );
  }
  await writeFile(
    at("forms", "stp.xlsx"),
    await filledForm({ unit: "STP", period: "2020-H1", values: { "II.2.a/HN": 1 } }),
  );
}, 120_000);

test("a huge unit cell is quoted cut short everywhere; the good form is merged", async () => {
  const r = await run(
    "merge",
    "forms",
    "--period",
    "2020-H1",
    "--out",
    "th.xlsx",
    "--json",
    "bc.json",
  );
  expect(r.code).toBe(0);
  const json = JSON.parse(await readFile(at("bc.json"), "utf8")) as {
    accepted: { file: string }[];
    rejected: { file: string; reason: string }[];
  };
  expect(json.accepted.map((a) => a.file)).toEqual(["stp.xlsx"]);
  expect(json.rejected.map((x) => x.file).sort()).toEqual(["dai-1m.xlsx", "dai-40k.xlsx"]);
  for (const x of json.rejected) {
    expect(x.reason).toMatch(/^Đơn vị “Sở Nội vụ .*…” \(ô 'Báo cáo'!C3\) không có trong danh mục/);
    expect(x.reason.length).toBeLessThan(MAX_QUOTED_TEXT + 100);
  }
  for (const line of r.out.split("\n")) expect(line.length).toBeLessThan(MAX_REASON_TEXT + 200);

  const wb = readWorkbookFile(new Uint8Array(await readFile(at("th.xlsx"))));
  let longest = 0;
  for (const s of wb.sheets)
    for (const row of wb.data(s.name).values)
      for (const v of row) if (typeof v === "string") longest = Math.max(longest, v.length);
  expect(longest).toBeLessThan(EXCEL_CELL_LIMIT);
  const rejectedSheet = wb
    .data("Tệp bị từ chối")
    .values.flat()
    .filter((v) => typeof v === "string");
  expect(
    rejectedSheet.some((v) => (v as string).includes("Sở Nội vụ ") && (v as string).includes("…")),
  ).toBe(true);
});

test("check quotes the huge cell cut short too", async () => {
  const r = await run("check", "forms/dai-1m.xlsx");
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/dai-1m.xlsx › Báo cáo!C3: Sở Nội vụ .*…/);
  for (const line of r.out.split("\n")) {
    expect(line.length).toBeLessThan(MAX_REASON_TEXT);
  }
});
