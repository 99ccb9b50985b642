/**
 * The end-to-end suite's in-Excel half: loaded as the task pane of a new workbook in desktop
 * Excel (scripts/test-e2e.mjs sideloads it), it runs each ribbon command and pane action through
 * the real Office.js, checks what they left in the workbook, and sends the results to
 * office-addin-test-server. Type-checked and linted with the rest; only Excel runs it.
 */
import { sendTestResults } from "office-addin-test-helpers";
import { actions, type CommandHost } from "../../src/commands/handlers";
import type { Outcome } from "../../src/commands/outcome";
import { highlightOverdue } from "../../src/app/overdue";
import { mergeIntoWorkbook } from "../../src/app/merge";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { MATRIX_SHEET } from "../../src/domain/matrix/layout";
import { REGISTRY_SHEET } from "../../src/domain/registry/sheet";
import { SUMMARY_SHEETS } from "../../src/domain/rollup";
import { buildTrackingEdit, TRACKING_SHEET } from "../../src/domain/tracking";
import { DEFAULT_HOLIDAYS, DEFAULT_SCHEDULE, DEFAULT_SETTINGS } from "../../src/domain/schedule";
import { OfficeWorkbook } from "../../src/workbook/office";
import { CHECKS, type CheckResult } from "./checks";

const PORT = 4201;

/** A ribbon command as Excel runs it, with the outcome it would show. */
async function ribbon(name: string): Promise<Outcome> {
  let shown: Outcome | undefined;
  const host: CommandHost = {
    port: async () => new OfficeWorkbook(),
    missingSets: () => [],
    lang: () => "vi",
    show: async (o) => {
      shown = o;
    },
  };
  try {
    shown = { ok: true, message: await actions[name](host) };
  } catch (e) {
    shown = { ok: false, message: (e as Error).message };
  }
  return shown;
}

async function sheetNames(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

async function pageSetup(sheet: string): Promise<{ paper: string; titles: boolean }> {
  return Excel.run(async (context) => {
    const page = context.workbook.worksheets.getItem(sheet).pageLayout;
    page.load("paperSize");
    const titles = page.getPrintTitleRowsOrNullObject();
    titles.load("address");
    await context.sync();
    return { paper: page.paperSize, titles: !titles.isNullObject };
  });
}

async function run(): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const check = async (name: (typeof CHECKS)[number], f: () => Promise<[boolean, string]>) => {
    try {
      const [ok, detail] = await f();
      results.push({ name, ok, detail });
    } catch (e) {
      results.push({ name, ok: false, detail: `threw: ${(e as Error).message}` });
    }
  };
  const port = new OfficeWorkbook();

  await check(CHECKS[0], async () => {
    const o = await ribbon("insertMatrix");
    const names = await sheetNames();
    return [o.ok && names.includes(MATRIX_SHEET) && names.includes(REGISTRY_SHEET), o.message];
  });
  await check(CHECKS[1], async () => {
    const o = await ribbon("checkAgencies");
    return [o.ok && /: 0 lỗi/.test(o.message), o.message];
  });
  await check(CHECKS[2], async () => {
    const o = await ribbon("preparePrint");
    const page = await pageSetup(MATRIX_SHEET);
    return [o.ok && page.paper === "A4" && page.titles, `${o.message} (${page.paper})`];
  });
  await check(CHECKS[3], async () => {
    const o = await ribbon("highlightOverdue");
    return [!o.ok && o.message.includes(TRACKING_SHEET), o.message];
  });
  await check(CHECKS[4], async () => {
    await port.apply(
      buildTrackingEdit({
        year: 2020,
        reporters: yenBai2020.agencies.slice(0, 5).map((a) => ({ code: a.code, name: a.name })),
        schedule: DEFAULT_SCHEDULE,
        holidays: DEFAULT_HOLIDAYS,
        settings: DEFAULT_SETTINGS,
        today: "2020-06-10",
      }),
    );
    const r = await highlightOverdue(port, { today: "2020-06-10" });
    return [r.units.length > 0, `${r.units.length} overdue in ${r.periodName}`];
  });
  await check(CHECKS[5], async () => {
    await mergeIntoWorkbook(port, {
      period: "2020-H1",
      plan: plan2020,
      registry: yenBai2020,
      sheets: true,
    });
    const names = await sheetNames();
    return [names.includes(SUMMARY_SHEETS.missing), names.join(", ")];
  });
  return results;
}

Office.onReady(async () => {
  const results = await run();
  await sendTestResults({ results }, PORT);
});
