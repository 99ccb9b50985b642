/** Fixes the matcher proposes, and applying them to a cell. */
import { translate, type Lang } from "../../i18n";
import type { CellMatch, Part, Reason } from "./types";

/** Reasons whose resolved fix cannot change what the cell means: a "fix all" may apply them. */
const SAFE: ReadonlySet<Reason> = new Set<Reason>([
  "legacy-encoding",
  "tone-placement",
  "abbreviation",
  "old-name",
  "case-spacing",
]);

export interface Fix {
  /** The replacement: the registry's spelling. */
  text: string;
  /** True when "fix all" may apply it without asking. */
  safe: boolean;
}

/** The fix for a part: none when it is exact or unknown. */
export function suggestFix(part: Part): Fix | null {
  if (part.status === "resolved" && part.agency)
    return { text: part.agency.name, safe: part.reason !== undefined && SAFE.has(part.reason) };
  if (part.status === "suggested" && part.suggestions.length > 0)
    return { text: part.suggestions[0].agency.name, safe: false };
  return null;
}

/**
 * The cell with fixes applied (only safe ones with `safeOnly`). Separators and unmatched parts
 * are kept as written, decoded to Unicode when the cell was in a legacy encoding.
 */
export function applyFixes(match: CellMatch, options: { safeOnly?: boolean } = {}): string {
  let out = match.gaps[0] ?? "";
  match.parts.forEach((part, k) => {
    const fix = suggestFix(part);
    const use = fix && (fix.safe || !options.safeOnly);
    out += use ? fix.text : (part.repaired ?? part.text);
    out += match.gaps[k + 1] ?? "";
  });
  return out;
}

/** A reason in words for the user. */
export function describeReason(reason: Reason, lang: Lang = "vi"): string {
  return translate(lang, `text.reason.${reason}`);
}
