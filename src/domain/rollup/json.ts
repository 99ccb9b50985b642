/** The merge report of contract 5.3, rendered in one language with a fixed key order. */
import { translate, type Lang } from "../../i18n";
import { sheetRef } from "../address";
import { clipText, MAX_QUOTED_TEXT } from "../text";
import type { Scalar } from "../sheet";
import type { Conflict, ConflictJson, MergeJson, MergeResult, Message } from "./types";

export { MAX_QUOTED_TEXT };
/** Longest reason line of one file, whatever its number of problems (well under 32,767). */
export const MAX_REASON_TEXT = 4000;

const clipParams = (params: Message["params"]): Message["params"] => {
  const out: Message["params"] = {};
  for (const [k, v] of Object.entries(params))
    out[k] = typeof v === "string" ? clipText(v, MAX_QUOTED_TEXT) : v;
  return out;
};

export const render = (lang: Lang, m: Message): string =>
  translate(lang, m.key, clipParams(m.params));

/** Several problems of one file in one line. */
export const renderReasons = (lang: Lang, reasons: Message[]): string =>
  clipText(reasons.map((m) => render(lang, m)).join("; "), MAX_REASON_TEXT);

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
      conflicts: a.conflicts.map((c) => conflictJson(lang, c)),
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

/** Longest text a conflict copies from a cell; a longer one is cut with "…". */
export const MAX_VALUE_TEXT = 200;

/** A cell's value as the report shows it: finite numbers and booleans as they are, else text. */
export function conflictValue(v: Scalar): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return clipText(text, MAX_VALUE_TEXT);
}

export const conflictJson = (lang: Lang, c: Conflict): ConflictJson => ({
  cell: sheetRef(c.sheet, c.cell),
  key: c.key,
  value: conflictValue(c.value),
  reason: render(lang, c.reason),
});
