/**
 * checkFilledForm on real files: a form written by reportFormFile (ExcelJS), filled in as a unit
 * would (edited with the xlsx adapter), read back with the SheetJS reader the merge uses.
 */
import { reportFormFile } from "../../src/app/files/forms";
import {
  checkFilledForm,
  describeProblem,
  foundAgency,
  lookupUnit,
  hasErrors,
  type FilledFormSource,
  type Problem,
} from "../../src/domain/forms";
import { createMatcher } from "../../src/domain/matcher";
import { plan2020 } from "../../src/domain/plan";
import { expectedReporters, yenBai2020 } from "../../src/domain/registry";
import { mergeForms } from "../../src/domain/rollup";
import type { Cell, WorkbookEdit } from "../../src/domain/sheet";
import { XlsxWorkbook, readWorkbookFile } from "../../src/workbook/xlsx";

const matcher = createMatcher(yenBai2020);
const options = { plan: plan2020, registry: yenBai2020, matcher };
const unitOf = (code: string) => yenBai2020.agencies.find((a) => a.code === code)!;

const blanks = new Map<string, Uint8Array>();
async function blank(code: string): Promise<Uint8Array> {
  let b = blanks.get(code);
  if (!b) {
    b = await reportFormFile({
      plan: plan2020,
      unit: unitOf(code),
      period: "2020-H1",
      created: "2020-05-01T00:00:00Z",
    });
    blanks.set(code, b);
  }
  return b;
}

function source(bytes: Uint8Array): FilledFormSource {
  const file = readWorkbookFile(bytes);
  return { sheets: file.sheets, names: file.names, data: (n) => file.data(n) };
}

/** Where a (task, indicator) row of the blank form is, 1-based, by the table's codes. */
async function rowOf(code: string, task: string, indicator: string | null): Promise<number> {
  const data = readWorkbookFile(await blank(code)).data("Báo cáo");
  const r = data.values.findIndex((v) => v[1] === task && (v[3] ?? null) === indicator);
  if (r < 0) throw new Error(`no row ${task}/${indicator}`);
  return r + 1;
}

/** The blank form of `code` with cells set on "Báo cáo" (and optional extra edits). */
async function filled(
  code: string,
  values: Record<string, Cell>,
  extra?: WorkbookEdit,
): Promise<FilledFormSource> {
  const wb = await XlsxWorkbook.load(await blank(code));
  await wb.apply({
    sheets: [
      {
        name: "Báo cáo",
        mode: "update",
        blocks: Object.entries(values).map(([at, v]) => ({ at, values: [[v]] })),
      },
      ...(extra?.sheets ?? []),
    ],
  });
  return source(await wb.toBuffer());
}

const brief = (ps: Problem[]) => ps.map((p) => [p.severity, p.key, p.cell]);
const only = (ps: Problem[], key: string) => ps.filter((p) => p.key === key);

describe("checkFilledForm", () => {
  test("a blank form has no error; each required row is listed as not filled yet", async () => {
    const problems = checkFilledForm(source(await blank("STP")), options);
    expect(hasErrors(problems)).toBe(false);
    expect(new Set(problems.map((p) => p.key))).toEqual(new Set(["forms.check.rowEmpty"]));
    expect(problems.map((p) => p.params.key)).toEqual(
      expect.arrayContaining(["II.1.a", "II.2.a/HN", "II.2.g/CM", "III.5/KH"]),
    );
  });

  test("a fully filled form has no problem at all", async () => {
    const data = readWorkbookFile(await blank("STP")).data("Báo cáo");
    const values: Record<string, Cell> = {};
    data.values.forEach((row, r) => {
      if (r < 8 || !row[1]) return;
      const n = r + 1;
      if (row[3]) {
        const flag = String(row[5]).includes("1 có");
        values[`H${n}`] = flag ? 1 : 3;
        values[`I${n}`] = flag ? 1 : 5;
      }
      values[`J${n}`] = "Hoàn thành";
    });
    const form = await filled("STP", values);
    expect(checkFilledForm(form, options)).toEqual([]);

    // What the unit sends is what the merge takes: accepted, with its figures counted.
    const merged = mergeForms({
      plan: plan2020,
      period: "2020-H1",
      expected: expectedReporters(yenBai2020),
      resolveUnit: (text) => {
        const a = foundAgency(lookupUnit(matcher, text));
        return a && { name: a.name, code: a.code };
      },
      inputs: [{ file: "stp.xlsx", ...form }],
    });
    expect(merged.rejected).toEqual([]);
    expect(merged.accepted.map((a) => [a.unit, a.warnings])).toEqual([["Sở Tư pháp", []]]);
    expect(merged.totals["II.2.a/HN"]).toBe(3);
    expect(merged.completion[0].percent).toBe(100);
  });

  test("figures: negative, text, a number typed as text, a yes/no cell above 1, cumulative below the period", async () => {
    const hn = await rowOf("SNV", "II.2.a", "HN");
    const ng = await rowOf("SNV", "II.2.a", "NG");
    const tl = await rowOf("SNV", "II.2.a", "TL");
    const cm = await rowOf("SNV", "II.2.g", "CM");
    const lg = await rowOf("SNV", "II.2.a", "LG");
    const form = await filled("SNV", {
      [`H${hn}`]: -2,
      [`H${ng}`]: "mười hai",
      [`H${tl}`]: "1.250",
      [`I${tl}`]: 2000,
      [`H${cm}`]: 5,
      [`H${lg}`]: 4,
      [`I${lg}`]: 3,
    });
    const problems = checkFilledForm(form, options);
    expect(brief(problems.filter((p) => !p.key.startsWith("forms.check.row")))).toEqual([
      ["error", "forms.check.negative", `H${hn}`],
      ["error", "forms.check.notNumber", `H${ng}`],
      ["warning", "forms.check.textNumber", `H${tl}`],
      ["error", "forms.check.cumulativeBelow", `I${lg}`],
      ["error", "forms.check.flag", `H${cm}`],
    ]);
    expect(only(problems, "forms.check.textNumber")[0].params).toEqual({
      value: "1.250",
      number: 1250,
    });
    expect(only(problems, "forms.check.cumulativeBelow")[0].params).toEqual({
      cumulative: 3,
      period: 4,
    });
    expect(problems.every((p) => p.sheet === "Báo cáo")).toBe(true);
  });

  test("a formula with no calculated value and an error value are refused", async () => {
    const hn = await rowOf("SNV", "II.2.a", "HN");
    const ng = await rowOf("SNV", "II.2.a", "NG");
    const problems = checkFilledForm(
      await filled("SNV", { [`H${hn}`]: { formula: "=1+1" }, [`H${ng}`]: "#REF!" }),
      options,
    );
    expect(brief(problems.filter((p) => p.severity === "error"))).toEqual([
      ["error", "forms.check.formulaNoValue", `H${hn}`],
      ["error", "forms.check.excelError", `H${ng}`],
    ]);
  });

  test.each([
    ["Sở Nôi vụ", "error", "forms.check.unitSuggest", "Sở Nội vụ"],
    ["Phòng Tài vụ xyz", "error", "forms.check.unitUnknown", undefined],
    ["So Noi vu", "warning", "forms.check.unitCorrected", "Sở Nội vụ"],
    ["các sở, ban, ngành", "error", "forms.check.unitPhrase", undefined],
    ["Sở Nội vụ, Sở Tư pháp", "error", "forms.check.unitSeveral", undefined],
    ["Báo Yên Bái", "warning", "forms.check.unitNotExpected", undefined],
    ["", "error", "forms.check.unitEmpty", undefined],
  ])("unit %j → %s %s", async (text, severity, key, named) => {
    const problems = checkFilledForm(await filled("SNV", { C3: text || null }), options);
    const p = problems.find((x) => x.key.startsWith("forms.check.unit"))!;
    expect([p.severity, p.key, p.sheet, p.cell]).toEqual([severity, key, "Báo cáo", "C3"]);
    if (named) expect(JSON.stringify(p.params)).toContain(named);
    expect(problems[0]).toBe(p); // the unit comes first
  });

  test.each([
    ["2020-Q2", undefined, "error", "forms.check.periodUnknown"],
    ["nửa năm", undefined, "error", "forms.check.periodBad"],
    ["", undefined, "error", "forms.check.periodEmpty"],
    ["6 tháng đầu năm 2020", undefined, "warning", "forms.check.periodName"],
    ["2020-H1", "2020-Q3", "error", "forms.check.periodWrong"],
  ])("period %j (collecting %s) → %s %s", async (text, collecting, severity, key) => {
    const problems = checkFilledForm(await filled("SNV", { C4: text || null }), {
      ...options,
      period: collecting,
    });
    const p = problems.filter((x) => x.key.startsWith("forms.check.period"));
    expect(p.map((x) => [x.severity, x.key, x.cell])).toEqual([[severity, key, "C4"]]);
  });

  test("rows: unknown task and indicator codes, a row twice, a status not in the list", async () => {
    const hn = await rowOf("SNV", "II.2.a", "HN");
    const ng = await rowOf("SNV", "II.2.a", "NG");
    const tl = await rowOf("SNV", "II.2.a", "TL");
    const topic = await rowOf("SNV", "II.1.b", null);
    const form = await filled("SNV", {
      [`B${hn}`]: "II.9.z",
      [`H${hn}`]: 1,
      [`D${ng}`]: "QQ",
      [`H${ng}`]: 1,
      [`D${tl}`]: "PS",
      [`J${topic}`]: "Xong rồi",
    });
    const problems = checkFilledForm(form, options);
    expect(brief(problems.filter((p) => !p.key.startsWith("forms.check.row")))).toEqual([
      ["warning", "forms.check.unknownStatus", `J${topic}`],
      ["error", "forms.check.unknownTask", `B${hn}`],
      ["error", "forms.check.unknownIndicator", `D${ng}`],
      ["error", "forms.check.duplicateRow", expect.stringMatching(/^B\d+$/)],
    ]);
    expect(only(problems, "forms.check.duplicateRow")[0].params.key).toBe("II.2.a/PS");
    // The rows whose codes were changed are now missing from the form.
    expect(only(problems, "forms.check.rowMissing").map((p) => p.params.key)).toEqual(
      expect.arrayContaining(["II.2.a/HN", "II.2.a/NG", "II.2.a/TL"]),
    );
  });

  test("the hidden _cchc sheet disagreeing with the visible cells is a warning; the visible cell wins", async () => {
    const form = await filled(
      "SNV",
      {},
      {
        sheets: [
          {
            name: "_cchc",
            mode: "update",
            blocks: [{ at: "B3", values: [["Sở Tư pháp"], ["2020-Q1"]] }],
          },
        ],
      },
    );
    const problems = checkFilledForm(form, options);
    expect(brief(problems.filter((p) => p.key.endsWith("Meta")))).toEqual([
      ["warning", "forms.check.unitMeta", "C3"],
      ["warning", "forms.check.periodMeta", "C4"],
    ]);
    expect(hasErrors(problems)).toBe(false);
  });

  test("a workbook that is not a form is one error for the whole file", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({
      sheets: [{ name: "Sheet1", mode: "create", blocks: [{ at: "A1", values: [["Xin chào"]] }] }],
    });
    const problems = checkFilledForm(source(await wb.toBuffer()), options);
    expect(brief(problems)).toEqual([["error", "merge.form.notForm", ""]]);
  });

  test("problems read as sentences naming the cell, in Vietnamese or English", async () => {
    const hn = await rowOf("SNV", "II.2.a", "HN");
    const [p] = checkFilledForm(await filled("SNV", { [`H${hn}`]: -2 }), options);
    expect(describeProblem(p)).toBe(
      `Lỗi — 'Báo cáo'!H${hn}: Số âm “-2”: số liệu phải từ 0 trở lên`,
    );
    expect(describeProblem(p, "en")).toBe(
      `Error — 'Báo cáo'!H${hn}: Negative number “-2”: figures must be 0 or more`,
    );
    const [q] = checkFilledForm(await filled("SNV", { C3: "So Noi vu" }), options);
    expect(describeProblem(q, "en")).toContain("Vietnamese diacritics missing");
  });
});
