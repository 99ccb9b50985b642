/**
 * The summary workbook as data: the printable table on the first sheet, then the sheets
 * that explain it. Checked cell by cell the way a coordinator would read them.
 */
import {
  buildSummaryEdit,
  mergeForms,
  summarySheetName,
  type MergeInput,
} from "../../src/domain/rollup";
import { parseCell, parseRange } from "../../src/domain/address";
import { isFormula, type Cell, type SheetEdit } from "../../src/domain/sheet";
import {
  expected,
  failedRead,
  formSource,
  goodRows,
  plan as fixturePlan,
  resolveUnit,
} from "./rollup-fixtures";

/** The fixture plan with II.2.a/TB counted in percent, so a decimal figure is a valid one. */
const plan = {
  ...fixturePlan,
  tasks: fixturePlan.tasks.map((t) => ({
    ...t,
    indicators: t.indicators.map((i) =>
      t.code === "II.2.a" && i.code === "TB" ? { ...i, unit: "%" } : i,
    ),
  })),
};

const inputs: MergeInput[] = [
  formSource({
    file: "van-yen.xlsx",
    unit: "UBND huyện Văn Yên",
    period: "2020-H1",
    rows: goodRows(3, 120),
  }),
  formSource({
    file: "snv.xlsx",
    unit: "Sở Nội vụ",
    period: "2020-H1",
    rows: [
      { task: "II.2.a", ind: "HN", value: 9, cum: 15 },
      { task: "II.2.a", ind: "TB", value: "12,5", cum: 40 },
    ],
  }),
  formSource({
    file: '=HYPERLINK("http://x").xlsx',
    unit: "Sở Tư pháp",
    period: "2020-H1",
    rows: goodRows(1, 10),
    modified: new Date("2020-06-01"),
  }),
  formSource({
    file: "stp-moi.xlsx",
    unit: "Sở Tư pháp",
    period: "2020-H1",
    rows: goodRows(2, 20),
    modified: new Date("2020-06-04"),
  }),
  failedRead("hong.xlsx", "corrupt", "invalid zip"),
];
const result = mergeForms({ plan, period: "2020-H1", expected, resolveUnit, inputs });

/** The cells a sheet edit writes, as a map "A1" -> value. */
function cells(sheet: SheetEdit): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const b of sheet.blocks ?? []) {
    const { row, col } = parseCell(b.at);
    b.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v !== null) out.set(`${String.fromCharCode(65 + col + j)}${row + i + 1}`, v);
      }),
    );
  }
  return out;
}

function rowOf(sheet: SheetEdit, row: number, width: number): Cell[] {
  const c = cells(sheet);
  return Array.from(
    { length: width },
    (_, j) => c.get(`${String.fromCharCode(65 + j)}${row}`) ?? null,
  );
}

test("sheets in order: the printable table first, named after the period", () => {
  const edit = buildSummaryEdit(result, { plan });
  expect(edit.sheets.map((s) => s.name)).toEqual([
    "Tổng hợp 2020-H1",
    "Theo đơn vị",
    "Đơn vị chưa nộp",
    "Tệp bị từ chối",
    "Nguồn số liệu",
    "Ô số liệu bị loại",
  ]);
  expect(edit.sheets.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);
  expect(edit.sheets.every((s) => s.mode === "replace")).toBe(true);
  expect(edit.sheets[0].activate).toBe(true);
});

test("the first sheet: one row per task/indicator with period totals and cumulative", () => {
  const edit = buildSummaryEdit(result, { plan });
  const sheet = edit.sheets[0];
  expect(edit.summary).toEqual({
    sheet: "Tổng hợp 2020-H1",
    tableRange: "A1:G8",
    headerRows: "$1:$1",
    columns: 7,
  });
  expect(rowOf(sheet, 1, 7)).toEqual([
    "STT",
    "Mã nhiệm vụ",
    "Nội dung nhiệm vụ",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Tổng kỳ báo cáo",
    "Lũy kế từ đầu năm",
  ]);
  // II.2.a: HN = 3 + 9 + 2, NG = 120 + 20, TB = 12.5 (typed "12,5")
  expect(rowOf(sheet, 2, 7)).toEqual([
    1,
    "II.2.a",
    "Hội nghị, tập huấn, tin bài",
    "Hội nghị, tập huấn, tọa đàm, hội thảo",
    "cuộc",
    14,
    24,
  ]);
  expect(rowOf(sheet, 3, 7)).toEqual([null, null, null, "Người tham dự", "lượt người", 140, 140]);
  expect(rowOf(sheet, 4, 7)).toEqual([null, null, null, "Tin, bài đăng tải", "%", 12.5, 40]);
  // II.2.g nobody filled: blank, not 0; a yes/no indicator counts units
  expect(rowOf(sheet, 5, 7)).toEqual([
    2,
    "II.2.g",
    "Chuyên mục CCHC trên trang thông tin điện tử",
    "Chuyên mục CCHC đã có",
    "đơn vị",
    null,
    null,
  ]);
  expect(rowOf(sheet, 8, 7)).toEqual([
    4,
    "III.5",
    "Các sở, ban, ngành; UBND các huyện",
    "Kế hoạch tuyên truyền đã ban hành",
    "đơn vị",
    2,
    2,
  ]);
  expect(sheet.merges).toEqual(expect.arrayContaining(["A2:A4", "B2:B4", "C2:C4", "A5:A6"]));
  // 12.5 keeps its decimals on screen
  expect(sheet.formats).toEqual(
    expect.arrayContaining([{ range: "F4", format: { numberFormat: "#,##0.00" } }]),
  );
});

test("room for the print header: the table starts at tableTopRow, title two rows above", () => {
  const edit = buildSummaryEdit(result, { plan, tableTopRow: 9, title: "TỔNG HỢP 6 THÁNG" });
  expect(edit.summary.tableRange).toBe("A9:G16");
  expect(edit.summary.headerRows).toBe("$9:$9");
  const c = cells(edit.sheets[0]);
  expect(c.get("A7")).toBe("TỔNG HỢP 6 THÁNG");
  expect(c.get("A9")).toBe("STT");
  expect([...c.keys()].filter((k) => parseCell(k).row < 6)).toEqual([]);
  expect(edit.sheets[0].merges).toContain("A7:G7");
  const box = parseRange(edit.summary.tableRange);
  expect(box.bottom - box.top).toBe(7); // header + 7 indicator rows
});

test("a title needs room above the table", () => {
  expect(() => buildSummaryEdit(result, { plan, tableTopRow: 1, title: "X" })).toThrow(RangeError);
});

test("“Theo đơn vị”: units × keys, missing units, totals and completion", () => {
  const sheet = buildSummaryEdit(result, { plan }).sheets[1];
  const width = 4 + 7 + 3;
  expect(rowOf(sheet, 3, width)).toEqual([
    "STT",
    "Đơn vị",
    "Tình trạng",
    "Tệp",
    "II.2.a/HN",
    "II.2.a/NG",
    "II.2.a/TB",
    "II.2.g/CM",
    "II.2.g/TB",
    "III.3/TP",
    "III.5/KH",
    "Số dòng hoàn thành",
    "Số dòng",
    "Tỷ lệ hoàn thành",
  ]);
  expect(rowOf(sheet, 4, width)[4]).toBe("Hội nghị, tập huấn, tọa đàm, hội thảo (cuộc)");
  // Expected order: Sở Nội vụ, Sở Tư pháp, …, UBND huyện Văn Yên; then the missing ones.
  expect(rowOf(sheet, 5, width)).toEqual([
    1,
    "Sở Nội vụ",
    "Đã nộp",
    "snv.xlsx",
    9,
    null,
    12.5,
    null,
    null,
    null,
    null,
    2,
    2,
    1,
  ]);
  expect(rowOf(sheet, 6, width)).toEqual([
    2,
    "Sở Tư pháp",
    "Đã nộp",
    "stp-moi.xlsx",
    2,
    20,
    null,
    null,
    null,
    null,
    1,
    4,
    5,
    0.8,
  ]);
  expect(rowOf(sheet, 7, width)).toEqual([
    3,
    "UBND huyện Văn Yên",
    "Đã nộp",
    "van-yen.xlsx",
    3,
    120,
    null,
    null,
    null,
    null,
    1,
    4,
    5,
    0.8,
  ]);
  expect(rowOf(sheet, 8, width).slice(0, 4)).toEqual([
    4,
    "Sở Văn hóa, Thể thao và Du lịch",
    "Chưa nộp",
    null,
  ]);
  expect(rowOf(sheet, 11, width)).toEqual([
    null,
    "Tổng cộng",
    null,
    null,
    14,
    140,
    12.5,
    null,
    null,
    null,
    2,
    null,
    null,
    null,
  ]);
});

test("“Theo đơn vị”: a yes/no column is headed in units, as the totals count units", () => {
  const edit = buildSummaryEdit(result, { plan });
  const [table, sheet] = edit.sheets;
  const width = 4 + 7 + 3;
  const col = rowOf(sheet, 3, width).indexOf("III.5/KH");
  const flag = plan.tasks.find((t) => t.code === "III.5")!.indicators[0];
  expect(flag.kind).toBe("flag");
  // Each unit's row holds 1 or 0 units; the total row the number of units that answered "có".
  expect(rowOf(sheet, 4, width)[col]).toBe(`${flag.name} (đơn vị)`);
  expect(rowOf(sheet, 11, width)[col]).toBe(2);
  // The same unit as the first sheet gives the same figure.
  const tableRows = [...cells(table).entries()].filter(([, v]) => v === flag.name);
  expect(tableRows).toHaveLength(1);
  const unitCell = tableRows[0][0].replace(/^[A-Z]+/, (c) =>
    String.fromCharCode(c.charCodeAt(0) + 1),
  );
  expect(cells(table).get(unitCell)).toBe("đơn vị");
  // A count keeps its own unit.
  expect(rowOf(sheet, 4, width)[4]).toBe("Hội nghị, tập huấn, tọa đàm, hội thảo (cuộc)");
  expect(JSON.stringify(rowOf(sheet, 4, width))).not.toContain("1 có / 0 chưa");
});

test("“Đơn vị chưa nộp”, “Tệp bị từ chối” and “Nguồn số liệu”", () => {
  const edit = buildSummaryEdit(result, { plan });
  const [, , missing, rejected, sources] = edit.sheets;
  expect(cells(missing).get("A1")).toBe("Đơn vị chưa nộp báo cáo kỳ 2020-H1 (3/6)");
  expect(rowOf(missing, 4, 2)).toEqual([1, "Sở Văn hóa, Thể thao và Du lịch"]);
  expect(rowOf(missing, 6, 2)).toEqual([3, "UBND huyện Trạm Tấu"]);

  expect(rowOf(rejected, 3, 4)).toEqual(["STT", "Tệp", "Tình trạng", "Lý do"]);
  expect(rowOf(rejected, 4, 4)).toEqual([
    1,
    "hong.xlsx",
    "Bị từ chối",
    "Tệp bị hỏng, không đọc được (invalid zip)",
  ]);
  expect(rowOf(rejected, 5, 4)).toEqual([
    2,
    '=HYPERLINK("http://x").xlsx',
    "Bỏ qua (trùng)",
    "Trùng đơn vị Sở Tư pháp; đã dùng tệp mới hơn “stp-moi.xlsx”",
  ]);

  expect(rowOf(sources, 3, 8)).toEqual([
    "STT",
    "Đơn vị",
    "Nhiệm vụ/chỉ tiêu",
    "Loại số liệu",
    "Giá trị",
    "Tệp",
    "Trang tính",
    "Ô",
  ]);
  expect(rowOf(sources, 4, 8)).toEqual([
    1,
    "Sở Nội vụ",
    "II.2.a/HN",
    "Kỳ báo cáo",
    9,
    "snv.xlsx",
    "Báo cáo",
    "F7",
  ]);
  const rows = [...cells(sources).keys()].filter((k) => k.startsWith("A") && parseCell(k).row >= 3);
  expect(rows).toHaveLength(result.provenance.length);
});

test("text from forms is written as plain values, never as formulas", () => {
  const edit = buildSummaryEdit(result, { plan });
  const all = edit.sheets.flatMap((s) => (s.blocks ?? []).flatMap((b) => b.values.flat()));
  expect(all.filter((v) => isFormula(v))).toEqual([]);
  expect(all).toContain('=HYPERLINK("http://x").xlsx');
});

test("English headers with lang en; sheet names stay as the contract names them", () => {
  const edit = buildSummaryEdit(result, { plan, lang: "en" });
  expect(edit.sheets[0].name).toBe("Tổng hợp 2020-H1");
  expect(rowOf(edit.sheets[0], 1, 7)).toEqual([
    "No.",
    "Task code",
    "Task",
    "Indicator",
    "Unit of count",
    "Period total",
    "Year to date",
  ]);
});

test("sheet names are safe for Excel", () => {
  const name = summarySheetName("2020/H1: [bản sửa lần 2 của Sở Nội vụ]*?");
  expect(name.length).toBeLessThanOrEqual(31);
  expect(name).not.toMatch(/[[\]:*?/\\]/);
  expect(name.startsWith("Tổng hợp 2020-H1")).toBe(true);
});

test("an empty merge still gives readable sheets", () => {
  const empty = mergeForms({ plan, period: "2020-Q3", expected: [], resolveUnit, inputs: [] });
  const edit = buildSummaryEdit(empty, { plan });
  expect(edit.sheets[0].name).toBe("Tổng hợp 2020-Q3");
  expect(rowOf(edit.sheets[3], 4, 2)).toEqual([null, "(không có)"]);
});

test("the conflicts sheet lists every cell left out, with unit, file, address, value and reason", () => {
  const withBad = mergeForms({
    plan,
    period: "2020-H1",
    expected,
    resolveUnit,
    inputs: [
      formSource({
        file: "van-yen.xlsx",
        unit: "UBND huyện Văn Yên",
        period: "2020-H1",
        rows: [
          { task: "II.2.a", ind: "HN", value: -1 },
          { task: "II.2.a", ind: "NG", value: 40 },
          { task: "III.5", ind: "KH", value: 3 },
        ],
      }),
    ],
  });
  const sheet = buildSummaryEdit(withBad, { plan }).sheets[5];
  expect(rowOf(sheet, 1, 1)).toEqual([
    "Ô số liệu không được tính vào tổng hợp (xung đột), kỳ 2020-H1: 2 ô",
  ]);
  expect(rowOf(sheet, 3, 7)).toEqual([
    "STT",
    "Đơn vị",
    "Tệp",
    "Ô",
    "Nhiệm vụ/chỉ tiêu",
    "Giá trị",
    "Lý do",
  ]);
  expect(rowOf(sheet, 4, 7)).toEqual([
    1,
    "UBND huyện Văn Yên",
    "van-yen.xlsx",
    "'Báo cáo'!F7",
    "II.2.a/HN",
    -1,
    "Số âm",
  ]);
  expect(rowOf(sheet, 5, 7)).toEqual([
    2,
    "UBND huyện Văn Yên",
    "van-yen.xlsx",
    "'Báo cáo'!F9",
    "III.5/KH",
    3,
    "Chỉ tiêu có/chưa chỉ nhận 1 (có) hoặc 0 (chưa)",
  ]);
  expect(sheet.pageLayout?.orientation).toBe("landscape");
});
