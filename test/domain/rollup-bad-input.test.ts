/**
 * Every kind of bad input a coordinator receives, one test each: a file that cannot be read or
 * attributed lands in `rejected` with a Vietnamese reason naming what to fix; a bad cell in a
 * form is a conflict listed with its address, and the rest of the form counts.
 */
import { mergeForms, toMergeJson, type MergeInput } from "../../src/domain/rollup";
import type { Scalar } from "../../src/domain/sheet";
import {
  expected,
  failedRead,
  formSource,
  goodRows,
  plan,
  rawSource,
  resolveUnit,
  sheetOf,
  type FormSpec,
} from "./rollup-fixtures";

const VAN_YEN = "UBND huyện Văn Yên";

function merge(...inputs: MergeInput[]) {
  const result = mergeForms({ plan, period: "2020-H1", expected, resolveUnit, inputs });
  return { result, json: toMergeJson(result) };
}

/** The Vietnamese reason given for one rejected input. */
function reasonFor(input: MergeInput): string {
  const { json } = merge(input);
  expect(json.accepted).toEqual([]);
  expect(json.rejected).toHaveLength(1);
  expect(json.rejected[0].file).toBe(input.file);
  return json.rejected[0].reason;
}

const form = (over: Partial<FormSpec> = {}) =>
  formSource({ file: "van-yen.xlsx", unit: VAN_YEN, period: "2020-H1", rows: goodRows(), ...over });

/** The accepted entry of one good-with-warnings input. */
function acceptedFor(input: MergeInput) {
  const { json, result } = merge(input);
  expect(json.rejected).toEqual([]);
  expect(json.accepted).toHaveLength(1);
  return { accepted: json.accepted[0], result };
}

describe("a well-formed form is accepted (baseline for the cases below)", () => {
  test("no warnings, figures counted", () => {
    const { accepted, result } = acceptedFor(form());
    expect(accepted).toEqual({ file: "van-yen.xlsx", unit: VAN_YEN, warnings: [], conflicts: [] });
    expect(result.totals).toEqual({ "II.2.a/HN": 3, "II.2.a/NG": 120, "III.5/KH": 1 });
  });
});

describe("files that are not report forms", () => {
  test("a workbook of something else", () => {
    const other = rawSource("danh-sach.xlsx", [
      sheetOf("Sheet1", [
        ["Họ và tên", "Chức vụ"],
        ["Nguyễn Văn A", "Chuyên viên"],
      ]),
    ]);
    expect(reasonFor(other)).toMatch(/^Không phải biểu mẫu báo cáo: không có bảng BaoCao/);
  });

  test("an empty workbook", () => {
    expect(reasonFor(rawSource("trong.xlsx", [sheetOf("Sheet1", [])]))).toBe(
      "Sổ làm việc trống, không có dữ liệu",
    );
  });

  test("a workbook with only the very hidden _cchc sheet left", () => {
    const onlyMeta = rawSource(
      "chi-con-cchc.xlsx",
      [
        sheetOf("Sheet1", []),
        sheetOf("_cchc", [
          ["format", "cchc-report/1"],
          ["unit", VAN_YEN],
          ["period", "2020-H1"],
        ]),
      ],
      ["visible", "veryHidden"],
    );
    expect(reasonFor(onlyMeta)).toBe(
      "Không phải biểu mẫu báo cáo: sổ làm việc chỉ còn trang ẩn _cchc, không có bảng báo cáo",
    );
  });

  test("a required column is missing", () => {
    const columns: FormSpec["columns"] = [
      ["Mã nhiệm vụ", "task"],
      ["Mã chỉ tiêu", "ind"],
      ["Lũy kế từ đầu năm", "cum"],
    ];
    expect(reasonFor(form({ columns }))).toBe(
      "Bảng báo cáo trên trang “Báo cáo” thiếu cột bắt buộc: “Kết quả kỳ báo cáo”",
    );
  });

  test("a header row but no data rows", () => {
    expect(reasonFor(form({ rows: [] }))).toBe(
      "Bảng báo cáo trên trang “Báo cáo” có dòng tiêu đề nhưng không có dòng số liệu nào",
    );
  });
});

describe("files the reader could not open", () => {
  test.each([
    ["too-large", "Tệp quá lớn, không đọc được (52 MB > 20 MB)", "52 MB > 20 MB"],
    [
      "not-xlsx",
      "Không phải tệp bảng tính .xlsx, .xlsm, .ods hoặc .xls (bao-cao.doc)",
      "bao-cao.doc",
    ],
    [
      "encrypted",
      "Tệp có đặt mật khẩu (đã mã hóa), không đọc được; hãy gỡ mật khẩu rồi gửi lại",
      "CFB container",
    ],
    ["corrupt", "Tệp bị hỏng, không đọc được (invalid zip)", "invalid zip"],
    ["io", "Không đọc được tệp: EACCES", "EACCES"],
  ])("%s", (code, reason, detail) => {
    expect(reasonFor(failedRead("x.xlsx", code, detail))).toBe(reason);
  });

  test("a sheet that fails to load is named", () => {
    const broken = rawSource("hong.xlsx", [sheetOf("Báo cáo", [])]);
    broken.data = () => {
      throw new Error("bad XML in sheet1.xml");
    };
    expect(reasonFor(broken)).toBe("Không đọc được trang tính “Báo cáo”: bad XML in sheet1.xml");
  });
});

describe("unit and period", () => {
  test("wrong period", () => {
    expect(reasonFor(form({ period: "2020-Q1" }))).toBe(
      "Sai kỳ báo cáo: tệp ghi 2020-Q1, đang tổng hợp kỳ 2020-H1",
    );
  });

  test("a period cell in a wrong format", () => {
    expect(reasonFor(form({ period: "H1/2020" }))).toBe(
      "Kỳ báo cáo “H1/2020” (ô 'Báo cáo'!C4) không đúng định dạng; cần mã như 2020-Q1, 2020-H1, 2020-Q3, 2020-Y",
    );
  });

  test("a period typed as a date", () => {
    expect(reasonFor(form({ period: new Date("2020-06-30T00:00:00Z") }))).toMatch(
      /^Kỳ báo cáo “2020-06-30” \(ô 'Báo cáo'!C4\) không đúng định dạng/,
    );
  });

  test("an empty period cell", () => {
    expect(reasonFor(form({ period: null, meta: false }))).toBe(
      "Ô Kỳ báo cáo 'Báo cáo'!C4 để trống",
    );
  });

  test("unknown unit", () => {
    expect(reasonFor(form({ unit: "Sở Không Tồn Tại" }))).toBe(
      "Đơn vị “Sở Không Tồn Tại” (ô 'Báo cáo'!C3) không có trong danh mục cơ quan",
    );
  });

  test("empty unit, even when _cchc names one (a cleared cell is not guessed)", () => {
    const input = form({ unit: "   ", meta: { unit: VAN_YEN, period: "2020-H1" } });
    expect(reasonFor(input)).toBe("Ô Đơn vị 'Báo cáo'!C3 để trống");
  });

  test("no unit anywhere", () => {
    const input = form({ names: false, labels: false, meta: false });
    expect(reasonFor(input)).toMatch(/^Không tìm thấy ô Đơn vị .*; Không tìm thấy ô Kỳ báo cáo/);
  });

  test("_cchc and DonVi disagree: the visible cell wins, with a warning", () => {
    const input = form({
      meta: { format: "cchc-report/1", unit: "UBND huyện Trạm Tấu", period: "2020-H1" },
    });
    const { accepted, result } = acceptedFor(input);
    expect(accepted.unit).toBe(VAN_YEN);
    expect(accepted.warnings).toEqual([
      "Ô Đơn vị 'Báo cáo'!C3 ghi “UBND huyện Văn Yên” nhưng trang ẩn _cchc ghi “UBND huyện Trạm Tấu”; dùng “UBND huyện Văn Yên”",
    ]);
    expect(result.missing.map((m) => m.name)).toContain("UBND huyện Trạm Tấu");
  });

  test("a unit spelled in TCVN3 is read as its registry name, with a warning", () => {
    const { accepted } = acceptedFor(form({ unit: "UBND huyÖn V¨n Yªn" }));
    expect(accepted.unit).toBe(VAN_YEN);
    expect(accepted.warnings).toContain(
      "Tên đơn vị “UBND huyÖn V¨n Yªn” được hiểu là “UBND huyện Văn Yên” (mã TCVN3)",
    );
  });
});

/**
 * The conflicts of one input that is accepted: each as "cell key value: reason". The good
 * rows of goodRows() are still counted beside them.
 */
function conflictsFor(input: MergeInput, good = true): string[] {
  const { accepted, result } = acceptedFor(input);
  if (good) expect(result.totals).toMatchObject({ "II.2.a/NG": 120, "III.5/KH": 1 });
  const cells = accepted.conflicts.map((c) => c.cell);
  expect(accepted.warnings).toContain(
    `${cells.length} ô không được tính vào tổng hợp (ô ${cells.join(", ")})`,
  );
  return accepted.conflicts.map((c) => `${c.cell} ${c.key} ${String(c.value)}: ${c.reason}`);
}

describe("rows and codes: the row is a conflict, the rest of the form counts", () => {
  test("unknown task code", () => {
    const rows = [...goodRows(), { task: "II.9.z", ind: "HN", value: 2 }];
    expect(conflictsFor(form({ rows }))).toEqual([
      "'Báo cáo'!F12 II.9.z/HN 2: Mã nhiệm vụ không có trong kế hoạch",
    ]);
  });

  test("unknown indicator code", () => {
    const rows = [...goodRows(), { task: "II.2.a", ind: "XX", value: 2, cum: 4 }];
    expect(conflictsFor(form({ rows }))).toEqual([
      "'Báo cáo'!F12 II.2.a/XX 2: Mã chỉ tiêu không có trong kế hoạch",
      "'Báo cáo'!G12 II.2.a/XX 4: Mã chỉ tiêu không có trong kế hoạch",
    ]);
  });

  test("an unknown code on a row without figures is listed on its code cell", () => {
    const rows = [...goodRows(), { task: "II.2.a", ind: "XX", status: "Hoàn thành" }];
    expect(conflictsFor(form({ rows }))).toEqual([
      "'Báo cáo'!C12 II.2.a/XX XX: Mã chỉ tiêu không có trong kế hoạch",
    ]);
  });

  test("duplicate rows for the same key in one form: both rows' figures", () => {
    const rows = [...goodRows(), { task: "II.2.a", ind: "HN", value: 5 }];
    const { result } = acceptedFor(form({ rows }));
    expect(result.totals["II.2.a/HN"]).toBeUndefined();
    expect(conflictsFor(form({ rows }))).toEqual([
      "'Báo cáo'!F8 II.2.a/HN 3: Trùng dòng cho cùng nhiệm vụ/chỉ tiêu trong một báo cáo",
      "'Báo cáo'!G8 II.2.a/HN 5: Trùng dòng cho cùng nhiệm vụ/chỉ tiêu trong một báo cáo",
      "'Báo cáo'!F12 II.2.a/HN 5: Trùng dòng cho cùng nhiệm vụ/chỉ tiêu trong một báo cáo",
    ]);
  });

  test("a figure with no task code", () => {
    const rows = [...goodRows(), { task: null, ind: "HN", value: 4 }];
    expect(conflictsFor(form({ rows }))).toEqual([
      "'Báo cáo'!F12 ?/HN 4: Dòng có số liệu nhưng thiếu mã nhiệm vụ",
    ]);
  });

  test("a figure with no indicator code on a task that has indicators", () => {
    const rows = [...goodRows(), { task: "II.2.g", value: 4 }];
    expect(conflictsFor(form({ rows }))).toEqual([
      "'Báo cáo'!F12 II.2.g 4: Dòng có số liệu nhưng thiếu mã chỉ tiêu",
    ]);
  });

  test("a figure on a topic without indicators", () => {
    const rows = [{ task: "II.1.a", value: 3 }, ...goodRows().slice(1)];
    expect(conflictsFor(form({ rows }))).toEqual([
      "'Báo cáo'!F7 II.1.a 3: Nhiệm vụ không có chỉ tiêu số; số liệu không được tính",
    ]);
  });

  test("heading and signature lines without figures are skipped, not listed", () => {
    const rows = [
      { task: "II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN" },
      { task: "II.2.a", note: "Hội nghị, tập huấn" },
      ...goodRows(),
      { task: "NGƯỜI LẬP BIỂU" },
    ];
    const { accepted, result } = acceptedFor(form({ rows }));
    expect(accepted.warnings).toEqual([]);
    expect(accepted.conflicts).toEqual([]);
    expect(result.totals["II.2.a/HN"]).toBe(3);
  });
});

describe("values: the cell is a conflict, every other figure counts", () => {
  /** goodRows() with the TB row (F10/G10) holding `value` and `cum`. */
  const withValue = (value: Scalar, cum: Scalar = null, ind = "TB") =>
    form({ rows: goodRows().map((r) => (r.ind === ind ? { ...r, value, cum } : r)) });
  /** The conflicts of that form; the good rows' figures are checked when they stay good. */
  const one = (value: Scalar, cum: Scalar = null, ind = "TB") =>
    conflictsFor(withValue(value, cum, ind), ind === "TB");

  test("negative number", () => {
    expect(one(-3)).toEqual(["'Báo cáo'!F10 II.2.a/TB -3: Số âm"]);
  });

  test("a negative number typed as text", () => {
    expect(one("-3")).toEqual(["'Báo cáo'!F10 II.2.a/TB -3: Số âm"]);
  });

  test("text “mười” in a number cell", () => {
    expect(one("mười")).toEqual([
      "'Báo cáo'!F10 II.2.a/TB mười: Ô số liệu chứa chữ, không phải số",
    ]);
  });

  test.each(["#REF!", "#DIV/0!", "#VALUE!", "#N/A"])("error value %s", (err) => {
    expect(one(err)).toEqual([`'Báo cáo'!F10 II.2.a/TB ${err}: Ô có lỗi công thức`]);
  });

  test("cumulative below the period value: the period figure counts, the cumulative does not", () => {
    const { result } = acceptedFor(withValue(5, 2));
    expect(result.totals["II.2.a/TB"]).toBe(5);
    expect(result.cumulative["II.2.a/TB"]).toBeUndefined();
    expect(one(5, 2)).toEqual([
      "'Báo cáo'!G10 II.2.a/TB 2: Lũy kế từ đầu năm nhỏ hơn kết quả kỳ báo cáo (5)",
    ]);
  });

  test("a date in a number cell", () => {
    expect(one(new Date("2020-03-01T00:00:00Z"))).toEqual([
      "'Báo cáo'!F10 II.2.a/TB 2020-03-01: Ô số liệu chứa ngày tháng hoặc giá trị đúng/sai, không phải số",
    ]);
  });

  test("a yes/no indicator with 2", () => {
    expect(one(2, null, "KH")).toEqual([
      "'Báo cáo'!F11 III.5/KH 2: Chỉ tiêu có/chưa chỉ nhận 1 (có) hoặc 0 (chưa)",
    ]);
  });

  test("a formula without a calculated value", () => {
    const input = form({
      rows: [...goodRows(), { task: "II.2.g", ind: "TB", value: null, formula: "=SUM(X1:X3)" }],
    });
    expect(conflictsFor(input)).toEqual([
      "'Báo cáo'!F12 II.2.g/TB =SUM(X1:X3): Công thức chưa có giá trị tính sẵn; hãy mở tệp bằng Excel, lưu lại rồi gửi",
    ]);
  });

  test("numbers beyond sense: not finite, implausibly large, a fraction of a count", () => {
    const three = [
      { task: "II.2.a", ind: "HN", value: 2.5 },
      { task: "II.2.a", ind: "NG", value: "12345678901234567890" },
      { task: "II.2.a", ind: "TB", value: 1e308 },
      { task: "III.5", ind: "KH", value: 1 },
    ];
    const { result, accepted } = acceptedFor(form({ rows: three }));
    expect(accepted.conflicts.map((c) => `${c.cell} ${String(c.value)}: ${c.reason}`)).toEqual([
      "'Báo cáo'!F7 2.5: Chỉ tiêu đếm bằng “cuộc” phải là số nguyên",
      "'Báo cáo'!F8 12345678901234567890: Số lớn bất thường (trên 1.000.000.000), có thể gõ nhầm",
      "'Báo cáo'!F9 1e+308: Số lớn bất thường (trên 1.000.000.000), có thể gõ nhầm",
    ]);
    // Nothing infinite or null reaches the figures, and the JSON says the same.
    expect(Object.values(result.totals).every(Number.isFinite)).toBe(true);
    expect(result.totals).toEqual({ "III.5/KH": 1 });
    expect(JSON.stringify(toMergeJson(result))).not.toMatch(/null|Infinity/);
  });

  test("three bad cells among good ones: every good figure counted, the three listed", () => {
    const rows = [
      { task: "II.2.a", ind: "HN", value: 4, cum: 9 },
      { task: "II.2.a", ind: "NG", value: -2, cum: 150 },
      { task: "II.2.a", ind: "TB", value: "mười", cum: 30 },
      { task: "II.2.g", ind: "CM", value: 1, cum: 1 },
      { task: "II.2.g", ind: "TB", value: 6, cum: 11 },
      { task: "III.5", ind: "KH", value: 3, cum: 1 },
    ];
    const { result, accepted } = acceptedFor(form({ rows }));
    expect(result.totals).toEqual({ "II.2.a/HN": 4, "II.2.g/CM": 1, "II.2.g/TB": 6 });
    expect(result.cumulative).toEqual({
      "II.2.a/HN": 9,
      "II.2.a/NG": 150,
      "II.2.a/TB": 30,
      "II.2.g/CM": 1,
      "II.2.g/TB": 11,
      "III.5/KH": 1,
    });
    expect(accepted.conflicts.map((c) => c.cell)).toEqual([
      "'Báo cáo'!F8",
      "'Báo cáo'!F9",
      "'Báo cáo'!F12",
    ]);
  });

  test("numbers typed as text are used, with a warning naming the cells", () => {
    const rows = [
      { task: "II.2.a", ind: "HN", value: "12" },
      { task: "II.2.a", ind: "NG", value: "1.234", cum: "1.234" },
      { task: "II.2.a", ind: "TB", value: "12 500" },
    ];
    const { accepted, result } = acceptedFor(form({ rows }));
    expect(result.totals).toEqual({ "II.2.a/HN": 12, "II.2.a/NG": 1234, "II.2.a/TB": 12500 });
    expect(accepted.warnings).toEqual([
      "Số gõ dạng chữ, đã đọc thành số: 'Báo cáo'!F7 “12” → 12, 'Báo cáo'!F8 “1.234” → 1234, " +
        "'Báo cáo'!G8 “1.234” → 1234, 'Báo cáo'!F9 “12 500” → 12500",
    ]);
  });

  test("a formula's cached value is used, and noted", () => {
    const input = form({ rows: [{ task: "II.2.a", ind: "HN", value: 7, formula: "=3+4" }] });
    const { accepted, result } = acceptedFor(input);
    expect(result.totals["II.2.a/HN"]).toBe(7);
    expect(accepted.warnings).toEqual(["Dùng giá trị đã tính sẵn của công thức (ô 'Báo cáo'!F7)"]);
  });

  test("“có”/“chưa” in a yes/no indicator are read as 1/0, with a warning", () => {
    const { accepted, result } = acceptedFor(withValue("có", null, "KH"));
    expect(result.totals["III.5/KH"]).toBe(1);
    expect(accepted.warnings[0]).toMatch(
      /^Số gõ dạng chữ, đã đọc thành số: 'Báo cáo'!F11 “có” → 1/,
    );
  });

  test("a dash means nothing, not an error", () => {
    const { result, accepted } = acceptedFor(withValue("-", null, "HN"));
    expect(result.totals).toEqual({ "II.2.a/NG": 120, "III.5/KH": 1 });
    expect(accepted.conflicts).toEqual([]);
  });
});
