/**
 * `cchc template`: the form it writes meets contract 5.1 when read by other programs than the
 * one that wrote it (ExcelJS writes; SheetJS and the raw package XML read; LibreOffice prints),
 * and the unit and period options are checked the way a user needs.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { FORM_HEADERS, formLines } from "../../src/domain/forms";
import { plan2020 } from "../../src/domain/plan";
import { parseNameRef } from "../../src/domain/rollup";
import { yenBai2020 } from "../../src/domain/registry";
import { readWorkbookFile } from "../../src/workbook/xlsx";
import { convertToPdf, pdfText } from "../helpers/libreoffice";
import { useTempDir } from "../helpers/tmp";
import { cliRunner } from "../helpers/cli";

const dir = useTempDir("cchc-template-");

const run = cliRunner(() => dir());

/** XML attribute value, unescaped. */
const unescapeXml = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("cchc template", () => {
  test("writes a form that meets contract 5.1, read back by SheetJS and from the package XML, and LibreOffice prints it", async () => {
    const r = await run(
      "template",
      "--unit",
      "UBND huyện Văn Yên",
      "--period",
      "2020-H1",
      "--out",
      "van-yen.xlsx",
    );
    expect(r).toEqual({
      code: 0,
      out: expect.stringContaining(
        "Đã ghi biểu mẫu báo cáo 2020-H1 của UBND huyện Văn Yên: van-yen.xlsx",
      ),
      err: "",
    });
    const file = path.join(dir(), "van-yen.xlsx");
    const bytes = new Uint8Array(await readFile(file));

    // The package XML, read directly.
    const parts = unzipSync(bytes);
    const workbookXml = strFromU8(parts["xl/workbook.xml"]);
    const sheetTags = [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
    const attr = (tag: string, name: string) =>
      unescapeXml(new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? "");
    expect(sheetTags.map((t) => attr(t, "name"))).toContain("Báo cáo");
    const meta = sheetTags.find((t) => attr(t, "name") === "_cchc")!;
    expect(attr(meta, "state")).toBe("veryHidden");
    const definedName = (name: string) =>
      unescapeXml(
        new RegExp(`<definedName name="${name}">([^<]*)</definedName>`).exec(workbookXml)?.[1] ??
          "",
      );
    expect(definedName("DonVi")).toBe("'Báo cáo'!$C$3");
    expect(definedName("KyBaoCao")).toBe("'Báo cáo'!$C$4");
    const tables = Object.keys(parts)
      .filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))
      .map((p) => strFromU8(parts[p]));
    const table = tables.find((x) => /<table\b[^>]*\bname="BaoCao"/.test(x))!;
    expect(table).toBeDefined();
    const columns = [...table.matchAll(/<tableColumn\b[^>]*\bname="([^"]*)"/g)].map((m) =>
      unescapeXml(m[1]),
    );
    for (const h of [
      "Mã nhiệm vụ",
      "Nội dung nhiệm vụ",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kết quả kỳ báo cáo",
      "Lũy kế từ đầu năm",
      "Tình trạng",
      "Ghi chú",
    ])
      expect(columns).toContain(h);
    const ref = /<table\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(table)!;

    // SheetJS: names, the cells they point at, the table's header row and rows, and _cchc.
    const wb = readWorkbookFile(bytes);
    const valueOf = (name: string) => {
      const at = parseNameRef(wb.names.find((n) => n.name === name)!.refersTo)!;
      expect(at.sheet).toBe("Báo cáo");
      return wb.data(at.sheet).values[at.row][at.col];
    };
    expect(valueOf("DonVi")).toBe("UBND huyện Văn Yên");
    expect(valueOf("KyBaoCao")).toBe("2020-H1");
    const data = wb.data("Báo cáo");
    expect(data.tables).toEqual([
      { name: "BaoCao", range: `${ref[1]}${ref[2]}:${ref[3]}${ref[4]}` },
    ]);
    const headerRow = Number(ref[2]) - 1;
    expect(data.values[headerRow].slice(0, FORM_HEADERS.length)).toEqual(FORM_HEADERS);
    const unit = yenBai2020.agencies.find((a) => a.code === "H-VANYEN")!;
    expect(Number(ref[4]) - Number(ref[2])).toBe(formLines(plan2020, unit).length);
    const metaValues = Object.fromEntries(wb.data("_cchc").values.map((row) => [row[0], row[1]]));
    expect(Object.keys(metaValues).sort()).toEqual(["created", "format", "period", "plan", "unit"]);
    expect(metaValues).toEqual(
      expect.objectContaining({
        format: "cchc-report/1",
        plan: "yen-bai-2020",
        unit: "UBND huyện Văn Yên",
        period: "2020-H1",
      }),
    );
    expect(Number.isNaN(Date.parse(String(metaValues.created)))).toBe(false);

    // LibreOffice opens and prints it.
    const pdf = await convertToPdf(file, path.join(dir(), "pdf"));
    const text = (await pdfText(pdf)).normalize("NFC");
    expect(text).toContain("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN CCHC");
    expect(text).toContain("UBND huyện Văn Yên");
  }, 120_000);

  test("a name without diacritics is taken, with a note, and the form carries the registry's name", async () => {
    const r = await run(
      "template",
      "--unit",
      "So Noi vu",
      "--period",
      "2020-q1",
      "--out",
      "snv.xlsx",
    );
    expect(r.code).toBe(0);
    expect(r.err).toBe("Cảnh báo: hiểu “So Noi vu” là “Sở Nội vụ” (Thiếu dấu tiếng Việt).");
    const wb = readWorkbookFile(new Uint8Array(await readFile(path.join(dir(), "snv.xlsx"))));
    expect(wb.data("Báo cáo").values[2][2]).toBe("Sở Nội vụ");
    expect(wb.data("Báo cáo").values[3][2]).toBe("2020-Q1");
  });

  test("a near miss is not guessed: exit 2 with the suggestion, and no file", async () => {
    const r = await run(
      "template",
      "--unit",
      "Sở Nôi vụ",
      "--period",
      "2020-H1",
      "--out",
      "typo.xlsx",
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không có đơn vị “Sở Nôi vụ” trong danh mục. Có phải là: “Sở Nội vụ”?");
    expect(r.err).toContain("Cách dùng: cchc template");
    expect(existsSync(path.join(dir(), "typo.xlsx"))).toBe(false);
  });

  test.each([
    [
      ["--unit", "Phòng Tài vụ xyz", "--period", "2020-H1", "--out", "x.xlsx"],
      "Không có đơn vị “Phòng Tài vụ xyz” trong danh mục cơ quan.",
    ],
    [
      ["--unit", "các sở, ban, ngành", "--period", "2020-H1", "--out", "x.xlsx"],
      "là cụm từ chỉ nhóm cơ quan",
    ],
    [
      ["--unit", "Sở Nội vụ", "--period", "2020-Q2", "--out", "x.xlsx"],
      "Mã kỳ “2020-Q2” không đúng. Các kỳ năm 2020: 2020-Q1, 2020-H1, 2020-Q3, 2020-Y",
    ],
    [["--unit", "Sở Nội vụ", "--period", "H1", "--out", "x.xlsx"], "không đúng dạng NĂM-KỲ"],
    [["--unit", "Sở Nội vụ", "--out", "x.xlsx"], "Thiếu --period"],
    [["--period", "2020-H1", "--out", "x.xlsx"], "Thiếu --unit"],
    [["--unit", "Sở Nội vụ", "--period", "2020-H1"], "Thiếu --out"],
    [["--unit", "Sở Nội vụ", "--period", "2020-H1", "--out", "x.pdf"], "phải có đuôi .xlsx"],
    [["--unit", "Sở Nội vụ", "--bogus"], "bogus"],
  ])("bad usage %j exits 2: %s", async (args, message) => {
    const r = await run("template", ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(existsSync(path.join(dir(), "x.xlsx"))).toBe(false);
  });

  test("a unit outside the expected reporters still gets a form, with a note", async () => {
    const r = await run(
      "template",
      "--unit",
      "Báo Yên Bái",
      "--period",
      "2020-Y",
      "--out",
      "bao.xlsx",
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain("Báo Yên Bái không thuộc danh sách đơn vị phải báo cáo kỳ 2020-Y");
    const data = readWorkbookFile(
      new Uint8Array(await readFile(path.join(dir(), "bao.xlsx"))),
    ).data("Báo cáo");
    // The media rows the plan gives Báo Yên Bái are on its form.
    expect(data.values.some((row) => row[1] === "II.2.f")).toBe(true);
  });

  test("--lang en: messages in English", async () => {
    const ok = await run(
      "template",
      "--unit",
      "SNV",
      "--period",
      "2020-H1",
      "--out",
      "en.xlsx",
      "--lang",
      "en",
    );
    const snv = yenBai2020.agencies.find((a) => a.code === "SNV")!;
    const rows = formLines(plan2020, snv).length;
    expect(ok.out).toBe(`Wrote the 2020-H1 report form of Sở Nội vụ: en.xlsx (${rows} rows)`);
    expect(ok.err).toBe(
      "Warning: “SNV” read as “Sở Nội vụ” (Abbreviation or other accepted name).",
    );
    const bad = await run(
      "template",
      "--unit",
      "Sở Nôi vụ",
      "--period",
      "2020-H1",
      "--out",
      "x.xlsx",
      "--lang",
      "en",
    );
    expect(bad.err).toContain("Did you mean: “Sở Nội vụ”?");
  });
});
