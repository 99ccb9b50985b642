/**
 * The pane's file work that may run off the UI thread: the merge of picked files and the
 * making of report forms. The worker runs these; so does the page itself where no worker can
 * start. Nothing here touches Office.js: the merge into an open workbook stays on the page.
 */
import type { Lang } from "../../i18n";
import type { Download, MergeOutcome, MergeRequest, OnProgress } from "../services";
import type { PlanData } from "../services/data";
import { formsZip, mergeToFiles, oneForm } from "../services/work";

/** A merge request as it crosses to the worker: no callbacks, no signal. */
export type MergeJobRequest = Omit<MergeRequest, "onProgress" | "signal">;

/** Each job's input, by kind. */
interface JobInputs {
  merge: { data: PlanData; request: MergeJobRequest };
  forms: { data: PlanData; period: string; lang: Lang };
  form: { data: PlanData; unit: string; period: string; lang: Lang };
}

/** What each job gives back: the type the page gets, with no cast at the call. */
export interface JobResults {
  merge: MergeOutcome;
  forms: Download;
  form: Download;
}

export type JobKind = keyof JobInputs;
export type Job<K extends JobKind = JobKind> = { [P in K]: { kind: P } & JobInputs[P] }[K];
export type JobResult<K extends JobKind = JobKind> = JobResults[K];

const runners: {
  [K in JobKind]: (
    job: Job<K>,
    onProgress: OnProgress,
    signal: AbortSignal,
  ) => Promise<JobResult<K>>;
} = {
  merge: (job, onProgress, signal) =>
    mergeToFiles(job.data, { ...job.request, onProgress, signal }),
  forms: (job, onProgress, signal) => formsZip(job.data, job.period, job.lang, onProgress, signal),
  form: (job) => oneForm(job.data, job.unit, job.period, job.lang),
};

export function runJob<K extends JobKind>(
  job: Job<K>,
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<JobResult<K>> {
  return runners[job.kind](job, onProgress, signal);
}
