/**
 * "Kiểm tra cơ quan" (F5) as data: every agency cell against the registry, the problems in words,
 * and the edits that highlight them, clear old highlights and apply fixes.
 *
 * Highlights are fills. The cells highlighted are listed on a very hidden sheet, "_cchc_check",
 * so the next check can clear the ones that are fine now (the port cannot read fills).
 */
import { applyFixes, describeReason, suggestFix } from "../matcher/fix";
import type { CellMatch, Matcher, Part, PartStatus, Reason } from "../matcher/types";
import { PRINT_FONT } from "../print/layout";
import { fontEncoding } from "../text/detect";
import { clipText, MAX_QUOTED_TEXT } from "../text/clip";
import { translate, type Lang } from "../../i18n";
import type { Cell, SheetData, SheetEdit, WorkbookEdit } from "../sheet";
import type { AgencyCell, AgencyCellKind, MissingUnit } from "./agencyCells";

export const CHECK_SHEET = "_cchc_check";
/** Fills of problem cells: needs a person (red), safe to fix (yellow). */
export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";

export interface ProblemPart {
  /** As written in the cell (legacy bytes as they are). */
  text: string;
  /** Decoded to Unicode, when it differs. */
  repaired?: string;
  status: PartStatus;
  reason?: Reason;
  /** The registry spelling proposed, if any. */
  fix: string | null;
  /** The fix cannot change what the cell means ("Sửa tất cả" applies it). */
  safe: boolean;
  /** Other near names (an unknown part's hints, or the runners-up). */
  alternatives: string[];
  /** This part's problem in words. */
  message: string;
}

export interface AgencyProblem {
  sheet: string;
  /** A1 address; "" for a form with no unit cell at all. */
  cell: string;
  kind: AgencyCellKind;
  /** The cell's agency text as written. */
  text: string;
  /** Kept before the text when fixing ("Đơn vị: "). */
  prefix: string;
  font: string | null;
  /** The parts that are not the registry's own spelling. */
  parts: ProblemPart[];
  /** What is wrong, in words (Vietnamese by default). */
  message: string;
  /** The cell's text with every proposed fix, or null when there is nothing to propose. */
  suggestion: string | null;
  /** The cell's text with only the safe fixes, or null when they change nothing. */
  safeText: string | null;
  /** Why, in words: the reasons of the parts, joined. */
  reason: string;
  /** Every part has a safe fix: "Sửa tất cả" resolves this cell completely. */
  safe: boolean;
  /** "warning" when safe (the meaning is clear), else "error" (a person must look). */
  severity: "error" | "warning";
}

// A cell may hold a million characters: what is quoted is cut short.
const quote = (s: string) => `“${clipText(s, MAX_QUOTED_TEXT)}”`;

function problemPart(part: Part, lang: Lang): ProblemPart {
  const fix = suggestFix(part);
  const out: ProblemPart = {
    message: "",
    text: part.text,
    status: part.status,
    fix: fix?.text ?? null,
    safe: fix?.safe ?? false,
    alternatives: part.suggestions
      .map((s) => s.agency.name)
      .filter((name) => name !== fix?.text)
      .slice(0, 3),
  };
  if (part.repaired !== undefined) out.repaired = part.repaired;
  if (part.reason !== undefined) out.reason = part.reason;
  out.message = describePart(out, lang);
  return out;
}

function describePart(p: ProblemPart, lang: Lang): string {
  const shown = quote(p.repaired ?? p.text);
  if (p.fix) {
    const reason = p.reason ? describeReason(p.reason, lang) : "";
    return translate(lang, reason ? "check.part.fix" : "check.part.fixNoReason", {
      text: shown,
      fix: quote(p.fix),
      reason,
    });
  }
  if (p.alternatives.length > 0) {
    return translate(lang, "check.part.unknownNear", {
      text: shown,
      near: p.alternatives.map(quote).join(", "),
    });
  }
  return translate(lang, "check.part.unknown", { text: shown });
}

/** The problem with one cell, or null when every part is the registry's own spelling. */
export function checkCell(
  cell: AgencyCell,
  match: CellMatch,
  lang: Lang = "vi",
): AgencyProblem | null {
  const flagged = match.parts.filter((p) => p.status !== "exact");
  if (flagged.length === 0) return null;
  const parts = flagged.map((p) => problemPart(p, lang));
  const all = applyFixes(match);
  const safeOnly = applyFixes(match, { safeOnly: true });
  const safe = parts.every((p) => p.fix !== null && p.safe);
  const reasons = [...new Set(parts.flatMap((p) => (p.reason ? [p.reason] : [])))];
  return {
    sheet: cell.sheet,
    cell: cell.cell,
    kind: cell.kind,
    text: cell.text,
    prefix: cell.prefix,
    font: cell.font,
    parts,
    message: parts.map((p) => p.message).join("; "),
    suggestion: parts.some((p) => p.fix !== null) && all !== cell.text ? all : null,
    safeText: safeOnly !== cell.text ? safeOnly : null,
    reason: reasons.map((r) => describeReason(r, lang)).join("; "),
    safe,
    severity: safe ? "warning" : "error",
  };
}

export function missingUnitProblem(missing: MissingUnit, lang: Lang = "vi"): AgencyProblem {
  return {
    sheet: missing.sheet,
    cell: missing.cell,
    kind: "unit",
    text: "",
    prefix: "",
    font: null,
    parts: [],
    message: translate(lang, missing.cell ? "check.unit.empty" : "check.unit.notFound"),
    suggestion: null,
    safeText: null,
    reason: "",
    safe: false,
    severity: "error",
  };
}

/** Every problem among `cells` (in the order given), matched with the cell's font. */
export function checkCells(
  cells: readonly AgencyCell[],
  matcher: Matcher | ((cell: AgencyCell) => Matcher),
  lang: Lang = "vi",
): AgencyProblem[] {
  const out: AgencyProblem[] = [];
  const matcherFor = typeof matcher === "function" ? matcher : () => matcher;
  for (const cell of cells) {
    const match = matcherFor(cell).matchCell(cell.text, { font: cell.font });
    const problem = checkCell(cell, match, lang);
    if (problem) out.push(problem);
  }
  return out;
}

/* ------------------------------------------------------------------ edits */

export interface HighlightedCell {
  sheet: string;
  cell: string;
}

const CHECK_HEADER = ["Trang tính", "Ô", "Nội dung", "Mức"];

/** Cells listed on the tracking sheet as read. */
export function highlightedCells(data: SheetData | null | undefined): HighlightedCell[] {
  if (!data) return [];
  const out: HighlightedCell[] = [];
  for (const row of data.values.slice(1)) {
    const [sheet, cell] = row;
    if (typeof sheet === "string" && typeof cell === "string" && /^[A-Z]{1,3}\d+$/.test(cell))
      out.push({ sheet, cell });
  }
  return out;
}

const where = (c: HighlightedCell) => `${c.sheet}\u0000${c.cell}`;

/** Sheet edits in "update" mode, one per sheet, in first-seen order. */
class SheetEdits {
  private readonly map = new Map<string, SheetEdit>();
  get(sheet: string): SheetEdit {
    let e = this.map.get(sheet);
    if (!e) {
      e = { name: sheet, mode: "update", blocks: [], formats: [] };
      this.map.set(sheet, e);
    }
    return e;
  }
  list(): SheetEdit[] {
    return [...this.map.values()];
  }
}

function trackingSheet(problems: readonly AgencyProblem[], present: boolean): WorkbookEdit {
  const rows: Cell[][] = problems
    .filter((p) => p.cell !== "")
    .map((p) => [p.sheet, p.cell, p.text, p.severity]);
  if (rows.length === 0)
    return present ? { sheets: [], deleteSheets: [CHECK_SHEET] } : { sheets: [] };
  return {
    sheets: [
      {
        name: CHECK_SHEET,
        mode: "replace",
        visibility: "veryHidden",
        blocks: [{ at: "A1", values: [CHECK_HEADER, ...rows] }],
        formats: [{ range: `A2:B${rows.length + 1}`, format: { numberFormat: "@" } }],
      },
    ],
  };
}

export interface HighlightOptions {
  /** Cells highlighted by the previous check (from the tracking sheet). */
  previous: readonly HighlightedCell[];
  /** Sheets in the workbook now (an old highlight on a deleted sheet is skipped). */
  sheets: readonly string[];
  /** The tracking sheet exists. */
  trackingPresent: boolean;
}

/**
 * Fill the problem cells, clear the fill of cells highlighted before that are fine now, and
 * rewrite the tracking sheet. Null when there is nothing to change.
 */
export function highlightEdit(
  problems: readonly AgencyProblem[],
  opts: HighlightOptions,
): WorkbookEdit | null {
  const edits = new SheetEdits();
  const now = new Set(problems.filter((p) => p.cell).map(where));
  const present = new Set(opts.sheets);
  for (const p of problems) {
    if (!p.cell) continue;
    const fill = p.severity === "error" ? ERROR_FILL : WARNING_FILL;
    edits.get(p.sheet).formats!.push({ range: p.cell, format: { fill } });
  }
  for (const old of opts.previous) {
    if (now.has(where(old)) || !present.has(old.sheet)) continue;
    edits.get(old.sheet).formats!.push({ range: old.cell, format: { fill: null } });
  }
  const tracking = trackingSheet(problems, opts.trackingPresent);
  const sheets = [...edits.list(), ...tracking.sheets];
  if (sheets.length === 0 && !tracking.deleteSheets) return null;
  const edit: WorkbookEdit = { sheets };
  if (tracking.deleteSheets) edit.deleteSheets = tracking.deleteSheets;
  return edit;
}

/** Write `text` over a problem cell: a legacy font goes with the legacy text. */
function writeFix(edits: SheetEdits, p: AgencyProblem, text: string, resolved: boolean): void {
  const e = edits.get(p.sheet);
  e.blocks!.push({ at: p.cell, values: [[p.prefix + text]] });
  const format: { fontName?: string; fill?: null } = {};
  if (fontEncoding(p.font) !== undefined) format.fontName = PRINT_FONT;
  if (resolved) format.fill = null;
  if (Object.keys(format).length > 0) e.formats!.push({ range: p.cell, format });
}

/** One problem's suggestion written to its cell (highlight cleared when nothing is left). */
export function fixOneEdit(problem: AgencyProblem): WorkbookEdit | null {
  if (!problem.cell || problem.suggestion === null) return null;
  const edits = new SheetEdits();
  const resolved = problem.parts.every((p) => p.fix !== null);
  writeFix(edits, problem, problem.suggestion, resolved);
  return { sheets: edits.list() };
}

/**
 * Every safe fix in one edit (legacy encoding, tone placement, aliases and abbreviations, case
 * and spacing); cells fully resolved lose their highlight and leave the tracking sheet.
 */
export function fixAllEdit(problems: readonly AgencyProblem[]): {
  edit: WorkbookEdit | null;
  fixed: AgencyProblem[];
  remaining: AgencyProblem[];
} {
  const edits = new SheetEdits();
  const fixed: AgencyProblem[] = [];
  const remaining: AgencyProblem[] = [];
  for (const p of problems) {
    if (!p.cell || p.safeText === null) {
      remaining.push(p);
      continue;
    }
    writeFix(edits, p, p.safeText, p.safe);
    fixed.push(p);
    if (!p.safe) remaining.push(p);
  }
  if (fixed.length === 0) return { edit: null, fixed, remaining };
  const tracking = trackingSheet(remaining, true);
  const edit: WorkbookEdit = { sheets: [...edits.list(), ...tracking.sheets] };
  if (tracking.deleteSheets) edit.deleteSheets = tracking.deleteSheets;
  return { edit, fixed, remaining };
}
