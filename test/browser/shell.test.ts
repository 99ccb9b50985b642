/**
 * The built task pane in Debian Chromium: office.js comes from the (routed) CDN, the page finds
 * no Office host, starts in browser mode and renders its Vietnamese title with no console error.
 */
import { collectErrors, collectOffsite, routeOfficeCdn, useBuiltPane } from "../helpers/browser";

const pane = useBuiltPane();

test("task pane opens in browser mode with its Vietnamese title and no console error", async () => {
  const page = await pane.browser().newPage();
  const errors = collectErrors(page);
  const cdn = await routeOfficeCdn(page);
  const offsite = collectOffsite(page, pane.server().url);
  await page.goto(pane.server().url + "taskpane.html");
  await page.getByRole("heading", { level: 1, name: "Tuyên truyền cải cách hành chính" }).waitFor();
  await page.getByText("Chế độ trình duyệt", { exact: false }).waitFor();
  expect(cdn.requested).toContain("office.js");
  expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe(
    "object",
  );
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await page.close();
});

test("the language switch turns the pane to English", async () => {
  const page = await pane.browser().newPage();
  await routeOfficeCdn(page);
  await page.goto(pane.server().url + "taskpane.html");
  await page.getByRole("combobox", { name: "Ngôn ngữ" }).click();
  await page.getByRole("option", { name: "English" }).click();
  await page
    .getByRole("heading", { level: 1, name: "Administrative-reform communication" })
    .waitFor();
  await page.close();
});

test("outside Office, office.js's telemetry frame is never attempted (nothing blocked, nothing sent)", async () => {
  const page = await pane.browser().newPage();
  const errors = collectErrors(page);
  await routeOfficeCdn(page);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pane.server().url + "taskpane.html");
  // Either language: the test above leaves English chosen (the choice is kept).
  await page.getByRole("heading", { level: 1 }).waitFor();
  // office.js frames its telemetry proxy 3 s after loading; the CSP would block it (an error).
  await page.waitForTimeout(3500);
  expect(errors).toEqual([]);
  expect(requests.filter((u) => /telemetry|oaspapps/i.test(u))).toEqual([]);
  expect(await page.locator("iframe").count()).toBe(0);
  await page.close();
});
