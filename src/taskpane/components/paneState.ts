/**
 * State that outlives a page: a merge started on "Tổng hợp" keeps running while the user looks
 * at another tab, and its progress, result and picked files are there when they come back.
 * App holds one store; a page names what it keeps by a key.
 */
import { useCallback, useContext, useState, useSyncExternalStore } from "react";
import { PaneContext } from "../context";

export interface PaneStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  subscribe(listener: () => void): () => void;
}

export function createPaneStore(): PaneStore {
  const values = new Map<string, unknown>();
  const listeners = new Set<() => void>();
  return {
    get: (key) => values.get(key),
    set(key, value) {
      if (values.get(key) === value) return;
      values.set(key, value);
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The pane's store, or one of the component's own when rendered outside App. */
export function usePaneStore(): PaneStore {
  const shared = useContext(PaneContext)?.store;
  const [own] = useState(createPaneStore);
  return shared ?? own;
}

export type SetState<T> = (next: T | ((old: T) => T)) => void;

/** Like useState, kept in the pane's store under `key`. */
export function usePaneState<T>(key: string, initialValue: T): [T, SetState<T>] {
  const store = usePaneStore();
  // The first render's value: a fresh literal ([] or {}) each render would never settle.
  const [initial] = useState(() => initialValue);
  const read = useCallback(() => (store.get(key) ?? initial) as T, [store, key, initial]);
  const value = useSyncExternalStore(store.subscribe, read, read);
  const set = useCallback<SetState<T>>(
    (next) => {
      const old = (store.get(key) ?? initial) as T;
      store.set(key, typeof next === "function" ? (next as (o: T) => T)(old) : next);
    },
    [store, key, initial],
  );
  return [value, set];
}
