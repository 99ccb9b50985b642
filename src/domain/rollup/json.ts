/** The merge report of contract 5.3, rendered in one language with a fixed key order. */
import { translate, type Lang } from "../../i18n";
import type { MergeJson, MergeResult, Message } from "./types";

export const render = (lang: Lang, m: Message): string => translate(lang, m.key, m.params);

/** Several problems of one file in one line. */
export const renderReasons = (lang: Lang, reasons: Message[]): string =>
  reasons.map((m) => render(lang, m)).join("; ");

/**
 * The JSON object for `--json`: keys in the contract's order, arrays already sorted by
 * mergeForms, so merging the same files twice (in any order) gives identical text.
 */
export function toMergeJson(result: MergeResult, options: { lang?: Lang } = {}): MergeJson {
  const lang = options.lang ?? "vi";
  return {
    format: "cchc-merge/1",
    period: result.period,
    expected: result.expected.length,
    accepted: result.accepted.map((a) => ({
      file: a.file,
      unit: a.unit,
      warnings: a.warnings.map((w) => render(lang, w)),
    })),
    rejected: result.rejected.map((r) => ({
      file: r.file,
      reason: renderReasons(lang, r.reasons),
    })),
    duplicates: result.duplicates.map((d) => ({
      unit: d.unit,
      kept: d.kept,
      ignored: [...d.ignored],
    })),
    missing: result.missing.map((r) => r.name),
    totals: { ...result.totals },
    byUnit: Object.fromEntries(Object.entries(result.byUnit).map(([u, f]) => [u, { ...f }])),
  };
}
