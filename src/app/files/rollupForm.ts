/**
 * A unit's own report made from a merge (issue 18): the district's contract-5.1 form filled with
 * the totals of its communes' reports, so the province takes it like any other form.
 *
 * - Every key of the merge the unit's form has gets its period and cumulative totals, and a note
 *   "Tổng hợp từ N báo cáo cấp xã" (N: the reports that gave that figure).
 * - A key the form does not have is never dropped in silence: it comes back in `notOnForm`.
 * - `_cchc` records how many reports were rolled up and their files, so the next merge up can
 *   say where the figures came from.
 * No Node-only APIs: the pane uses this too.
 */
import {
  buildReportFormEdit,
  columnOf,
  FORM_ROWS,
  formLines,
  META_SHEET,
} from "../../domain/forms";
import type { Plan } from "../../domain/plan/types";
import type { Agency, Registry } from "../../domain/registry/types";
import { figureKey, ROLLUP_META, SOURCES_SEPARATOR, type MergeResult } from "../../domain/rollup";
import { cellAddress } from "../../domain/address";
import { translate, type Lang } from "../../i18n";
import type { Block, Cell } from "../../domain/sheet";
import { XlsxWorkbook, type WorkbookFile } from "../../workbook/xlsx";

/** `_cchc` rows a rolled-up form carries (read back by the merge: readForm's meta). */
export { ROLLUP_META, SOURCES_SEPARATOR };

export interface RollupFormOptions {
  result: MergeResult;
  plan: Plan;
  /** The unit whose form is made (the district). */
  unit: Agency;
  /** The registry the merge used: says whether the sources were communes. */
  registry: Registry;
  /** ISO time written to `_cchc`; defaults to now. */
  created?: string;
  lang?: Lang;
}

export interface RollupForm {
  bytes: Uint8Array;
  /** Keys filled on the form. */
  filled: string[];
  /** Keys the merge has figures for that the unit's form has no row for. */
  notOnForm: string[];
  /** Accepted reports rolled up. */
  reports: number;
}

/** Is this workbook (as read) a form this module made? Its `_cchc` counts the reports in it. */
export function isRollupForm(file: WorkbookFile): boolean {
  const meta = file.sheets.find((s) => s.name === META_SHEET);
  if (!meta) return false;
  return file.data(meta.name).values.some((row) => row[0] === ROLLUP_META.count);
}

export async function rollupFormFile(opts: RollupFormOptions): Promise<RollupForm> {
  const { result, plan, unit } = opts;
  const lang = opts.lang ?? "vi";
  const lines = formLines(plan, unit);
  const rowOfKey = new Map(
    lines.map((l, i) => [figureKey(l.task.code, l.indicator?.code), FORM_ROWS.firstData + i]),
  );

  // Reports behind each key, and whether they are all communes' (the note says "cấp xã").
  const units = new Map<string, Set<string>>();
  for (const p of result.provenance) {
    const set = units.get(p.key) ?? new Set<string>();
    set.add(p.unitCode);
    units.set(p.key, set);
  }
  const groupOf = new Map(opts.registry.agencies.map((a) => [a.code, a.group]));
  const note = (key: string) => {
    const codes = [...(units.get(key) ?? [])];
    const communes = codes.length > 0 && codes.every((c) => groupOf.get(c) === "commune");
    return translate(lang, communes ? "merge.rollup.noteCommunes" : "merge.rollup.note", {
      count: codes.length,
    });
  };

  const blocks: Block[] = [];
  const filled: string[] = [];
  const notOnForm: string[] = [];
  const keys = [...new Set([...Object.keys(result.totals), ...Object.keys(result.cumulative)])];
  for (const key of keys) {
    const row = rowOfKey.get(key);
    if (row === undefined) {
      notOnForm.push(key);
      continue;
    }
    const at = (col: Parameters<typeof columnOf>[0]) => cellAddress(row - 1, columnOf(col));
    if (key in result.totals) blocks.push({ at: at("period"), values: [[result.totals[key]]] });
    if (key in result.cumulative)
      blocks.push({ at: at("cumulative"), values: [[result.cumulative[key]]] });
    blocks.push({ at: at("note"), values: [[note(key)]] });
    filled.push(key);
  }
  const files = result.accepted.map((a) => a.file);
  const allCommunes =
    result.accepted.length > 0 &&
    result.accepted.every((a) => groupOf.get(a.unitCode) === "commune");
  const meta: Cell[][] = [
    [ROLLUP_META.count, files.length],
    [ROLLUP_META.sources, files.join(SOURCES_SEPARATOR)],
    ...(allCommunes ? [[ROLLUP_META.group, "commune"]] : []),
  ];

  const wb = XlsxWorkbook.create();
  const form = buildReportFormEdit({
    plan,
    unit,
    period: result.period,
    created: opts.created,
    lang,
  });
  await wb.apply(form);
  const metaRows = form.sheets.find((s) => s.name === META_SHEET)?.blocks?.[0]?.values.length ?? 0;
  await wb.apply({
    sheets: [
      { name: form.sheets[0].name, mode: "update", blocks },
      { name: META_SHEET, mode: "update", blocks: [{ at: `A${metaRows + 1}`, values: meta }] },
    ],
  });
  return { bytes: await wb.toBuffer(), filled, notOnForm, reports: files.length };
}
