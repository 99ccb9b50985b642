/**
 * Debian's Chromium driven by playwright-core (never a browser download), with the flags this
 * closed network needs, and Office's CDN answered from the @microsoft/office-js package.
 */
import { mkdtempSync, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { DIST, serveDist, type StaticServer } from "./server";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const OFFICE_DIST = path.join(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
);

export async function launch(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium (.ci/run does)`,
    );
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), "cchc-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: "vi-VN",
    viewport: { width: 420, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface OfficeCdnLog {
  /** Paths under /lib/1/hosted/ that the page asked the CDN for. */
  requested: string[];
}

/** Answers https://appsforoffice.microsoft.com/lib/1/hosted/* from node_modules; nothing else leaves. */
export async function routeOfficeCdn(page: Page): Promise<OfficeCdnLog> {
  const log: OfficeCdnLog = { requested: [] };
  await page.route("https://appsforoffice.microsoft.com/**", async (route) => {
    const url = new URL(route.request().url());
    const rel = url.pathname.replace(/^\/lib\/1\/hosted\//, "");
    log.requested.push(rel);
    const file = path.join(OFFICE_DIST, path.normalize(rel));
    if (!file.startsWith(OFFICE_DIST) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: "" });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: "text/javascript; charset=utf-8",
      body: await readFile(file),
    });
  });
  return log;
}

/** Collects console errors and page errors so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/**
 * For a test file: dist/ served on 127.0.0.1 and one Chromium for all its tests, closed after.
 * The getters are valid inside tests (after beforeAll).
 */
export function useBuiltPane(): { server: () => StaticServer; browser: () => BrowserContext } {
  let server: StaticServer | undefined;
  let browser: BrowserContext | undefined;
  beforeAll(async () => {
    if (!existsSync(path.join(DIST, "taskpane.html"))) {
      throw new Error("dist/ is not built: run `npm run build` first (npm test does)");
    }
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { server: () => server!, browser: () => browser! };
}

/** Requests that leave the page's own origin, other than Office's (routed) CDN. */
export function collectOffsite(page: Page, origin: string): string[] {
  const offsite: string[] = [];
  page.on("request", (r) => {
    const u = r.url();
    const local = u.startsWith(origin) || u.startsWith("blob:" + origin);
    if (!local && !u.startsWith("https://appsforoffice.microsoft.com/")) offsite.push(u);
  });
  return offsite;
}
