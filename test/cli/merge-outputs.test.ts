/**
 * `cchc merge` never writes over what it reads (issue 13, findings 1, 2 and 10): outputs are
 * checked by device and inode before anything is read, written atomically (a failed write
 * leaves every earlier file as it was), and two writers of one file do not interleave.
 */
import { link, mkdir, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { writeFaults } from "../../src/cli/io";
import { TRACKING_SHEET } from "../../src/domain/tracking";
import { readWorkbookFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import { cliRunner } from "../helpers/cli";
import { filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";
import { tracking2020 } from "../helpers/tracking";

const dir = useTempDir("cchc-merge-outputs-");
const run = cliRunner(() => dir());
const at = (...p: string[]) => path.join(dir(), ...p);
const bytes = (...p: string[]) => readFile(at(...p));
const HN = "II.2.a/HN";
const merge = (...options: string[]) => run("merge", "forms", "--period", "2020-H1", ...options);

/** The next write of a file ending in `suffix` fails as on a full disk. */
const diskFullOn = (suffix: string) => {
  writeFaults.inject = (target) =>
    target.endsWith(suffix) ? Object.assign(new Error("no space"), { code: "ENOSPC" }) : undefined;
};

/** Every file under the temp folder with its bytes: what "nothing was lost" compares. */
async function snapshot(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile())
        out.set(path.relative(dir(), full), (await readFile(full)).toString("base64"));
    }
  };
  await walk(dir());
  return out;
}

beforeAll(async () => {
  await mkdir(at("forms"));
  await writeFile(
    at("forms", "bao-cao-2020-H1-BDT.xlsx"),
    await filledForm({ unit: "BDT", period: "2020-H1", values: { [HN]: 4 } }),
  );
  await writeFile(
    at("forms", "snv.xlsx"),
    await filledForm({ unit: "SNV", period: "2020-H1", values: { [HN]: 2 } }),
  );
  const tracking = XlsxWorkbook.create();
  await tracking.apply(tracking2020({ today: "2020-06-10" }));
  await writeFile(at("theo-doi.xlsx"), await tracking.toBuffer());
  await symlink(at("forms", "snv.xlsx"), at("link-to-form.xlsx"));
  await link(at("forms", "snv.xlsx"), at("hard-link.xlsx"));
  await symlink(at("theo-doi.xlsx"), at("link-to-tracking.xlsx"));
  await mkdir(at("a-folder"));
}, 60_000);

afterEach(() => {
  writeFaults.inject = undefined;
});

describe("an output that is an input is refused before anything is read (finding 1)", () => {
  test.each([
    [
      ["--out", "forms/bao-cao-2020-H1-BDT.xlsx"],
      /--out forms\/bao-cao-2020-H1-BDT.xlsx nằm trong thư mục đầu vào/,
    ],
    [
      ["--out", "x.xlsx", "--json", "forms/snv.xlsx"],
      /--json forms\/snv.xlsx nằm trong thư mục đầu vào/,
    ],
    [["--out", "link-to-form.xlsx"], /--out trỏ vào tệp đầu vào/],
    [["--out", "hard-link.xlsx"], /--out trỏ vào tệp đầu vào/],
    [["--out", "same.xlsx", "--json", "same.xlsx"], /--json và --out trỏ vào cùng một tệp/],
    [
      ["--out", "link-to-tracking.xlsx", "--received", "theo-doi.xlsx"],
      /--received và --out trỏ vào cùng một tệp/,
    ],
    [
      ["--out", "forms/theo-doi.xlsx", "--received", "forms/snv.xlsx"],
      /--received forms\/snv.xlsx nằm trong thư mục đầu vào/,
    ],
  ])("%j: exit 2, a message naming the file, every file unchanged", async (extra, message) => {
    const before = await snapshot();
    const r = await merge(...extra);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).not.toContain("[1/"); // no form was read
    expect(await snapshot()).toEqual(before);
  });

  test("a form named on the command line and given as --out through a link is refused", async () => {
    const before = await snapshot();
    const r = await run(
      "merge",
      "hard-link.xlsx",
      "--period",
      "2020-H1",
      "--out",
      "forms/snv.xlsx",
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out trỏ vào tệp đầu vào .*snv.xlsx/);
    expect(await snapshot()).toEqual(before);
  });

  test("the summary of an earlier run in the input folder is written again, and said so", async () => {
    const first = await merge("--out", "forms/tong-hop.xlsx");
    expect(first.code).toBe(0);
    const again = await merge("--out", "forms/tong-hop.xlsx");
    expect(again.code).toBe(0);
    expect(again.err).toContain("Bỏ qua forms/tong-hop.xlsx: kết quả của lần chạy trước");
    expect(again.out).toContain("2 tệp đầu vào");
  });
});

describe("outputs that cannot be written are found first (finding 10)", () => {
  test.each([
    [["--out", "a-folder"], /--out a-folder là một thư mục/],
    [["--out", "forms/snv.xlsx/x.xlsx"], /Thư mục để ghi .*snv.xlsx\/x.xlsx không tồn tại/],
    [
      ["--out", "ok.xlsx", "--json", "khong-co/bc.json"],
      /Thư mục để ghi .*khong-co\/bc.json không tồn tại/,
    ],
  ])("%j: exit 2 in Vietnamese before any form is read", async (extra, message) => {
    const before = await snapshot();
    const r = await merge(...extra);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).not.toContain("[1/");
    expect(await snapshot()).toEqual(before);
  });

  test("the JSON write fails: the summary written before is not replaced either", async () => {
    const ok = await merge("--out", "th.xlsx", "--json", "bc.json");
    expect(ok.code).toBe(0);
    await writeFile(
      at("forms", "stp.xlsx"),
      await filledForm({ unit: "STP", period: "2020-H1", values: { [HN]: 9 } }),
    );
    const before = await snapshot();
    diskFullOn("bc.json");
    const r = await merge("--out", "th.xlsx", "--json", "bc.json");
    expect(r.code).toBe(1);
    expect(r.err).toContain("Không ghi được bc.json: đĩa đầy. Không tệp kết quả nào bị thay");
    expect(r.out).not.toContain("Đã ghi");
    expect(await snapshot()).toEqual(before); // no temporary file left either
    expect(readWorkbookFile(await bytes("th.xlsx")).sheets.length).toBeGreaterThan(1);
  });
});

describe("writes are atomic and serialised (finding 2)", () => {
  test("disk full while updating the tracking workbook: it keeps every byte", async () => {
    const before = await snapshot();
    diskFullOn("theo-doi.xlsx");
    const r = await merge("--out", "th2.xlsx", "--received", "theo-doi.xlsx");
    expect(r.code).toBe(1);
    expect(r.err).toContain("Không ghi được theo-doi.xlsx: đĩa đầy");
    expect(await snapshot()).toEqual(before);
    expect(readWorkbookFile(await bytes("theo-doi.xlsx")).sheets.map((s) => s.name)).toContain(
      TRACKING_SHEET,
    );
  });

  test("the tracking workbook is replaced whole, with the previous version beside it", async () => {
    const old = await bytes("theo-doi.xlsx");
    const r = await merge("--out", "th3.xlsx", "--received", "theo-doi.xlsx");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "Bản sao bảng theo dõi trước khi cập nhật: theo-doi.truoc-cap-nhat.xlsx",
    );
    expect(await bytes("theo-doi.truoc-cap-nhat.xlsx")).toEqual(old);
    expect(await bytes("theo-doi.xlsx")).not.toEqual(old);
    expect(readWorkbookFile(await bytes("theo-doi.xlsx")).sheets.map((s) => s.name)).toContain(
      TRACKING_SHEET,
    );
  });

  test("two merges writing the same --out at once: one writes, the other refuses", async () => {
    const argv = ["merge", "forms", "--period", "2020-H1", "--out", "both.xlsx"];
    const [a, b] = await Promise.all([run(...argv), run(...argv)]);
    const codes = [a.code, b.code].sort();
    expect(codes).toEqual([0, 2]);
    const refused = a.code === 2 ? a : b;
    expect(refused.err).toMatch(/both.xlsx đang được một lệnh cchc khác ghi/);
    expect(readWorkbookFile(await bytes("both.xlsx")).sheets[0].name).toBe("Tổng hợp 2020-H1");
    expect((await readdir(dir())).filter((n) => n.startsWith(".cchc-"))).toEqual([]);
  });

  test("a lock left by a process that has ended is taken over", async () => {
    await writeFile(at(".cchc-stale.xlsx.lock"), "999999999\n");
    const r = await merge("--out", "stale.xlsx");
    expect(r.code).toBe(0);
    expect((await readdir(dir())).filter((n) => n.startsWith(".cchc-"))).toEqual([]);
  });
});
