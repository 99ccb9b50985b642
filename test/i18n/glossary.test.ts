/**
 * One term for one thing (docs/behaviour.md, "Glossary"): the two catalogues, every sheet we
 * write and the messages in the code use the glossary's words. A word the glossary replaced
 * ("sổ tính", "ma trận nhiệm vụ", "mẫu báo cáo" without "biểu", "Lưu ý" for a warning, …) fails
 * here wherever it is written.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { summaryWorkbookEdit } from "../../src/app/merge";
import { buildMatrixEdit, STATUS_OPTIONS } from "../../src/domain/matrix";
import { buildReportFormEdit, ROW_STATUSES } from "../../src/domain/forms";
import { plan2020 } from "../../src/domain/plan";
import { expectedReporters, yenBai2020 } from "../../src/domain/registry";
import { mergeForms } from "../../src/domain/rollup";
import { catalogues } from "../../src/i18n";
import { isFormula, type WorkbookEdit } from "../../src/domain/sheet";
import { tracking2020 } from "../helpers/tracking";

/** Vietnamese words the glossary replaced, with the term to use instead. */
const REPLACED: [RegExp, string][] = [
  [/sổ tính/iu, "sổ làm việc"],
  [/ma trận/iu, "bảng phân công nhiệm vụ"],
  [/danh mục nhiệm vụ/iu, "bảng phân công nhiệm vụ"],
  [/bảng các nhiệm vụ/iu, "bảng phân công nhiệm vụ"],
  [/(?<!biểu )mẫu báo cáo/iu, "biểu mẫu báo cáo"],
  [/biểu mẫu gửi về/iu, "biểu mẫu báo cáo"],
  [/tệp báo cáo/iu, "biểu mẫu báo cáo"],
  [/lưu ý/iu, "cảnh báo"],
  [/^ghi chú:/iu, "cảnh báo"],
  [/cơ quan cấp trên/iu, "cơ quan chủ quản"],
  [/hạn cuối được tính/iu, "ngày cuối cùng nộp đúng hạn"],
  [/đang ghi/iu, "(say what the cell holds)"],
  [/sửa tự động được/iu, "có thể sửa tự động"],
];

const ENGLISH_REPLACED: [RegExp, string][] = [
  [/spreadsheet/i, "workbook"],
  [/report files?\b/i, "report form"],
  [/^note:/i, "Warning:"],
  [/parent agency/i, "governing agency"],
];

function offences(texts: [string, string][], rules: [RegExp, string][]): string[] {
  const out: string[] = [];
  for (const [where, text] of texts) {
    for (const [re, use] of rules) if (re.test(text)) out.push(`${where}: “${text}” → ${use}`);
  }
  return out;
}

/** Every text cell an edit writes, with where. */
function sheetTexts(edit: WorkbookEdit): [string, string][] {
  const out: [string, string][] = [];
  for (const sheet of edit.sheets) {
    out.push([`sheet name`, sheet.name]);
    for (const block of sheet.blocks ?? []) {
      for (const row of block.values) {
        for (const v of row) {
          if (typeof v === "string") out.push([sheet.name, v]);
          else if (isFormula(v)) out.push([sheet.name, v.formula]);
        }
      }
    }
    for (const table of sheet.tables ?? [])
      for (const c of table.columns) out.push([sheet.name, c]);
    for (const v of sheet.validations ?? []) {
      for (const t of [v.errorTitle, v.errorMessage]) if (t) out.push([sheet.name, t]);
    }
  }
  return out;
}

function summaryEdit(): WorkbookEdit {
  const result = mergeForms({
    plan: plan2020,
    period: "2020-H1",
    expected: expectedReporters(yenBai2020).map((a) => ({ code: a.code, name: a.name })),
    resolveUnit: () => null,
    inputs: [],
  });
  return summaryWorkbookEdit(result, { plan: plan2020 });
}

const sheetsWritten = (): WorkbookEdit[] => [
  buildMatrixEdit({ plan: plan2020, registry: yenBai2020 }).edit,
  buildReportFormEdit({
    plan: plan2020,
    unit: yenBai2020.agencies.find((a) => a.code === "SNV")!,
    period: "2020-H1",
  }),
  tracking2020(),
  summaryEdit(),
];

/** Quoted strings of our source files (messages that are not in a catalogue yet). */
function sourceStrings(): [string, string][] {
  const root = path.join(__dirname, "../../src");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name)) files.push(p);
    }
  };
  walk(root);
  const out: [string, string][] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)*)"|`([^`]*)`|“([^”\n]*)”/g)) {
      const s = m[1] ?? m[2] ?? m[3] ?? "";
      // The former names the code still recognises in a user's workbook.
      if (/FORMER_|former/i.test(text.slice(Math.max(0, (m.index ?? 0) - 200), m.index))) continue;
      out.push([path.relative(root, file), s]);
    }
  }
  return out;
}

describe("the glossary", () => {
  test("the Vietnamese catalogue uses its terms", () => {
    const texts = Object.entries(catalogues.vi);
    expect(offences(texts, REPLACED)).toEqual([]);
  });

  test("the English catalogue uses its terms", () => {
    const texts = Object.entries(catalogues.en);
    expect(offences(texts, ENGLISH_REPLACED)).toEqual([]);
  });

  test("every sheet we write uses its terms", () => {
    const texts = sheetsWritten().flatMap(sheetTexts);
    expect(texts.length).toBeGreaterThan(500);
    expect(offences(texts, REPLACED)).toEqual([]);
  });

  test("messages still in the code use its terms", () => {
    expect(offences(sourceStrings(), REPLACED)).toEqual([]);
  });

  test("the form is called one name in Vietnamese: biểu mẫu báo cáo", () => {
    const vi = Object.values(catalogues.vi).join("\n").toLowerCase();
    expect(vi).toContain("biểu mẫu báo cáo");
    for (const other of ["mẫu báo cáo", "biểu mẫu gửi về", "tệp báo cáo"]) {
      const count = vi.split(other).length - 1;
      const asPartOfTerm = other === "mẫu báo cáo" ? vi.split("biểu mẫu báo cáo").length - 1 : 0;
      expect({ other, extra: count - asPartOfTerm }).toEqual({ other, extra: 0 });
    }
  });

  test("the form and the task matrix offer one status list, in one order", () => {
    expect([...STATUS_OPTIONS]).toEqual([...ROW_STATUSES]);
  });
});
