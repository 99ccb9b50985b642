/**
 * Ctrl-C during `cchc merge`: the merge stops between files, exits 130 with a Vietnamese
 * message, and writes none of its outputs. The same AbortSignal stops the use-case itself.
 */
import { spawn } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { mergeFiles } from "../../src/app/files/merge";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";
import { cliRunner } from "../helpers/cli";

const ROOT = path.join(__dirname, "..", "..");
const FORMS = 300;
const dir = useTempDir("cchc-merge-int-");

let form: Uint8Array;

beforeAll(async () => {
  form = await filledForm({ unit: "SNV", period: "2020-H1", values: { "II.2.a/HN": 2 } });
  await mkdir(path.join(dir(), "forms"));
  await mkdir(path.join(dir(), "out"));
  for (let i = 0; i < FORMS; i++) {
    await writeFile(path.join(dir(), "forms", `f${String(i).padStart(3, "0")}.xlsx`), form);
  }
}, 60_000);

test("Ctrl-C during the merge exits 130, says so in Vietnamese and writes no output", async () => {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "bin", "cchc.js"),
      "merge",
      "forms",
      "--period",
      "2020-H1",
      "--out",
      "out/tong-hop.xlsx",
      "--json",
      "out/tong-hop.json",
    ],
    { cwd: dir() },
  );
  let out = "";
  let err = "";
  let sent = false;
  child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString("utf8");
    // Interrupt once the merge is reading files, as a user at the keyboard would.
    if (!sent && /\[1\/300\]/.test(out)) {
      sent = true;
      child.kill("SIGINT");
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));

  expect(sent).toBe(true);
  expect(code).toBe(130);
  expect(err).toContain("Đã dừng theo Ctrl-C: chưa ghi tệp nào.");
  expect(await readdir(path.join(dir(), "out"))).toEqual([]);
  // It stopped part-way: the last file it reports is not the last one.
  const done = [...out.matchAll(/\[(\d+)\/300\]/g)].map((m) => Number(m[1]));
  expect(Math.max(...done)).toBeLessThan(FORMS);
}, 60_000);

test("an already stopped merge writes nothing and exits 130 (in-process)", async () => {
  const stop = new AbortController();
  stop.abort();
  const r = await cliRunner(() => dir(), stop.signal)(
    "merge",
    "forms",
    "--period",
    "2020-H1",
    "--out",
    "out/b.xlsx",
    "--lang",
    "en",
  );
  expect(r.code).toBe(130);
  expect(r.err).toContain("Stopped by Ctrl-C: no file was written.");
  expect(await readdir(path.join(dir(), "out"))).toEqual([]);
}, 60_000);

test("mergeFiles stops between files once its signal is aborted", async () => {
  const stop = new AbortController();
  const seen: number[] = [];
  const files = Array.from({ length: 20 }, (_, i) => ({ name: `f${i}.xlsx`, bytes: form }));
  const merging = mergeFiles({
    files,
    period: "2020-H1",
    plan: plan2020,
    registry: yenBai2020,
    signal: stop.signal,
    onProgress: (done) => {
      seen.push(done);
      if (done === 3) stop.abort();
    },
  });
  await expect(merging).rejects.toMatchObject({ name: "AbortError" });
  expect(seen).toEqual([1, 2, 3]);
});
