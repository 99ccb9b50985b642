/**
 * The ribbon's function commands by the FunctionName the manifest gives them. Each runs a
 * use-case through the Office.js adapter and ends with its outcome shown in a dialog: counts on
 * success, the reason on failure, in the user's language. The app modules load on first use
 * (they carry the xlsx libraries for their file variants, which a ribbon click never needs).
 */
import { langFromLocale, translate, type Lang } from "../i18n";
import { requirementSetsSupported } from "../workbook/office/requirements";
import { inSession, type WorkbookPort } from "../workbook/port";
import { outcomeUrl, showOutcome, type Outcome } from "./outcome";

type Handler = (event: Office.AddinCommands.Event) => Promise<void>;

export interface CommandHost {
  port: () => Promise<WorkbookPort>;
  /** Requirement sets this Excel lacks; a command does not start without them. */
  missingSets: () => string[];
  lang: () => Lang;
  /** Shows the outcome to the user; resolves once they have seen it (the dialog is closed). */
  show: (outcome: Outcome) => Promise<void>;
}

const officeHost: CommandHost = {
  port: async () => new (await import("../workbook/office")).OfficeWorkbook(),
  missingSets: () => requirementSetsSupported().missing,
  lang: () =>
    langFromLocale(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined),
  show: (outcome) =>
    showOutcome(Office.context.ui, outcomeUrl(window.location.href, outcome, officeHost.lang())),
};

/** A command's work: returns what to tell the user on success; throws with the reason. */
export type Action = (host: CommandHost) => Promise<string>;

/**
 * Runs a command, shows its outcome, and completes the event whatever happens, so Excel never
 * waits. If even the dialog cannot open, the outcome goes to the console: there is nowhere else.
 */
export function command(name: string, work: Action, host = officeHost): Handler {
  return async (event) => {
    const lang = host.lang();
    let outcome: Outcome;
    try {
      const missing = host.missingSets();
      if (missing.length > 0) {
        throw new Error(
          translate(lang, "taskpane.requirements.missing", { sets: missing.join(", ") }),
        );
      }
      outcome = { ok: true, message: await work(host) };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      outcome = {
        ok: false,
        message: translate(lang, "ribbon.failed", {
          command: translate(lang, `ribbon.${name}.name`),
          reason,
        }),
      };
    }
    try {
      await host.show(outcome);
    } catch (e) {
      console.error(outcome.message, e);
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

export const actions: Record<string, Action> = {
  insertMatrix: async (host) => {
    const [{ insertMatrix }, { workbookPlan }] = await Promise.all([
      import("../app/matrix"),
      import("../app/plan"),
    ]);
    // The workbook's own plan when it has one, as the pane does; one session (one Excel.run).
    const r = await inSession(await host.port(), async (port) =>
      insertMatrix(port, { ...(await workbookPlan(port, host.lang())), lang: host.lang() }),
    );
    return r.message;
  },
  checkAgencies: async (host) => {
    const { checkAgencies } = await import("../app/checkAgencies");
    const { registry } = await builtIns();
    const r = await checkAgencies(await host.port(), { registry, lang: host.lang() });
    const sheets = r.matrices.length + r.forms.length;
    if (sheets === 0) throw new Error(translate(host.lang(), "ribbon.checkAgencies.nothing"));
    return translate(host.lang(), "ribbon.checkAgencies.done", {
      cells: r.cells,
      sheets,
      errors: r.errors,
      warnings: r.warnings,
    });
  },
  highlightOverdue: async (host) => {
    const { highlightOverdue } = await import("../app/overdue");
    const r = await highlightOverdue(await host.port());
    if (!r.period) {
      return translate(host.lang(), "ribbon.highlightOverdue.noPeriod", { today: r.today });
    }
    return translate(host.lang(), "ribbon.highlightOverdue.done", {
      period: r.periodName ?? r.period,
      today: r.today,
      count: r.units.length,
    });
  },
  preparePrint: async (host) => {
    const { preparePrint } = await import("../app/preparePrint");
    const r = await preparePrint(await host.port(), { lang: host.lang() });
    return translate(host.lang(), "ribbon.preparePrint.done", {
      sheet: r.sheet,
      table: r.table,
      report: r.report.join(" "),
    });
  },
};

export const handlers: Record<string, Handler> = Object.fromEntries(
  Object.entries(actions).map(([name, work]) => [name, command(name, work)]),
);
