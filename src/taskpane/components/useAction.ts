/**
 * One long-running action of a page: its progress and its result, for ActionStatus to show.
 * A failure is shown to the user (never swallowed); a PaneError's key is translated.
 *
 * With a key, the action lives in the pane's store: it goes on while the user is on another
 * tab, and its page shows where it stands on coming back. Cancel aborts the signal the work
 * was given; work that stops because of it shows "cancelled", never a half result.
 */
import { useCallback, useEffect, useState } from "react";
import type { T } from "../../i18n";
import { PaneError, type OnProgress } from "../services";
import { usePaneState, usePaneStore } from "./paneState";

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

export type Work = (onProgress: OnProgress, signal: AbortSignal) => Promise<ActionResult | void>;

export interface Action {
  running: boolean;
  progress: ProgressState | null;
  result: ActionResult | null;
  /** Runs `work`; its resolved result (if any) is shown, a thrown error shown as an error. */
  run(work: Work): Promise<void>;
  /** Asks the running work to stop (aborts its signal). */
  cancel(): void;
  show(result: ActionResult | null): void;
}

export function errorText(t: T, err: unknown): string {
  if (err instanceof PaneError) return t(err.key, err.params);
  if (err instanceof Error) return err.message;
  return String(err);
}

interface State {
  running: boolean;
  progress: ProgressState | null;
  result: ActionResult | null;
}

const PROGRESS_MS = 100;

/** Numbers the actions that have no key, so no two share an entry in the store. */
let owned = 0;

const IDLE: State = { running: false, progress: null, result: null };

export function useAction(t: T, key?: string): Action {
  const store = usePaneStore();
  // Without a key, the action is this component's own: gone when the page is left.
  const [own] = useState(() => `action.own.${++owned}`);
  const name = key ? `action.${key}` : own;
  const [state, setState] = usePaneState<State>(name, IDLE);
  const controllerKey = `${name}.controller`;
  useEffect(
    () => () => {
      if (!key) store.set(own, undefined);
    },
    [key, own, store],
  );

  const run = useCallback(
    async (work: Work) => {
      if (store.get(controllerKey)) return;
      const controller = new AbortController();
      store.set(controllerKey, controller);
      setState({ running: true, progress: null, result: null });
      let result: ActionResult | null = null;
      // At most one repaint of the progress per PROGRESS_MS: 200 files must not mean 200
      // renders of the page on the thread the user clicks on.
      let latest: ProgressState | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const flush = () => {
        timer = undefined;
        if (!controller.signal.aborted && latest) setState((s) => ({ ...s, progress: latest }));
      };
      try {
        const outcome = await work((done, total, item) => {
          latest = { done, total, item };
          timer ??= setTimeout(flush, PROGRESS_MS);
        }, controller.signal);
        if (outcome) result = outcome;
      } catch (err) {
        result = controller.signal.aborted
          ? { intent: "info", text: t("taskpane.cancelled") }
          : { intent: "error", title: t("taskpane.error.title"), text: errorText(t, err) };
      } finally {
        clearTimeout(timer);
        store.set(controllerKey, undefined);
        setState({ running: false, progress: null, result });
      }
    },
    [t, store, controllerKey, setState],
  );

  const cancel = useCallback(() => {
    (store.get(controllerKey) as AbortController | undefined)?.abort();
  }, [store, controllerKey]);

  const show = useCallback(
    (result: ActionResult | null) => setState((s) => ({ ...s, result })),
    [setState],
  );

  return { ...state, run, cancel, show };
}
