/**
 * `cchc track`: the tracking sheet of the expected reporters. LibreOffice recalculates a sheet
 * written with `--today 2020-06-10` (received dates typed in afterwards, as a coordinator
 * would) and its statuses equal the domain's for every unit and period; overdueUnits reads the
 * same file to the same answer.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { overdueUnits } from "../../src/app/overdue";
import { TRACKING_SHEET } from "../../src/domain/tracking";
import { columnLetter } from "../../src/domain/address";
import { expectedReporters, yenBai2020 } from "../../src/domain/registry";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SETTINGS,
  STATUS_TEXT,
  deadline,
  parseDateCell,
  periodsForYear,
  statusFor,
  toUtcDate,
} from "../../src/domain/schedule";
import { XlsxWorkbook, readWorkbookFile } from "../../src/workbook/xlsx";
import { recalculate } from "../helpers/libreoffice";
import { useTempDir } from "../helpers/tmp";
import { cliRunner } from "../helpers/cli";

const dir = useTempDir("cchc-track-");

const run = cliRunner(() => dir());

const TODAY = "2020-06-10";
const FIRST_ROW = 9;
/** Column of the received date of period p (0-based period index). */
const receivedCol = (p: number) => columnLetter(3 + 3 * p + 1);

/** Received dates around the deadlines: on time, late, or none, varying by unit and period. */
function receivedFor(units: { name: string }[]) {
  const dates: Record<string, Record<string, string>> = {};
  const choices: Record<string, (string | null)[]> = {
    "2020-Q1": ["2020-03-02", "2020-03-04", "2020-03-05", "2020-04-20", null],
    "2020-H1": ["2020-06-01", "2020-06-04", "2020-06-08", null, null],
  };
  units.forEach((u, i) => {
    for (const [code, list] of Object.entries(choices)) {
      const d = list[i % list.length];
      if (d) (dates[u.name] ??= {})[code] = d;
    }
  });
  return dates;
}

describe("cchc track", () => {
  test("LibreOffice computes the same statuses as the domain, for every unit and period", async () => {
    const r = await run("track", "--year", "2020", "--out", "theo-doi.xlsx", "--today", TODAY);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      "Đã ghi bảng theo dõi năm 2020 cho 28 đơn vị: theo-doi.xlsx\nNgày tham chiếu cố định: 10/06/2020",
    );

    // The coordinator types received dates into the file.
    const units = expectedReporters(yenBai2020);
    const received = receivedFor(units);
    const periods = periodsForYear(2020);
    const wb = await XlsxWorkbook.load(
      new Uint8Array(await readFile(path.join(dir(), "theo-doi.xlsx"))),
    );
    const blocks = units.flatMap((u, i) =>
      periods.flatMap((p, pi) => {
        const d = received[u.name]?.[p.code];
        return d ? [{ at: `${receivedCol(pi)}${FIRST_ROW + i}`, values: [[toUtcDate(d)]] }] : [];
      }),
    );
    await wb.apply({ sheets: [{ name: TRACKING_SHEET, mode: "update", blocks }] });
    const filled = path.join(dir(), "filled.xlsx");
    await writeFile(filled, await wb.toBuffer());

    const recalculated = await recalculate(filled);
    const data = readWorkbookFile(new Uint8Array(await readFile(recalculated))).data(
      TRACKING_SHEET,
    );
    const at = (addr: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
      const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return data.values[Number(m[2]) - 1]?.[col] ?? null;
    };

    const seen = new Set<string>();
    units.forEach((u, i) => {
      const row = FIRST_ROW + i;
      expect(at(`C${row}`)).toBe(u.name);
      periods.forEach((p, pi) => {
        const due = deadline(p, DEFAULT_SETTINGS, DEFAULT_HOLIDAYS);
        const want = STATUS_TEXT[statusFor(due, received[u.name]?.[p.code], TODAY)];
        seen.add(want);
        const deadlineCell = `${columnLetter(3 + 3 * pi)}${row}`;
        const statusCell = `${columnLetter(3 + 3 * pi + 2)}${row}`;
        expect([u.name, p.code, parseDateCell(at(deadlineCell)), at(statusCell)]).toEqual([
          u.name,
          p.code,
          due,
          want,
        ]);
      });
    });
    // Every status occurs, so the comparison covered each branch of the formula.
    expect(seen).toEqual(new Set(Object.values(STATUS_TEXT)));

    // The add-in's reading of the same file: the units LibreOffice marks overdue for 2020-H1.
    const result = await overdueUnits(
      await XlsxWorkbook.load(new Uint8Array(await readFile(recalculated))),
    );
    expect(result.today).toBe(TODAY);
    expect(result.period).toBe("2020-H1");
    const h1 = columnLetter(3 + 3 * 1 + 2);
    const marked = units.filter((_, i) => at(`${h1}${FIRST_ROW + i}`) === STATUS_TEXT.overdue);
    expect(marked.length).toBeGreaterThan(0);
    expect(result.units.map((u) => u.name)).toEqual(marked.map((u) => u.name));
  }, 120_000);

  test("--today takes dd/mm/yyyy too; without it the sheet follows =TODAY()", async () => {
    const r = await run("track", "--year", "2020", "--out", "vn.xlsx", "--today", "10/06/2020");
    expect(r.code).toBe(0);
    const vn = readWorkbookFile(new Uint8Array(await readFile(path.join(dir(), "vn.xlsx")))).data(
      TRACKING_SHEET,
    );
    expect(parseDateCell(vn.values[2][2])).toBe(TODAY);

    const live = await run("track", "--year", "2021", "--out", "live.xlsx");
    expect(live.out).toContain("=TODAY()");
    const data = readWorkbookFile(
      new Uint8Array(await readFile(path.join(dir(), "live.xlsx"))),
    ).data(TRACKING_SHEET);
    expect(data.formulas?.[2][2]).toBe("=TODAY()");
    expect(data.values[6][3]).toBe("Quý I năm 2021 (2021-Q1)");
  });

  test("a year without holidays in the table is said on stderr", async () => {
    const r = await run("track", "--year", "2031", "--out", "y2031.xlsx");
    expect(r.code).toBe(0);
    expect(r.err).toContain("không có ngày nào của năm 2031");
  });

  test.each([
    [["--year", "20", "--out", "x.xlsx"], "Thiếu hoặc sai --year"],
    [["--out", "x.xlsx"], "Thiếu hoặc sai --year"],
    [["--year", "2020"], "Thiếu --out"],
    [
      ["--year", "2020", "--out", "x.xlsx", "--today", "31/02/2020"],
      "Ngày “31/02/2020” không đúng",
    ],
    [["--year", "2020", "--out", "x.xlsx", "--today", "mai"], "Ngày “mai” không đúng"],
  ])("bad usage %j exits 2", async (args, message) => {
    const r = await run("track", ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  test("--lang en", async () => {
    const r = await run(
      "track",
      "--year",
      "2020",
      "--out",
      "en.xlsx",
      "--today",
      TODAY,
      "--lang",
      "en",
    );
    expect(r.out).toBe(
      "Wrote the 2020 tracking sheet for 28 units: en.xlsx\nFixed reference date: 10/06/2020",
    );
  });
});

test("2025, recalculated by LibreOffice on 10/09/2025: no district is overdue for 2025-Q3", async () => {
  const r = await run(
    "track",
    "--year",
    "2025",
    "--today",
    "2025-09-10",
    "--out",
    "theo-doi-2025.xlsx",
  );
  expect(r.code).toBe(0);
  const file = await recalculate(path.join(dir(), "theo-doi-2025.xlsx"));
  const values = readWorkbookFile(new Uint8Array(await readFile(file))).data(TRACKING_SHEET).values;
  // Row 7: period headers over (Hạn nộp, Ngày nhận, Tình trạng); units from row 9.
  const header = values[6];
  const col = (code: string) =>
    header.findIndex((v) => typeof v === "string" && v.includes(`(${code})`)) + 2;
  const districts = yenBai2020.agencies.filter((a) => a.group === "district").map((a) => a.name);
  const rows = values.filter((row) => districts.includes(String(row[2])));
  expect(rows).toHaveLength(9);
  for (const row of rows) {
    // 2025-H1 fell due while the district existed: unsent, it is overdue on 10/09/2025.
    expect([row[2], row[col("2025-H1")]]).toEqual([row[2], STATUS_TEXT.overdue]);
    // 2025-Q3 falls due after 30/06/2025: not owed, never "Quá hạn".
    expect([row[2], row[col("2025-Q3")]]).toEqual([row[2], "Không phải báo cáo"]);
  }
  const q3 = values.map((row) => row[col("2025-Q3")]);
  expect(q3).not.toContain(STATUS_TEXT.overdue);
  // Nobody is expected for 2025-Q3 with the built-in registry: the reporting rate says so
  // (never #DIV/0! nor a 0% that reads as nobody sent); the on-time rate stays blank.
  const rateRow = values.findIndex((row) => String(row[2]).startsWith("Tỷ lệ gửi báo cáo"));
  expect(values[rateRow][col("2025-Q3")]).toBe("Không có đơn vị nào phải báo cáo kỳ 2025-Q3.");
  expect(values[rateRow + 1][col("2025-Q3")] ?? "").toBe("");
  // 2025-H1 was owed by all 28 and nobody sent: a true 0%.
  expect(values[rateRow][col("2025-H1")]).toBe(0);
}, 240_000);
