// Renders assets/icon.svg to the PNG sizes the manifest needs, with Debian's Chromium.
// Run by hand after changing the SVG: node scripts/make-icons.mjs
import { readFile } from "node:fs/promises";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const svg = await readFile("assets/icon.svg", "utf8");
const browser = await chromium.launchPersistentContext(
  mkdtempSync(path.join(os.tmpdir(), "icons-")),
  {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
);
const page = await browser.newPage();
for (const size of [16, 32, 64, 80]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `assets/icon-${size}.png`, omitBackground: true });
}
await browser.close();
console.log("assets/icon-{16,32,64,80}.png written");
