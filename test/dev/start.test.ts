/**
 * `npm start` on a machine without Excel and without a TTY: it makes certificates with
 * office-addin-dev-certs (in a scratch HOME), serves the task pane over https without waiting
 * for input, and `npm stop` ends the server.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const PORT = 3000 + Math.floor(Math.random() * 900) + 50;

function get(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

async function waitFor<T>(f: () => Promise<T>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await f();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

test("npm start serves https://localhost with trusted-by-CA certificates; npm stop ends it", async () => {
  if (process.platform !== "linux") return;
  const home = mkdtempSync(path.join(os.tmpdir(), "cchc-home-"));
  const env = { ...process.env, HOME: home, CI: "true", CCHC_PORT: String(PORT) };
  const start = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  start.stdout.on("data", (c) => (out += c));
  const code = await new Promise<number>((resolve) => start.on("exit", (c) => resolve(c ?? 1)));
  expect(code).toBe(0);
  expect(out).toContain(`https://localhost:${PORT}/taskpane.html`);
  expect(out).toContain("npm stop");
  const ca = readFileSync(path.join(home, ".office-addin-dev-certs", "ca.crt"));
  const page = await waitFor(() => get(`https://localhost:${PORT}/taskpane.html`, ca), 90_000);
  expect(page.status).toBe(200);
  expect(page.body).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");

  const stop = spawnSync(process.execPath, ["scripts/stop.mjs"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  expect(stop.stdout).toContain("server stopped");
  await new Promise((r) => setTimeout(r, 1500));
  await expect(get(`https://localhost:${PORT}/taskpane.html`, ca)).rejects.toThrow();
}, 120_000);
