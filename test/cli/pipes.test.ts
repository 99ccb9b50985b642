/**
 * The installed `cchc` bin with its output cut short (issue 13, finding 5): `| head -1` (EPIPE)
 * and `> /dev/full` (ENOSPC) end printing quietly; the files are written and the exit code is
 * the work's. Control characters typed in a form never reach the terminal.
 */
import { spawnSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readWorkbookFile } from "../../src/workbook/xlsx";
import { filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "cchc.js");
const dir = useTempDir("cchc-pipes-");
const at = (...p: string[]) => path.join(dir(), ...p);

/** A shell line with `cchc` standing for the bin; pipefail, so the bin's own status counts. */
function sh(line: string) {
  const cmd = line.replace(/\bcchc\b/g, `"${process.execPath}" "${BIN}"`);
  return spawnSync("bash", ["-o", "pipefail", "-c", cmd], {
    cwd: dir(),
    encoding: "utf8",
    timeout: 120_000,
  });
}

beforeAll(async () => {
  await mkdir(at("forms"));
  for (const unit of ["SNV", "STP", "H-VANYEN"]) {
    await writeFile(
      at("forms", `${unit}.xlsx`),
      await filledForm({ unit, period: "2020-H1", values: { "II.2.a/HN": 1 } }),
    );
  }
  // ESC ] 0 ; … BEL sets a terminal's title; ESC [ 2 J clears the screen.
  await writeFile(
    at("forms", "dieu-khien.xlsx"),
    await filledForm({
      unit: "STC",
      period: "2020-H1",
      unitText: "Sở \u001b]0;bi-chiem\u0007Tài chính\u001b[2J",
    }),
  );
}, 60_000);

test("cchc merge … | head -1 writes both outputs and exits 0", async () => {
  const r = sh("cchc merge forms --period 2020-H1 --out th.xlsx --json bc.json | head -1");
  expect(r.stderr).not.toMatch(/EPIPE|Error/);
  expect(r.status).toBe(0);
  expect(r.stdout.trim().split("\n")).toHaveLength(1);
  expect(readWorkbookFile(new Uint8Array(await readFile(at("th.xlsx")))).sheets[0].name).toBe(
    "Tổng hợp 2020-H1",
  );
  const json = JSON.parse(await readFile(at("bc.json"), "utf8")) as { accepted: unknown[] };
  expect(json.accepted).toHaveLength(3);
});

test.each([
  "cchc check forms/SNV.xlsx forms/STP.xlsx forms/H-VANYEN.xlsx | head -1",
  "cchc schedule --year 2020 | head -1",
  "cchc forms --period 2020-H1 --out-dir mau | head -1",
])("%s: exit 0, no crash", (line) => {
  const r = sh(line);
  expect(r.stderr).not.toMatch(/EPIPE|Error/);
  expect(r.status).toBe(0);
});

// Linux (and CI) has /dev/full; where it is missing this fails rather than passing unseen.
test("stdout on /dev/full: the files are still written", async () => {
  expect(spawnSync("test", ["-c", "/dev/full"]).status).toBe(0);
  const r = sh("cchc merge forms --period 2020-H1 --out full.xlsx --json full.json > /dev/full");
  expect(r.status).toBe(0);
  expect(r.stderr).not.toMatch(/ENOSPC|Error/);
  const json = JSON.parse(await readFile(at("full.json"), "utf8")) as { accepted: unknown[] };
  expect(json.accepted).toHaveLength(3);
});

test("control characters from a form never reach the terminal (finding 8)", () => {
  const r = sh("cchc merge forms --period 2020-H1 --out ctl.xlsx");
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("Sở ]0;bi-chiemTài chính[2J");
  // eslint-disable-next-line no-control-regex
  expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
});
