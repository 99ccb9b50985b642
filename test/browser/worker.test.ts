/**
 * The merge of 200 forms runs in the pane's worker: while it runs, the page answers clicks (a
 * tab click shows the other page), the progress bar advances, and Cancel stops it with no
 * result on screen. The worker is served from the pane's own origin (CSP worker-src 'self'). The test
 * holds the worker at two points (gateWorker), so what it sees never depends on the speed of the
 * machine.
 *
 * With CCHC_SCREENSHOTS=1 the page mid-merge is saved as docs/img/taskpane-merge-progress.png.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { collectErrors, collectOffsite, routeOfficeCdn, useBuiltPane } from "../helpers/browser";
import { filledForm } from "./fixtures";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SHOTS = process.env.CCHC_SCREENSHOTS === "1";
const IMG = path.join(__dirname, "..", "..", "docs", "img");
const FORMS = 200;
const UNITS = ["Sở Nội vụ", "UBND huyện Văn Yên", "UBND huyện Trạm Tấu", "Sở Y tế", "Sở Tư pháp"];

const pane = useBuiltPane();

/**
 * Holds the worker at chosen points, so the test does not race the merge: the worker's script
 * is served with a prelude that, after posting the progress of file N, waits (a synchronous
 * request, which a worker may make) until the test opens gate N. Nothing in the product changes.
 */
async function gateWorker(page: Page, origin: string, at: number[]) {
  const opened = new Map<number, () => void>();
  const open = new Map(at.map((n) => [n, new Promise<void>((r) => opened.set(n, r))]));
  await page.context().route(`${origin}__gate/*`, async (route) => {
    await open.get(Number(route.request().url().split("/").pop()));
    await route.fulfill({ status: 200, body: "" });
  });
  const prelude = `(() => {
    const at = ${JSON.stringify(at)};
    const post = self.postMessage.bind(self);
    self.postMessage = (m, t) => {
      post(m, t);
      if (m && m.type === "progress" && at.includes(m.done)) {
        const x = new XMLHttpRequest();
        x.open("GET", "${origin}__gate/" + m.done, false);
        x.send();
      }
    };
  })();\n`;
  // The worker's entry script (webpack names it cchc-pane-work); its chunks are left as served.
  await page.context().route(/\/cchc-pane-work\.\w+\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: prelude + (await response.text()) });
  });
  return (n: number) => opened.get(n)!();
}

/** The merge's progress as the bar tells assistive technology: done / total, 0 to 1. */
async function progress(page: Page): Promise<number> {
  const now = await page.getByRole("progressbar").getAttribute("aria-valuenow");
  return Number(now);
}

test("200 forms merge off the UI thread: tabs answer, progress advances, Cancel leaves no result", async () => {
  const made = await Promise.all(
    UNITS.map((u, i) => filledForm(u, "2020-H1", `${i}.xlsx`, () => i)),
  );
  // 200 files: each unit's form many times over (later copies are duplicates, all accounted for).
  const files = Array.from({ length: FORMS }, (_, i) => ({
    name: `bao-cao-${String(i + 1).padStart(3, "0")}.xlsx`,
    mimeType: XLSX_MIME,
    buffer: Buffer.from(made[i % made.length].bytes),
  }));

  const server = pane.server();
  const page = await pane.browser().newPage();
  const errors = collectErrors(page);
  await routeOfficeCdn(page);
  const offsite = collectOffsite(page, server.url);
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  // The worker stops after file 10 and after file 60 until the test lets it go on.
  const release = await gateWorker(page, server.url, [10, 60]);
  await page.goto(`${server.url}taskpane.html?page=merge`);
  await page.getByRole("heading", { level: 2, name: "Tổng hợp" }).waitFor();
  await page.getByLabel("Chọn các biểu mẫu báo cáo").setInputFiles(files);
  await page.getByText(`Đã chọn ${FORMS} tệp`).waitFor();
  await page.getByRole("combobox", { name: "Kỳ báo cáo" }).click();
  await page.getByRole("option", { name: "6 tháng đầu năm 2020 (hạn 04/06/2020)" }).click();

  // No worker before there is work for it.
  expect(workers).toEqual([]);
  const run = page.getByRole("button", { name: "Tổng hợp", exact: true });
  await run.click();
  // The first files are read: the bar shows a share of the work done (10 of 200, held there).
  await page.waitForFunction(() => {
    const bar = document.querySelector('[role="progressbar"]');
    return Number(bar?.getAttribute("aria-valuenow")) >= 10 / 200;
  });
  const first = await progress(page);
  expect(first).toBe(10 / 200);
  await page.getByText(/^Đang đọc tệp \d+\/200: bao-cao-\d{3}\.xlsx$/).waitFor();
  if (SHOTS) {
    mkdirSync(IMG, { recursive: true });
    // The 200-row file list makes the page tall: the view around the bar is what the user sees.
    await page.getByRole("button", { name: "Hủy việc đang chạy" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(IMG, "taskpane-merge-progress.png") });
  }

  // A click on another tab is handled while the merge goes on…
  await page.getByRole("tab", { name: "Kế hoạch" }).click();
  await page.getByRole("heading", { level: 2, name: "Kế hoạch" }).waitFor();
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  await page.getByRole("heading", { level: 2, name: "Tổng hợp" }).waitFor();
  // …and back on its page the merge is still running; let go, it moves further along.
  expect(await progress(page)).toBe(first);
  release(10);
  await page.waitForFunction(() => {
    const bar = document.querySelector('[role="progressbar"]');
    return Number(bar?.getAttribute("aria-valuenow")) >= 60 / 200;
  });
  const later = await progress(page);
  expect(later).toBe(60 / 200);
  expect(workers).toEqual([expect.stringMatching(new RegExp(`^${server.url}[\\w.-]+\\.js$`))]);

  // Cancel: the bar goes, the page says so, and no result is shown.
  await page.getByRole("button", { name: "Hủy việc đang chạy" }).click();
  await page.getByText("Đã hủy: không có kết quả nào được tạo hay ghi.").waitFor();
  expect(await page.getByRole("progressbar").count()).toBe(0);
  const result = page.getByRole("region", { name: "Kết quả tổng hợp" });
  expect(await result.count()).toBe(0);
  // Nor later, when the worker, let go, has dropped the job: a new merge (the worker takes jobs in
  // order) ends with the full count, every one of the 200 files accounted for.
  release(60);
  await page.waitForTimeout(1000);
  expect(await result.count()).toBe(0);
  await run.click();
  await page
    .getByText(
      `Nhận ${UNITS.length} báo cáo / 28 đơn vị phải báo cáo; từ chối 0 tệp; ${UNITS.length} đơn vị nộp trùng; thiếu ${28 - UNITS.length} đơn vị.`,
    )
    .waitFor({ timeout: 120_000 });
  const duplicates = page.getByRole("list", { name: `Nộp trùng (${UNITS.length})` });
  // "unit: dùng kept, bỏ a, b, …": one kept and the ignored ones per unit, 200 in all.
  const named = (await duplicates.getByRole("listitem").allTextContents()).map(
    (t) => t.split(", ").length,
  );
  expect(named.reduce((a, b) => a + b, 0)).toBe(FORMS);

  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await page.close();
}, 240_000);
