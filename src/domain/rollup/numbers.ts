/**
 * Reading a number cell as a reader gives it. Numbers pass; text that is a number is read
 * the Vietnamese way and flagged; anything else is refused with the kind of problem.
 *
 * Text numbers (Vietnamese convention: "." groups thousands, "," is the decimal mark):
 *   "12" -> 12; "1.234" and "1.234.567" -> thousands; "12,5" and "1.234,5" -> decimals;
 *   "1 234" (space groups) -> 1234; unambiguous English forms are read too:
 *   "1,234,567" (several comma groups) and "1,234.5"; "1.5" (a dot not followed by exactly
 *   three digits) -> 1.5. So "1,234" is 1,234 (one point two three four) and "12.500" is 12500.
 * "-", "–", "—" mean "nothing" and count as empty.
 */
import type { Scalar } from "../sheet";
import type { Indicator } from "../plan/types";
import { cleanLabel } from "./fold";
import type { Message } from "./types";

/** Larger than any figure a unit reports in a period (ours, not the seed's): a typing slip. */
export const PLAUSIBLE_MAX = 1e9;

/** Units whose figures may have decimals; anything else counts things, in whole numbers. */
const MEASURED_UNITS = /%|phần trăm|đồng|giờ|ngày|tháng|năm|km|ha\b|tấn|kg|lít|m2|m²/iu;

export const isWholeUnit = (unit: string): boolean => !MEASURED_UNITS.test(unit.normalize("NFC"));

/**
 * Why a number read from a figure cell cannot count, or null: not finite, implausibly large
 * (above PLAUSIBLE_MAX), or a fraction of something counted in whole units ("2,5 hội nghị").
 */
export function checkFigure(value: number, indicator: Indicator): Message | null {
  if (!Number.isFinite(value)) return { key: "merge.conflict.notFinite", params: {} };
  if (value > PLAUSIBLE_MAX) {
    return { key: "merge.conflict.tooLarge", params: { max: "1.000.000.000" } };
  }
  if (!Number.isInteger(value) && isWholeUnit(indicator.unit)) {
    return { key: "merge.conflict.notWhole", params: { unit: indicator.unit } };
  }
  return null;
}

export type NumberRead =
  | { kind: "empty" }
  | { kind: "number"; value: number; fromText: boolean }
  | { kind: "problem"; problem: "negative" | "text" | "excelError" | "notNumber" };

const EXCEL_ERROR =
  /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!|GETTING_DATA)/i;
const DASHES = /^[-–—]$/;

export function isExcelError(value: Scalar): boolean {
  return typeof value === "string" && EXCEL_ERROR.test(value.trim());
}

export function readNumber(value: Scalar): NumberRead {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "problem", problem: "notNumber" };
    if (value < 0) return { kind: "problem", problem: "negative" };
    return { kind: "number", value, fromText: false };
  }
  if (typeof value !== "string") return { kind: "problem", problem: "notNumber" };
  const text = cleanLabel(value);
  if (text === "" || DASHES.test(text)) return { kind: "empty" };
  if (isExcelError(text)) return { kind: "problem", problem: "excelError" };
  const negative = /^[-−]\s*\d/.test(text);
  const parsed = parseNumberText(negative ? text.replace(/^[-−]\s*/, "") : text.replace(/^\+/, ""));
  if (parsed === null) return { kind: "problem", problem: "text" };
  if (negative && parsed !== 0) return { kind: "problem", problem: "negative" };
  return { kind: "number", value: parsed, fromText: true };
}

/** An unsigned number typed as text, or null. */
export function parseNumberText(text: string): number | null {
  const s = text.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?:\D|$))/g, "$1");
  let normal: string | null = null;
  if (/^\d+$/.test(s)) normal = s;
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) normal = s.replace(/\./g, "");
  else if (/^\d{1,3}(\.\d{3})*,\d+$/.test(s)) normal = s.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(,\d{3}){2,}$/.test(s)) normal = s.replace(/,/g, "");
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s)) normal = s.replace(/,/g, "");
  else if (/^\d+\.\d+$/.test(s)) normal = s;
  else if (/^\d+,\d+$/.test(s)) normal = s.replace(",", ".");
  if (normal === null) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}
