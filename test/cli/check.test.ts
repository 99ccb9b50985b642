/**
 * `cchc check FILE…` on real .xlsx files made here: a report form whose unit is misspelled, a
 * matrix with misspelled, TCVN3, VNI and undiacritised agency names, clean files, and files
 * that are not workbooks or not forms.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { reportFormFile } from "../../src/app/files/forms";
import { matrixFile } from "../../src/app/files/matrix";
import { main } from "../../src/cli/main";
import { FIRST_DATA_ROW as R, MATRIX_SHEET } from "../../src/domain/matrix";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { encodeTcvn3, encodeVni } from "../../src/domain/text";
import type { WorkbookEdit } from "../../src/domain/sheet";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { useTempDir } from "../helpers/tmp";

const dir = useTempDir("cchc-check-cli-");

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir() });
  return { code, out, err: err.join("\n") };
}

async function save(name: string, bytes: Uint8Array): Promise<void> {
  await writeFile(path.join(dir(), name), bytes);
}

/** Bytes of `base` with `edit` applied (what a person typing in Excel would leave). */
async function edited(base: Uint8Array, edit: (wb: XlsxWorkbook) => Promise<WorkbookEdit>) {
  const wb = await XlsxWorkbook.load(base);
  await wb.apply(await edit(wb));
  return wb.toBuffer();
}

const SNV = yenBai2020.agencies.find((a) => a.code === "SNV")!;
const form = () =>
  reportFormFile({ plan: plan2020, unit: SNV, period: "2020-H1", created: "2020-06-01T00:00:00Z" });

/** The form's unit cell, from its DonVi name. */
async function unitCell(wb: XlsxWorkbook): Promise<{ sheet: string; cell: string }> {
  const ref = (await wb.names()).find((n) => n.name === "DonVi")!.refersTo;
  const m = /^='?(.*?)'?!\$([A-Z]+)\$(\d+)$/.exec(ref)!;
  return { sheet: m[1], cell: `${m[2]}${m[3]}` };
}

beforeAll(async () => {
  await save("sach.xlsx", await form());
  await save(
    "sai-don-vi.xlsx",
    await edited(await form(), async (wb) => {
      const { sheet, cell } = await unitCell(wb);
      return {
        sheets: [{ name: sheet, mode: "update", blocks: [{ at: cell, values: [["Sở Nôi vụ"]] }] }],
      };
    }),
  );
  const matrix = await matrixFile({ plan: plan2020, registry: yenBai2020 });
  await save("ma-tran.xlsx", matrix);
  await save(
    "ma-tran-sai.xlsx",
    await edited(matrix, async () => ({
      sheets: [
        {
          name: MATRIX_SHEET,
          mode: "update",
          blocks: [
            { at: `D${R}`, values: [["So Tai chinh", encodeTcvn3("Sở Tư pháp")]] },
            { at: `D${R + 1}`, values: [[encodeVni("Sở Y tế"), "Sở Giáo dục và Đào tạp"]] },
          ],
          formats: [
            { range: `E${R}`, format: { fontName: ".VnTime" } },
            { range: `D${R + 1}`, format: { fontName: "VNI-Times" } },
          ],
        },
      ],
    })),
  );
  await writeFile(path.join(dir(), "hong.xlsx"), "đây không phải tệp Excel");
  const other = XlsxWorkbook.create();
  await other.apply({
    sheets: [{ name: "Sheet1", mode: "create", blocks: [{ at: "A1", values: [["Xin chào"]] }] }],
  });
  await save("khac.xlsx", await other.toBuffer());
});

test("a form with a misspelled unit: the cell, the suggestion and the reason; exit 1", async () => {
  const { code, out } = await run("check", "sai-don-vi.xlsx");
  expect(code).toBe(1);
  expect(out).toEqual([
    "sai-don-vi.xlsx › Báo cáo!C3: Sở Nôi vụ — gợi ý: Sở Nội vụ (Có thể gõ sai chính tả)",
    "sai-don-vi.xlsx: 1 lỗi, 0 cảnh báo.",
  ]);
});

test("a matrix with misspelled, TCVN3, VNI and undiacritised names: every problem, exit 1", async () => {
  const { code, out } = await run("check", "ma-tran-sai.xlsx");
  expect(code).toBe(1);
  expect(out).toEqual([
    `ma-tran-sai.xlsx › ${MATRIX_SHEET}!D${R}: So Tai chinh — gợi ý: Sở Tài chính (Thiếu dấu tiếng Việt)`,
    `ma-tran-sai.xlsx › ${MATRIX_SHEET}!E${R}: ${encodeTcvn3("Sở Tư pháp")} — gợi ý: Sở Tư pháp (Chữ mã cũ TCVN3 (ABC) hoặc VNI)`,
    `ma-tran-sai.xlsx › ${MATRIX_SHEET}!D${R + 1}: ${encodeVni("Sở Y tế")} — gợi ý: Sở Y tế (Chữ mã cũ TCVN3 (ABC) hoặc VNI)`,
    `ma-tran-sai.xlsx › ${MATRIX_SHEET}!E${R + 1}: Sở Giáo dục và Đào tạp — gợi ý: Sở Giáo dục và Đào tạo (Có thể gõ sai chính tả)`,
    "ma-tran-sai.xlsx: 2 lỗi, 2 cảnh báo.",
  ]);
});

test("clean files exit 0", async () => {
  const { code, out } = await run("check", "sach.xlsx", "ma-tran.xlsx");
  expect(code).toBe(0);
  expect(out[0]).toBe("sach.xlsx: không có lỗi (1 ô tên cơ quan).");
  expect(out[1]).toMatch(/^ma-tran\.xlsx: không có lỗi \(\d+ ô tên cơ quan\)\.$/);
  expect(out[2]).toBe("Đã kiểm tra 2 tệp: 0 lỗi, 0 cảnh báo.");
});

test("an unreadable file and a workbook that is no form are errors; the other files are still checked", async () => {
  const { code, out } = await run("check", "hong.xlsx", "khac.xlsx", "khong-co.xlsx", "sach.xlsx");
  expect(code).toBe(1);
  expect(out).toEqual([
    "hong.xlsx: không đọc được tệp — không phải tệp Excel .xlsx (tệp .xls cũ hãy lưu lại thành .xlsx)",
    "khac.xlsx: không thấy biểu mẫu báo cáo hay bảng phân công nhiệm vụ nào (không có bảng BaoCao, ô DonVi hay cột “Cơ quan chủ trì”).",
    "khong-co.xlsx: không đọc được tệp — không tìm thấy tệp",
    "sach.xlsx: không có lỗi (1 ô tên cơ quan).",
    "Đã kiểm tra 4 tệp: 3 lỗi, 0 cảnh báo.",
  ]);
});

test("a folder is checked file by file; English on request", async () => {
  const { code, out } = await run("check", ".", "--lang", "en");
  expect(code).toBe(1);
  expect(out).toContain(
    `${path.join(".", "sai-don-vi.xlsx")} › Báo cáo!C3: Sở Nôi vụ — suggestion: Sở Nội vụ (Possible typo)`,
  );
  expect(out[out.length - 1]).toMatch(/^Checked 6 files: 5 errors, 2 warnings\.$/);
});

test("no file is bad usage (exit 2)", async () => {
  const { code, err } = await run("check");
  expect(code).toBe(2);
  expect(err).toContain("Cần ít nhất một tệp");
});
