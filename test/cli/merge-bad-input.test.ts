/**
 * `cchc merge` over a folder of real files as units send them back: good forms and every kind
 * of bad one side by side. Each bad file is rejected with its own Vietnamese reason, the good
 * ones are merged all the same, and no input file is ever written.
 */
import { createHash } from "node:crypto";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { MergeJson } from "../../src/domain/rollup";
import { encodeTcvn3 } from "../../src/domain/text";
import { readWorkbookFile } from "../../src/workbook/xlsx";
import {
  emptyWorkbook,
  filledForm,
  handBuiltForm,
  notAForm,
  wholeColumnValidation,
} from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";
import { CONTENT_TYPES, craftZip, entry, zeroBomb } from "../workbook/zipCraft";
import { cliRunner } from "../helpers/cli";

const PERIOD = "2020-H1";
const dir = useTempDir("cchc-merge-bad-");

const run = cliRunner(() => dir());

/** The file name -> bytes of every input; figures of the accepted forms for the totals. */
const files: Record<string, Uint8Array> = {};
const HN = "II.2.a/HN";
const dangerous = [
  "=HYPERLINK(1).xlsx",
  "+1 so tai chinh.xlsx",
  "-2 so cong thuong.xlsx",
  "@SUM(1) so xay dung.xlsx",
];

function encryptedWorkbook(): Uint8Array {
  const CFB = XLSX.CFB as {
    utils: { cfb_new(): unknown; cfb_add(c: unknown, name: string, data: Uint8Array): void };
    write(c: unknown, o: { type: "array" }): ArrayBuffer;
  };
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, "/EncryptionInfo", new Uint8Array(64).fill(4));
  CFB.utils.cfb_add(container, "/EncryptedPackage", new Uint8Array(4096).fill(7));
  return new Uint8Array(CFB.write(container, { type: "array" }));
}

function oldXls(): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["Mã nhiệm vụ", 1]]), "S");
  return new Uint8Array(XLSX.write(wb, { bookType: "xls", type: "array" }) as ArrayBuffer);
}

const docx = () =>
  zipSync({
    "[Content_Types].xml": strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "word/document.xml": strToU8("<w:document/>"),
  });

let json: MergeJson;
let cli: { code: number; out: string; err: string };
const hashes = new Map<string, string>();
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

beforeAll(async () => {
  const form = (unit: string, extra: Partial<Parameters<typeof filledForm>[0]> = {}) =>
    filledForm({ unit, period: PERIOD, ...extra });

  // Good forms, some with texts that would be formulas if written carelessly.
  files["good-snv.xlsx"] = await form("SNV", {
    values: { [HN]: 4, "II.2.a/NG": 150 },
    status: { "II.1.a": "Hoàn thành" },
    notes: {
      [HN]: '=HYPERLINK("http://example.invalid","bấm vào đây")',
      "II.2.a/NG": "+84 912 345 678",
      "II.2.a/TL": "-trống-",
      "II.2.a/LG": "@ghi chú",
    },
  });
  const dangerousUnits = ["STP", "STC", "SCT", "SXD"];
  for (let i = 0; i < dangerous.length; i++) {
    files[dangerous[i]] = await form(dangerousUnits[i], {
      values: { [HN]: i + 1 },
      notes: { [HN]: ["=1+1", "+1", "-1", "@A1"][i] },
    });
  }
  files["formula-cached.xlsx"] = await form("SKHDT", {
    values: { [HN]: { formula: "=2+3", result: 5 } },
  });
  files["whole-column-validation.xlsx"] = await form("SGTVT", {
    values: { [HN]: 2 },
    sheetXml: wholeColumnValidation("H:H C:C"),
  });
  files["merged-cells.xlsx"] = await form("SLDTBXH", {
    values: { [HN]: 1 },
    edit: (_wb, ws) => ws.mergeCells("K9:K11"),
  });
  files["hand-built.xlsx"] = await handBuiltForm({
    unit: "Sở Y tế",
    period: PERIOD,
    rows: [
      { task: "II.2.a", indicator: "HN", value: 6 },
      { task: "II.1.a", status: "Hoàn thành" },
    ],
  });
  files["renamed-sheet.xlsx"] = await form("SKHCN", {
    values: { [HN]: 7 },
    edit: (_wb, ws) => (ws.name = "BC 6 tháng"),
  });
  files["khong-dau.xlsx"] = await form("STNMT", {
    values: { [HN]: 1 },
    unitText: "So Tai nguyen va Moi truong",
  });
  files["tcvn3.xlsx"] = await form("H-VANYEN", {
    values: { [HN]: 2 },
    unitText: encodeTcvn3("UBND huyện Văn Yên"),
  });
  files["kem-ten-tinh.xlsx"] = await form("SGDDT", {
    values: { [HN]: 1 },
    unitText: "Sở Giáo dục và Đào tạo tỉnh Yên Bái",
  });
  // The same unit three times: the newest by the workbook's modified time is kept.
  const times = ["2020-06-01T02:00:00Z", "2020-06-03T02:00:00Z", "2020-06-02T02:00:00Z"];
  for (let i = 0; i < 3; i++) {
    files[`tp-yen-bai-lan-${i + 1}.xlsx`] = await form("TP-YENBAI", {
      values: { [HN]: 10 * (i + 1) },
      modified: new Date(times[i]),
    });
  }

  // Bad forms.
  files["wrong-period.xlsx"] = await filledForm({
    unit: "H-LUCYEN",
    period: "2020-Q1",
    values: { [HN]: 1 },
  });
  files["unknown-unit.xlsx"] = await form("H-TRANYEN", {
    unitText: "Sở Ngoại vụ",
    values: { [HN]: 1 },
  });
  files["negative.xlsx"] = await form("H-TRANYEN", { values: { [HN]: -3 } });
  files["text-number.xlsx"] = await form("H-TRAMTAU", { values: { [HN]: "mười hai" } });
  files["ref-error.xlsx"] = await form("H-VANCHAN", { values: { [HN]: { error: "#REF!" } } });
  files["formula-no-value.xlsx"] = await form("H-YENBINH", {
    values: { [HN]: { formula: "=A1*2" } },
  });
  files["far-cell.xlsx"] = await form("TX-NGHIALO", {
    values: { [HN]: 1 },
    edit: (_wb, ws) => (ws.getCell("XFD1048576").value = "x"),
  });
  files["not-a-form.xlsx"] = await notAForm();
  files["empty-workbook.xlsx"] = await emptyWorkbook();
  files["empty-file.xlsx"] = new Uint8Array(0);
  files["zip-bomb.xlsx"] = craftZip([
    entry("[Content_Types].xml", CONTENT_TYPES),
    zeroBomb("xl/worksheets/sheet1.xml", 200),
  ]);
  files["zip-bomb-ratio.xlsx"] = craftZip([
    entry("[Content_Types].xml", CONTENT_TYPES),
    zeroBomb("xl/worksheets/sheet1.xml", 40),
  ]);
  files["encrypted.xlsx"] = encryptedWorkbook();
  files["bao-cao-cu.xlsx"] = oldXls();
  files["bao-cao-cu.xls"] = oldXls();
  const good = files["good-snv.xlsx"];
  files["truncated.xlsx"] = good.slice(0, Math.floor(good.length / 2));
  files["ghi-chu.txt"] = strToU8("Báo cáo gửi kèm qua thư điện tử");
  files["so-lieu.csv"] = strToU8("Mã nhiệm vụ,Mã chỉ tiêu,Kết quả kỳ báo cáo\nII.2.a,HN,3\n");
  files["bao-cao.docx"] = docx();
  files["docx-doi-ten.xlsx"] = docx();

  const forms = path.join(dir(), "forms");
  await import("node:fs/promises").then((fs) => fs.mkdir(forms));
  for (const [name, bytes] of Object.entries(files)) {
    await writeFile(path.join(forms, name), bytes);
    hashes.set(name, sha(bytes));
  }
  cli = await run(
    "merge",
    "forms",
    "--period",
    PERIOD,
    "--out",
    "tong-hop.xlsx",
    "--json",
    "bao-cao.json",
  );
  json = JSON.parse(await readFile(path.join(dir(), "bao-cao.json"), "utf8"));
}, 120_000);

const reasonOf = (file: string) => {
  const r = json.rejected.find((x) => x.file === file);
  if (!r)
    throw new Error(
      `${file} was not rejected: ${JSON.stringify(json.accepted.find((a) => a.file === file))}`,
    );
  return r.reason;
};
const acceptedOf = (file: string) => {
  const a = json.accepted.find((x) => x.file === file);
  if (!a) throw new Error(`${file} was not accepted: ${reasonOf(file)}`);
  return a;
};

test("the merge ran (exit 0) over every file, bad ones included", () => {
  expect(cli.err).toBe("");
  expect(cli.code).toBe(0);
  const all = Object.keys(files).sort();
  const seen = [
    ...json.accepted.map((a) => a.file),
    ...json.rejected.map((r) => r.file),
    ...json.duplicates.flatMap((d) => d.ignored),
  ].sort();
  expect(seen).toEqual(all);
});

test("no input file was written: every one is byte-identical after the merge", async () => {
  const forms = path.join(dir(), "forms");
  expect((await readdir(forms)).sort()).toEqual(Object.keys(files).sort());
  for (const [name, hash] of hashes) {
    expect([name, sha(new Uint8Array(await readFile(path.join(forms, name))))]).toEqual([
      name,
      hash,
    ]);
  }
});

describe("files that cannot be opened", () => {
  test.each([
    ["zip-bomb.xlsx", /^Tệp quá lớn, không đọc được \(giải nén ra hơn 50 MB, vượt giới hạn\)$/],
    ["zip-bomb-ratio.xlsx", /^Tệp quá lớn, không đọc được \(dữ liệu nén bất thường .*“bom zip”\)$/],
    [
      "far-cell.xlsx",
      /^Tệp quá lớn, không đọc được \(trang tính trải rộng 1048576 dòng × 16384 cột/,
    ],
    [
      "encrypted.xlsx",
      /^Tệp có đặt mật khẩu \(đã mã hóa\), không đọc được; hãy gỡ mật khẩu rồi gửi lại$/,
    ],
    [
      "truncated.xlsx",
      /^Tệp bị hỏng, không đọc được \(tệp bị cắt cụt, có thể tải về hoặc đính kèm chưa hết\)$/,
    ],
    [
      "empty-file.xlsx",
      /^Không phải tệp bảng tính \.xlsx, \.xlsm, \.ods hoặc \.xls \(nội dung tệp không phải sổ làm việc Excel\)$/,
    ],
    [
      "docx-doi-ten.xlsx",
      /^Không phải tệp bảng tính \.xlsx, \.xlsm, \.ods hoặc \.xls \(tệp nén không chứa sổ làm việc Excel \(có thể là tệp Word \.docx/,
    ],
    ["ghi-chu.txt", /^Không phải tệp bảng tính \.xlsx, \.xlsm, \.ods hoặc \.xls \(tệp \.txt\)$/],
    ["so-lieu.csv", /^Không phải tệp bảng tính \.xlsx, \.xlsm, \.ods hoặc \.xls \(tệp \.csv\)$/],
    ["bao-cao.docx", /^Không phải tệp bảng tính \.xlsx, \.xlsm, \.ods hoặc \.xls \(tệp \.docx\)$/],
  ])("%s is rejected: %s", (file, reason) => {
    expect(reasonOf(file)).toMatch(reason);
  });
});

describe("workbooks that are not usable forms", () => {
  test.each([
    ["wrong-period.xlsx", /^Sai kỳ báo cáo: tệp ghi 2020-Q1, đang tổng hợp kỳ 2020-H1$/],
    [
      "unknown-unit.xlsx",
      /^Đơn vị “Sở Ngoại vụ” \(ô 'Báo cáo'!C3\) không có trong danh mục cơ quan$/,
    ],
    ["not-a-form.xlsx", /^Không phải biểu mẫu báo cáo: không có bảng BaoCao/],
    // An Excel 97–2003 workbook is opened, by its content whatever its name, and read as a form.
    ["bao-cao-cu.xls", /^Không phải biểu mẫu báo cáo: không có bảng BaoCao/],
    ["bao-cao-cu.xlsx", /^Không phải biểu mẫu báo cáo: không có bảng BaoCao/],
    ["empty-workbook.xlsx", /^Sổ làm việc trống, không có dữ liệu$/],
  ])("%s is rejected: %s", (file, reason) => {
    expect(reasonOf(file)).toMatch(reason);
  });
});

describe("a bad cell costs that cell: the form is accepted, the cell listed as a conflict", () => {
  test.each([
    ["negative.xlsx", -3, "Số âm"],
    ["text-number.xlsx", "mười hai", "Ô số liệu chứa chữ, không phải số"],
    ["ref-error.xlsx", "#REF!", "Ô có lỗi công thức"],
    [
      "formula-no-value.xlsx",
      "=A1*2",
      "Công thức chưa có giá trị tính sẵn; hãy mở tệp bằng Excel, lưu lại rồi gửi",
    ],
  ])("%s: value %s, %s", (file, value, reason) => {
    const a = acceptedOf(file);
    expect(a.conflicts).toEqual([
      { cell: expect.stringMatching(/^'Báo cáo'!H\d+$/), key: HN, value, reason },
    ]);
    expect(a.warnings).toContain(`1 ô không được tính vào tổng hợp (ô ${a.conflicts[0].cell})`);
    expect(json.byUnit[a.unit]).toEqual({});
  });
});

describe("forms that are accepted as they are", () => {
  test("a formula's cached value is used, with a warning", () => {
    expect(acceptedOf("formula-cached.xlsx").warnings.join(" ")).toMatch(
      /Dùng giá trị đã tính sẵn của công thức/,
    );
    expect(json.byUnit["Sở Kế hoạch và Đầu tư"][HN]).toBe(5);
  });

  test("a validation over whole columns, merged cells and a renamed sheet change nothing", () => {
    expect(acceptedOf("whole-column-validation.xlsx").warnings).toEqual([]);
    expect(acceptedOf("merged-cells.xlsx").warnings).toEqual([]);
    expect(acceptedOf("renamed-sheet.xlsx").unit).toBe("Sở Khoa học và Công nghệ");
    expect(json.byUnit["Sở Khoa học và Công nghệ"][HN]).toBe(7);
  });

  test("a form rebuilt by hand is read by its header texts, with a warning", () => {
    const a = acceptedOf("hand-built.xlsx");
    expect(a.unit).toBe("Sở Y tế");
    expect(a.warnings.join(" ")).toMatch(
      /Không thấy bảng BaoCao; đã đọc theo dòng tiêu đề ở hàng 6/,
    );
    expect(json.byUnit["Sở Y tế"][HN]).toBe(6);
  });

  test("a unit typed without diacritics, in TCVN3, or with the province after it: accepted, warned", () => {
    expect(acceptedOf("khong-dau.xlsx")).toEqual({
      file: "khong-dau.xlsx",
      unit: "Sở Tài nguyên và Môi trường",
      conflicts: [],
      warnings: [
        expect.stringMatching(
          /được hiểu là “Sở Tài nguyên và Môi trường” \(Thiếu dấu tiếng Việt\)/,
        ),
      ],
    });
    expect(acceptedOf("tcvn3.xlsx").unit).toBe("UBND huyện Văn Yên");
    expect(acceptedOf("tcvn3.xlsx").warnings.join(" ")).toMatch(/TCVN3/);
    expect(acceptedOf("kem-ten-tinh.xlsx").warnings.join(" ")).toMatch(
      /được hiểu là “Sở Giáo dục và Đào tạo” \(đã bỏ phần “tỉnh Yên Bái” sau tên đơn vị\)/,
    );
  });

  test("the same unit three times: the newest is kept, the others are listed as ignored", () => {
    expect(json.duplicates).toEqual([
      {
        unit: "UBND thành phố Yên Bái",
        kept: "tp-yen-bai-lan-2.xlsx",
        ignored: ["tp-yen-bai-lan-3.xlsx", "tp-yen-bai-lan-1.xlsx"],
      },
    ]);
    expect(json.byUnit["UBND thành phố Yên Bái"][HN]).toBe(20);
  });
});

test("one bad file never stops the others: totals are the accepted forms' figures", () => {
  // SNV 4, STP..SXD 1..4, SKHDT 5, SGTVT 2, SLDTBXH 1, SYT 6, SKHCN 7, STNMT 1, Văn Yên 2,
  // SGDDT 1, TP Yên Bái 20 (the kept duplicate).
  expect(json.totals[HN]).toBe(4 + 1 + 2 + 3 + 4 + 5 + 2 + 1 + 6 + 7 + 1 + 2 + 1 + 20);
  expect(json.accepted).toHaveLength(18);
  const sum = Object.values(json.byUnit).reduce((s, f) => s + (f[HN] ?? 0), 0);
  expect(sum).toBe(json.totals[HN]);
});

test("missing units: expected reporters without an accepted form, rejected ones included", () => {
  expect(json.expected).toBe(28);
  expect(json.missing).toEqual(
    expect.arrayContaining([
      "UBND huyện Mù Cang Chải", // sent nothing
      "UBND huyện Lục Yên", // wrong period
      "UBND thị xã Nghĩa Lộ", // far cell
    ]),
  );
  // Accepted with a conflict: a bad cell does not make the unit missing.
  expect(json.missing).not.toContain("UBND huyện Trấn Yên");
  expect(json.missing).not.toContain("UBND huyện Trạm Tấu");
  expect(json.missing).not.toContain("Sở Nội vụ");
  expect(json.missing).not.toContain("UBND huyện Văn Yên");
  expect(json.missing.length + json.accepted.length).toBe(28);
});

test("texts starting with = + - @ stay text: the summary has no formula at all", async () => {
  const bytes = new Uint8Array(await readFile(path.join(dir(), "tong-hop.xlsx")));
  const parts = unzipSync(bytes);
  const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
  expect(sheets.length).toBe(6);
  for (const p of sheets) expect(strFromU8(parts[p])).not.toMatch(/<f[ >]/);
  const wb = readWorkbookFile(bytes);
  const byUnit = wb.data("Theo đơn vị").values.flat();
  for (const name of dangerous) expect(byUnit).toContain(name);
  const sources = wb.data("Nguồn số liệu").values.flat();
  expect(sources).toContain("=HYPERLINK(1).xlsx");
});

test("the printed summary names every rejected file with its reason, in Vietnamese", () => {
  expect(cli.out).toMatch(/^Nhận: 18 tệp; từ chối: \d+ tệp; trùng đơn vị, bỏ qua: 2 tệp\.$/m);
  expect(cli.out).toMatch(/^ {2}- zip-bomb\.xlsx: Tệp quá lớn/m);
  expect(cli.out).toMatch(
    /^ {2}- negative\.xlsx \(UBND huyện Trấn Yên\): ô 'Báo cáo'!H\d+, II\.2\.a\/HN, giá trị “-3”: Số âm$/m,
  );
  expect(cli.out).toMatch(/^\[\d+\/\d+\] truncated\.xlsx$/m);
  expect(cli.out).toMatch(/^ {2}- UBND thành phố Yên Bái: dùng tp-yen-bai-lan-2\.xlsx; bỏ qua/m);
});
