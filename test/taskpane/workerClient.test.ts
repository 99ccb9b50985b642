/**
 * The page's side of the pane's worker (src/taskpane/worker/client.ts), against a stand-in
 * worker that answers as pane.worker.ts does: progress is passed on, Cancel rejects at once and
 * tells the worker, late answers of a cancelled job are dropped, errors keep their key.
 */
import { offThread } from "../../src/taskpane/worker/client";
import type { Job } from "../../src/taskpane/worker/jobs";
import type { FromWorker, ToWorker } from "../../src/taskpane/worker/protocol";
import { PaneError, type Download } from "../../src/taskpane/services";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";

/** Records what the page posts; `answer` plays the worker's side. */
class StandInWorker {
  posted: ToWorker[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: ToWorker) {
    this.posted.push(structuredClone(m));
  }
  answer(m: FromWorker) {
    this.onmessage?.({ data: m } as MessageEvent<FromWorker>);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
  terminate() {
    this.terminated = true;
  }
}

const data = { plan: plan2020, registry: yenBai2020 };
const job: Job = { kind: "forms", data, period: "2020-H1", lang: "vi" };
const zip: Download = { name: "mau.zip", bytes: new Uint8Array([1, 2]), type: "application/zip" };

function setUp() {
  const workers: StandInWorker[] = [];
  const run = offThread(async () => {
    workers.push(new StandInWorker());
    return workers[workers.length - 1] as unknown as Worker;
  });
  return { run, workers };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test("a job crosses whole (plan and registry clone), reports progress and resolves", async () => {
  const { run, workers } = setUp();
  const seen: string[] = [];
  const result = run(job, (d, t, item) => seen.push(`${d}/${t} ${item}`));
  await tick();
  const [w] = workers;
  expect(w.posted).toEqual([{ type: "run", id: 1, job }]);
  w.answer({ type: "progress", id: 1, done: 1, total: 28, item: "Sở Nội vụ" });
  w.answer({ type: "done", id: 1, result: zip });
  await expect(result).resolves.toEqual(zip);
  expect(seen).toEqual(["1/28 Sở Nội vụ"]);
  // The worker is kept for the next job.
  void run(job);
  await tick();
  expect(workers).toHaveLength(1);
  expect(w.posted.map((m) => [m.type, m.id])).toEqual([
    ["run", 1],
    ["run", 2],
  ]);
});

test("Cancel rejects at once, tells the worker, and drops what the job sends later", async () => {
  const { run, workers } = setUp();
  const stop = new AbortController();
  const seen: number[] = [];
  const result = run(job, (d) => seen.push(d), stop.signal);
  await tick();
  const [w] = workers;
  w.answer({ type: "progress", id: 1, done: 3, total: 28 });
  stop.abort();
  await expect(result).rejects.toMatchObject({ name: "AbortError" });
  expect(w.posted[1]).toEqual({ type: "cancel", id: 1 });
  w.answer({ type: "progress", id: 1, done: 4, total: 28 });
  w.answer({ type: "done", id: 1, result: zip });
  expect(seen).toEqual([3]);
  // A signal already aborted never starts a job.
  await expect(run(job, undefined, stop.signal)).rejects.toMatchObject({ name: "AbortError" });
  expect(w.posted).toHaveLength(2);
});

test("errors come back as errors; a PaneError keeps its catalogue key", async () => {
  const { run, workers } = setUp();
  const a = run(job);
  const b = run(job);
  await tick();
  const [w] = workers;
  w.answer({
    type: "failed",
    id: 1,
    error: {
      name: "PaneError",
      message: "k",
      key: "taskpane.error.unknownUnit",
      params: { unit: "X" },
    },
  });
  const err = await a.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(PaneError);
  expect(err).toMatchObject({ key: "taskpane.error.unknownUnit", params: { unit: "X" } });
  w.answer({ type: "failed", id: 2, error: { name: "RangeError", message: "quá lớn" } });
  await expect(b).rejects.toMatchObject({ name: "RangeError", message: "quá lớn" });
});

test("a worker that fails fails its jobs with the reason; the next job starts a new one", async () => {
  const { run, workers } = setUp();
  const a = run(job);
  await tick();
  workers[0].fail("Out of memory");
  await expect(a).rejects.toThrow("Out of memory");
  expect(workers[0].terminated).toBe(true);
  void run(job);
  await tick();
  expect(workers).toHaveLength(2);
  expect(workers[1].posted.map((m) => m.type)).toEqual(["run"]);
});

test("where no worker can start, the job runs on the page with the same progress and cancel", async () => {
  const run = offThread(async () => null);
  const stop = new AbortController();
  const seen: number[] = [];
  const made = run(
    job,
    (done) => {
      seen.push(done);
      if (done === 2) stop.abort();
    },
    stop.signal,
  );
  await expect(made).rejects.toMatchObject({ name: "AbortError" });
  expect(seen).toEqual([0, 1, 2]);
});
