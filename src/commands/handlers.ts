/**
 * The ribbon's function commands by the FunctionName the manifest gives them. Each runs a
 * use-case through the Office.js adapter; the app modules load on first use (they carry the
 * xlsx libraries for their file variants, which a ribbon click never needs up front).
 */
import { langFromLocale, translate, type Lang } from "../i18n";
import { requirementSetsSupported } from "../workbook/office/requirements";
import type { WorkbookPort } from "../workbook/port";

type Handler = (event: Office.AddinCommands.Event) => Promise<void>;

export interface CommandHost {
  port: () => Promise<WorkbookPort>;
  /** Requirement sets this Excel lacks; a command does not start without them. */
  missingSets: () => string[];
  lang: () => Lang;
  /** Where a failure is told to the user (the function file has no UI of its own). */
  report: (message: string) => void;
}

const officeHost: CommandHost = {
  port: async () => new (await import("../workbook/office")).OfficeWorkbook(),
  missingSets: () => requirementSetsSupported().missing,
  lang: () =>
    langFromLocale(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined),
  report: (message) => console.error(message),
};

/**
 * Runs a command and completes the event whatever happens, so Excel never waits; a failure is
 * reported (not swallowed) before completing.
 */
export function command(work: (host: CommandHost) => Promise<void>, host = officeHost): Handler {
  return async (event) => {
    try {
      const missing = host.missingSets();
      if (missing.length > 0) {
        throw new Error(
          translate(host.lang(), "taskpane.requirements.missing", { sets: missing.join(", ") }),
        );
      }
      await work(host);
    } catch (e) {
      host.report(e instanceof Error ? e.message : String(e));
    } finally {
      event.completed();
    }
  };
}

async function builtIns() {
  const [{ plan2020 }, { yenBai2020 }] = await Promise.all([
    import("../domain/plan"),
    import("../domain/registry"),
  ]);
  return { plan: plan2020, registry: yenBai2020 };
}

export const actions: Record<string, (host: CommandHost) => Promise<void>> = {
  insertMatrix: async (host) => {
    const [{ insertMatrix }, { workbookPlan }] = await Promise.all([
      import("../app/matrix"),
      import("../app/plan"),
    ]);
    const port = await host.port();
    // The workbook's own plan when it has one, as the pane does.
    await insertMatrix(port, { ...(await workbookPlan(port, host.lang())), lang: host.lang() });
  },
  checkAgencies: async (host) => {
    const { checkAgencies } = await import("../app/checkAgencies");
    const { registry } = await builtIns();
    await checkAgencies(await host.port(), { registry, lang: host.lang() });
  },
  highlightOverdue: async (host) => {
    const { highlightOverdue } = await import("../app/overdue");
    await highlightOverdue(await host.port());
  },
  preparePrint: async (host) => {
    const { preparePrint } = await import("../app/preparePrint");
    await preparePrint(await host.port(), { lang: host.lang() });
  },
};

export const handlers: Record<string, Handler> = Object.fromEntries(
  Object.entries(actions).map(([name, work]) => [name, command(work)]),
);
