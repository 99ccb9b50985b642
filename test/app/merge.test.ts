/**
 * The merge use-case's parts: the unit resolver on the matcher, reading files one at a time
 * into detached data that the engine reads exactly like the file, progress, and the summary's
 * print layout.
 */
import { caps, dateLine, documentTitle, printSettingsFor } from "../../src/domain/print";
import { detachSource, formSourcesFromSheets, unitResolver } from "../../src/app/formSources";
import { fileFormSource } from "../../src/app/files/formFiles";
import { receivedEdit, summaryWorkbookEdit, uniqueNames } from "../../src/app/merge";
import { mergeFiles } from "../../src/app/files/merge";
import { HEADER_BLOCK_ROWS } from "../../src/domain/print";
import { buildTrackingEdit, TRACKING_SHEET } from "../../src/domain/tracking";
import { plan2020 } from "../../src/domain/plan";
import { expectedReporters, yenBai2020 } from "../../src/domain/registry";
import {
  mergeForms,
  toMergeJson,
  type FormSource,
  type MergeInput,
  type Reporter,
} from "../../src/domain/rollup";
import { DEFAULT_HOLIDAYS, DEFAULT_SCHEDULE } from "../../src/domain/schedule";
import { encodeTcvn3 } from "../../src/domain/text";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { emptyWorkbook, filledForm, handBuiltForm, notAForm } from "../helpers/forms";

const PERIOD = "2020-H1";
const HN = "II.2.a/HN";
const resolve = unitResolver(yenBai2020);
const expected: Reporter[] = expectedReporters(yenBai2020).map((a) => ({
  code: a.code,
  name: a.name,
}));

describe("unitResolver: one agency, its registry name, and why a spelling was repaired", () => {
  test.each([
    ["UBND huyện Văn Yên", "UBND huyện Văn Yên", undefined],
    ["UBND huyen Van Yen", "UBND huyện Văn Yên", "Thiếu dấu tiếng Việt"],
    [encodeTcvn3("UBND huyện Văn Yên"), "UBND huyện Văn Yên", "Chữ mã cũ TCVN3 (ABC) hoặc VNI"],
    // The 2020 registry names the office as the seed does; its later name is an alias.
    [
      "VP Đoàn ĐBQH, HĐND và UBND tỉnh",
      "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
      "Tên viết tắt hoặc tên gọi khác",
    ],
    ["ubnd huyện văn yên", "UBND huyện Văn Yên", "Sai chữ hoa, chữ thường hoặc khoảng trắng"],
    ["Sở Y tế tỉnh Yên Bái", "Sở Y tế", "đã bỏ phần “tỉnh Yên Bái” sau tên đơn vị"],
  ])("%s -> %s", (text, name, warning) => {
    const found = resolve(text) as { name: string; warning?: string } | null;
    expect(found?.name).toBe(name);
    expect(found?.warning).toBe(warning);
  });

  test.each([
    ["a near miss is not guessed", "Sở Nôi vụ"],
    ["a group phrase is not a unit", "các sở, ban, ngành, địa phương có liên quan"],
    ["two agencies in one cell", "Sở Nội vụ, Sở Tư pháp"],
    ["not in the registry", "Sở Ngoại vụ"],
  ])("%s: %s -> null", (_why, text) => {
    expect(resolve(text)).toBeNull();
  });

  test.each([
    ["Sở Nội vụ tỉnh Lào Cai", "merge.unit.otherProvince", { rest: "tỉnh Lào Cai" }],
    ["UBND huyện Văn Yên tỉnh Thanh Hóa", "merge.unit.otherProvince", { rest: "tỉnh Thanh Hóa" }],
    ["Bộ Nội vụ", "merge.unit.notReporter", { name: "Bộ Nội vụ" }],
    ["UBND tỉnh Yên Bái", "merge.unit.notReporter", { name: "UBND tỉnh" }],
  ])(
    "another province's unit or a body outside the roll-up is refused: %s",
    (text, key, params) => {
      expect(resolve(text)).toEqual({ refused: { key, params } });
    },
  );

  test("English reasons with lang en", () => {
    expect(
      (unitResolver(yenBai2020, { lang: "en" })("UBND huyen Van Yen") as { warning?: string })
        ?.warning,
    ).toBe("Vietnamese diacritics missing");
  });
});

describe("detached sources: read once, the workbook dropped, the same merge", () => {
  let inputs: { name: string; bytes: Uint8Array }[];
  beforeAll(async () => {
    const missingColumn = XlsxWorkbook.create();
    await missingColumn.apply({
      sheets: [
        {
          name: "Số liệu",
          mode: "create",
          blocks: [
            {
              at: "A1",
              values: [
                ["Đơn vị:", "Sở Tư pháp"],
                ["Kỳ báo cáo:", PERIOD],
                ["Mã nhiệm vụ", "Mã chỉ tiêu", "Số liệu"],
                ["II.2.a", "HN", 3],
              ],
            },
          ],
        },
      ],
    });
    inputs = [
      {
        name: "a.xlsx",
        bytes: await filledForm({ unit: "SNV", period: PERIOD, values: { [HN]: 2 } }),
      },
      {
        name: "b.xlsx",
        bytes: await filledForm({
          unit: "H-VANYEN",
          period: PERIOD,
          values: { [HN]: { formula: "=1+2", result: 3 }, "II.2.a/NG": "1.200" },
          edit: (_wb, ws) => (ws.getCell("C40").value = "ghi chú dưới bảng"),
        }),
      },
      {
        name: "c.xlsx",
        bytes: await handBuiltForm({
          unit: "Sở Y tế",
          period: PERIOD,
          rows: [{ task: "II.2.a", indicator: "HN", value: 4 }],
        }),
      },
      { name: "d.xlsx", bytes: await notAForm() },
      { name: "e.xlsx", bytes: await emptyWorkbook() },
      { name: "f.xlsx", bytes: await missingColumn.toBuffer() },
      {
        name: "g.xlsx",
        bytes: await filledForm({ unit: "STC", period: "2020-Q1", values: { [HN]: -1 } }),
      },
      {
        name: "h.xlsx",
        bytes: await filledForm({ unit: "STC", period: PERIOD, values: { [HN]: -1 } }),
      },
    ];
  });

  const merge = (list: MergeInput[]) =>
    mergeForms({ plan: plan2020, period: PERIOD, expected, resolveUnit: resolve, inputs: list });

  test("the engine gives the same result, provenance and reasons included", () => {
    const lazy = inputs.map((f) => fileFormSource(f.name, f.bytes));
    const detached = lazy.map((s) => ("error" in s ? s : detachSource(s)));
    const a = merge(lazy);
    const b = merge(detached);
    expect(b).toEqual(a);
    expect(toMergeJson(b)).toEqual(toMergeJson(a));
    expect(a.accepted.map((x) => x.file)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx", "h.xlsx"]);
    // A bad cell is a conflict of the accepted form, detached or not.
    expect(b.accepted[3].conflicts.map((c) => [c.key, c.value, c.reason.key])).toEqual([
      [HN, -1, "merge.conflict.negative"],
    ]);
    expect(a.rejected.map((x) => x.file)).toEqual(["d.xlsx", "e.xlsx", "f.xlsx", "g.xlsx"]);
    // Each kind of rejection the stand-ins must reproduce.
    expect(a.rejected.map((x) => x.reasons.map((m) => m.key))).toEqual([
      ["merge.form.notForm"],
      ["merge.form.empty"],
      ["merge.form.missingColumn"],
      ["merge.period.wrong"],
    ]);
  });

  test("only the form's sheets are read, and only the rows the reading used are kept", () => {
    const source = fileFormSource("a.xlsx", inputs[1].bytes) as FormSource;
    // The form's drop-down lists (_lists) are no part of the report: never parsed.
    expect(source.sheets.map((s) => s.name)).toEqual(["Báo cáo", "_cchc"]);
    const detached = detachSource(source);
    expect(detached.sheets.map((s) => s.name)).toEqual(["Báo cáo", "_cchc"]);
    // The note typed under the table (row 40) is not part of the form's data any more.
    expect(source.data("Báo cáo").values.length).toBe(40);
    expect(detached.data("Báo cáo").values.length).toBeLessThan(40);
  });
});

describe("mergeFiles", () => {
  test("reads one file at a time, reports progress, and a failing file does not stop it", async () => {
    const good = await filledForm({ unit: "SNV", period: PERIOD, values: { [HN]: 2 } });
    let open = 0;
    let most = 0;
    const loader = (bytes: Uint8Array) => async () => {
      open++;
      most = Math.max(most, open);
      await new Promise((r) => setTimeout(r, 5));
      open--;
      return bytes;
    };
    const progress: [number, number, string][] = [];
    const { json } = await mergeFiles({
      files: [
        { name: "mot.xlsx", bytes: loader(good) },
        {
          name: "mat.xlsx",
          bytes: async () => {
            throw new Error("ENOENT: no such file");
          },
        },
        { name: "hai.xlsx", bytes: loader(await emptyWorkbook()) },
      ],
      period: PERIOD,
      plan: plan2020,
      registry: yenBai2020,
      onProgress: (done, total, file) => progress.push([done, total, file]),
    });
    expect(most).toBe(1);
    expect(progress).toEqual([
      [1, 3, "mot.xlsx"],
      [2, 3, "mat.xlsx"],
      [3, 3, "hai.xlsx"],
    ]);
    expect(json.accepted.map((a) => a.file)).toEqual(["mot.xlsx"]);
    expect(json.rejected).toEqual([
      { file: "hai.xlsx", reason: "Sổ làm việc trống, không có dữ liệu" },
      { file: "mat.xlsx", reason: "Không đọc được tệp: ENOENT: no such file" },
    ]);
  });

  test("two files with the same name are both accounted for, under distinct names", async () => {
    expect(uniqueNames(["a.xlsx", "b.xlsx", "a.xlsx", "a.xlsx", "ghi chu"])).toEqual([
      "a.xlsx",
      "b.xlsx",
      "a (2).xlsx",
      "a (3).xlsx",
      "ghi chu",
    ]);
    const { json } = await mergeFiles({
      files: [
        { name: "bao-cao.xlsx", bytes: await filledForm({ unit: "SNV", period: PERIOD }) },
        { name: "bao-cao.xlsx", bytes: await filledForm({ unit: "STP", period: PERIOD }) },
      ],
      period: PERIOD,
      plan: plan2020,
      registry: yenBai2020,
    });
    expect(json.accepted.map((a) => [a.file, a.unit])).toEqual([
      ["bao-cao (2).xlsx", "Sở Tư pháp"],
      ["bao-cao.xlsx", "Sở Nội vụ"],
    ]);
  });

  test("formatting far down a sheet (styled blanks) is not mistaken for a huge sheet", async () => {
    const bytes = await filledForm({
      unit: "SNV",
      period: PERIOD,
      values: { [HN]: 2 },
      edit: (_wb, ws) => (ws.getCell("XFD1048576").style = { font: { bold: true } }),
    });
    const { json } = await mergeFiles({
      files: [{ name: "a.xlsx", bytes }],
      period: PERIOD,
      plan: plan2020,
      registry: yenBai2020,
    });
    expect(json.accepted.map((a) => a.file)).toEqual(["a.xlsx"]);
  });
});

test("the summary sheet is print-ready: header block above the table, A4 landscape, title rows", () => {
  const result = mergeForms({
    plan: plan2020,
    period: PERIOD,
    expected,
    resolveUnit: resolve,
    inputs: [],
  });
  const edit = summaryWorkbookEdit(result, { plan: plan2020 });
  const [summary, ...rest] = edit.sheets;
  expect(summary.name).toBe("Tổng hợp 2020-H1");
  expect(rest.map((s) => s.name)).toEqual([
    "Theo đơn vị",
    "Đơn vị chưa nộp",
    "Tệp bị từ chối",
    "Nguồn số liệu",
    "Ô số liệu bị loại",
  ]);
  expect(summary.pageLayout).toMatchObject({
    paper: "A4",
    orientation: "landscape",
    printTitleRows: `$${HEADER_BLOCK_ROWS + 1}:$${HEADER_BLOCK_ROWS + 1}`,
  });
  const texts = (summary.blocks ?? []).flatMap((b) => b.values.flat());
  expect(texts).toContain("UBND TỈNH YÊN BÁI");
  expect(texts).toContain("SỞ NỘI VỤ");
  // The one summary title ("Chuẩn bị in" prints it too): the year once, the period on its line.
  expect(texts).toContain(caps(documentTitle("summary", 2020, "6 tháng đầu năm 2020")));
  expect(texts.join("\n")).not.toMatch(/NĂM 2020 \(/);
  expect(texts).toContain("GIÁM ĐỐC");
  // The table's header row is the row right under the header block.
  const table = summary.blocks!.find((b) => b.at === `A${HEADER_BLOCK_ROWS + 1}`);
  expect(table?.values[0][0]).toBe("STT");
  // Only one edit per sheet: the print layout is folded into the summary's own edit.
  expect(new Set(edit.sheets.map((s) => s.name)).size).toBe(edit.sheets.length);
});

describe("the summary prints with the settings printSettingsFor decides (as 'Chuẩn bị in' and the pane)", () => {
  // A workbook's own registry and plan: another province, its Sở Nội vụ under its own name.
  const plan = { ...plan2020, province: "Lào Cai" };
  const registry = {
    ...yenBai2020,
    agencies: yenBai2020.agencies.map((a) =>
      a.code === "SNV" ? { ...a, name: "Sở Nội vụ tỉnh Lào Cai" } : a,
    ),
  };
  const result = mergeForms({ plan, period: PERIOD, expected, resolveUnit: resolve, inputs: [] });
  const title = caps(documentTitle("summary", 2020, "6 tháng đầu năm 2020"));
  const printed = (sheets: { blocks?: { values: unknown[][] }[] }[]) =>
    (sheets[0].blocks ?? []).flatMap((b) => b.values.flat()).map(String);

  test("the registry's agency and the plan's province, the user's blank field left out", () => {
    const given = { agency: "  ", signerName: "Nguyễn Văn A" };
    const edit = summaryWorkbookEdit(result, { plan, registry, print: given });
    const settings = printSettingsFor(2020, title, { plan, registry, given });
    expect(settings.agency).toBe("Sở Nội vụ tỉnh Lào Cai");
    const texts = printed(edit.sheets);
    expect(texts).toContain(caps(settings.parentAgency));
    expect(texts).toContain(caps(settings.agency));
    expect(texts).toContain(dateLine(settings));
    expect(texts).toContain("Nguyễn Văn A");
    expect(texts).not.toContain("UBND TỈNH YÊN BÁI");
    expect(texts).not.toContain("SỞ NỘI VỤ");
  });

  test("mergeFiles writes the same settings into the summary file", async () => {
    const { summaryBytes } = await mergeFiles({ files: [], period: PERIOD, plan, registry });
    const wb = await XlsxWorkbook.load(summaryBytes);
    const [sheet] = await wb.read([{ sheet: "Tổng hợp 2020-H1" }]);
    const texts = sheet.values.flat().map(String);
    const settings = printSettingsFor(2020, title, { plan, registry });
    expect(texts).toContain(caps(settings.agency));
    expect(texts).toContain(caps(settings.parentAgency));
    expect(texts).toContain(dateLine(settings));
  });
});

/** The tracking sheet as a reader gives it, its blocks moved by `rows` and `cols`. */
function trackingData(year: number, rows = 0, cols = 0) {
  const tracking = buildTrackingEdit({
    year,
    reporters: expected,
    schedule: DEFAULT_SCHEDULE,
    holidays: DEFAULT_HOLIDAYS,
    settings: { fifthOnTime: false, shiftOffDays: true },
  }).sheets.find((s) => s.name === TRACKING_SHEET)!;
  const values: (string | number | null)[][] = [];
  for (const b of tracking.blocks ?? []) {
    const row0 = Number(b.at.replace(/^[A-Z]+/, "")) - 1 + rows;
    b.values.forEach((r, i) => {
      values[row0 + i] = [
        ...Array<null>(cols).fill(null),
        ...r.map((v) => (typeof v === "string" || typeof v === "number" ? v : null)),
      ];
    });
  }
  return { name: TRACKING_SHEET, values: Array.from(values, (r) => r ?? []), tables: [] };
}

/** A merge of no form, whose accepted list each test fills itself. */
const noForms = () =>
  mergeForms({ plan: plan2020, period: PERIOD, expected, resolveUnit: resolve, inputs: [] });

const acceptedUnit = (unit: string, unitCode: string, file: string) => ({
  file,
  unit,
  unitCode,
  sheet: "Báo cáo",
  warnings: [],
  conflicts: [],
});

test("receivedEdit: no column for the period means nothing to write", () => {
  const data = trackingData(2021);
  const result = noForms();
  const update = receivedEdit(
    data,
    { ...result, accepted: [acceptedUnit("Sở Nội vụ", "SNV", "a.xlsx")] },
    { "a.xlsx": "2020-06-03" },
  );
  expect(update.periodFound).toBe(false);
  expect(update.edit).toBeNull();
});

test("receivedEdit: with rows inserted above and a column before the table, the unit's received cell is filled and a typed note kept", () => {
  const data = trackingData(2020, 2, 1);
  const row = (name: string) => data.values.findIndex((r) => r[3] === name);
  // Header "6 tháng đầu năm 2020 (2020-H1)" over H, I, J now; "Ngày nhận" in I.
  expect(data.values[8][7]).toBe("6 tháng đầu năm 2020 (2020-H1)");
  expect(data.values[9][8]).toBe("Ngày nhận");
  const snv = expected.find((u) => u.code === "SNV")!;
  const stp = expected.find((u) => u.code === "STP")!;
  data.values[row(stp.name)][8] = "nhận bản giấy 02/06";
  const result = noForms();
  const update = receivedEdit(
    data,
    {
      ...result,
      accepted: [
        acceptedUnit(snv.name, snv.code, "a.xlsx"),
        acceptedUnit(stp.name, stp.code, "b.xlsx"),
      ],
    },
    { "a.xlsx": "2020-06-03", "b.xlsx": "2020-06-03" },
  );
  const cell = `I${row(snv.name) + 1}`;
  expect(update.filled).toEqual([{ unit: snv.name, date: "2020-06-03", cell }]);
  expect(update.notes).toEqual([
    { unit: stp.name, cell: `I${row(stp.name) + 1}`, text: "nhận bản giấy 02/06" },
  ]);
  expect(update.edit?.blocks).toEqual([{ at: cell, values: [[new Date(Date.UTC(2020, 5, 3))]] }]);
});

test("formSourcesFromSheets leaves out the add-in's own sheets and sheets without a table", () => {
  const sheets = [
    { name: "_cchc_merge", visibility: "veryHidden" as const },
    { name: "Ghi chú", visibility: "visible" as const },
  ];
  const data = [
    {
      name: "_cchc_merge",
      values: [["Mã nhiệm vụ", "Mã chỉ tiêu", "Kết quả kỳ báo cáo"]],
      tables: [],
    },
    { name: "Ghi chú", values: [["Nhắc đơn vị nộp báo cáo"]], tables: [] },
  ];
  expect(formSourcesFromSheets(sheets, data, [])).toEqual({ sources: [], skipped: ["Ghi chú"] });
});
