/** What the matcher says about a cell of agency names. */
import type { Agency } from "../registry/types";
import type { Encoding } from "../text/detect";

export type Reason =
  | "missing-diacritics"
  | "tone-placement"
  | "legacy-encoding"
  | "abbreviation"
  | "old-name"
  | "typo"
  | "case-spacing";

export const REASONS: readonly Reason[] = [
  "missing-diacritics",
  "tone-placement",
  "legacy-encoding",
  "abbreviation",
  "old-name",
  "typo",
  "case-spacing",
];

/**
 * exact: the registry's own spelling. resolved: one agency, the fix is safe to make without
 * asking (legacy encoding, tone placement, alias or abbreviation, case/spacing, or unambiguous
 * missing diacritics). suggested: near misses, ranked. unknown: nothing close enough.
 */
export type PartStatus = "exact" | "resolved" | "suggested" | "unknown";

export interface Suggestion {
  agency: Agency;
  /** 0..1, 1 = same letters. */
  score: number;
  reason: Reason;
}

export interface Part {
  /** The text as written in the cell (legacy bytes stay as they were). */
  text: string;
  /** Position in the cell's text, end exclusive. */
  start: number;
  end: number;
  status: PartStatus;
  /** The registry entry (agency or group phrase) when exact or resolved. */
  agency?: Agency;
  suggestions: Suggestion[];
  reason?: Reason;
  /** The part decoded to Unicode, when the cell was in a legacy encoding or not NFC. */
  repaired?: string;
}

export interface CellMatch {
  parts: Part[];
  /** The cell's encoding as detected. */
  encoding: Encoding;
  /** The whole cell as Unicode (legacy decoded, NFC). */
  repaired: string;
  /** Repaired text between parts: gaps[0] before the first, gaps[parts.length] after the last. */
  gaps: string[];
}

export interface MatchOptions {
  /** The cell's font name (".VnTime", ".VnTimeH", "VNI-Times") when known. */
  font?: string | null;
  /** yyyy-mm-dd: only agencies in force on that day count as matches. */
  date?: string;
}

export interface Matcher {
  matchCell(text: string, options?: MatchOptions): CellMatch;
}
