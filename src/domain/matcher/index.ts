/** The agency matcher: cells of agency names against the registry. */
export { createMatcher } from "./matcher";
export { suggestFix, applyFixes, describeReason, type Fix } from "./fix";
export { expandKey, keysOf, type Keys } from "./keys";
export { pieces, type Piece } from "./segment";
export {
  REASONS,
  type Reason,
  type PartStatus,
  type Part,
  type Suggestion,
  type CellMatch,
  type MatchOptions,
  type Matcher,
} from "./types";
