/** `cchc forms`: one form per expected reporter, each naming its own unit. */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { main } from "../../src/cli/main";
import { formLines } from "../../src/domain/forms";
import { plan2020 } from "../../src/domain/plan";
import { parseNameRef } from "../../src/domain/rollup";
import { expectedReporters, registryToJson, yenBai2020 } from "../../src/domain/registry";
import { readWorkbookFile } from "../../src/workbook/xlsx";
import { useTempDir } from "../helpers/tmp";

const dir = useTempDir("cchc-forms-");

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir() });
  return { code, out, err: err.join("\n") };
}

async function namedCells(file: string) {
  const wb = readWorkbookFile(new Uint8Array(await readFile(file)));
  const at = (name: string) => {
    const ref = parseNameRef(wb.names.find((n) => n.name === name)!.refersTo)!;
    return wb.data(ref.sheet).values[ref.row][ref.col];
  };
  return { unit: at("DonVi"), period: at("KyBaoCao") };
}

describe("cchc forms", () => {
  test("writes 28 forms whose DonVi are exactly the expected reporters, a line per file and a total", async () => {
    const r = await run("forms", "--period", "2020-H1", "--out-dir", "ky-2020-H1");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const folder = path.join(dir(), "ky-2020-H1");
    const files = (await readdir(folder)).sort();
    expect(files).toHaveLength(28);
    const found = [];
    for (const f of files) found.push(await namedCells(path.join(folder, f)));
    const expected = expectedReporters(yenBai2020).map((a) => a.name);
    expect(found.map((x) => x.unit).sort()).toEqual([...expected].sort());
    expect(new Set(found.map((x) => x.period))).toEqual(new Set(["2020-H1"]));

    expect(r.out).toHaveLength(29);
    const snv = yenBai2020.agencies.find((a) => a.code === "SNV")!;
    expect(r.out).toContain(
      `bao-cao-2020-H1-SNV.xlsx  Sở Nội vụ (${formLines(plan2020, snv).length} dòng)`,
    );
    expect(r.out[28]).toBe("Đã ghi 28 biểu mẫu báo cáo kỳ 2020-H1 vào ky-2020-H1");
  }, 60_000);

  test("--registry replaces the built-in list: forms for its reporters only", async () => {
    const small = {
      id: "thu-nghiem",
      agencies: yenBai2020.agencies.filter((a) => ["SNV", "H-VANYEN", "BAO-YB"].includes(a.code)),
    };
    await writeFile(path.join(dir(), "registry.json"), registryToJson(small));
    const r = await run(
      "forms",
      "--period",
      "2020-Q3",
      "--out-dir",
      "small",
      "--registry",
      "registry.json",
    );
    expect(r.code).toBe(0);
    const files = (await readdir(path.join(dir(), "small"))).sort();
    expect(files).toEqual(["bao-cao-2020-Q3-H-VANYEN.xlsx", "bao-cao-2020-Q3-SNV.xlsx"]);
    expect((await namedCells(path.join(dir(), "small", files[0]))).unit).toBe("UBND huyện Văn Yên");
  });

  test("a period after the built-in units ended: no form, and why, and what to load", async () => {
    const r = await run("forms", "--period", "2025-Q3", "--out-dir", "ky-2025-Q3");
    expect(r.code).toBe(1);
    expect(r.err).toContain("không thuộc năm của kế hoạch (2020)");
    expect(r.err).toContain("Không có đơn vị nào phải báo cáo kỳ 2025-Q3. Không tạo biểu mẫu nào.");
    expect(r.err).toContain(
      "28 đơn vị báo cáo của danh mục (trong đó 9 đơn vị cấp huyện) chỉ còn hiệu lực đến 30/06/2025, trước hạn báo cáo của kỳ (05/09/2025).",
    );
    expect(r.err).toMatch(/--registry TỆP .*“Danh mục cơ quan”/);
    await expect(readdir(path.join(dir(), "ky-2025-Q3"))).rejects.toThrow(/ENOENT/);
  }, 60_000);

  test("the 2025-H1 forms are still made for all 28 units (they existed when it fell due)", async () => {
    const r = await run("forms", "--period", "2025-H1", "--out-dir", "ky-2025-H1");
    expect(r.code).toBe(0);
    expect(await readdir(path.join(dir(), "ky-2025-H1"))).toHaveLength(28);
  }, 60_000);

  test.each([
    [["--period", "2020-Q4", "--out-dir", "x"], "Mã kỳ “2020-Q4” không đúng"],
    [["--out-dir", "x"], "Thiếu --period"],
    [["--period", "2020-H1"], "Thiếu --out-dir"],
  ])("bad usage %j exits 2", async (args, message) => {
    const r = await run("forms", ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});
