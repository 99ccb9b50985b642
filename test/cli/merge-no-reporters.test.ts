/**
 * `cchc merge` for a period nobody is expected for (2025-Q3 with the built-in registry, whose
 * units end on 30/06/2025): the merge runs and says so in the words `cchc forms` uses, with
 * where to load the province's registry, instead of a silent "0 of 0".
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { cliRunner } from "../helpers/cli";
import { filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";

const dir = useTempDir("cchc-none-");
const run = cliRunner(() => dir());
const at = (...p: string[]) => path.join(dir(), ...p);

const NONE = "Không có đơn vị nào phải báo cáo kỳ 2025-Q3.";
const ENDED =
  "28 đơn vị báo cáo của danh mục (trong đó 9 đơn vị cấp huyện) chỉ còn hiệu lực đến 30/06/2025, trước hạn báo cáo của kỳ (05/09/2025).";

test("2025-Q3 with the built-in registry: the merge runs, and says nobody is expected and why", async () => {
  await mkdir(at("forms"));
  await writeFile(at("forms", "snv.xlsx"), await filledForm({ unit: "SNV", period: "2025-Q3" }));
  const r = await run(
    "merge",
    "forms",
    "--period",
    "2025-Q3",
    "--out",
    "th.xlsx",
    "--json",
    "th.json",
  );
  expect(r.code).toBe(0);
  const lines = r.err.split("\n");
  const i = lines.indexOf(NONE);
  expect(i).toBeGreaterThanOrEqual(0);
  expect(lines[i + 1]).toBe(ENDED);
  expect(lines[i + 2]).toMatch(/^Hãy nạp danh mục cơ quan của tỉnh cho kỳ này: --registry TỆP/);
  const json = JSON.parse(await readFile(at("th.json"), "utf8"));
  expect(json.expected).toBe(0);
  // The form is still accounted for: nothing sent in goes unlisted.
  expect(json.accepted.length + json.rejected.length).toBe(1);
}, 120_000);

test("a period with expected units says nothing of the kind", async () => {
  await mkdir(at("h1"));
  await writeFile(at("h1", "snv.xlsx"), await filledForm({ unit: "SNV", period: "2025-H1" }));
  const r = await run("merge", "h1", "--period", "2025-H1", "--out", "h1.xlsx", "--lang", "en");
  expect(r.code).toBe(0);
  expect(r.err).not.toContain("No unit is expected");
  const none = await run("merge", "h1", "--period", "2025-Y", "--out", "y.xlsx", "--lang", "en");
  expect(none.err).toContain("No unit is expected to report for 2025-Y.");
  expect(none.err).toContain("--registry FILE");
}, 120_000);
