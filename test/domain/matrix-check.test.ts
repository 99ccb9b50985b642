/** "Kiểm tra cơ quan" as data: which cells hold agency names, what is wrong, and the edits. */
import { parseCell } from "../../src/domain/address";
import {
  buildMatrixEdit,
  CHECK_SHEET,
  checkCells,
  ERROR_FILL,
  findAgencyCells,
  FIRST_DATA_ROW,
  fixAllEdit,
  fixOneEdit,
  highlightEdit,
  highlightedCells,
  MATRIX_SHEET,
  missingUnitProblem,
  WARNING_FILL,
  type AgencyProblem,
  type WorkbookSnapshot,
} from "../../src/domain/matrix";
import { createMatcher } from "../../src/domain/matcher";
import { plan2020, PLAN_SHEET, planToRows } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { encodeTcvn3, encodeVni } from "../../src/domain/text";
import type { Scalar, SheetData, SheetEdit } from "../../src/domain/sheet";

const matcher = createMatcher(yenBai2020);

/** A sheet as read: values (and fonts) from A1. */
function sheet(
  name: string,
  cells: Record<string, Scalar>,
  fonts: Record<string, string> = {},
): SheetData {
  const values: Scalar[][] = [];
  const fontGrid: (string | null)[][] = [];
  let width = 0;
  for (const a of Object.keys(cells)) width = Math.max(width, parseCell(a).col + 1);
  for (const [a, v] of Object.entries(cells)) {
    const { row, col } = parseCell(a);
    while (values.length <= row) {
      values.push(Array<Scalar>(width).fill(null));
      fontGrid.push(Array<string | null>(width).fill(null));
    }
    values[row][col] = v;
    fontGrid[row][col] = v === null ? null : (fonts[a] ?? "Times New Roman");
  }
  return {
    name,
    values,
    fonts: fontGrid,
    formulas: values.map((r) => r.map(() => null)),
    tables: [],
  };
}

const FORM_HEADERS = [
  "Mã nhiệm vụ",
  "Nội dung nhiệm vụ",
  "Mã chỉ tiêu",
  "Chỉ tiêu",
  "Đơn vị tính",
  "Kết quả kỳ báo cáo",
  "Lũy kế từ đầu năm",
  "Tình trạng",
  "Ghi chú",
];

/** A contract-5.1 form sheet: unit in B3 (DonVi), table BaoCao from A6. */
function form(name: string, unit: Scalar, font?: string): SheetData {
  const cells: Record<string, Scalar> = {
    A1: "BÁO CÁO KẾT QUẢ",
    A3: "Đơn vị:",
    B3: unit,
    A4: "Kỳ báo cáo:",
    B4: "2020-H1",
  };
  FORM_HEADERS.forEach((h, i) => (cells[`${String.fromCharCode(65 + i)}6`] = h));
  Object.assign(cells, {
    A7: "II.2.a",
    B7: "Hội nghị",
    C7: "HN",
    D7: "hội nghị",
    E7: "cuộc",
    F7: 2,
  });
  const data = sheet(name, cells, font ? { B3: font } : {});
  data.tables = [{ name: "BaoCao", range: "A6:I7" }];
  return data;
}

/** The matrix sheet as inserted, with some agency cells typed over. */
function matrixWith(cells: Record<string, string>, fonts: Record<string, string> = {}): SheetData {
  const edit = buildMatrixEdit({ plan: plan2020, registry: yenBai2020 }).edit
    .sheets[0] as SheetEdit;
  const values: Record<string, Scalar> = {};
  for (const b of edit.blocks!) {
    const at = parseCell(b.at);
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null && typeof v !== "object")
          values[`${String.fromCharCode(65 + at.col + j)}${at.row + i + 1}`] = v;
      }),
    );
  }
  Object.assign(values, cells);
  const data = sheet(MATRIX_SHEET, values, fonts);
  data.tables = edit.tables!.map((t) => ({ name: t.name, range: t.range }));
  return data;
}

const R = FIRST_DATA_ROW;
const book = (data: SheetData[], names: WorkbookSnapshot["names"] = []): WorkbookSnapshot => ({
  sheets: data.map((d) => ({ name: d.name, visibility: "visible" as const })),
  names,
  data,
});
const problemsOf = (b: WorkbookSnapshot, lang: "vi" | "en" = "vi") => {
  const found = findAgencyCells(b);
  return [
    ...checkCells(found.cells, matcher, lang),
    ...found.missingUnits.map((m) => missingUnitProblem(m, lang)),
  ];
};
const at = (problems: AgencyProblem[], cell: string) => problems.find((p) => p.cell === cell)!;

describe("finding and checking agency cells", () => {
  const typed = matrixWith(
    {
      [`D${R}`]: "Sở Nôi vụ",
      [`E${R}`]: encodeTcvn3("Sở Tư pháp"),
      [`D${R + 1}`]: encodeTcvn3("sở tư pháp"),
      [`E${R + 1}`]: encodeVni("Sở Tài chính"),
      [`D${R + 2}`]: "UBND huyen Van Yen",
      [`E${R + 2}`]: "Sở Nội vụ; Phòng Quản lý ABC",
      [`D${R + 3}`]: "Sở Văn hoá, Thể thao và Du lịch",
      [`E${R + 3}`]: "Sở NV; Báo Yên Bái",
    },
    { [`E${R}`]: ".VnTime", [`D${R + 1}`]: ".VnTimeH", [`E${R + 1}`]: "VNI-Times" },
  );
  const problems = problemsOf(book([typed]));

  test("a freshly inserted matrix is clean", () => {
    const clean = book([matrixWith({})]);
    const found = findAgencyCells(clean);
    expect(found.matrices).toEqual([MATRIX_SHEET]);
    // Every lead and coordinating cell of the plan that names somebody.
    const named = plan2020.tasks.reduce(
      (n, t) => n + (t.lead.length ? 1 : 0) + (t.coordinating.length ? 1 : 0),
      0,
    );
    expect(found.cells).toHaveLength(named);
    expect(problemsOf(clean)).toEqual([]);
  });

  test("a misspelling is an error with the nearest name as suggestion", () => {
    expect(at(problems, `D${R}`)).toMatchObject({
      sheet: MATRIX_SHEET,
      kind: "lead",
      text: "Sở Nôi vụ",
      suggestion: "Sở Nội vụ",
      safeText: null,
      reason: "Có thể gõ sai chính tả",
      safe: false,
      severity: "error",
      message: "“Sở Nôi vụ” nên ghi là “Sở Nội vụ” (Có thể gõ sai chính tả)",
    });
  });

  test("TCVN3 and VNI text is decoded, a safe fix, with the font deciding TCVN3 capitals", () => {
    expect(at(problems, `E${R}`)).toMatchObject({
      kind: "coordinating",
      suggestion: "Sở Tư pháp",
      safeText: "Sở Tư pháp",
      safe: true,
      severity: "warning",
      reason: "Chữ mã cũ TCVN3 (ABC) hoặc VNI",
      font: ".VnTime",
    });
    const capitals = at(problems, `D${R + 1}`);
    expect(capitals.parts[0].repaired).toBe("SỞ TƯ PHÁP");
    expect(capitals.suggestion).toBe("Sở Tư pháp");
    expect(at(problems, `E${R + 1}`)).toMatchObject({ suggestion: "Sở Tài chính", safe: true });
  });

  test("missing diacritics is proposed but not applied by 'fix all'", () => {
    expect(at(problems, `D${R + 2}`)).toMatchObject({
      suggestion: "UBND huyện Văn Yên",
      safeText: null,
      safe: false,
      severity: "error",
      reason: "Thiếu dấu tiếng Việt",
    });
  });

  test("several agencies in one cell: each part judged, an unknown one named", () => {
    const p = at(problems, `E${R + 2}`);
    expect(p.parts.map((x) => x.text)).toEqual(["Phòng Quản lý ABC"]);
    expect(p).toMatchObject({ suggestion: null, severity: "error" });
    expect(p.message).toBe("“Phòng Quản lý ABC” không có trong danh mục cơ quan");
    // Tone placement and an abbreviation next to a right name: safe, the right one untouched.
    expect(at(problems, `D${R + 3}`)).toMatchObject({
      safeText: "Sở Văn hóa, Thể thao và Du lịch",
      safe: true,
    });
    expect(at(problems, `E${R + 3}`)).toMatchObject({
      safeText: "Sở Nội vụ; Báo Yên Bái",
      safe: true,
    });
    expect(problems).toHaveLength(8);
  });

  test("messages in English on request", () => {
    const en = problemsOf(book([typed]), "en");
    expect(at(en, `D${R}`).message).toBe("“Sở Nôi vụ” should read “Sở Nội vụ” (Possible typo)");
  });

  test("a form's unit cell: by the DonVi name, by a 'Đơn vị:' label, empty", () => {
    const named = form("Báo cáo", "UBND huyen Van Yen");
    const byLabel = sheet("Sheet3", {
      A2: "Đơn vị: Sở Tu phap",
      A5: "Mã nhiệm vụ",
      B5: "Mã chỉ tiêu",
      C5: "Kết quả kỳ báo cáo",
      A6: "II.2.a",
      B6: "HN",
      C6: 1,
    });
    const empty = form("Báo cáo (2)", null);
    const names = [{ name: "DonVi", refersTo: "='Báo cáo'!$B$3" }];
    const b = book([named, byLabel, empty], names);
    const found = findAgencyCells(b);
    expect(found.forms).toEqual(["Báo cáo", "Sheet3", "Báo cáo (2)"]);
    const problems = problemsOf(b);
    expect(at(problems, "B3")).toMatchObject({
      sheet: "Báo cáo",
      kind: "unit",
      suggestion: "UBND huyện Văn Yên",
    });
    expect(at(problems, "A2")).toMatchObject({
      prefix: "Đơn vị: ",
      text: "Sở Tu phap",
      suggestion: "Sở Tư pháp",
    });
    // The copied form has no DonVi name of its own: its label cell is found, and it is empty.
    const missing = problems.find((p) => p.sheet === "Báo cáo (2)")!;
    expect(missing).toMatchObject({
      cell: "B3",
      severity: "error",
      message: "Chưa ghi tên đơn vị báo cáo",
    });
  });

  test("the plan sheet (the plan's own wording), formulas and our own sheets are not checked", () => {
    const plan = sheet(PLAN_SHEET, {});
    plan.values = planToRows(plan2020).map((r) => r.map((v) => (v === null ? null : v)));
    const withFormula = matrixWith({ [`D${R}`]: "Sở Nôi vụ" });
    withFormula.formulas![R - 1][3] = "=Z1";
    const tracking = sheet(CHECK_SHEET, { A1: "Trang tính", A2: MATRIX_SHEET, B2: "D10" });
    const found = findAgencyCells(book([plan, withFormula, tracking]));
    expect(found.matrices).toEqual([MATRIX_SHEET]);
    expect(found.cells.some((c) => c.cell === `D${R}`)).toBe(false);
    expect(problemsOf(book([plan]))).toEqual([]);
  });
});

describe("edits: highlight, clear, fix", () => {
  const typed = matrixWith(
    {
      [`D${R}`]: "Sở Nôi vụ",
      [`E${R}`]: encodeTcvn3("Sở Tư pháp"),
      [`E${R + 2}`]: encodeTcvn3("Sở Tư pháp; Phòng ABC"),
    },
    { [`E${R}`]: ".VnTime", [`E${R + 2}`]: ".VnTime" },
  );
  const problems = problemsOf(book([typed]));

  test("problem cells are filled by severity, old highlights cleared, the list kept very hidden", () => {
    const edit = highlightEdit(problems, {
      previous: [
        { sheet: MATRIX_SHEET, cell: `D${R}` },
        { sheet: MATRIX_SHEET, cell: `D${R + 5}` },
        { sheet: "Đã xóa", cell: "A1" },
      ],
      sheets: [MATRIX_SHEET],
      trackingPresent: true,
    })!;
    const m = edit.sheets.find((s) => s.name === MATRIX_SHEET)!;
    expect(m.mode).toBe("update");
    expect(m.formats).toEqual([
      { range: `D${R}`, format: { fill: ERROR_FILL } },
      { range: `E${R}`, format: { fill: WARNING_FILL } },
      { range: `E${R + 2}`, format: { fill: ERROR_FILL } },
      { range: `D${R + 5}`, format: { fill: null } },
    ]);
    expect(edit.sheets.some((s) => s.name === "Đã xóa")).toBe(false);
    const tracking = edit.sheets.find((s) => s.name === CHECK_SHEET)!;
    expect(tracking).toMatchObject({ mode: "replace", visibility: "veryHidden" });
    const rows = tracking.blocks![0].values;
    // What the next check reads back from the tracking sheet.
    const read: SheetData = { name: CHECK_SHEET, values: rows as Scalar[][], tables: [] };
    expect(highlightedCells(read)).toEqual([
      { sheet: MATRIX_SHEET, cell: `D${R}` },
      { sheet: MATRIX_SHEET, cell: `E${R}` },
      { sheet: MATRIX_SHEET, cell: `E${R + 2}` },
    ]);
  });

  test("all fine now: old highlights cleared and the list removed; nothing at all: no edit", () => {
    const edit = highlightEdit([], {
      previous: [{ sheet: MATRIX_SHEET, cell: `D${R}` }],
      sheets: [MATRIX_SHEET],
      trackingPresent: true,
    })!;
    expect(edit.sheets[0].formats).toEqual([{ range: `D${R}`, format: { fill: null } }]);
    expect(edit.deleteSheets).toEqual([CHECK_SHEET]);
    expect(
      highlightEdit([], { previous: [], sheets: [MATRIX_SHEET], trackingPresent: false }),
    ).toBeNull();
  });

  test("fix all writes only safe fixes, with a Unicode font where the cell had a legacy one", () => {
    const { edit, fixed, remaining } = fixAllEdit(problems);
    const m = edit!.sheets.find((s) => s.name === MATRIX_SHEET)!;
    expect(m.blocks).toEqual([
      { at: `E${R}`, values: [["Sở Tư pháp"]] },
      { at: `E${R + 2}`, values: [["Sở Tư pháp; Phòng ABC"]] },
    ]);
    expect(m.formats).toEqual([
      { range: `E${R}`, format: { fontName: "Times New Roman", fill: null } },
      // Decoded, but "Phòng ABC" still needs a person: the highlight stays.
      { range: `E${R + 2}`, format: { fontName: "Times New Roman" } },
    ]);
    expect(fixed.map((p) => p.cell)).toEqual([`E${R}`, `E${R + 2}`]);
    expect(remaining.map((p) => p.cell)).toEqual([`D${R}`, `E${R + 2}`]);
    const tracking = edit!.sheets.find((s) => s.name === CHECK_SHEET)!;
    expect(tracking.blocks![0].values.slice(1).map((r) => r[1])).toEqual([`D${R}`, `E${R + 2}`]);
  });

  test("fix one writes the suggestion, keeping a label before the name", () => {
    const edit = fixOneEdit(at(problems, `D${R}`))!;
    expect(edit.sheets[0]).toMatchObject({
      name: MATRIX_SHEET,
      blocks: [{ at: `D${R}`, values: [["Sở Nội vụ"]] }],
      formats: [{ range: `D${R}`, format: { fill: null } }],
    });
    const label = { ...at(problems, `D${R}`), sheet: "Sheet3", cell: "A2", prefix: "Đơn vị: " };
    expect(fixOneEdit(label)!.sheets[0].blocks).toEqual([
      { at: "A2", values: [["Đơn vị: Sở Nội vụ"]] },
    ]);
    expect(fixOneEdit(at(problems, `E${R + 2}`))).toMatchObject({
      sheets: [{ blocks: [{ values: [["Sở Tư pháp; Phòng ABC"]] }] }],
    });
  });
});
