// `npm run test:e2e`: the end-to-end suite in desktop Excel, the yo office templates' way.
// Builds the add-in with the in-Excel checks (test/e2e/inExcel.ts) as its task pane, starts
// office-addin-test-server, sideloads into a new workbook with office-addin-debugging, waits for
// the results and prints them (test/e2e/checks.ts judges). Where there is no desktop Excel
// (Linux, CI) it says so in one line and exits non-zero. CI does not call it.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const platform = process.platform;
if (platform !== "win32" && platform !== "darwin") {
  console.log(
    `npm run test:e2e cần Excel trên máy tính (Windows hoặc macOS); máy này (${platform}) không có / needs desktop Excel (Windows or macOS); this ${platform} machine has none, so the suite cannot run.`,
  );
  process.exit(1);
}

// The suite's verdict (test/e2e/checks.ts) compiled with the bench's build.
spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"], {
  stdio: "inherit",
});
const { TestServer } = require("office-addin-test-server");
const port = Number(process.env.CCHC_PORT || 3000);
const stateDir = path.join(process.cwd(), ".addin-dev");
mkdirSync(stateDir, { recursive: true });

// The manifest, with the in-Excel checks as the task pane.
const manifest = path.join(stateDir, "e2e-manifest.xml");
writeFileSync(
  manifest,
  readFileSync("manifest.xml", "utf8").replaceAll("taskpane.html", "e2e.html"),
);

const testServer = new TestServer(4201);
await testServer.startTestServer(true);
const devServer = spawn(
  process.execPath,
  [
    require.resolve("webpack-cli/bin/cli.js"),
    "serve",
    "--mode",
    "development",
    "--port",
    String(port),
  ],
  { env: { ...process.env, CCHC_E2E: "1" }, stdio: "inherit" },
);
const debugging = require.resolve("office-addin-debugging/cli.js");
spawnSync(
  process.execPath,
  [debugging, "start", manifest, "desktop", "--no-debug", "--dev-server-port", String(port)],
  {
    stdio: "inherit",
  },
);

let passed = false;
try {
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error("no results from Excel within 5 minutes")), 5 * 60 * 1000),
  );
  const data = await Promise.race([testServer.getTestResults(), timeout]);
  const { verdict } = require("../.bench-build/test/e2e/checks.js");
  const v = verdict(data.results ?? []);
  for (const line of v.lines) console.log(line);
  passed = v.passed;
} catch (e) {
  console.log(`✗ ${e.message}`);
} finally {
  spawnSync(process.execPath, [debugging, "stop", manifest], { stdio: "inherit" });
  devServer.kill();
  await testServer.stopTestServer();
}
process.exit(passed ? 0 : 1);
