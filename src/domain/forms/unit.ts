/**
 * A unit name as a person types it ("So Noi vu", "SNV", "Sở Nôi vụ") to one registry agency,
 * through the matcher. Only the matcher's safe answers count as found: an exact spelling or a
 * repair that cannot change the meaning (missing diacritics, abbreviation, old name, legacy
 * encoding…). A near miss is only suggested: taking it silently could make a form for the
 * wrong unit.
 */
import type { Matcher, Reason } from "../matcher/types";
import type { Agency } from "../registry/types";

export type UnitLookup =
  | { status: "exact"; agency: Agency }
  | { status: "resolved"; agency: Agency; reason: Reason }
  /** A group phrase of the plan ("các sở, ban, ngành"), not one unit. */
  | { status: "phrase"; agency: Agency }
  /** Several names in one cell. */
  | { status: "several"; agencies: Agency[] }
  /** Not found; `suggestions` are near misses, best first (possibly none). */
  | { status: "unknown"; suggestions: Agency[] }
  | { status: "empty" };

const MAX_SUGGESTIONS = 3;

export function lookupUnit(matcher: Matcher, text: string, date?: string): UnitLookup {
  if (!text.normalize("NFC").trim()) return { status: "empty" };
  const match = matcher.matchCell(text, date ? { date } : {});
  if (match.parts.length > 1) {
    const agencies = match.parts.flatMap((p) =>
      p.agency ? [p.agency] : p.suggestions.slice(0, 1).map((s) => s.agency),
    );
    return { status: "several", agencies };
  }
  const part = match.parts[0];
  if (!part) return { status: "empty" };
  if ((part.status === "exact" || part.status === "resolved") && part.agency) {
    if (part.agency.group === "phrase") return { status: "phrase", agency: part.agency };
    if (part.status === "exact") return { status: "exact", agency: part.agency };
    return { status: "resolved", agency: part.agency, reason: part.reason ?? "case-spacing" };
  }
  const suggestions: Agency[] = [];
  for (const s of part.suggestions) {
    if (s.agency.group === "phrase" || suggestions.includes(s.agency)) continue;
    suggestions.push(s.agency);
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return { status: "unknown", suggestions };
}

/** The agency when the lookup found one unit for sure. */
export const foundAgency = (lookup: UnitLookup): Agency | null =>
  lookup.status === "exact" || lookup.status === "resolved" ? lookup.agency : null;
