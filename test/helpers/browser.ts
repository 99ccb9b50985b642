/**
 * Debian's Chromium driven by playwright-core (never a browser download), with the flags this
 * closed network needs, and Office's CDN answered from the @microsoft/office-js package.
 */
import { mkdtempSync, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

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
