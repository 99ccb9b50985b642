/**
 * The merge over several units: the JSON report of contract 5.3, duplicates (newest wins),
 * missing units, completion per unit, cumulative figures kept apart, provenance.
 */
import { plan2020 } from "../../src/domain/plan";
import { mergeForms, toMergeJson, type MergeInput } from "../../src/domain/rollup";
import {
  expected,
  failedRead,
  formSource,
  goodRows,
  plan,
  resolveUnit,
  type RowSpec,
} from "./rollup-fixtures";

const run = (inputs: MergeInput[], period = "2020-H1") =>
  mergeForms({ plan, period, expected, resolveUnit, inputs });

const form = (
  file: string,
  unit: string,
  rows: RowSpec[],
  extra: { modified?: Date; fileTime?: Date } = {},
) => formSource({ file, unit, period: "2020-H1", rows, ...extra });

test("the JSON report of contract 5.3 for a small province", () => {
  const result = run([
    form(
      "van-yen.xlsx",
      "UBND huyện Văn Yên",
      goodRows(3, 120).map((r) => (r.ind === "TB" ? { ...r, value: "mười hai" } : r)),
    ),
    form("snv.xlsx", "Sở Nội Vụ", [
      { task: "II.2.a", ind: "HN", value: 9, cum: 15 },
      { task: "II.2.a", ind: "TB", value: 21, cum: 40 },
      { task: "III.5", ind: "KH", value: 1, cum: 1 },
    ]),
    form("tp-yen-bai.xlsx", "UBND thành phố Yên Bái", goodRows(2, 60), {
      modified: new Date("2020-06-01"),
    }),
    form("tp-yen-bai-sua.xlsx", "UBND thành phố Yên Bái", goodRows(5, 200), {
      modified: new Date("2020-06-03"),
    }),
    formSource({
      file: "tram-tau.xlsx",
      unit: "UBND huyện Trạm Tấu",
      period: "2020-Q1",
      rows: goodRows(),
    }),
    failedRead("anh-chup.jpg", "not-xlsx", "anh-chup.jpg"),
  ]);
  const json = toMergeJson(result);
  expect(json).toEqual({
    format: "cchc-merge/1",
    period: "2020-H1",
    expected: 6,
    accepted: [
      {
        file: "snv.xlsx",
        unit: "Sở Nội vụ",
        warnings: ["Tên đơn vị “Sở Nội Vụ” được hiểu là “Sở Nội vụ” (sai chính tả)"],
        conflicts: [],
      },
      {
        file: "tp-yen-bai-sua.xlsx",
        unit: "UBND thành phố Yên Bái",
        warnings: ["Đơn vị đã gửi 2 tệp; dùng tệp mới nhất"],
        conflicts: [],
      },
      {
        file: "van-yen.xlsx",
        unit: "UBND huyện Văn Yên",
        warnings: ["1 ô không được tính vào tổng hợp (ô 'Báo cáo'!F10)"],
        conflicts: [
          {
            cell: "'Báo cáo'!F10",
            key: "II.2.a/TB",
            value: "mười hai",
            reason: "Ô số liệu chứa chữ, không phải số",
          },
        ],
      },
    ],
    rejected: [
      {
        file: "anh-chup.jpg",
        reason: "Không phải tệp bảng tính .xlsx, .xlsm, .ods hoặc .xls (anh-chup.jpg)",
      },
      {
        file: "tram-tau.xlsx",
        reason: "Sai kỳ báo cáo: tệp ghi 2020-Q1, đang tổng hợp kỳ 2020-H1",
      },
    ],
    duplicates: [
      { unit: "UBND thành phố Yên Bái", kept: "tp-yen-bai-sua.xlsx", ignored: ["tp-yen-bai.xlsx"] },
    ],
    missing: ["Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch", "UBND huyện Trạm Tấu"],
    totals: { "II.2.a/HN": 17, "II.2.a/NG": 320, "II.2.a/TB": 21, "III.5/KH": 3 },
    byUnit: {
      "Sở Nội vụ": { "II.2.a/HN": 9, "II.2.a/TB": 21, "III.5/KH": 1 },
      "UBND thành phố Yên Bái": { "II.2.a/HN": 5, "II.2.a/NG": 200, "III.5/KH": 1 },
      "UBND huyện Văn Yên": { "II.2.a/HN": 3, "II.2.a/NG": 120, "III.5/KH": 1 },
    },
  });
  // Key order is part of the contract's text: same order as the example.
  expect(Object.keys(json)).toEqual([
    "format",
    "period",
    "expected",
    "accepted",
    "rejected",
    "duplicates",
    "missing",
    "totals",
    "byUnit",
  ]);
  // Cumulative figures are kept apart from the period totals.
  expect(result.cumulative).toEqual({
    "II.2.a/HN": 27,
    "II.2.a/NG": 320,
    "II.2.a/TB": 40,
    "III.5/KH": 3,
  });
  expect(result.cumulativeByUnit["UBND huyện Văn Yên"]).toEqual({
    "II.2.a/HN": 5,
    "II.2.a/NG": 120,
    "III.5/KH": 1,
  });
});

describe("the same unit twice", () => {
  const vy = "UBND huyện Văn Yên";
  const kept = (inputs: MergeInput[]) => {
    const r = run(inputs);
    expect(r.duplicates).toHaveLength(1);
    return {
      kept: r.duplicates[0].kept,
      ignored: r.duplicates[0].ignored,
      hn: r.totals["II.2.a/HN"],
    };
  };

  test("the workbook modified time decides first", () => {
    expect(
      kept([
        form("b.xlsx", vy, goodRows(1), {
          modified: new Date("2020-06-01"),
          fileTime: new Date("2020-06-09"),
        }),
        form("a.xlsx", vy, goodRows(2), {
          modified: new Date("2020-06-02"),
          fileTime: new Date("2020-06-01"),
        }),
      ]),
    ).toEqual({ kept: "a.xlsx", ignored: ["b.xlsx"], hn: 2 });
  });

  test("then the file time", () => {
    expect(
      kept([
        form("a.xlsx", vy, goodRows(1), { fileTime: new Date("2020-06-01") }),
        form("b.xlsx", vy, goodRows(2), { fileTime: new Date("2020-06-02") }),
        form("c.xlsx", vy, goodRows(3), { fileTime: new Date("2020-05-02") }),
      ]),
    ).toEqual({ kept: "b.xlsx", ignored: ["a.xlsx", "c.xlsx"], hn: 2 });
  });

  test("then the file name sorting last", () => {
    expect(
      kept([form("bao-cao-v2.xlsx", vy, goodRows(2)), form("bao-cao.xlsx", vy, goodRows(1))]),
    ).toEqual({
      kept: "bao-cao-v2.xlsx",
      ignored: ["bao-cao.xlsx"],
      hn: 2,
    });
  });

  test("a unit spelled two ways is still one unit", () => {
    expect(
      kept([
        form("a.xlsx", vy, goodRows(1), { modified: new Date("2020-06-01") }),
        form("b.xlsx", "UBND huyen Van Yen", goodRows(2), { modified: new Date("2020-06-02") }),
      ]),
    ).toEqual({ kept: "b.xlsx", ignored: ["a.xlsx"], hn: 2 });
  });

  test("a newer resend that cannot be attributed is rejected and does not hide the good older form", () => {
    const r = run([
      form("cu.xlsx", vy, goodRows(1), { modified: new Date("2020-06-01") }),
      formSource({
        file: "moi.xlsx",
        unit: vy,
        period: "2020-Q1",
        rows: goodRows(2),
        modified: new Date("2020-06-02"),
      }),
    ]);
    expect(r.accepted.map((a) => a.file)).toEqual(["cu.xlsx"]);
    expect(r.rejected.map((a) => a.file)).toEqual(["moi.xlsx"]);
    expect(r.duplicates).toEqual([]);
  });
});

test("completion per unit: done rows ÷ rows, by status, value > 0 or a met target", () => {
  const r = run([
    form("vhttdl.xlsx", "Sở Văn hóa, Thể thao và Du lịch", [
      { task: "II.1.a", status: "Hoàn thành" }, // done by status
      { task: "II.2.a", ind: "HN", value: 0, cum: 2 }, // done: cumulative > 0
      { task: "II.2.a", ind: "NG", value: 0, cum: 0 }, // not done
      { task: "II.2.a", ind: "TB", value: null, status: "Chưa hoàn thành" }, // not done
      { task: "III.3", ind: "TP", value: 1, cum: 1 }, // target 1 met
      { task: "III.5", ind: "KH", value: 0, cum: 0, status: "Đang thực hiện" }, // not done
    ]),
    form("stp.xlsx", "Sở Tư pháp", [{ task: "II.1.a", status: "Đang thực hiện" }]),
  ]);
  expect(r.completion).toEqual([
    { unit: "Sở Tư pháp", unitCode: "STP", done: 0, rows: 1, percent: 0 },
    { unit: "Sở Văn hóa, Thể thao và Du lịch", unitCode: "SVHTTDL", done: 3, rows: 6, percent: 50 },
  ]);
});

test("provenance names the file, sheet and cell of every figure", () => {
  const r = run([form("van-yen.xlsx", "UBND huyện Văn Yên", goodRows(3, 120))]);
  expect(r.provenance).toEqual([
    {
      unit: "UBND huyện Văn Yên",
      unitCode: "UBND-VANYEN",
      key: "II.2.a/HN",
      measure: "period",
      value: 3,
      file: "van-yen.xlsx",
      sheet: "Báo cáo",
      cell: "F8",
    },
    {
      unit: "UBND huyện Văn Yên",
      unitCode: "UBND-VANYEN",
      key: "II.2.a/HN",
      measure: "cumulative",
      value: 5,
      file: "van-yen.xlsx",
      sheet: "Báo cáo",
      cell: "G8",
    },
    {
      unit: "UBND huyện Văn Yên",
      unitCode: "UBND-VANYEN",
      key: "II.2.a/NG",
      measure: "period",
      value: 120,
      file: "van-yen.xlsx",
      sheet: "Báo cáo",
      cell: "F9",
    },
    {
      unit: "UBND huyện Văn Yên",
      unitCode: "UBND-VANYEN",
      key: "II.2.a/NG",
      measure: "cumulative",
      value: 120,
      file: "van-yen.xlsx",
      sheet: "Báo cáo",
      cell: "G9",
    },
    {
      unit: "UBND huyện Văn Yên",
      unitCode: "UBND-VANYEN",
      key: "III.5/KH",
      measure: "period",
      value: 1,
      file: "van-yen.xlsx",
      sheet: "Báo cáo",
      cell: "F11",
    },
    {
      unit: "UBND huyện Văn Yên",
      unitCode: "UBND-VANYEN",
      key: "III.5/KH",
      measure: "cumulative",
      value: 1,
      file: "van-yen.xlsx",
      sheet: "Báo cáo",
      cell: "G11",
    },
  ]);
});

test("decimal sums carry no float noise", () => {
  // Decimals only where the indicator's unit allows them (a percentage here).
  const inPercent = {
    ...plan,
    tasks: plan.tasks.map((t) => ({
      ...t,
      indicators: t.indicators.map((i) => (i.code === "HN" ? { ...i, unit: "%" } : i)),
    })),
  };
  const r = mergeForms({
    plan: inPercent,
    period: "2020-H1",
    expected,
    resolveUnit,
    inputs: [
      form("a.xlsx", "Sở Nội vụ", [{ task: "II.2.a", ind: "HN", value: 0.1 }]),
      form("b.xlsx", "Sở Tư pháp", [{ task: "II.2.a", ind: "HN", value: 0.2 }]),
    ],
  });
  expect(r.totals["II.2.a/HN"]).toBe(0.3);
});

test("the requested period is compared as a code, whatever its case", () => {
  const r = run([form("a.xlsx", "Sở Nội vụ", goodRows())], "2020-h1");
  expect(toMergeJson(r).period).toBe("2020-H1");
  expect(r.accepted).toHaveLength(1);
});

test("no inputs: every expected unit is missing", () => {
  const json = toMergeJson(run([]));
  expect(json.missing).toEqual(expected.map((u) => u.name));
  expect(json.totals).toEqual({});
});

test("with the built-in 2020 plan: codes typed loosely (“đt”, “ii.2.F”) meet the plan's codes", () => {
  const r = mergeForms({
    plan: plan2020,
    period: "2020-Y",
    expected: [{ code: "BAOYB", name: "Báo Yên Bái" }],
    resolveUnit: (t) => (t === "Báo Yên Bái" ? { name: t, code: "BAOYB" } : null),
    inputs: [
      formSource({
        file: "bao-yen-bai.xlsx",
        unit: "Báo Yên Bái",
        period: "Năm 2020",
        rows: [
          { task: "ii.2.F", ind: "đt", value: 310, cum: 310 },
          { task: "II.2.f ", ind: "TS", value: 120, cum: 120 },
        ],
      }),
    ],
  });
  expect(toMergeJson(r).rejected).toEqual([]);
  expect(r.totals).toEqual({ "II.2.f/TS": 120, "II.2.f/ĐT": 310 });
});
