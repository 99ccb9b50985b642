/**
 * `cchc check` never suggests a name that is not in the registry: over the 1,500 recorded messy
 * cells (legacy fonts, missing marks, typos, abbreviations, several agencies a cell) typed into a
 * matrix, and over report forms of 2020 and 2021 signed with the office's variants and near
 * misses, every name the check proposes (the fix, and the "gần giống" near names) is the
 * registry's name of a unit as in the document's period.
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkWorkbookFile } from "../../src/app/files/check";
import { catalogues } from "../../src/i18n";
import { nameOn, yenBai2020 } from "../../src/domain/registry";
import { findPeriod } from "../../src/domain/schedule";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { cliRunner } from "../helpers/cli";
import { filledForm } from "../helpers/forms";
import { useTempDir } from "../helpers/tmp";

const dir = useTempDir("cchc-suggest-");
const run = cliRunner(() => dir());
const at = (...p: string[]) => path.join(dir(), ...p);

type Line = [string, string | null, string | null, string, unknown[][]];
const recorded: Line[] = readFileSync(
  path.join(__dirname, "../domain/matcher-golden.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((l) => l !== "")
  .map((l) => JSON.parse(l) as Line);

/** The registry's names of its units on a day. */
const namesOn = (day: string) => new Set(yenBai2020.agencies.map((a) => nameOn(a, day)));
const dueOf = (period: string) => findPeriod(period)!.nominalDue;

const REASONS = Object.entries(catalogues.vi)
  .filter(([k]) => k.startsWith("text.reason."))
  .map(([, v]) => v);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const REASON = `(?:${REASONS.map(escape).join("|")})`;
/** "gợi ý: NAME (REASON; REASON); open parts…": the name, without the catalogue's reasons. */
const SUGGEST = new RegExp(`^gợi ý: (.*?)(?: \\(${REASON}(?:; ${REASON})*\\))?(?:; .*)?$`);

/** Names a printed line proposes: the suggestion (one-agency cells) and the near names. */
function proposed(line: string): string[] {
  const detail = line.slice(line.lastIndexOf(" — ") + 3);
  const out: string[] = [];
  const suggest = SUGGEST.exec(detail);
  if (suggest) out.push(suggest[1].trim().replace(/[.;,]$/, ""));
  for (const near of detail.matchAll(/gần giống: ((?:“[^”]*”(?:, )?)+)\)/g))
    for (const q of near[1].matchAll(/“([^”]*)”/g)) out.push(q[1]);
  return out;
}

async function writeMatrixOf(file: string, cells: Line[]) {
  const wb = XlsxWorkbook.create();
  const values = [
    ["Mã nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"],
    ...cells.map((c, i) => [`T.${i + 1}`, c[0], null]),
  ];
  const formats = cells.flatMap((c, i) =>
    c[1] ? [{ range: `B${i + 2}`, format: { fontName: c[1] } }] : [],
  );
  await wb.apply({
    sheets: [{ name: "Ma trận", mode: "create", blocks: [{ at: "A1", values }], formats }],
  });
  await writeFile(file, await wb.toBuffer());
}

test("1,500 recorded messy cells: every fix and near name the check proposes is a registry name", async () => {
  const file = at("ma-tran.xlsx");
  await writeMatrixOf(file, recorded);
  const result = checkWorkbookFile(new Uint8Array(readFileSync(file)), { registry: yenBai2020 });
  const allowed = namesOn("2020-06-05");
  const proposedNames = result.problems.flatMap((p) =>
    p.parts.flatMap((part) => [...(part.fix ? [part.fix] : []), ...part.alternatives]),
  );
  // The check proposes something for most of them (it would pass vacuously otherwise).
  expect(proposedNames.length).toBeGreaterThan(800);
  expect(proposedNames.filter((n) => !allowed.has(n))).toEqual([]);
}, 120_000);

test("what `cchc check` prints for one-agency cells: only registry names", async () => {
  // The cells the matcher reads as one agency, so the printed suggestion is one name.
  const single = recorded.filter((c) => c[4].length === 1);
  await mkdir(at("one"));
  await writeMatrixOf(at("one", "ma-tran-1.xlsx"), single);
  const r = await run("check", "one");
  const lines = r.out.split("\n").filter((l) => l.includes(" — "));
  expect(lines.length).toBeGreaterThan(300);
  const names = lines.flatMap(proposed);
  expect(names.length).toBeGreaterThan(300);
  const allowed = namesOn("2020-06-05");
  expect(names.filter((n) => !allowed.has(n))).toEqual([]);
}, 120_000);

test("forms: the office's names and near misses get the name in force in the form's period", async () => {
  const variants = [
    "Văn phòng UBND tỉnh",
    "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
    "VP Đoàn ĐBQH, HĐND và UBND tỉnh",
    "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Yên Bái",
    "Van phong UBND tinh",
    "Văn phòng UBNDD tỉnh",
    "VP Doan DBQH, HDND va UBND tinh",
  ];
  await mkdir(at("forms"));
  for (const period of ["2020-H1", "2021-Q1"])
    for (const [i, unitText] of variants.entries())
      await writeFile(
        at("forms", `vp-${period}-${i}.xlsx`),
        await filledForm({ unit: "VP-UBND", period, unitText }),
      );
  const r = await run("check", "forms");
  const lines = r.out.split("\n").filter((l) => l.includes(" — ") && !l.includes("Tổng hợp"));
  for (const period of ["2020-H1", "2021-Q1"]) {
    const allowed = namesOn(dueOf(period));
    const own = lines.filter((l) => l.includes(`vp-${period}-`));
    const names = own.flatMap(proposed);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !allowed.has(n))).toEqual([]);
  }
  // The name in force, not the other one, is what each period's form is told to read.
  const office2020 = "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh";
  const line = (file: string) => lines.find((l) => l.includes(`${file} › `)) ?? "";
  expect(proposed(line("vp-2020-H1-0.xlsx"))).toEqual([office2020]);
  expect(proposed(line("vp-2021-Q1-1.xlsx"))).toEqual(["Văn phòng UBND tỉnh"]);
  // From 2021 the 2020 name is the office's former name, and the check says so.
  expect(line("vp-2021-Q1-1.xlsx")).toContain("(Tên cũ của cơ quan)");
  // Each period's own name is clean.
  expect(line("vp-2020-H1-1.xlsx")).toBe("");
  expect(line("vp-2021-Q1-0.xlsx")).toBe("");
}, 180_000);
