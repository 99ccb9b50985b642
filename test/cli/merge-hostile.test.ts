/**
 * One hostile 21 KB form cannot take the merge down (issue 13, finding 3): 40 hidden sheets
 * each holding only A1 and B1000000, among the 28 good forms of every expected unit. The
 * installed bin runs in a child process and reports its own peak memory (resident set).
 */
import { spawnSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expectedReporters, yenBai2020 } from "../../src/domain/registry";
import { filledForm, hostileForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";

const ROOT = path.join(__dirname, "..", "..");
const dir = useTempDir("cchc-hostile-");
const at = (...p: string[]) => path.join(dir(), ...p);
const PEAK_LIMIT_MB = 500;

/** `cchc …` in a fresh Node process; its exit code and peak resident memory in MB. */
function cchc(...args: string[]) {
  const script =
    `require(${JSON.stringify(path.join(ROOT, "lib", "cli", "main.js"))})` +
    `.main(process.argv.slice(1)).then((code) => {` +
    `process.stderr.write("PEAK_RSS_KB=" + process.resourceUsage().maxRSS + "\\n");` +
    `process.exitCode = code; });`;
  const r = spawnSync(process.execPath, ["-e", script, ...args], {
    cwd: dir(),
    encoding: "utf8",
    timeout: 300_000,
  });
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { code: r.status, out: r.stdout, err: r.stderr, peakMb: kb / 1024 };
}

let hostileSize = 0;

beforeAll(async () => {
  await mkdir(at("forms"));
  const units = expectedReporters(yenBai2020);
  expect(units).toHaveLength(28);
  for (const unit of units) {
    await writeFile(
      at("forms", `${unit.code}.xlsx`),
      await filledForm({ unit: unit.code, period: "2020-H1", values: { "II.2.a/HN": 1 } }),
    );
  }
  const bytes = await hostileForm();
  hostileSize = bytes.length;
  await writeFile(at("forms", "z-hostile.xlsx"), bytes);
}, 180_000);

test("the merge finishes: 28 accepted, the hostile form refused, peak memory under 500 MB", async () => {
  expect(hostileSize).toBeLessThan(40_000);
  const before = await readFile(at("forms", "z-hostile.xlsx"));
  const r = cchc("merge", "forms", "--period", "2020-H1", "--out", "th.xlsx", "--json", "bc.json");
  expect(r.code).toBe(0);
  const json = JSON.parse(await readFile(at("bc.json"), "utf8")) as {
    accepted: unknown[];
    rejected: { file: string; reason: string }[];
    missing: unknown[];
  };
  expect(json.accepted).toHaveLength(28);
  expect(json.missing).toEqual([]);
  expect(json.rejected.map((x) => x.file)).toEqual(["z-hostile.xlsx"]);
  expect(json.rejected[0].reason).toMatch(/^Tệp quá lớn, không đọc được/);
  expect(r.peakMb).toBeLessThan(PEAK_LIMIT_MB);
  expect(await readFile(at("forms", "z-hostile.xlsx"))).toEqual(before);
});

test("check refuses the hostile form with a reason, within the same memory", () => {
  const r = cchc("check", "forms/z-hostile.xlsx", "forms/SNV.xlsx");
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/z-hostile.xlsx: không đọc được tệp — /);
  expect(r.out).toContain("SNV.xlsx: không có lỗi");
  expect(r.peakMb).toBeLessThan(PEAK_LIMIT_MB);
});
