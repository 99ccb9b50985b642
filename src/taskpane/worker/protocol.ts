/** The messages between the pane and its worker (pane.worker.ts, client.ts). */
import type { Job, JobKind, JobResult } from "./jobs";

export type ToWorker<K extends JobKind = JobKind> =
  { type: "run"; id: number; job: Job<K> } | { type: "cancel"; id: number };

/** An error as it crosses back: a PaneError keeps its catalogue key, others their message. */
export interface SentError {
  name: string;
  message: string;
  key?: string;
  params?: Record<string, string | number>;
}

export type FromWorker =
  | { type: "progress"; id: number; done: number; total: number; item?: string }
  | { type: "done"; id: number; result: JobResult }
  | { type: "failed"; id: number; error: SentError };
