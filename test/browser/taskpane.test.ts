/**
 * The built task pane in browser mode, in Debian Chromium, on real .xlsx files: merge three
 * filled forms and download the summary; check a matrix with misspelled agencies, fix it and
 * download it; every page's main action. No console error (CSP violations included) and no
 * request leaving 127.0.0.1 but the routed office.js CDN.
 *
 * With CCHC_SCREENSHOTS=1 each page is also saved as docs/img/taskpane-<page>.png.
 */
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { collectErrors, collectOffsite, routeOfficeCdn, useBuiltPane } from "../helpers/browser";
import { DIST } from "../helpers/server";
import { XlsxWorkbook, readWorkbookFile } from "../../src/workbook/xlsx";
import { MATRIX_SHEET } from "../../src/domain/matrix";
import { HEADER_BLOCK_ROWS } from "../../src/domain/print";
import { parseCell } from "../../src/domain/address";
import { matrixFile } from "../../src/app/files/matrix";
import { mergeFiles } from "../../src/app/files/merge";
import { columnOf, FORM_ROWS, FORM_SHEET, formLines } from "../../src/domain/forms";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020, type Agency } from "../../src/domain/registry";
import { figureKey } from "../../src/domain/rollup";
import { countKeys, filledForm as commune } from "../helpers/forms";
import {
  filledForm,
  misspelledMatrix,
  sumFigures,
  summaryTotals,
  trackingWorkbook,
} from "./fixtures";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SHOTS = process.env.CCHC_SCREENSHOTS === "1";
const IMG = path.join(__dirname, "..", "..", "docs", "img");

const pane = useBuiltPane();

interface Opened {
  page: Page;
  errors: string[];
  offsite: string[];
  /** Our own scripts the page has asked for, as paths under dist/. */
  scripts: string[];
}

/** Text found only in ExcelJS's and SheetJS's code, to tell which chunks carry them. */
const XLSX_MARKERS = ["Cannot merge already merged cells", "SheetJS"];

/** The scripts requested so far that carry an xlsx library. */
async function xlsxScripts(scripts: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const s of scripts) {
    const code = await readFile(path.join(DIST, s), "utf8");
    if (XLSX_MARKERS.some((m) => code.includes(m))) out.push(s);
  }
  return out;
}

/** The pane on one of its pages, watching console errors and requests. */
async function openPane(pageId: string): Promise<Opened> {
  const server = pane.server();
  const page = await pane.browser().newPage();
  const errors = collectErrors(page);
  await routeOfficeCdn(page);
  const offsite = collectOffsite(page, server.url);
  const scripts: string[] = [];
  page.on("request", (r) => {
    const u = r.url();
    if (u.startsWith(server.url) && u.endsWith(".js")) scripts.push(u.slice(server.url.length));
  });
  await page.goto(`${server.url}taskpane.html?page=${pageId}`);
  await page.getByText("Chế độ trình duyệt", { exact: false }).waitFor();
  return { page, errors, offsite, scripts };
}

const upload = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: XLSX_MIME,
  buffer: Buffer.from(bytes),
});

/** Clicks `button` and returns the bytes of the file it makes the browser save. */
async function downloadFrom(page: Page, button: string | RegExp): Promise<Uint8Array> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const file = await download.path();
  if (!file) throw new Error(`No file saved by ${button}`);
  return new Uint8Array(await readFile(file));
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(IMG, { recursive: true });
  // Let Fluent's colour transitions finish (a button just turned primary).
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(IMG, `taskpane-${name}.png`), fullPage: true });
}

async function choose(page: Page, combobox: string, option: string) {
  await page.getByRole("combobox", { name: combobox }).click();
  await page.getByRole("option", { name: option }).click();
}

test("merge: three filled forms in, the summary downloaded holds their sums", async () => {
  const forms = [
    await filledForm("Sở Nội vụ", "2020-H1", "snv.xlsx", (i) => i + 1),
    await filledForm("UBND huyện Văn Yên", "2020-H1", "van-yen.xlsx", (i) => 2 * i + 3),
    await filledForm("UBND huyện Trạm Tấu", "2020-H1", "tram-tau.xlsx", (i) => (i % 4) + 10),
  ];
  const { page, errors, offsite, scripts } = await openPane("merge");
  await page.getByRole("heading", { level: 2, name: "Tổng hợp" }).waitFor();
  // The page is ready (its periods are loaded) without any xlsx library.
  await page.getByRole("combobox", { name: "Kỳ báo cáo" }).getByText(/2020/).waitFor();
  expect(await xlsxScripts(scripts)).toEqual([]);
  // A workbook that is not a report form is rejected with its reason, not merged.
  const notAForm = (await misspelledMatrix()).bytes;
  await page
    .getByLabel("Chọn các biểu mẫu báo cáo")
    .setInputFiles([
      ...forms.map((f) => upload(f.name, f.bytes)),
      upload("ghi-chu.xlsx", notAForm),
    ]);
  await page.getByText("Đã chọn 4 tệp").waitFor();
  await choose(page, "Kỳ báo cáo", "6 tháng đầu năm 2020 (hạn 04/06/2020)");
  await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  await page
    .getByText(
      "Nhận 3 báo cáo / 28 đơn vị phải báo cáo; từ chối 1 tệp; 0 đơn vị nộp trùng; thiếu 25 đơn vị.",
    )
    .waitFor();
  await page.getByRole("list", { name: "Đơn vị chưa nộp (25)" }).waitFor();
  const rejected = page.getByRole("list", { name: "Tệp bị từ chối (1)" }).getByRole("listitem");
  expect(await rejected.allTextContents()).toEqual([expect.stringMatching(/^ghi-chu\.xlsx: \S/)]);
  // Running the merge loaded them, lazily.
  expect((await xlsxScripts(scripts)).length).toBeGreaterThan(0);
  await shot(page, "merge");

  const summary = readWorkbookFile(await downloadFrom(page, "Tải biểu tổng hợp (.xlsx)"));
  const totals = summaryTotals(summary.data("Tổng hợp 2020-H1").values, HEADER_BLOCK_ROWS + 1);
  const sums = sumFigures(forms);
  expect(sums.size).toBeGreaterThan(5);
  for (const [key, sum] of sums) expect([key, totals.get(key)]).toEqual([key, sum]);

  const json = JSON.parse(new TextDecoder().decode(await downloadFrom(page, "Tải báo cáo JSON")));
  expect(json.accepted.map((a: { unit: string }) => a.unit).sort()).toEqual(
    ["Sở Nội vụ", "UBND huyện Trạm Tấu", "UBND huyện Văn Yên"].sort(),
  );
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await page.close();
});

test("check: misspelled agencies found, fixed, and the fixed file downloaded", async () => {
  const { bytes, typos } = await misspelledMatrix();
  const { page, errors, offsite } = await openPane("check");
  await page.getByLabel("Mở tệp .xlsx").setInputFiles([upload("ma-tran.xlsx", bytes)]);
  await page.getByText("Tệp đang làm việc: ma-tran.xlsx").waitFor();
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  const list = page.getByRole("list", { name: "Các ô cần xem lại" });
  await list.waitFor();
  const item = (cell: string) =>
    list.getByRole("listitem").filter({
      has: page.getByRole("button", { name: `Đến ô ${cell} trên trang ${MATRIX_SHEET}` }),
    });
  for (const t of typos) {
    await item(t.cell).getByText(t.typed, { exact: true }).waitFor();
    await item(t.cell).getByText(t.expected, { exact: true }).waitFor();
  }
  // TCVN3 and VNI bytes decode to one name: safe for "Sửa tất cả".
  await item(typos[0].cell).getByText("Có thể sửa tự động").waitFor();
  await item(typos[1].cell).getByText("Có thể sửa tự động").waitFor();
  // Clicking an address in a browser says where the cell is.
  await page
    .getByRole("button", { name: `Đến ô ${typos[0].cell} trên trang ${MATRIX_SHEET}` })
    .click();
  await page.getByText(`Ô ${typos[0].cell} trên trang “${MATRIX_SHEET}”.`).waitFor();
  await shot(page, "check");

  await page.getByRole("button", { name: /^Sửa tất cả/ }).click();
  await page.getByText(/^Đã sửa \d+ ô\./).waitFor();
  expect(await item(typos[0].cell).count()).toBe(0);
  expect(await item(typos[1].cell).count()).toBe(0);
  // What "Sửa tất cả" may not touch is fixed one by one.
  for (const t of typos) {
    if ((await item(t.cell).count()) === 0) continue;
    await page.getByRole("button", { name: `Sửa ô '${MATRIX_SHEET}'!${t.cell}` }).click();
    await page.getByText(`Đã sửa ô '${MATRIX_SHEET}'!${t.cell} thành “${t.expected}”.`).waitFor();
  }

  const fixed = readWorkbookFile(await downloadFrom(page, "Tải tệp đã sửa"));
  const values = fixed.data(MATRIX_SHEET).values;
  for (const t of typos) {
    const { row, col } = parseCell(t.cell);
    expect([t.cell, values[row][col]]).toEqual([t.cell, t.expected]);
  }
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await page.close();
});

test("plan, report and print pages work on files in Vietnamese", async () => {
  const { page, errors, offsite } = await openPane("plan");
  await page.getByRole("heading", { level: 2, name: "Kế hoạch" }).waitFor();
  const matrix = readWorkbookFile(await downloadFrom(page, "Tải bảng phân công nhiệm vụ (.xlsx)"));
  expect(matrix.sheets.map((s) => s.name)).toContain(MATRIX_SHEET);
  await page.getByText(/Đã tạo tệp ma-tran-nhiem-vu-2020.xlsx/).waitFor();
  await shot(page, "plan");

  await page.getByRole("tab", { name: "Báo cáo" }).click();
  await page.getByRole("heading", { level: 2, name: "Báo cáo" }).waitFor();
  await choose(page, "Đơn vị báo cáo", "UBND huyện Văn Yên");
  await choose(page, "Kỳ báo cáo", "Quý III năm 2020 (hạn 04/09/2020)");
  const form = readWorkbookFile(await downloadFrom(page, "Tạo biểu mẫu báo cáo"));
  expect(form.names.map((n) => n.name)).toEqual(expect.arrayContaining(["DonVi", "KyBaoCao"]));
  const tracking = await downloadFrom(page, "Tạo bảng theo dõi");
  expect(readWorkbookFile(tracking).sheets[0].name).toBe("Theo dõi báo cáo");
  // A tracking file with a fixed reference date, three units not in for 2020-H1 (due 04/06).
  const late = ["Sở Y tế", "UBND huyện Văn Yên", "UBND huyện Trạm Tấu"]; // sheet order
  const fixture = await trackingWorkbook("2020-06-16", late);
  await page.getByLabel("Mở tệp .xlsx").setInputFiles([upload("theo-doi.xlsx", fixture)]);
  await page.getByText("Tệp đang làm việc: theo-doi.xlsx").waitFor();
  await page.getByRole("button", { name: "Tô màu quá hạn" }).click();
  const overdue = page.getByRole("list", { name: "Đơn vị quá hạn" });
  await overdue.waitFor();
  expect(await overdue.getByRole("listitem").allTextContents()).toEqual(
    late.map((u) => `${u}: quá hạn 12 ngày`),
  );
  await page
    .getByText("6 tháng đầu năm 2020: 3 đơn vị quá hạn chưa nộp (tính đến 16/06/2020).", {
      exact: false,
    })
    .waitFor();
  // The saved file has the late units' names in white on red, and only theirs.
  const saved = await XlsxWorkbook.load(await downloadFrom(page, "Tải tệp đã sửa"));
  const ws = saved.workbook.getWorksheet("Theo dõi báo cáo")!;
  const red: string[] = [];
  ws.getColumn(3).eachCell((cell) => {
    const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
    if (fill?.fgColor?.argb?.toUpperCase().endsWith("C00000")) red.push(String(cell.value));
  });
  expect(red).toEqual(late);
  await shot(page, "report");

  await page.getByRole("tab", { name: "In" }).click();
  await page.getByRole("heading", { level: 2, name: "In" }).waitFor();
  // The open file is kept across pages: print the matrix downloaded above.
  const matrixBytes = await misspelledMatrix();
  await page.getByLabel("Mở tệp khác").setInputFiles([upload("ma-tran.xlsx", matrixBytes.bytes)]);
  await page.getByText("Tệp đang làm việc: ma-tran.xlsx").waitFor();
  await page.getByRole("radio", { name: "Bảng phân công nhiệm vụ" }).check();
  await page.getByRole("textbox", { name: "Họ tên người ký" }).fill("Nguyễn Văn A");
  await page.getByRole("textbox", { name: "Số báo cáo" }).fill("125");
  await page.getByRole("button", { name: "Chuẩn bị in" }).click();
  await page.getByText(/Đã định dạng trang “Bảng phân công nhiệm vụ” để in/).waitFor();
  await page.getByText("Khổ A4, in ngang.").waitFor();
  await shot(page, "print");
  const printed = readWorkbookFile(await downloadFrom(page, "Tải tệp đã sửa"));
  const texts = printed
    .data(MATRIX_SHEET)
    .values.flat()
    .filter((v): v is string => typeof v === "string");
  expect(texts).toEqual(expect.arrayContaining(["SỞ NỘI VỤ", "Nguyễn Văn A"]));
  expect(texts.some((t) => t.includes("125/BC-SNV"))).toBe(true);

  // The print details are kept for next time (localStorage in a browser).
  await page.reload();
  await page.getByRole("tab", { name: "In" }).click();
  expect(await page.getByRole("textbox", { name: "Họ tên người ký" }).inputValue()).toBe(
    "Nguyễn Văn A",
  );
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await page.close();
});

test("two-level roll-up: a district merges its communes' forms and makes its own report", async () => {
  const DISTRICT = "UBND huyện Văn Yên";
  const communes: Agency[] = ["An Thịnh", "Đông Cuông", "Mậu Đông"].map((n, i) => ({
    code: `XA-${i + 1}`,
    name: `UBND xã ${n}`,
    shortName: n,
    aliases: [],
    group: "commune",
    reports: true,
    parent: i === 1 ? "H-VANYEN" : DISTRICT,
  }));
  const registry = { id: "van-yen-xa", agencies: communes };
  // The district officer's workbook: its "Danh mục cơ quan" lists the communes.
  const workbook = await matrixFile({ plan: plan2020, registry });
  const sums = new Map<string, number>();
  const forms = [];
  for (const [u, c] of communes.entries()) {
    const values = Object.fromEntries(
      countKeys(c.code, plan2020, registry).map((k, i) => [k, (u + 1) * 10 + i]),
    );
    for (const [k, v] of Object.entries(values)) sums.set(k, (sums.get(k) ?? 0) + v);
    forms.push(
      upload(
        `${c.code}.xlsx`,
        await commune({ unit: c.code, period: "2020-H1", values, registry }),
      ),
    );
  }

  const { page, errors, offsite } = await openPane("merge");
  await page.getByLabel("Mở tệp .xlsx").setInputFiles([upload("van-yen-xa.xlsx", workbook)]);
  await page.getByText("Tệp đang làm việc: van-yen-xa.xlsx").waitFor();
  await page.getByLabel("Chọn các biểu mẫu báo cáo").setInputFiles(forms);
  await page.getByText("Đã chọn 3 tệp").waitFor();
  await choose(page, "Kỳ báo cáo", "6 tháng đầu năm 2020 (hạn 04/06/2020)");
  await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  await page
    .getByText(
      "Nhận 3 báo cáo / 3 đơn vị phải báo cáo; từ chối 0 tệp; 0 đơn vị nộp trùng; thiếu 0 đơn vị.",
    )
    .waitFor();

  // The district, named by the communes' "Thuộc", is offered first.
  await page.getByRole("heading", { name: "Tạo báo cáo của đơn vị từ kết quả tổng hợp" }).waitFor();
  await page.getByRole("combobox", { name: "Đơn vị" }).getByText(DISTRICT).waitFor();
  const bytes = await downloadFrom(page, "Tạo báo cáo của đơn vị");
  await page.getByText("Số liệu tổng hợp từ 3 báo cáo.").waitFor();
  await shot(page, "rollup");

  // The form is Văn Yên's, each figure the communes' sum, noted as such…
  const data = readWorkbookFile(bytes).data(FORM_SHEET);
  const lines = formLines(plan2020, { code: "H-VANYEN", group: "district" });
  let checked = 0;
  lines.forEach((l, i) => {
    const key = figureKey(l.task.code, l.indicator?.code);
    if (!sums.has(key)) return;
    const row = data.values[FORM_ROWS.firstData - 1 + i];
    expect([key, row[columnOf("period")]]).toEqual([key, sums.get(key)]);
    expect(row[columnOf("note")]).toBe("Tổng hợp từ 3 báo cáo cấp xã");
    checked++;
  });
  expect(checked).toBe(sums.size);
  // …and the province's merge (built-in registry) takes it as Văn Yên's report.
  const province = await mergeFiles({
    files: [{ name: "van-yen.xlsx", bytes }],
    period: "2020-H1",
    plan: plan2020,
    registry: yenBai2020,
  });
  expect(province.json.accepted.map((a) => a.unit)).toEqual([DISTRICT]);
  for (const [key, sum] of sums) expect([key, province.result.totals[key]]).toEqual([key, sum]);
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await page.close();
});
