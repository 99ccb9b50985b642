/**
 * Readable one-cell forms of a task's lists, for the "Kế hoạch" sheet:
 *   names       "Đài Phát thanh - Truyền hình tỉnh; Báo Yên Bái"   (";" separates: names hold commas)
 *   indicators  "HN: hội nghị, tập huấn (cuộc); KH: kế hoạch đã ban hành (1 có / 0 chưa) [có/chưa]"
 *   targets     "TP ≥ 1"
 *   reporters   "Đơn vị: SVHTTDL; Không bắt buộc: cấp huyện"
 * Reading accepts line breaks as well as ";", any letter case, and ">=" for "≥".
 */
import type { Params } from "../../i18n";
import { AGENCY_GROUPS, GROUP_LABELS } from "./codes";
import type { Indicator, ReporterRule } from "./types";

export interface CellProblem {
  key: string;
  params: Params;
}

const fold = (s: string): string => s.normalize("NFC").trim().toLocaleLowerCase("vi");
const items = (cell: string): string[] =>
  cell
    .split(/;|\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

export const formatNames = (names: readonly string[]): string => names.join("; ");
export const parseNames = (cell: string): string[] => items(cell);

/** Marks a yes/no indicator (1 có / 0 chưa) after its unit. */
export const FLAG_TAG = "[có/chưa]";
const INDICATOR = /^([^:\s]+)\s*:\s*(.+?)\s*\(([^()]*)\)\s*(\[\s*có\s*\/\s*chưa\s*\])?$/iu;

export function formatIndicators(indicators: readonly Indicator[]): string {
  return indicators
    .map((i) => `${i.code}: ${i.name} (${i.unit})${i.kind === "flag" ? ` ${FLAG_TAG}` : ""}`)
    .join("; ");
}

/** Indicators without targets (those come from their own column). */
export function parseIndicators(cell: string): Indicator[] | CellProblem {
  const out: Indicator[] = [];
  for (const item of items(cell)) {
    const m = INDICATOR.exec(item);
    if (!m) return { key: "plan.rows.indicator", params: { value: item } };
    out.push({ code: m[1], name: m[2], unit: m[3].trim(), kind: m[4] ? "flag" : "count" });
  }
  return out;
}

export function formatTargets(indicators: readonly Indicator[]): string {
  return indicators
    .filter((i) => i.target !== undefined)
    .map((i) => `${i.code} ≥ ${String(i.target)}`)
    .join("; ");
}

export function parseTargets(cell: string): Map<string, number> | CellProblem {
  const out = new Map<string, number>();
  for (const item of items(cell)) {
    const m = /^(\S+?)\s*(?:≥|>=)\s*(\S+)$/u.exec(item);
    const value = m ? Number(m[2].replace(",", ".")) : NaN;
    if (!m || Number.isNaN(value)) return { key: "plan.rows.target", params: { value: item } };
    if (out.has(m[1])) return { key: "plan.rows.targetTwice", params: { code: m[1] } };
    out.set(m[1], value);
  }
  return out;
}

export const REPORTER_WORDS = {
  all: "Mọi đơn vị báo cáo",
  units: "Đơn vị",
  groups: "Nhóm",
  withWebsite: "Cơ quan cấp tỉnh có trang thông tin điện tử",
  optionalFor: "Không bắt buộc",
  none: "Không (chỉ có trong bảng phân công nhiệm vụ)",
} as const;

/** What plan sheets written before the glossary (docs/behaviour.md) say for `none`. */
const FORMER_NONE = "Không (chỉ có trong ma trận)";

const groupLabel = (g: string): string =>
  (GROUP_LABELS as Record<string, string | undefined>)[g] ?? g;

export function formatReporters(rule: ReporterRule): string {
  const parts: string[] = [];
  if (rule.all) parts.push(REPORTER_WORDS.all);
  if (rule.units?.length) parts.push(`${REPORTER_WORDS.units}: ${rule.units.join(", ")}`);
  if (rule.groups?.length) {
    parts.push(`${REPORTER_WORDS.groups}: ${rule.groups.map(groupLabel).join(", ")}`);
  }
  if (rule.withWebsite) parts.push(REPORTER_WORDS.withWebsite);
  if (rule.optionalFor?.length) {
    parts.push(`${REPORTER_WORDS.optionalFor}: ${rule.optionalFor.map(groupLabel).join(", ")}`);
  }
  return parts.length ? parts.join("; ") : REPORTER_WORDS.none;
}

/** A group from its label ("cấp huyện") or its code ("district"). */
function groupFrom(word: string): string | undefined {
  const w = fold(word);
  return AGENCY_GROUPS.find((g) => g === w || fold(GROUP_LABELS[g]) === w);
}

function labelled(item: string, label: string): string[] | undefined {
  const m = /^([^:]+):(.*)$/su.exec(item);
  if (!m || fold(m[1]) !== fold(label)) return undefined;
  return m[2]
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** An empty cell, like "Không (chỉ có trong bảng phân công nhiệm vụ)", means the row is on no form. */
export function parseReporters(cell: string): ReporterRule | CellProblem {
  const rule: ReporterRule = {};
  const groupsOf = (words: string[]): string[] | CellProblem => {
    const out: string[] = [];
    for (const word of words) {
      const g = groupFrom(word);
      if (!g) {
        const options = AGENCY_GROUPS.map((x) => GROUP_LABELS[x]).join(", ");
        return { key: "plan.rows.group", params: { value: word, options } };
      }
      out.push(g);
    }
    return out;
  };
  for (const item of items(cell)) {
    const f = fold(item);
    if (f === fold(REPORTER_WORDS.all)) rule.all = true;
    else if (f === fold(REPORTER_WORDS.withWebsite)) rule.withWebsite = true;
    else if (f === fold(REPORTER_WORDS.none) || f === fold(FORMER_NONE) || f === "không") continue;
    else {
      const units = labelled(item, REPORTER_WORDS.units);
      const groups = labelled(item, REPORTER_WORDS.groups);
      const optional = labelled(item, REPORTER_WORDS.optionalFor);
      if (units) rule.units = [...(rule.units ?? []), ...units];
      else if (groups || optional) {
        const got = groupsOf(groups ?? optional ?? []);
        if (!Array.isArray(got)) return got;
        if (groups) rule.groups = [...(rule.groups ?? []), ...got];
        else rule.optionalFor = [...(rule.optionalFor ?? []), ...got];
      } else return { key: "plan.rows.reporters", params: { value: item } };
    }
  }
  return rule;
}
