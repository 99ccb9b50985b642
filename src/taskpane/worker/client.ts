/**
 * The page's side of the worker: runs a job there and passes its progress on. Cancel rejects
 * at once, so the page shows nothing of the job, and the worker stops it at the next file.
 * Where no worker can start (Node in tests, a browser that refuses one), the job runs on the
 * page, with the same progress and cancel.
 */
import { PaneError, type OnProgress } from "../services";
import type { Job, JobKind, JobResult } from "./jobs";
import type { FromWorker, SentError, ToWorker } from "./protocol";

interface Pending {
  resolve(result: JobResult): void;
  reject(err: unknown): void;
  onProgress?: OnProgress;
}

export type RunJob = <K extends JobKind>(
  job: Job<K>,
  onProgress?: OnProgress,
  signal?: AbortSignal,
) => Promise<JobResult<K>>;

function received(e: SentError): Error {
  if (e.key) return new PaneError(e.key, e.params);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}

/** The worker, started at the first job; null where none can start. */
async function startWorker(): Promise<Worker | null> {
  if (typeof Worker === "undefined") return null;
  try {
    return (await import(/* webpackChunkName: "spawn" */ "./spawn")).spawnWorker();
  } catch {
    // The CSP or the browser said no: the page does the work itself, as before workers.
    return null;
  }
}

/** Runs jobs in one worker, kept for the next job once started. */
export function offThread(start: () => Promise<Worker | null> = startWorker): RunJob {
  let worker: Promise<Worker | null> | null = null;
  let next = 1;
  const pending = new Map<number, Pending>();

  const listen = (w: Worker) => {
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      const job = pending.get(msg.id);
      if (!job) return; // cancelled: its late messages are dropped
      if (msg.type === "progress") job.onProgress?.(msg.done, msg.total, msg.item);
      else {
        pending.delete(msg.id);
        if (msg.type === "done") job.resolve(msg.result);
        else job.reject(received(msg.error));
      }
    };
    // The worker itself failed (its script did not load, it ran out of memory): every job
    // waiting on it fails with the reason, and the next job starts a fresh worker.
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      const err = new Error(e.message || "worker failed");
      for (const job of pending.values()) job.reject(err);
      pending.clear();
      w.terminate();
      worker = null;
    };
  };

  return async <K extends JobKind>(job: Job<K>, onProgress?: OnProgress, signal?: AbortSignal) => {
    signal?.throwIfAborted();
    worker ??= start().then((w) => {
      if (w) listen(w);
      return w;
    });
    const w = await worker;
    signal?.throwIfAborted();
    if (!w) {
      const { runJob } = await import(/* webpackChunkName: "work-inline" */ "./jobs");
      return runJob(job, onProgress ?? (() => {}), signal ?? new AbortController().signal);
    }
    const id = next++;
    return new Promise<JobResult<K>>((resolve, reject) => {
      // The worker answers this id with this job's result (pane.worker.ts runs runJob on it).
      const answer = (result: JobResult) => resolve(result as JobResult<K>);
      pending.set(id, { resolve: answer, reject, onProgress });
      signal?.addEventListener(
        "abort",
        () => {
          if (!pending.delete(id)) return;
          w.postMessage({ type: "cancel", id } satisfies ToWorker);
          reject(signal.reason);
        },
        { once: true },
      );
      w.postMessage({ type: "run", id, job } satisfies ToWorker<K>);
    });
  };
}
