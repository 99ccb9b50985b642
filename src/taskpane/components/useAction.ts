/**
 * One long-running action of a page: its progress and its result, for ActionStatus to show.
 * A failure is shown to the user (never swallowed); a PaneError's key is translated.
 */
import { useCallback, useRef, useState } from "react";
import type { T } from "../../i18n";
import { PaneError, type OnProgress } from "../services";

export type Intent = "success" | "warning" | "error" | "info";

export interface ActionResult {
  intent: Intent;
  title?: string;
  text: string;
  /** Extra lines under the text. */
  lines?: string[];
}

export interface ProgressState {
  done: number;
  total: number;
  item?: string;
}

export interface Action {
  running: boolean;
  progress: ProgressState | null;
  result: ActionResult | null;
  /** Runs `work`; its resolved result (if any) is shown, a thrown error shown as an error. */
  run(work: (onProgress: OnProgress) => Promise<ActionResult | void>): Promise<void>;
  show(result: ActionResult | null): void;
}

export function errorText(t: T, err: unknown): string {
  if (err instanceof PaneError) return t(err.key, err.params);
  if (err instanceof Error) return err.message;
  return String(err);
}

export function useAction(t: T): Action {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const busy = useRef(false);

  const run = useCallback(
    async (work: (onProgress: OnProgress) => Promise<ActionResult | void>) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(true);
      setResult(null);
      setProgress(null);
      try {
        const outcome = await work((done, total, item) => setProgress({ done, total, item }));
        if (outcome) setResult(outcome);
      } catch (err) {
        setResult({ intent: "error", title: t("taskpane.error.title"), text: errorText(t, err) });
      } finally {
        busy.current = false;
        setRunning(false);
        setProgress(null);
      }
    },
    [t],
  );

  return { running, progress, result, run, show: setResult };
}
