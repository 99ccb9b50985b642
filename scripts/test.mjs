// `npm test`: builds dist/ (the browser tests load it), runs every jest test, and ends with
// the line CI reads: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
// --unit: the fast tier (no build, no LibreOffice, no Chromium; see jest.config.js).
const unit = args.includes("--unit");
const noBuild = unit || args.includes("--no-build");
const jestArgs = args.filter((a) => a !== "--no-build" && a !== "--unit");
if (unit) process.env.CCHC_TEST_TIER = "unit";

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { stdio: "inherit", shell: process.platform === "win32" });
  return r.status ?? 1;
}

if (!noBuild) {
  if (run("npm", ["run", "build", "--silent"]) !== 0) {
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

mkdirSync(".test-output", { recursive: true });
const report = path.join(".test-output", "jest.json");
const code = run("npx", ["jest", "--json", `--outputFile=${report}`, ...jestArgs]);
let passed = 0;
let failed = 0;
try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed = r.numPassedTests;
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
} catch {
  failed = 1;
}
if (code !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || code !== 0 ? 1 : 0);
