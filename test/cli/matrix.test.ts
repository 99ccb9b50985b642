/**
 * `cchc matrix --out FILE`: the file Excel and LibreOffice open, with the drop-downs pointing at
 * the registry range, printing landscape on A4 with the header row on every page.
 */
import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { strFromU8, unzipSync } from "fflate";
import { ROW_STATUSES } from "../../src/domain/forms/layout";
import { FIRST_DATA_ROW, MATRIX_SHEET } from "../../src/domain/matrix";
import { plan2020 } from "../../src/domain/plan";
import { caps, documentTitle, MOTTO, NATIONAL_TITLE } from "../../src/domain/print";
import { flat } from "../print/printChecks";
import { yenBai2020 } from "../../src/domain/registry";
import { convertToPdf, pdfInfo, pdfText } from "../helpers/libreoffice";
import { readWorkbookFile } from "../../src/workbook/xlsx";
import { useTempDir } from "../helpers/tmp";
import { cliRunner } from "../helpers/cli";

const exec = promisify(execFile);
const dir = useTempDir("cchc-matrix-cli-");

const run = cliRunner(() => dir());

const unescapeXml = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The XML of a sheet by its name, through workbook.xml and its relationships. */
function sheetXml(files: Record<string, Uint8Array>, name: string): string {
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].find((m) =>
    m[0].includes(`name="${name}"`),
  );
  const rid = /r:id="([^"]+)"/.exec(sheet![0])![1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((m) =>
    m[0].includes(`Id="${rid}"`),
  );
  const target = /Target="([^"]+)"/.exec(rel![0])![1].replace(/^\/?(xl\/)?/, "");
  return strFromU8(files[`xl/${target}`]);
}

describe("cchc matrix", () => {
  let file: string;

  beforeAll(async () => {
    const { code, out, err } = await run("matrix", "--out", "ma-tran.xlsx");
    expect(err).toBe("");
    expect(code).toBe(0);
    file = path.join(dir(), "ma-tran.xlsx");
    expect(out).toBe(
      `Đã ghi ${file}: ${plan2020.tasks.length} dòng nhiệm vụ trên trang “${MATRIX_SHEET}”.`,
    );
  });

  test("the agency columns carry list validation over the registry's range, the status column its list", async () => {
    const files = unzipSync(new Uint8Array(await readFile(file)));
    const xml = sheetXml(files, MATRIX_SHEET);
    const lists = [...xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map(
      (m) => ({
        type: /type="([^"]+)"/.exec(m[1])?.[1],
        sqref: /sqref="([^"]+)"/.exec(m[1])?.[1],
        errorStyle: /errorStyle="([^"]+)"/.exec(m[1])?.[1],
        formula: unescapeXml(/<formula1>([\s\S]*?)<\/formula1>/.exec(m[2])?.[1] ?? ""),
      }),
    );
    const last = FIRST_DATA_ROW + plan2020.tasks.length - 1;
    const registryEnd = yenBai2020.agencies.length + 1 + 20;
    expect(lists).toContainEqual({
      type: "list",
      sqref: `D${FIRST_DATA_ROW}:E${last}`,
      errorStyle: "warning",
      formula: `'Danh mục cơ quan'!$B$2:$B$${registryEnd}`,
    });
    expect(lists).toContainEqual({
      type: "list",
      sqref: `H${FIRST_DATA_ROW}:H${last}`,
      errorStyle: "warning",
      // The report form's status list, one item a row under its header.
      formula: `'Danh sách chọn'!$A$2:$A$${1 + ROW_STATUSES.length}`,
    });
    // Never an inline list ("a,b,c" in quotes): Excel caps those at 255 characters.
    expect(lists.every((l) => !l.formula?.startsWith('"'))).toBe(true);
    // The registry's names are where the list points.
    const registry = sheetXml(files, "Danh mục cơ quan");
    expect(registry).toContain('<c r="B2"');
  });

  test("LibreOffice prints it: A4 landscape, all columns on the page, header row on every page; page 1 as PNG", async () => {
    const pdf = await convertToPdf(file, path.join(dir(), "pdf"));
    const info = await pdfInfo(pdf);
    expect(info.paper).toBe("A4");
    expect(info.width).toBeGreaterThan(info.height);
    const page1 = await pdfText(pdf, 1);
    // Printed like the summary: Quốc hiệu, Tiêu ngữ and the document's one title.
    expect(page1).toContain(NATIONAL_TITLE);
    expect(page1).toContain(MOTTO);
    expect(flat(page1)).toContain(flat(caps(documentTitle("matrix", 2020))));
    // The last column's header is on the page: nothing cut off on the right.
    for (const header of [
      "STT",
      "Nội dung/hình thức",
      "Cơ quan chủ trì",
      "Chỉ tiêu đo lường",
      "Ghi chú",
    ])
      expect(page1).toContain(header);
    const page2 = await pdfText(pdf, 2);
    expect(page2).toContain("Nội dung/hình thức");
    expect(page2).not.toContain("BẢNG PHÂN CÔNG NHIỆM VỤ");
    // Page numbers from page 2 on, none on page 1.
    expect(page2.trim().split("\n")[0].trim()).toBe("2");

    const png = path.join(dir(), "matrix-page1");
    await exec("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, png]);
    const bytes = await readFile(`${png}.png`);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    // A4 landscape at 60 dpi: about 702 × 496 pixels.
    expect(Math.abs(bytes.readUInt32BE(16) - 702)).toBeLessThanOrEqual(1);
    expect(Math.abs(bytes.readUInt32BE(20) - 496)).toBeLessThanOrEqual(1);
    expect((await stat(`${png}.png`)).size).toBeGreaterThan(10_000);
  });

  test("the plan and registry sheets it writes load back with --plan and --registry", async () => {
    const { code, out, err } = await run(
      "matrix",
      "--plan",
      "ma-tran.xlsx",
      "--registry",
      "ma-tran.xlsx",
      "--out",
      "lai.xlsx",
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain(`${plan2020.tasks.length} dòng nhiệm vụ`);
    const values = async (name: string) =>
      readWorkbookFile(await readFile(path.join(dir(), name))).data(MATRIX_SHEET).values;
    // The same matrix: the plan and the registry survived the trip through their sheets.
    expect(await values("lai.xlsx")).toEqual(await values("ma-tran.xlsx"));
  });

  test("bad usage exits 2 with the usage line", async () => {
    const missing = await run("matrix");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Cần --out FILE");
    expect(missing.err).toContain("cchc matrix --out FILE");
    const wrong = await run("matrix", "--out", "a.pdf", "--lang", "en");
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("must end in .xlsx");
  });
});
