/** Report forms as files: who gets one, file names, the zip of all forms, the Normal font. */
import { strFromU8, unzipSync } from "fflate";
import {
  allFormsZip,
  formFileName,
  reportFormFile,
  withNormalFont,
} from "../../src/app/files/forms";
import { parseNameRef } from "../../src/domain/rollup";
import { expectedReportersFor } from "../../src/domain/schedule";
import { plan2020 } from "../../src/domain/plan";
import { expectedReporters, yenBai2020 } from "../../src/domain/registry";
import { XlsxWorkbook, readWorkbookFile } from "../../src/workbook/xlsx";

const snv = yenBai2020.agencies.find((a) => a.code === "SNV")!;

/** The value of a workbook-level name's cell, read with SheetJS. */
function named(bytes: Uint8Array, name: string) {
  const wb = readWorkbookFile(bytes);
  const ref = parseNameRef(wb.names.find((n) => n.name === name)!.refersTo)!;
  return wb.data(ref.sheet).values[ref.row]?.[ref.col];
}

describe("report form files", () => {
  test("file names are ASCII: period then the unit's code", () => {
    expect(formFileName(snv, "2020-H1")).toBe("bao-cao-2020-H1-SNV.xlsx");
    const vanYen = yenBai2020.agencies.find((a) => a.code === "H-VANYEN")!;
    expect(formFileName(vanYen, "2020-Q3")).toBe("bao-cao-2020-Q3-H-VANYEN.xlsx");
    expect(formFileName({ code: "", name: "Sở Nội vụ" }, "2020-Y")).toBe(
      "bao-cao-2020-Y-So-Noi-vu.xlsx",
    );
  });

  test("the expected reporters: 28 in 2020; units ended on 30/06/2025 owe 2025-H1 but not 2025-Q3", () => {
    const names = (period: string) => expectedReportersFor(yenBai2020, period).map((a) => a.name);
    expect(names("2020-H1")).toHaveLength(28);
    expect(names("2020-H1")).toEqual(expectedReporters(yenBai2020).map((a) => a.name));
    expect(names("2025-H1")).toContain("UBND huyện Văn Yên");
    expect(names("2025-H1")).toHaveLength(28);
    expect(names("2025-Q3")).toEqual([]);
    expect(() => expectedReportersFor(yenBai2020, "2020-Q2")).toThrow(/2020-Q2/);
  });

  test("the zip holds one form per expected reporter, each naming its own unit and the period", async () => {
    const zip = unzipSync(
      await allFormsZip({
        plan: plan2020,
        registry: yenBai2020,
        period: "2020-Q1",
        created: "2020-02-20T00:00:00Z",
      }),
    );
    const reporters = expectedReportersFor(yenBai2020, "2020-Q1");
    expect(Object.keys(zip).sort()).toEqual(
      reporters.map((a) => formFileName(a, "2020-Q1")).sort(),
    );
    for (const a of reporters) {
      const bytes = zip[formFileName(a, "2020-Q1")];
      expect([a.code, named(bytes, "DonVi"), named(bytes, "KyBaoCao")]).toEqual([
        a.code,
        a.name,
        "2020-Q1",
      ]);
    }
  }, 60_000);

  test("the workbook's Normal style is Times New Roman 12, not ExcelJS's Calibri", async () => {
    const bytes = await reportFormFile({ plan: plan2020, unit: snv, period: "2020-H1" });
    const styles = strFromU8(unzipSync(bytes)["xl/styles.xml"]);
    const first = /<fonts\b[^>]*>\s*(<font>[\s\S]*?<\/font>)/.exec(styles)![1];
    expect(first).toContain('<name val="Times New Roman"/>');
    expect(first).toContain('<sz val="12"/>');
    expect(first).not.toContain("scheme");
    // The rewritten file still opens in both libraries, with nothing else changed.
    const reloaded = await XlsxWorkbook.load(bytes);
    expect((await reloaded.sheets()).map((s) => s.name)).toEqual(["Báo cáo", "_lists", "_cchc"]);
    expect(named(bytes, "DonVi")).toBe("Sở Nội vụ");
  });

  test("withNormalFont refuses a file without a styles part rather than writing a broken one", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({
      sheets: [{ name: "A", mode: "create", blocks: [{ at: "A1", values: [[1]] }] }],
    });
    const parts = unzipSync(await wb.toBuffer());
    delete parts["xl/styles.xml"];
    const { zipSync } = await import("fflate");
    expect(() => withNormalFont(zipSync(parts))).toThrow(/styles/);
  });
});
