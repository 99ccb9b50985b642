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

export type Job =
  | { kind: "merge"; data: PlanData; request: MergeJobRequest }
  | { kind: "forms"; data: PlanData; period: string; lang: Lang }
  | { kind: "form"; data: PlanData; unit: string; period: string; lang: Lang };

export type JobResult = MergeOutcome | Download;

export function runJob(job: Job, onProgress: OnProgress, signal: AbortSignal): Promise<JobResult> {
  switch (job.kind) {
    case "merge":
      return mergeToFiles(job.data, { ...job.request, onProgress, signal });
    case "forms":
      return formsZip(job.data, job.period, job.lang, onProgress, signal);
    case "form":
      return oneForm(job.data, job.unit, job.period, job.lang);
  }
}
