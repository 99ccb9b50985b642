/** The installed `cchc` bin (compiled JavaScript, no TypeScript needed at run time). */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const cchc = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, "bin", "cchc.js"), ...args], { encoding: "utf8" });

test("cchc --help lists every command of the brief's section 5.2, in Vietnamese", () => {
  const r = cchc("--help");
  expect(r.status).toBe(0);
  for (const usage of [
    "cchc matrix --out FILE",
    "cchc template --unit NAME --period CODE --out FILE",
    "cchc forms --period CODE --out-dir DIR",
    "cchc check FILE",
    "cchc schedule --year Y [--json]",
    "cchc track --year Y --out FILE [--today DATE]",
    "cchc merge PATH… --period CODE --out FILE [--json FILE] [--received FILE]",
  ]) {
    expect(r.stdout).toContain(usage);
  }
  expect(r.stdout).toContain("--plan FILE");
  expect(r.stdout).toContain("--registry FILE");
  expect(r.stdout).toContain("Cách dùng");
});

test("cchc --help --lang en speaks English", () => {
  const r = cchc("--help", "--lang", "en");
  expect(r.stdout).toContain("Usage: cchc COMMAND");
});

test("an unknown command is bad usage: exit 2 with a message", () => {
  const r = cchc("frobnicate");
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('Không có lệnh "frobnicate"');
});
