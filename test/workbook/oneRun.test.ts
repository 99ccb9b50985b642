/**
 * One user action, one Excel.run (issue 12): every pane action and ribbon command, inside Excel
 * (the fake), opens a single run, so what it reads and what it writes come from the same batch.
 */
import { actions, command, type CommandHost } from "../../src/commands/handlers";
import { sheetFormSources } from "../../src/app/formSources";
import { DEFAULT_SETTINGS, type Services } from "../../src/taskpane/services";
import { MATRIX_SHEET } from "../../src/domain/matrix";
import { cellAddress } from "../../src/domain/address";
import { encodeTcvn3 } from "../../src/domain/text";
import { OfficeWorkbook } from "../../src/workbook/office";
import { inSession } from "../../src/workbook/port";
import { type FakeExcel } from "../helpers/fakeOffice";
import { onFakeExcel } from "../helpers/officeServices";
import { filledForm } from "../browser/fixtures";

let excel: FakeExcel;
let services: Services;
onFakeExcel((e, s) => {
  excel = e;
  services = s;
});

/** The first `count` agency names of the matrix typed in TCVN3, as an old workbook has them. */
async function breakNames(count: number): Promise<string[]> {
  const port = new OfficeWorkbook(excel.run);
  const [sheet] = await port.read([{ sheet: MATRIX_SHEET }]);
  const blocks: { at: string; values: string[][] }[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (blocks.length < count && typeof v === "string" && /^Sở [^,;]+$/.test(v))
        blocks.push({ at: cellAddress(r, c), values: [[encodeTcvn3(v)]] });
    }),
  );
  await port.apply({ sheets: [{ name: MATRIX_SHEET, mode: "update", blocks }] });
  return blocks.map((b) => b.at);
}

/** Excel.run calls made by `work`. */
async function runsOf(work: () => Promise<unknown>): Promise<number> {
  const before = excel.runCount();
  await work();
  return excel.runCount() - before;
}

test("every pane action inside Excel is one Excel.run", async () => {
  const print = { ...DEFAULT_SETTINGS.print, signerName: "Nguyễn Văn A" };
  const runs: Record<string, number> = {};
  runs.insertMatrix = await runsOf(() => services.insertMatrix("vi"));
  // Again: the workbook now has its own plan and registry sheets, read in the same run.
  runs.insertMatrixAgain = await runsOf(() => services.insertMatrix("vi"));
  runs.basics = await runsOf(() => services.basics(DEFAULT_SETTINGS.deadlines));
  runs.matrixFile = await runsOf(() => services.matrixFile("vi"));
  await breakNames(2);
  let problems: Awaited<ReturnType<Services["checkAgencies"]>>["problems"] = [];
  runs.checkAgencies = await runsOf(async () => {
    problems = (await services.checkAgencies("vi")).problems;
  });
  expect(problems.length).toBeGreaterThanOrEqual(2);
  runs.fixOne = await runsOf(() => services.fixOne(problems[0], "vi"));
  runs.fixAll = await runsOf(() => services.fixAll(problems.slice(1), "vi"));
  runs.select = await runsOf(() => services.select(MATRIX_SHEET, "A1"));
  runs.tracking = await runsOf(() => services.tracking(DEFAULT_SETTINGS.deadlines, "vi"));
  runs.overdue = await runsOf(() => services.overdue());
  runs.highlightOverdue = await runsOf(() => services.highlightOverdue());
  const form = await filledForm("Sở Nội vụ", "2020-H1", "snv.xlsx", (i) => i + 1);
  runs.merge = await runsOf(() =>
    services.merge({
      files: [{ name: form.name, bytes: form.bytes, mtime: new Date(Date.UTC(2020, 5, 2)) }],
      useSheets: true,
      period: "2020-H1",
      lang: "vi",
      print,
    }),
  );
  runs.preparePrint = await runsOf(() => services.preparePrint("matrix", print, "vi"));
  expect(runs).toEqual(Object.fromEntries(Object.keys(runs).map((k) => [k, 1])));
});

test("every ribbon command is one Excel.run", async () => {
  const host: CommandHost = {
    port: async () => new OfficeWorkbook(excel.run),
    missingSets: () => [],
    lang: () => "vi",
    show: async (o) => {
      if (!o.ok) throw new Error(o.message);
    },
  };
  const event = () => ({ completed: () => {} }) as unknown as Office.AddinCommands.Event;
  await services.tracking(DEFAULT_SETTINGS.deadlines, "vi");
  const runs: Record<string, number> = {};
  for (const name of ["insertMatrix", "insertMatrix", "checkAgencies", "highlightOverdue"]) {
    runs[name + (name in runs ? "Again" : "")] = await runsOf(() =>
      command(name, actions[name], host)(event()),
    );
  }
  await new OfficeWorkbook(excel.run).select(MATRIX_SHEET, "A1");
  runs.preparePrint = await runsOf(() =>
    command("preparePrint", actions.preparePrint, host)(event()),
  );
  expect(runs).toEqual(Object.fromEntries(Object.keys(runs).map((k) => [k, 1])));
});

test("the forms copied into the workbook are read in one Excel.run", async () => {
  const port = new OfficeWorkbook(excel.run);
  await services.insertMatrix("vi");
  const runs = await runsOf(() => sheetFormSources(port));
  expect(runs).toBe(1);
});

test("a session inside a session stays in the same Excel.run; after it, its objects are dead", async () => {
  const port = new OfficeWorkbook(excel.run);
  const runs = await runsOf(() =>
    inSession(port, (outer) =>
      inSession(outer, async (inner) => {
        await inner.sheets();
        await inner.apply({ sheets: [{ name: "Ghi chú", mode: "replace" }] });
        return inner.read([{ sheet: "Ghi chú" }]);
      }),
    ),
  );
  expect(runs).toBe(1);
  expect(excel.model.sheets.map((s) => s.name)).toContain("Ghi chú");
});

describe("check, then fix: two actions, the cells read again before the fix is written", () => {
  /** The user types `text` in `cell` of the matrix, between the check and the fix. */
  const userTypes = (cell: string, text: string) =>
    new OfficeWorkbook(excel.run).apply({
      sheets: [{ name: MATRIX_SHEET, mode: "update", blocks: [{ at: cell, values: [[text]] }] }],
    });
  const valueAt = (cell: string) =>
    excel.model.sheets.find((s) => s.name === MATRIX_SHEET)?.cells.get(cell)?.value;

  // The message is in the pane's language ("Sửa tất cả" and "Sửa" are given it).
  const keptAll = {
    vi: (cell: string) =>
      `Đã sửa 1 ô; còn 1 ô cần xem lại. Giữ nguyên 1 ô đã được sửa sau lần kiểm tra (${MATRIX_SHEET}!${cell}): hãy kiểm tra lại.`,
    en: (cell: string) =>
      `Fixed 1 cells; 1 still need a look. Kept 1 cells changed since the check (${MATRIX_SHEET}!${cell}) as they are: check again.`,
  };
  const keptOne = {
    vi: (cell: string) =>
      `Ô ${MATRIX_SHEET}!${cell} đã được sửa sau lần kiểm tra nên được giữ nguyên: hãy kiểm tra lại.`,
    en: (cell: string) =>
      `Cell ${MATRIX_SHEET}!${cell} was changed since the check, so it is kept as it is: check again.`,
  };

  test.each(["vi", "en"] as const)(
    "fix all keeps a cell the user changed since the check, fixes the others and says which (%s)",
    async (lang) => {
      await services.insertMatrix(lang);
      const [first, second] = await breakNames(2);
      const { problems } = await services.checkAgencies(lang);
      const fixable = problems.filter((p) => p.safe && [first, second].includes(p.cell));
      expect(fixable).toHaveLength(2);
      await userTypes(first, "Sở Nội vụ (bản giấy)");
      await expect(services.fixAll(fixable, lang)).rejects.toThrow(keptAll[lang](first));
      expect(valueAt(first)).toBe("Sở Nội vụ (bản giấy)");
      const other = fixable.find((p) => p.cell === second)!;
      expect(valueAt(second)).toBe(other.suggestion);
    },
  );

  test.each(["vi", "en"] as const)(
    "fix one refuses a cell the user changed since the check, and writes nothing (%s)",
    async (lang) => {
      await services.insertMatrix(lang);
      const [cell] = await breakNames(1);
      const { problems } = await services.checkAgencies(lang);
      const problem = problems.find((p) => p.cell === cell)!;
      await userTypes(cell, "Sở Tư pháp");
      const syncs = excel.syncCount();
      await expect(services.fixOne(problem, lang)).rejects.toThrow(keptOne[lang](cell));
      expect(valueAt(cell)).toBe("Sở Tư pháp");
      // Nothing was written: the run listed the sheets and read the matrix, no write sync.
      expect(excel.syncCount() - syncs).toBe(2);
    },
  );
});
