/**
 * Every kind of bad input a coordinator receives, one test each: the file lands in
 * `rejected` with a Vietnamese reason naming what to fix (or is accepted with a warning).
 */
import { mergeForms, toMergeJson, type MergeInput } from "../../src/domain/rollup";
import type { Scalar } from "../../src/workbook/port";
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
    expect(accepted).toEqual({ file: "van-yen.xlsx", unit: VAN_YEN, warnings: [] });
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
    ["not-xlsx", "Không phải tệp Excel .xlsx (bao-cao.doc)", "bao-cao.doc"],
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

describe("rows and codes", () => {
  test("unknown task code", () => {
    const rows = [...goodRows(), { task: "II.9.z", ind: "HN", value: 2 }];
    expect(reasonFor(form({ rows }))).toBe(
      "Mã nhiệm vụ không có trong kế hoạch: II.9.z (ô 'Báo cáo'!A12)",
    );
  });

  test("unknown indicator code", () => {
    const rows = [...goodRows(), { task: "II.2.a", ind: "XX", value: 2 }];
    expect(reasonFor(form({ rows }))).toBe(
      "Mã chỉ tiêu không có trong kế hoạch: II.2.a/XX (ô 'Báo cáo'!C12)",
    );
  });

  test("duplicate rows for the same key in one form", () => {
    const rows = [...goodRows(), { task: "II.2.a", ind: "HN", value: 5 }];
    expect(reasonFor(form({ rows }))).toBe(
      "Trùng dòng cho cùng nhiệm vụ/chỉ tiêu II.2.a/HN (ô 'Báo cáo'!A8, 'Báo cáo'!A12)",
    );
  });

  test("a figure with no task code", () => {
    const rows = [...goodRows(), { task: null, ind: "HN", value: 4 }];
    expect(reasonFor(form({ rows }))).toBe(
      "Dòng có số liệu nhưng thiếu mã nhiệm vụ (ô 'Báo cáo'!A12)",
    );
  });

  test("a figure with no indicator code on a task that has indicators", () => {
    const rows = [...goodRows(), { task: "II.2.g", value: 4 }];
    expect(reasonFor(form({ rows }))).toBe(
      "Dòng có số liệu nhưng thiếu mã chỉ tiêu, nhiệm vụ II.2.g (ô 'Báo cáo'!C12)",
    );
  });

  test("heading and signature lines without figures are skipped, not rejected", () => {
    const rows = [
      { task: "II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN" },
      { task: "II.2.a", note: "Hội nghị, tập huấn" },
      ...goodRows(),
      { task: "NGƯỜI LẬP BIỂU" },
    ];
    const { accepted, result } = acceptedFor(form({ rows }));
    expect(accepted.warnings).toEqual([]);
    expect(result.totals["II.2.a/HN"]).toBe(3);
  });
});

describe("values", () => {
  const withValue = (value: Scalar, cum: Scalar = null, key = "II.2.a/HN") => {
    const [task, ind] = key.split("/");
    return form({ rows: [{ task, ind, value, cum }] });
  };

  test("negative number", () => {
    expect(reasonFor(withValue(-3))).toBe("Số âm (ô 'Báo cáo'!F7)");
  });

  test("a negative number typed as text", () => {
    expect(reasonFor(withValue("-3"))).toBe("Số âm (ô 'Báo cáo'!F7)");
  });

  test("text “mười” in a number cell", () => {
    expect(reasonFor(withValue("mười"))).toBe(
      "Ô số liệu chứa chữ, không phải số: mười (ô 'Báo cáo'!F7)",
    );
  });

  test.each(["#REF!", "#DIV/0!", "#VALUE!", "#N/A"])("error value %s", (err) => {
    expect(reasonFor(withValue(err))).toBe(`Ô có lỗi công thức ${err} (ô 'Báo cáo'!F7)`);
  });

  test("cumulative below the period value", () => {
    expect(reasonFor(withValue(5, 2))).toBe(
      "Lũy kế từ đầu năm nhỏ hơn kết quả kỳ báo cáo (ô 'Báo cáo'!G7)",
    );
  });

  test("a date in a number cell", () => {
    expect(reasonFor(withValue(new Date("2020-03-01T00:00:00Z")))).toBe(
      "Ô số liệu chứa ngày tháng hoặc giá trị đúng/sai, không phải số (ô 'Báo cáo'!F7)",
    );
  });

  test("a yes/no indicator with 2", () => {
    expect(reasonFor(withValue(2, null, "III.5/KH"))).toBe(
      "Chỉ tiêu có/chưa chỉ nhận 1 (có) hoặc 0 (chưa): 2 (ô 'Báo cáo'!F7)",
    );
  });

  test("a formula without a calculated value", () => {
    const input = form({
      rows: [{ task: "II.2.a", ind: "HN", value: null, formula: "=SUM(X1:X3)" }],
    });
    expect(reasonFor(input)).toBe(
      "Công thức chưa có giá trị tính sẵn (ô 'Báo cáo'!F7); hãy mở tệp bằng Excel, lưu lại rồi gửi",
    );
  });

  test("several problems are all named, each with its cells", () => {
    const rows = [
      { task: "II.2.a", ind: "HN", value: -1 },
      { task: "II.2.a", ind: "NG", value: -2 },
      { task: "II.2.a", ind: "TB", value: "mười" },
    ];
    expect(reasonFor(form({ rows }))).toBe(
      "Số âm (ô 'Báo cáo'!F7, 'Báo cáo'!F8); Ô số liệu chứa chữ, không phải số: mười (ô 'Báo cáo'!F9)",
    );
  });

  test("numbers typed as text are used, with a warning naming the cells", () => {
    const rows = [
      { task: "II.2.a", ind: "HN", value: "12" },
      { task: "II.2.a", ind: "NG", value: "1.234", cum: "1.234" },
      { task: "II.2.a", ind: "TB", value: "12,5" },
    ];
    const { accepted, result } = acceptedFor(form({ rows }));
    expect(result.totals).toEqual({ "II.2.a/HN": 12, "II.2.a/NG": 1234, "II.2.a/TB": 12.5 });
    expect(accepted.warnings).toEqual([
      "Số gõ dạng chữ, đã đọc thành số: 'Báo cáo'!F7 “12” → 12, 'Báo cáo'!F8 “1.234” → 1234, " +
        "'Báo cáo'!G8 “1.234” → 1234, 'Báo cáo'!F9 “12,5” → 12.5",
    ]);
  });

  test("a formula's cached value is used, and noted", () => {
    const input = form({ rows: [{ task: "II.2.a", ind: "HN", value: 7, formula: "=3+4" }] });
    const { accepted, result } = acceptedFor(input);
    expect(result.totals["II.2.a/HN"]).toBe(7);
    expect(accepted.warnings).toEqual(["Dùng giá trị đã tính sẵn của công thức (ô 'Báo cáo'!F7)"]);
  });

  test("“có”/“chưa” in a yes/no indicator are read as 1/0, with a warning", () => {
    const { accepted, result } = acceptedFor(withValue("có", null, "III.5/KH"));
    expect(result.totals["III.5/KH"]).toBe(1);
    expect(accepted.warnings[0]).toMatch(/^Số gõ dạng chữ, đã đọc thành số: 'Báo cáo'!F7 “có” → 1/);
  });

  test("a dash means nothing, not an error", () => {
    const { result } = acceptedFor(withValue("-"));
    expect(result.totals).toEqual({});
  });
});
