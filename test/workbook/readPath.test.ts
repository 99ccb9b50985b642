/**
 * The form read path reads what a form needs and nothing more: only the sheets the form lives
 * on, only the parts a reading uses, each once; memory that follows the cells, not their span;
 * one cell cap for the whole workbook; and a command line that loads a library only to use it.
 */
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { checkWorkbookFile } from "../../src/app/files/check";
import { fileFormSource } from "../../src/app/files/formFiles";
import { mergeFiles } from "../../src/app/files/merge";
import { createMatcher } from "../../src/domain/matcher";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import type { FormSource } from "../../src/domain/rollup";
import { readWorkbookFile, WorkbookReadError, XlsxWorkbook } from "../../src/workbook/xlsx";
import { filledForm, hostileForm } from "../helpers/forms";
import { makeTempDir, removeTempDir } from "../helpers/tmp";
import { craftZip, entry } from "./zipCraft";

const PERIOD = "2020-H1";
const ROOT = path.join(__dirname, "..", "..");

/** The same package with `part` declaring 1,000 bytes more than it holds (corrupt if read). */
function withLyingPart(xlsx: Uint8Array, part: string, content?: string): Uint8Array {
  const files = unzipSync(xlsx);
  if (content !== undefined) files[part] = new TextEncoder().encode(content);
  return craftZip(
    Object.entries(files).map(([name, bytes]) => {
      const e = entry(name, bytes);
      return name === part ? { ...e, size: e.size + 1000 } : e;
    }),
  );
}

function refusal(read: () => unknown): WorkbookReadError {
  try {
    read();
  } catch (err) {
    if (err instanceof WorkbookReadError) return err;
    throw err;
  }
  throw new Error("the reader accepted the file");
}

/** A form for Sở Nội vụ with one more sheet, "Ghi chú", after the form's own. */
const formWithNotes = () =>
  filledForm({
    unit: "SNV",
    period: PERIOD,
    values: { "II.2.a/HN": 2 },
    edit: (wb) => {
      wb.addWorksheet("Ghi chú").getCell("A1").value = "ghi chú của đơn vị";
    },
  });

/** The part holding sheet `name`, from the workbook part and its relations. */
function sheetPart(xlsx: Uint8Array, name: string): string {
  const files = unzipSync(xlsx);
  const wb = strFromU8(files["xl/workbook.xml"]);
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(\\w+)"`).exec(wb)![1];
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const target =
    new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

describe("a form is read from its own sheets and the parts a reading uses", () => {
  test("the sheets parsed are the form's (table, _cchc), not the others", async () => {
    const bytes = await formWithNotes();
    const all = readWorkbookFile(bytes);
    expect(all.parsed).toEqual(all.sheets.map((s) => s.name));
    expect(all.parsed).toEqual(expect.arrayContaining(["Báo cáo", "_lists", "_cchc", "Ghi chú"]));
    const source = fileFormSource("snv.xlsx", bytes) as FormSource;
    expect(source.sheets.map((s) => s.name)).toEqual(["Báo cáo", "_cchc"]);
  });

  test("a damaged sheet the form does not live on is never inflated: the form still merges", async () => {
    const good = await formWithNotes();
    const bytes = withLyingPart(good, sheetPart(good, "Ghi chú"));
    // Read whole, the workbook is refused as damaged: the part really is broken.
    expect(refusal(() => readWorkbookFile(bytes)).code).toBe("corrupt");
    const { result } = await mergeFiles({
      files: [{ name: "snv.xlsx", bytes }],
      period: PERIOD,
      plan: plan2020,
      registry: yenBai2020,
    });
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((a) => a.unitCode)).toEqual(["SNV"]);
  });

  test("parts no reading uses (an image) stay packed, so a damaged one costs nothing", async () => {
    const bytes = withLyingPart(await formWithNotes(), "xl/media/image1.png", "not a png");
    expect(readWorkbookFile(bytes).data("Báo cáo").values.length).toBeGreaterThan(10);
  });
});

describe("memory follows the cells, and one cap counts the whole workbook", () => {
  async function sheets(spec: Record<string, Record<string, string | number>>) {
    const wb = XlsxWorkbook.create();
    for (const [name, cells] of Object.entries(spec)) {
      const ws = wb.workbook.addWorksheet(name);
      for (const [at, v] of Object.entries(cells)) ws.getCell(at).value = v;
    }
    return wb.toBuffer();
  }

  test("a sparse sheet (A1 and B100000) shares one empty row: three row objects, not 100,000", async () => {
    const data = readWorkbookFile(await sheets({ S: { A1: "đầu", B100000: 7 } })).data("S");
    expect(data.values).toHaveLength(100_000);
    expect(new Set(data.values).size).toBe(3);
    expect(new Set(data.formulas).size).toBe(3);
    expect(data.values[0]).toEqual(["đầu", null]);
    expect(data.values[99_999]).toEqual([null, 7]);
    expect(data.values[500]).toEqual([null, null]);
    // The shared row cannot be written into by mistake.
    expect(Object.isFrozen(data.values[500])).toBe(true);
  });

  test("sheets each under the cap but over it together: refused, naming the sheet that tips it", async () => {
    const bytes = await sheets({ A: { A1: 1, Z1000: 2 }, B: { A1: 1, Z1000: 2 } });
    expect(readWorkbookFile(bytes, { maxCells: 52_000 }).parsed).toEqual(["A", "B"]);
    const err = refusal(() => readWorkbookFile(bytes, { maxCells: 51_999 }));
    expect(err.code).toBe("too-large");
    expect(err.message).toContain("52000 cells in all (limit 51999 cells)");
    expect(err.message).toContain('"B" (A1:Z1000)');
  });

  test("the hostile form (40 hidden sheets, A1 and B1000000 each) is refused by the cap, and the merge goes on", async () => {
    const hostile = await hostileForm();
    expect(hostile.length).toBeLessThan(40_000);
    const err = refusal(() => readWorkbookFile(hostile));
    expect(err.code).toBe("too-large");
    expect(err.message).toMatch(/cells in all/);
    const good = await filledForm({ unit: "SNV", period: PERIOD, values: { "II.2.a/HN": 2 } });
    const { result } = await mergeFiles({
      files: [
        { name: "hostile.xlsx", bytes: hostile },
        { name: "snv.xlsx", bytes: good },
      ],
      period: PERIOD,
      plan: plan2020,
      registry: yenBai2020,
    });
    expect(result.accepted.map((a) => a.file)).toEqual(["snv.xlsx"]);
    expect(result.rejected.map((r) => r.file)).toEqual(["hostile.xlsx"]);
    expect(JSON.stringify(result.rejected[0].reasons)).toContain("tổng cộng");
  });

  test("one value at A150000 on a form: `check` reads it (nothing recursive over the rows)", async () => {
    const bytes = await filledForm({
      unit: "SNV",
      period: PERIOD,
      values: { "II.2.a/HN": 2 },
      edit: (_wb, ws) => {
        ws.getCell("A150000").value = "x";
      },
    });
    const result = checkWorkbookFile(bytes, { registry: yenBai2020 });
    expect(result).toBeDefined();
  });
});

describe("the command line loads a library only when a command uses it", () => {
  /** The packages a `cchc …` run loaded, from require.cache at exit. */
  function packagesLoaded(...args: string[]): string[] {
    const report =
      "process.on('exit',()=>process.stderr.write('\\nLOADED '+JSON.stringify(Object.keys(require.cache))))";
    const r = spawnSync(
      process.execPath,
      ["-e", `${report};process.argv.splice(1,0,'cchc');require('./bin/cchc.js')`, "--", ...args],
      { cwd: ROOT, encoding: "utf8" },
    );
    const line = r.stderr.split("\n").find((l) => l.startsWith("LOADED "));
    if (!line) throw new Error(`no module report: ${r.stderr}`);
    const files: string[] = JSON.parse(line.slice(7));
    const names = files.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1] ?? []);
    return [...new Set(names)];
  }

  test("`--help` and `schedule` load no xlsx library (no ExcelJS, SheetJS, zip)", () => {
    for (const args of [["--help"], ["schedule", "--year", "2021"]]) {
      const loaded = packagesLoaded(...args);
      expect(loaded).not.toContain("exceljs");
      expect(loaded).not.toContain("@e965/xlsx");
      expect(loaded).not.toContain("fflate");
    }
  });

  test("reading a form (`check`) loads SheetJS but not ExcelJS, which only writes", async () => {
    const dir = await makeTempDir();
    try {
      const file = path.join(dir, "snv.xlsx");
      await writeFile(file, await formWithNotes());
      const loaded = packagesLoaded("check", file);
      expect(loaded).toContain("@e965/xlsx");
      expect(loaded).not.toContain("exceljs");
    } finally {
      await removeTempDir(dir);
    }
  });
});

describe("the matcher remembers", () => {
  test("the same cell text (and font) gives the same match object, computed once", () => {
    const matcher = createMatcher(yenBai2020);
    const a = matcher.matchCell("Sở Nội vụ; UBND huyện Văn Yên");
    expect(matcher.matchCell("Sở Nội vụ; UBND huyện Văn Yên")).toBe(a);
    expect(matcher.matchCell("Sở Nội vụ; UBND huyện Văn Yên", { font: ".VnTime" })).not.toBe(a);
  });
});
