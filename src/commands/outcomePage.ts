/** The outcome dialog's page: the command's result, and a Close button back to Excel. */
import { translate } from "../i18n";
import { parseOutcome } from "./outcome";

function render(): void {
  const { outcome, lang } = parseOutcome(window.location.href);
  document.documentElement.lang = lang;
  const title = document.getElementById("title")!;
  title.textContent = translate(lang, outcome.ok ? "ribbon.title.ok" : "ribbon.title.failed");
  title.className = outcome.ok ? "ok" : "failed";
  document.getElementById("message")!.textContent = outcome.message;
  const close = document.getElementById("close") as HTMLButtonElement;
  close.textContent = translate(lang, "ribbon.close");
  close.onclick = () => Office.context.ui.messageParent("close");
  close.focus();
}

Office.onReady(render);
