/**
 * `kill -9` at any moment of a merge never leaves a broken summary (issue 13, finding 2): the
 * output is either the previous file, whole, or the new one, whole. The lock the killed
 * process held is taken over by the next run.
 */
import { spawn } from "node:child_process";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { expectedReporters, yenBai2020 } from "../../src/domain/registry";
import { readWorkbookFile } from "../../src/workbook/xlsx";
import { filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "cchc.js");
const dir = useTempDir("cchc-kill-");
const at = (...p: string[]) => path.join(dir(), ...p);
const ARGS = ["merge", "forms", "--period", "2020-H1", "--out", "th.xlsx", "--json", "bc.json"];

/** Run the bin; kill -9 it after `ms` unless it ended. True when it ended by itself. */
function runAndKill(ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...ARGS], { cwd: dir(), stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(signal === null && code === 0);
    });
  });
}

const summaryOk = (bytes: Uint8Array) =>
  readWorkbookFile(bytes).sheets.some((s) => s.name === "Tổng hợp 2020-H1");

beforeAll(async () => {
  await mkdir(at("forms"));
  for (const unit of expectedReporters(yenBai2020).slice(0, 12)) {
    await writeFile(
      at("forms", `${unit.code}.xlsx`),
      await filledForm({ unit: unit.code, period: "2020-H1", values: { "II.2.a/HN": 1 } }),
    );
  }
}, 120_000);

test("killed at growing moments: th.xlsx and bc.json are always whole", async () => {
  expect(await runAndKill(120_000)).toBe(true);
  expect(summaryOk(new Uint8Array(await readFile(at("th.xlsx"))))).toBe(true);
  let kills = 0;
  for (let ms = 300; ms < 20_000; ms += 300) {
    const ended = await runAndKill(ms);
    const now = new Uint8Array(await readFile(at("th.xlsx")));
    expect(summaryOk(now)).toBe(true);
    const json = JSON.parse(await readFile(at("bc.json"), "utf8")) as { accepted: unknown[] };
    expect(json.accepted).toHaveLength(12);
    if (ended) break;
    kills++;
  }
  expect(kills).toBeGreaterThan(0);
  // What the killed runs left (a lock, temporary files) does not stop the next run.
  expect(await runAndKill(120_000)).toBe(true);
  // Nor is anything of theirs left beside the outputs.
  expect((await readdir(dir())).filter((n) => n.startsWith(".cchc-"))).toEqual([]);
});
