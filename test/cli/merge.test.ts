/** `cchc merge`: usage, the printed summary, --json (contract 5.3) and --received. */
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { TRACKING_LAYOUT, TRACKING_SHEET } from "../../src/domain/tracking";
import { expectedReporters, yenBai2020 } from "../../src/domain/registry";
import { parseDateCell } from "../../src/domain/schedule";
import { readWorkbookFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import { filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";
import { cliRunner } from "../helpers/cli";
import { tracking2020 } from "../helpers/tracking";

const dir = useTempDir("cchc-merge-cli-");
const HN = "II.2.a/HN";

const run = cliRunner(() => dir());

const exists = (p: string) =>
  stat(path.join(dir(), p)).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  await mkdir(path.join(dir(), "forms"));
  await writeFile(
    path.join(dir(), "forms", "van-yen.xlsx"),
    await filledForm({ unit: "H-VANYEN", period: "2020-H1", values: { [HN]: 3, "II.2.a/NG": 40 } }),
  );
  await writeFile(
    path.join(dir(), "forms", "snv.xlsx"),
    await filledForm({ unit: "SNV", period: "2020-H1", values: { [HN]: 2 } }),
  );
  await writeFile(path.join(dir(), "forms", "ghi-chu.txt"), "ghi chú");
  await mkdir(path.join(dir(), "forms", "cu"));
  await writeFile(
    path.join(dir(), "le.xlsx"),
    await filledForm({ unit: "STP", period: "2020-H1", values: { [HN]: 5 } }),
  );
}, 60_000);

describe("bad usage exits 2 and writes nothing", () => {
  test.each([
    [["merge", "forms", "--out", "a.xlsx"], /Thiếu --period/],
    [["merge", "forms", "--period", "2020-X9", "--out", "a.xlsx"], /Mã kỳ “2020-X9” không hợp lệ/],
    [["merge", "forms", "--period", "2020-H2", "--out", "a.xlsx"], /không có trong lịch báo cáo/],
    [["merge", "forms", "--period", "2020-H1"], /Thiếu --out/],
    [["merge", "--period", "2020-H1", "--out", "a.xlsx"], /Cần ít nhất một tệp hoặc thư mục/],
    [
      ["merge", "khong-co", "--period", "2020-H1", "--out", "a.xlsx"],
      /Không tìm thấy tệp hoặc thư mục: .*khong-co/,
    ],
    [["merge", "le.xlsx", "--period", "2020-H1", "--out", "le.xlsx"], /--out trỏ vào tệp đầu vào/],
    [
      ["merge", "forms", "--period", "2020-H1", "--out", "x/a.xlsx"],
      /Thư mục để ghi .* không tồn tại/,
    ],
    [
      ["merge", "forms", "--period", "2020-H1", "--out", "a.xlsx", "--received", "khong-co.xlsx"],
      /Không tìm thấy bảng theo dõi/,
    ],
    [
      ["merge", "forms", "--period", "2020-H1", "--out", "a.xlsx", "--received", "le.xlsx"],
      /không có trang “Theo dõi báo cáo”/,
    ],
    [["merge", "forms", "--period", "2020-H1", "--out", "a.xlsx", "--bogus"], /bogus/],
  ])("%j", async (argv, message) => {
    const before = await readFile(path.join(dir(), "le.xlsx"));
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/Cách dùng: cchc merge PATH… --period CODE --out FILE/);
    expect(await exists("a.xlsx")).toBe(false);
    expect(await readFile(path.join(dir(), "le.xlsx"))).toEqual(before);
  });

  test("English with --lang en", async () => {
    const r = await run("merge", "forms", "--out", "a.xlsx", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--period is missing/);
  });
});

describe("a merge over a folder and a file", () => {
  let r: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    r = await run(
      "merge",
      "forms",
      "le.xlsx",
      "--period",
      "2020-h1",
      "--out",
      "tong-hop.xlsx",
      "--json",
      "bc.json",
    );
  }, 60_000);

  test("exit 0 even with a rejected file; a short Vietnamese summary with progress lines", () => {
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("Tổng hợp kỳ 2020-H1 (6 tháng đầu năm 2020): 4 tệp đầu vào.");
    expect(lines.slice(1, 5)).toEqual([
      "[1/4] ghi-chu.txt",
      "[2/4] snv.xlsx",
      "[3/4] van-yen.xlsx",
      "[4/4] le.xlsx",
    ]);
    expect(r.out).toContain("Nhận: 3 tệp; từ chối: 1 tệp; trùng đơn vị, bỏ qua: 0 tệp.");
    expect(r.out).toContain("Đơn vị đã nộp: 3/28; chưa nộp: 25.");
    expect(r.out).toContain(
      "  - ghi-chu.txt: Không phải tệp bảng tính .xlsx, .xlsm, .ods hoặc .xls (tệp .txt)",
    );
    expect(r.out).toContain("Đơn vị chưa nộp (25):");
    expect(r.out).toContain("  - UBND huyện Trạm Tấu");
    expect(r.out).toContain("Đã ghi biểu tổng hợp: tong-hop.xlsx");
    expect(r.out).toContain("Đã ghi báo cáo JSON: bc.json");
    // The subfolder is not read, and said so.
    expect(r.err).toMatch(/Bỏ qua thư mục con .*cu/);
  });

  test("--json is the contract 5.3 report", async () => {
    const json = JSON.parse(await readFile(path.join(dir(), "bc.json"), "utf8"));
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
    expect(json).toMatchObject({
      format: "cchc-merge/1",
      period: "2020-H1",
      expected: 28,
      accepted: [
        { file: "le.xlsx", unit: "Sở Tư pháp", warnings: [] },
        { file: "snv.xlsx", unit: "Sở Nội vụ", warnings: [] },
        { file: "van-yen.xlsx", unit: "UBND huyện Văn Yên", warnings: [] },
      ],
      rejected: [
        {
          file: "ghi-chu.txt",
          reason: "Không phải tệp bảng tính .xlsx, .xlsm, .ods hoặc .xls (tệp .txt)",
        },
      ],
      duplicates: [],
    });
    expect(json.totals).toEqual({ [HN]: 10, "II.2.a/NG": 40 });
    expect(json.byUnit).toEqual({
      "Sở Nội vụ": { [HN]: 2 },
      "Sở Tư pháp": { [HN]: 5 },
      "UBND huyện Văn Yên": { [HN]: 3, "II.2.a/NG": 40 },
    });
    expect(json.missing).toHaveLength(25);
  });

  test("the summary workbook holds the totals under the official header", async () => {
    const wb = readWorkbookFile(new Uint8Array(await readFile(path.join(dir(), "tong-hop.xlsx"))));
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp 2020-H1",
      "Theo đơn vị",
      "Đơn vị chưa nộp",
      "Tệp bị từ chối",
      "Nguồn số liệu",
      "Ô số liệu bị loại",
    ]);
    const values = wb.data("Tổng hợp 2020-H1").values;
    expect(values[0][0]).toBe("UBND TỈNH YÊN BÁI");
    expect(values.flat()).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const hn = values.find((row) => row[3] === "hội nghị, tập huấn, tọa đàm, hội thảo");
    expect(hn?.[5]).toBe(10);
  });

  test("running again over the same folder gives the same report, and the old summary is not an input", async () => {
    const first = await readFile(path.join(dir(), "bc.json"), "utf8");
    // Put the outputs inside the input folder: the second run must not read them as forms.
    const again = await run(
      "merge",
      "forms",
      "le.xlsx",
      "--period",
      "2020-H1",
      "--out",
      "forms/tong-hop.xlsx",
      "--json",
      "forms/bc.json",
    );
    expect(again.code).toBe(0);
    const third = await run(
      "merge",
      "forms",
      "le.xlsx",
      "--period",
      "2020-H1",
      "--out",
      "forms/tong-hop.xlsx",
      "--json",
      "forms/bc.json",
    );
    expect(third.out).toContain("4 tệp đầu vào");
    expect(await readFile(path.join(dir(), "forms", "bc.json"), "utf8")).toBe(first);
  });
});

describe("--received fills the tracking workbook in place", () => {
  test("received dates for accepted units, from the file times; a date already there is kept", async () => {
    const reporters = expectedReporters(yenBai2020).map((a) => ({ code: a.code, name: a.name }));
    const tracking = XlsxWorkbook.create();
    await tracking.apply(
      tracking2020({
        today: "2020-06-10",
        received: { "Sở Tư pháp": { "2020-H1": "2020-06-01" } },
      }),
    );
    await writeFile(path.join(dir(), "theo-doi.xlsx"), await tracking.toBuffer());
    const { utimes } = await import("node:fs/promises");
    const when = new Date(2020, 5, 3, 10, 0, 0); // 03/06/2020, local time
    await utimes(path.join(dir(), "forms", "van-yen.xlsx"), when, when);
    await utimes(path.join(dir(), "forms", "snv.xlsx"), when, when);

    const r = await run(
      "merge",
      "forms",
      "le.xlsx",
      "--period",
      "2020-H1",
      "--out",
      "th.xlsx",
      "--received",
      "theo-doi.xlsx",
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "Đã cập nhật ngày nhận trong bảng theo dõi theo-doi.xlsx: 2 đơn vị; 1 đơn vị đã có ngày nhận, giữ nguyên.",
    );
    const wb = readWorkbookFile(new Uint8Array(await readFile(path.join(dir(), "theo-doi.xlsx"))));
    expect(wb.sheets.map((s) => s.name)).toContain(TRACKING_SHEET);
    const data = wb.data(TRACKING_SHEET);
    const header = data.values[TRACKING_LAYOUT.headerRow - 1];
    const col = header.findIndex((v) => typeof v === "string" && v.endsWith("(2020-H1)")) + 1;
    const received = (name: string) => {
      const row = data.values.find((r) => r[TRACKING_LAYOUT.nameCol] === name);
      return parseDateCell(row?.[col] ?? null);
    };
    expect(received("UBND huyện Văn Yên")).toBe("2020-06-03");
    expect(received("Sở Nội vụ")).toBe("2020-06-03");
    expect(received("Sở Tư pháp")).toBe("2020-06-01");
    expect(received("Sở Tài chính")).toBeNull();
    // The status formulas and the rest of the sheet are still there.
    expect(data.formulas?.flat().filter((f) => f && f.includes("Quá hạn chưa nộp")).length).toBe(
      reporters.length * 4,
    );
  });
});
