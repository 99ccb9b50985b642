/**
 * The summary's sheet of conflicts: every cell left out of the figures, with its unit, file,
 * address, task/indicator, value and reason, so the coordinator can ring the unit about it.
 * Values are written as the report shows them (text cut to a length), never as formulas.
 */
import { sheetRef } from "../address";
import type { Lang, T } from "../../i18n";
import type { Cell, SheetEdit } from "../sheet";
import { conflictValue, render } from "./json";
import type { MergeResult } from "./types";

export const CONFLICT_SHEET = "Ô số liệu bị loại";

/** The header texts, then one row per conflict (accepted files in report order). */
export function conflictRows(result: MergeResult, lang: Lang, t: T) {
  const col = (k: string) => t(`merge.summary.col.${k}`);
  const header = [
    col("stt"),
    col("unit"),
    col("file"),
    col("cell"),
    col("key"),
    col("value"),
    col("reason"),
  ];
  const rows: Cell[][] = result.accepted.flatMap((a) =>
    a.conflicts.map((c) => {
      const v = conflictValue(c.value);
      return [
        a.unit,
        a.file,
        sheetRef(c.sheet, c.cell),
        c.key,
        typeof v === "boolean" ? String(v) : v,
        render(lang, c.reason),
      ];
    }),
  );
  return { header, rows: rows.map((r, i) => [i + 1, ...r]) };
}

/** Wanted column widths (Excel units) before fitting to a landscape A4 page. */
export const CONFLICT_WIDTHS = [5, 28, 24, 16, 12, 14, 44];

export type ListSheet = (
  name: string,
  position: number,
  caption: string,
  header: string[],
  rows: Cell[][],
  wanted: number[],
) => SheetEdit;

export function conflictSheet(
  result: MergeResult,
  lang: Lang,
  t: T,
  position: number,
  list: ListSheet,
): SheetEdit {
  const { header, rows } = conflictRows(result, lang, t);
  const caption = t("merge.summary.conflicts.caption", {
    period: result.period,
    count: rows.length,
  });
  return list(CONFLICT_SHEET, position, caption, header, rows, CONFLICT_WIDTHS);
}
