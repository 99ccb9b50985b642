/**
 * What a ribbon command ends with, shown to the user: the function file has no UI, so the
 * outcome opens in an Office dialog (outcome.html). The message travels in the URL's hash
 * (never sent to the server).
 */
import type { Lang } from "../i18n";

export interface Outcome {
  ok: boolean;
  /** Counts on success, the reason on failure, in the user's language. */
  message: string;
}

/** The dialog page's address for an outcome, next to the function file's page. */
export function outcomeUrl(base: string, outcome: Outcome, lang: Lang): string {
  const url = new URL("outcome.html", base);
  url.search = new URLSearchParams({ ok: outcome.ok ? "1" : "0", lang }).toString();
  url.hash = encodeURIComponent(outcome.message);
  return url.toString();
}

/** The outcome and language an outcome.html address carries. */
export function parseOutcome(href: string): { outcome: Outcome; lang: Lang } {
  const url = new URL(href);
  const lang: Lang = url.searchParams.get("lang") === "en" ? "en" : "vi";
  const ok = url.searchParams.get("ok") === "1";
  return { outcome: { ok, message: decodeURIComponent(url.hash.replace(/^#/, "")) }, lang };
}

/** Office.context.ui as far as the dialog needs it. */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void,
  ): void;
}

/**
 * Opens the outcome dialog and resolves once the user has closed it (Close button or the
 * dialog's X), so the command's event is completed only then. Rejects when Office cannot
 * open it, naming Office's error.
 */
export function showOutcome(ui: DialogUi, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
      // Office's enums are strings ("succeeded", "dialogMessageReceived"); the global Office
      // enums are not used so the module loads in tests.
      if ((result.status as unknown as string) !== "succeeded") {
        reject(
          new Error(
            `Office could not open the outcome dialog: ${result.error?.message ?? "unknown"} (${result.error?.code ?? "?"})`,
          ),
        );
        return;
      }
      const dialog = result.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler("dialogMessageReceived" as unknown as Office.EventType, done);
      // The user closed it with the X (12006) or it unloaded: nothing more to wait for.
      dialog.addEventHandler("dialogEventReceived" as unknown as Office.EventType, () => resolve());
    });
  });
}
