/**
 * The merge's messages live in the feature catalogue (src/i18n/messages/merge.ts), in Vietnamese
 * and English: the use-cases and the command only name keys. Every key they name exists in both
 * languages, so no user ever sees a raw key or a Vietnamese line in an English run.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { notFormFile, sheetSourceName, unitResolver } from "../../src/app/formSources";
import { MergeSheetConflictError } from "../../src/app/merge";
import { summaryLines } from "../../src/cli/commands/merge";
import { yenBai2020 } from "../../src/domain/registry";
import type { MergeResult } from "../../src/domain/rollup";
import { en, vi } from "../../src/i18n/messages/merge";

const source = (file: string) => readFileSync(path.join(__dirname, "../../src", file), "utf8");

/** Keys named in a file: the literal after `prefix`, with the catalogue prefix added. */
function keysIn(file: string, call: RegExp, add: string): string[] {
  return [...source(file).matchAll(call)].map((m) => add + m[1]);
}

const used = [
  ...keysIn("app/merge.ts", /translate\(\s*lang,\s*"(merge\.[\w.]+)"/g, ""),
  ...keysIn("app/files/merge.ts", /translate\(\s*lang,\s*"(merge\.[\w.]+)"/g, ""),
  ...keysIn("app/files/formFiles.ts", /translate\(\s*lang,\s*"(merge\.[\w.]+)"/g, ""),
  ...keysIn("app/formSources.ts", /say\(\s*lang,\s*"([\w.]+)"/g, "merge."),
  ...keysIn("cli/commands/merge.ts", /say\(\s*"([\w.]+)"/g, "merge.cli."),
];

test("the three files keep no catalogue of their own", () => {
  for (const file of [
    "app/merge.ts",
    "app/files/merge.ts",
    "app/formSources.ts",
    "app/files/formFiles.ts",
    "cli/commands/merge.ts",
  ]) {
    expect(source(file)).not.toMatch(/const (TEXT|VI)\b/);
  }
  expect(used.length).toBeGreaterThan(40);
});

test("every key they name is in the catalogue in Vietnamese and in English", () => {
  const missing = used.filter((k) => !(k in vi) || !(k in en));
  expect(missing).toEqual([]);
  expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
});

test("the same texts, by language", () => {
  expect(sheetSourceName("BC Văn Yên")).toBe("Sổ làm việc hiện tại › BC Văn Yên");
  expect(sheetSourceName("BC Văn Yên", "en")).toBe("Current workbook › BC Văn Yên");
  expect(notFormFile("ghi-chu.txt").error.message).toBe("tệp .txt");
  expect(notFormFile("ghi-chu", "en").error.message).toBe("a file without an extension");
  expect(new MergeSheetConflictError("Theo đơn vị").message).toMatch(
    /^Sổ làm việc đã có trang tính “Theo đơn vị” không do lệnh Tổng hợp tạo ra/,
  );
  expect(new MergeSheetConflictError("Theo đơn vị", "en").message).toMatch(
    /^The workbook already has a sheet “Theo đơn vị”/,
  );
  expect(
    (unitResolver(yenBai2020, { lang: "en" })("Sở Y tế tỉnh Yên Bái") as { warning?: string })
      ?.warning,
  ).toBe("the words “tỉnh Yên Bái” after the unit's name were left out");
  const result = {
    accepted: [],
    rejected: [],
    duplicates: [],
    missing: [{ code: "SNV", name: "Sở Nội vụ" }],
    expected: [{ code: "SNV", name: "Sở Nội vụ" }],
  } as unknown as MergeResult;
  expect(summaryLines(result, "vi")).toEqual([
    "Nhận: 0 tệp; từ chối: 0 tệp; trùng đơn vị, bỏ qua: 0 tệp.",
    "Đơn vị đã nộp: 0/1; chưa nộp: 1.",
    "Đơn vị chưa nộp (1):",
    "  - Sở Nội vụ",
  ]);
  expect(summaryLines(result, "en")).toEqual([
    "Accepted: 0 files; rejected: 0 files; duplicates ignored: 0 files.",
    "Units reported: 0/1; missing: 1.",
    "Units that have not reported (1):",
    "  - Sở Nội vụ",
  ]);
});
