import {
  DEFAULT_HOLIDAYS,
  deadline,
  formatVi,
  periodsForYear,
  type DeadlineSettings,
} from "../../src/domain/schedule";
import { cliRunner } from "../helpers/cli";

const run = cliRunner(() => __dirname);

const FLAGS: [string[], DeadlineSettings][] = [
  [[], { fifthOnTime: false, shiftOffDays: true }],
  [["--fifth-on-time"], { fifthOnTime: true, shiftOffDays: true }],
  [["--no-shift"], { fifthOnTime: false, shiftOffDays: false }],
  [["--fifth-on-time", "--no-shift"], { fifthOnTime: true, shiftOffDays: false }],
];

describe("cchc schedule --json", () => {
  test("the contract's example: 2021-Q3 is due Monday 2021-09-06", async () => {
    const { code, out, err } = await run("schedule", "--year", "2021", "--json");
    expect(code).toBe(0);
    expect(err).toBe("");
    const rows = JSON.parse(out);
    expect(rows).toContainEqual({
      period: "2021-Q3",
      name: "Quý III năm 2021",
      deadline: "2021-09-06",
    });
    expect(rows.map((r: { period: string }) => r.period)).toEqual([
      "2021-Q1",
      "2021-H1",
      "2021-Q3",
      "2021-Y",
    ]);
  });

  for (const [flags, settings] of FLAGS)
    test(`2020–2027 ${flags.join(" ") || "(default)"}: the domain's deadlines`, async () => {
      for (let year = 2020; year <= 2027; year++) {
        const { code, out } = await run("schedule", "--year", String(year), "--json", ...flags);
        expect(code).toBe(0);
        expect(JSON.parse(out)).toEqual(
          periodsForYear(year).map((p) => ({
            period: p.code,
            name: p.name,
            deadline: deadline(p, settings, DEFAULT_HOLIDAYS),
          })),
        );
      }
    });

  test("the two flags change 2022's dates as the rules say", async () => {
    const dates = async (...flags: string[]) =>
      JSON.parse((await run("schedule", "--year=2022", "--json", ...flags)).out).map(
        (r: { deadline: string }) => r.deadline,
      );
    expect(await dates()).toEqual(["2022-03-04", "2022-06-06", "2022-09-05", "2022-11-04"]);
    expect(await dates("--fifth-on-time")).toEqual([
      "2022-03-07",
      "2022-06-06",
      "2022-09-05",
      "2022-11-07",
    ]);
    expect(await dates("--no-shift")).toEqual([
      "2022-03-04",
      "2022-06-04",
      "2022-09-04",
      "2022-11-04",
    ]);
  });

  test("--plan and --registry are accepted and change nothing", async () => {
    const plain = await run("schedule", "--year", "2023", "--json");
    const withFiles = await run(
      "schedule",
      "--year",
      "2023",
      "--json",
      "--plan",
      "p.xlsx",
      "--registry",
      "r.xlsx",
    );
    expect(withFiles.code).toBe(0);
    expect(withFiles.out).toBe(plain.out);
  });

  test("a year outside the holiday table warns on stderr and keeps stdout JSON", async () => {
    const { code, out, err } = await run("schedule", "--year", "2031", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(4);
    expect(err).toContain("2031");
  });
});

describe("cchc schedule (text)", () => {
  test("a Vietnamese table with dd/mm/yyyy dates and why a deadline moved", async () => {
    const { code, out } = await run("schedule", "--year", "2023");
    expect(code).toBe(0);
    expect(out).toContain("Lịch báo cáo định kỳ năm 2023");
    expect(out).toContain("Ngày cuối cùng nộp đúng hạn");
    const q3 = out.split("\n").find((l) => l.startsWith("2023-Q3"))!;
    expect(q3).toContain("Quý III năm 2023");
    expect(q3).toContain("trước ngày 05/09/2023");
    expect(q3).toContain("Thứ Ba, 05/09/2023");
    expect(q3).toContain("Nghỉ bù Quốc khánh");
    for (const p of periodsForYear(2023))
      expect(out).toContain(
        formatVi(deadline(p, { fifthOnTime: false, shiftOffDays: true }, DEFAULT_HOLIDAYS)),
      );
  });

  test("English with --lang en", async () => {
    const { code, out } = await run("schedule", "--year", "2021", "--lang", "en");
    expect(code).toBe(0);
    expect(out).toContain("Reporting schedule for 2021");
    expect(out).toContain("Last on-time day");
    const q3 = out.split("\n").find((l) => l.startsWith("2021-Q3"))!;
    expect(q3).toContain("Monday 06/09/2021");
    expect(q3).toContain("04/09/2021 (Saturday)");
    expect(out).not.toContain("Hạn cuối");
  });
});

describe("cchc schedule: bad usage exits 2", () => {
  test.each([
    [["schedule"]],
    [["schedule", "--year", "21"]],
    [["schedule", "--year", "năm"]],
    [["schedule", "--year", "2021", "--yaer", "2"]],
    [["schedule", "--year", "2021", "extra"]],
  ])("%j", async (argv) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("cchc schedule --year Y");
  });
});
