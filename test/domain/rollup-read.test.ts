/**
 * Finding the form in what comes back: the contract's names and table, a renamed sheet,
 * shuffled or extra columns, a form rebuilt by hand, a sheet copied into the open workbook,
 * the hidden `_cchc` sheet as a last resort.
 */
import { mergeForms, readForm, toMergeJson, type MergeInput } from "../../src/domain/rollup";
import {
  CONTRACT_COLUMNS,
  expected,
  formSource,
  goodRows,
  plan,
  resolveUnit,
  sheetOf,
  type FormSpec,
} from "./rollup-fixtures";

const VAN_YEN = "UBND huyện Văn Yên";

function merge(inputs: MergeInput[], lang: "vi" | "en" = "vi") {
  const result = mergeForms({ plan, period: "2020-H1", expected, resolveUnit, inputs });
  return { result, json: toMergeJson(result, { lang }) };
}

const spec = (over: Partial<FormSpec> = {}): FormSpec => ({
  file: "van-yen.xlsx",
  unit: VAN_YEN,
  period: "2020-H1",
  rows: goodRows(4, 80),
  ...over,
});

function acceptedOne(input: MergeInput) {
  const { json, result } = merge([input]);
  expect(json.rejected).toEqual([]);
  expect(json.accepted).toHaveLength(1);
  expect(result.totals).toEqual({ "II.2.a/HN": 4, "II.2.a/NG": 80, "III.5/KH": 1 });
  return { accepted: json.accepted[0], result };
}

test("the contract form: names DonVi/KyBaoCao and table BaoCao", () => {
  const source = formSource(spec({ labels: false }));
  const read = readForm(source);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.form.via).toBe("table");
  expect(read.form.unit).toMatchObject({ sheet: "Báo cáo", cell: "C3", source: "name" });
  expect(read.form.period).toMatchObject({ cell: "C4", value: "2020-H1", source: "name" });
  expect(read.form.header).toBe("A6:I6");
  expect(acceptedOne(source).accepted.warnings).toEqual([]);
});

test("a renamed sheet, shuffled and extra columns, no table, headers in other spellings", () => {
  const columns: FormSpec["columns"] = [
    ["STT", null],
    ["KẾT QUẢ\nKỲ BÁO CÁO", "value"],
    ["Luỹ kế từ đầu năm", "cum"], // old tone placement
    ["  mã   chỉ tiêu ", "ind"],
    ["Ghi chú", "note"],
    ["Mã nhiệm vụ (*)", "task"],
    ["Người phụ trách", null],
    ["Tình trạng", "status"],
  ];
  const source = formSource(
    spec({
      sheetName: "BC 6 thang",
      table: false,
      names: false,
      meta: false,
      columns,
      headerRow: 8,
    }),
  );
  const { accepted, result } = acceptedOne(source);
  expect(accepted.warnings).toEqual([
    "Không thấy bảng BaoCao; đã đọc theo dòng tiêu đề ở hàng 8 trang “BC 6 thang”",
  ]);
  const hn = result.provenance.find((p) => p.key === "II.2.a/HN" && p.measure === "period");
  expect(hn).toMatchObject({ sheet: "BC 6 thang", cell: "B10", value: 4 });
  const cum = result.cumulative["II.2.a/HN"];
  expect(cum).toBe(6);
});

test("a header typed in decomposed Unicode (NFD) is still found", () => {
  const columns = CONTRACT_COLUMNS.map(([h, f]) => [h.normalize("NFD"), f] as [string, typeof f]);
  acceptedOne(formSource(spec({ table: false, names: false, columns })));
});

test("a sheet copied into the open workbook: no names, table renamed BaoCao2, unit by label", () => {
  const source = formSource(
    spec({
      file: "Sổ làm việc hiện tại › Sheet3",
      sheetName: "Sheet3",
      names: false,
      table: "BaoCao2",
      meta: false,
    }),
  );
  const { accepted } = acceptedOne(source);
  expect(accepted).toEqual({
    file: "Sổ làm việc hiện tại › Sheet3",
    unit: VAN_YEN,
    warnings: [],
    conflicts: [],
  });
});

test("a label and its value in one cell: “Đơn vị: UBND huyện Văn Yên”", () => {
  const source = formSource(spec({ names: false, labels: false, meta: false }));
  const sheet = source.data("Báo cáo");
  sheet.values[2][0] = `Đơn vị báo cáo: ${VAN_YEN}`;
  sheet.values[3][0] = "Kỳ báo cáo: 6 tháng đầu năm 2020";
  acceptedOne(source);
});

test("only the hidden _cchc sheet names the unit and period: used, with warnings", () => {
  const source = formSource(spec({ names: false, labels: false }));
  const { accepted } = acceptedOne(source);
  expect(accepted.warnings).toEqual([
    "Không thấy ô Đơn vị trên trang; lấy theo trang ẩn _cchc: UBND huyện Văn Yên",
    "Không thấy ô Kỳ báo cáo trên trang; lấy theo trang ẩn _cchc: 2020-H1",
  ]);
});

test("period names as the schedule prints them are read", () => {
  for (const [text, period] of [
    ["6 tháng đầu năm 2020", "2020-H1"],
    ["Quý I năm 2020", "2020-Q1"],
    ["Quý 3/2020", "2020-Q3"],
    ["Năm 2020", "2020-Y"],
    [" 2020-h1 ", "2020-H1"],
  ]) {
    const result = mergeForms({
      plan,
      period,
      expected,
      resolveUnit,
      inputs: [formSource(spec({ period: text, meta: false }))],
    });
    expect({ text, accepted: result.accepted.length }).toEqual({ text, accepted: 1 });
  }
});

test("the form sheet is hidden: still read, with a warning", () => {
  const { accepted } = acceptedOne(formSource(spec({ visibility: "hidden" })));
  expect(accepted.warnings).toEqual(["Trang tính báo cáo “Báo cáo” đang bị ẩn"]);
});

test("a cover sheet before the form does not get in the way", () => {
  const cover = sheetOf("Bìa", [["UBND TỈNH YÊN BÁI"], ["Đơn vị:", "Sở Tư pháp"]]);
  const { accepted } = acceptedOne(formSource(spec({ names: false, extraSheets: [cover] })));
  expect(accepted.unit).toBe(VAN_YEN);
});

test("a form made for another plan or format version is used, with warnings", () => {
  const meta = { format: "cchc-report/2", plan: "lao-cai-2026", unit: VAN_YEN, period: "2020-H1" };
  const { accepted } = acceptedOne(formSource(spec({ meta })));
  expect(accepted.warnings).toEqual([
    "Trang _cchc ghi định dạng “cchc-report/2”, không phải cchc-report/1",
    "Biểu mẫu được lập theo kế hoạch “lao-cai-2026”, không phải “yen-bai-2020”",
  ]);
});

test("whole-column values, merged-cell blanks and notes do not disturb the reading", () => {
  const rows = [
    ...goodRows(4, 80),
    ...Array.from({ length: 30 }, () => ({ task: null, note: null })),
  ];
  const source = formSource(spec({ rows }));
  // A merged note cell spreads nothing: readers give null for the covered cells.
  source.data("Báo cáo").values[7][8] = "Gộp ô ghi chú";
  acceptedOne(source);
});

test("a unit known but not expected is counted, with a warning", () => {
  const { json, result } = merge([formSource(spec({ file: "bao.xlsx", unit: "Báo Yên Bái" }))]);
  expect(json.accepted).toEqual([
    {
      file: "bao.xlsx",
      unit: "Báo Yên Bái",
      warnings: [
        "Báo Yên Bái không thuộc danh sách đơn vị phải báo cáo; số liệu vẫn được cộng vào tổng hợp",
      ],
      conflicts: [],
    },
  ]);
  expect(result.totals["II.2.a/HN"]).toBe(4);
  expect(json.missing).toHaveLength(expected.length);
});

test("messages in English with lang en", () => {
  const { json } = merge([formSource(spec({ period: "2020-Q1" }))], "en");
  expect(json.rejected[0].reason).toBe(
    "Wrong period: the file says 2020-Q1, the merge is for 2020-H1",
  );
});
