/**
 * Inputs are bounded (issue 13, finding 4): only regular files are read, a FIFO never hangs the
 * command, a link to /dev/zero is never read, a file over the size cap is refused before it
 * is read, and every entry of a folder is accounted for with its reason.
 */
import { execFileSync } from "node:child_process";
import { mkdir, readFile, symlink, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { MAX_INPUT_BYTES } from "../../src/cli/io";
import { cliRunner } from "../helpers/cli";
import { filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";

const dir = useTempDir("cchc-merge-inputs-");
const run = cliRunner(() => dir());
const at = (...p: string[]) => path.join(dir(), ...p);

interface Report {
  accepted: { file: string }[];
  rejected: { file: string; reason: string }[];
}

beforeAll(async () => {
  await mkdir(at("forms"));
  await writeFile(
    at("forms", "snv.xlsx"),
    await filledForm({ unit: "SNV", period: "2020-H1", values: { "II.2.a/HN": 2 } }),
  );
  execFileSync("mkfifo", [at("forms", "ong-dan.xlsx")]);
  await symlink("/dev/zero", at("forms", "zero.xlsx"));
  await symlink(at("forms", "khong-con.xlsx"), at("forms", "lien-ket-hong.xlsx"));
  await symlink(at("forms", "vong-b.xlsx"), at("forms", "vong-a.xlsx"));
  await symlink(at("forms", "vong-a.xlsx"), at("forms", "vong-b.xlsx"));
  // Sparse: over the cap on disk without taking the space.
  await writeFile(at("forms", "qua-lon.xlsx"), "");
  await truncate(at("forms", "qua-lon.xlsx"), MAX_INPUT_BYTES + 1);
  await mkdir(at("forms", "thu-muc-con"));
  execFileSync("mkfifo", [at("ong-rieng.xlsx")]);
}, 60_000);

test("a folder of odd entries: the merge finishes, every entry is listed with its reason", async () => {
  const r = await run(
    "merge",
    "forms",
    "--period",
    "2020-H1",
    "--out",
    "th.xlsx",
    "--json",
    "bc.json",
  );
  expect(r.code).toBe(0);
  const json = JSON.parse(await readFile(at("bc.json"), "utf8")) as Report;
  expect(json.accepted.map((a) => a.file)).toEqual(["snv.xlsx"]);
  const reason = (file: string) => json.rejected.find((x) => x.file === file)?.reason;
  expect(reason("ong-dan.xlsx")).toMatch(/là một FIFO \(ống dẫn\), không phải tệp thường/);
  expect(reason("zero.xlsx")).toMatch(/là một thiết bị \(như \/dev\/zero\)/);
  expect(reason("lien-ket-hong.xlsx")).toMatch(/liên kết tới tệp không còn tồn tại/);
  expect(reason("vong-a.xlsx")).toMatch(/liên kết vòng/);
  expect(reason("vong-b.xlsx")).toMatch(/liên kết vòng/);
  expect(reason("qua-lon.xlsx")).toMatch(/tệp 51 MB, vượt giới hạn 50 MB; không đọc/);
  expect(json.rejected).toHaveLength(6);
  expect(r.err).toContain("Bỏ qua thư mục con (không đọc đệ quy)");
  expect(r.out).toContain("Đã ghi biểu tổng hợp: th.xlsx");
});

test("a FIFO named on the command line is refused at once, not waited on", async () => {
  const r = await run(
    "merge",
    "ong-rieng.xlsx",
    "forms/snv.xlsx",
    "--period",
    "2020-H1",
    "--out",
    "th2.xlsx",
  );
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/ong-rieng.xlsx: .*là một FIFO/);
  expect(r.out).toContain("Nhận: 1 tệp; từ chối: 1 tệp");
});

test("check lists the same entries with their reasons and never hangs", async () => {
  const r = await run("check", "forms", "ong-rieng.xlsx");
  expect(r.code).toBe(1);
  for (const [file, why] of [
    ["ong-dan.xlsx", "là một FIFO"],
    ["zero.xlsx", "là một thiết bị"],
    ["lien-ket-hong.xlsx", "là liên kết tới tệp không còn tồn tại"],
    ["vong-a.xlsx", "là liên kết vòng"],
    ["qua-lon.xlsx", "tệp 51 MB, vượt giới hạn 50 MB"],
    ["ong-rieng.xlsx", "là một FIFO"],
  ])
    expect(r.out).toMatch(new RegExp(`${file}: không đọc được tệp — ${why}`));
  expect(r.out).toContain("snv.xlsx: không có lỗi");
});
