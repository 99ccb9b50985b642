/**
 * The pane's worker: merges picked files and makes report forms (ExcelJS, SheetJS) off the UI
 * thread, so the pane stays responsive. One job per message; "cancel" aborts the job's signal,
 * which the use-case checks between files.
 */
import { PaneError } from "../services";
import { runJob } from "./jobs";
import type { FromWorker, SentError, ToWorker } from "./protocol";

/** What this file uses of the worker's global scope (the DOM typings describe a window). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const running = new Map<number, AbortController>();

const post = (message: FromWorker) => scope.postMessage(message);

function sent(err: unknown): SentError {
  if (err instanceof PaneError)
    return { name: err.name, message: err.message, key: err.key, params: err.params };
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: "Error", message: String(err) };
}

scope.onmessage = async (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === "cancel") {
    running.get(msg.id)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(msg.id, controller);
  try {
    const result = await runJob(
      msg.job,
      (done, total, item) => post({ type: "progress", id: msg.id, done, total, item }),
      controller.signal,
    );
    post({ type: "done", id: msg.id, result });
  } catch (err) {
    post({ type: "failed", id: msg.id, error: sent(err) });
  } finally {
    running.delete(msg.id);
  }
};
