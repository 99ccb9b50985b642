/**
 * Page setup by Nghị định 30/2020/NĐ-CP, Phụ lục I, as data (a `PageLayout` the adapters apply).
 *
 * Decree ranges: top and bottom margins 20–25 mm, left 30–35 mm, right 15–20 mm. We take the
 * smallest of each (top 20, bottom 20, left 30, right 15): the widest printable area the decree
 * allows, which tables need most. The page number sits centred in the top margin, in Times New
 * Roman 13, on every page but the first.
 */
import type { PageLayout } from "../sheet";
import { translate, type Lang, type Params } from "../../i18n";

export type Orientation = "landscape" | "portrait";

export const PAPER_MM = { A4: { width: 210, height: 297 } } as const;

export const MARGIN_RANGES_MM = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
} as const;

/**
 * Header and footer sit 10 mm from the paper's edge: in the middle of the 20 mm top margin, and
 * still inside what office printers can reach (about 5 mm).
 */
export const OFFICIAL_MARGINS_MM: PageLayout["margins"] = {
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
  header: 10,
  footer: 10,
};

export const PRINT_FONT = "Times New Roman";

/** Excel header code: page number, centred, Times New Roman regular 13. */
export const PAGE_NUMBER_HEADER = `&C&"${PRINT_FONT},Regular"&13&P`;

export interface OfficialLayoutOptions {
  /** Landscape by default: the decree allows it for tables, and ours are wide. */
  orientation?: Orientation;
  /** Rows repeated at the top of every printed page, e.g. "$8:$8". */
  titleRows?: string;
  printArea?: string;
}

export function officialPageLayout(opts: OfficialLayoutOptions = {}): PageLayout {
  const layout: PageLayout = {
    paper: "A4",
    orientation: opts.orientation ?? "landscape",
    margins: { ...OFFICIAL_MARGINS_MM },
    // One page wide, as many tall as needed: no column is cut off.
    fitToWidth: true,
    // Not centred: centring would add to the right margin and could push it past 20 mm.
    centerHorizontally: false,
    header: PAGE_NUMBER_HEADER,
    footer: "",
    // Page 1 carries no number (the decree numbers pages from the second).
    differentFirst: true,
    firstHeader: "",
    firstFooter: "",
  };
  if (opts.titleRows) layout.printTitleRows = opts.titleRows;
  if (opts.printArea) layout.printArea = opts.printArea;
  return layout;
}

/** Width in millimetres left for the table between the left and right margins. */
export function printableWidthMm(
  orientation: Orientation,
  margins: Pick<PageLayout["margins"], "left" | "right"> = OFFICIAL_MARGINS_MM,
): number {
  const paper = PAPER_MM.A4;
  const width = orientation === "landscape" ? paper.height : paper.width;
  return width - margins.left - margins.right;
}

// ---------------------------------------------------------------------------------------------
// Checking a layout against the decree.

export type LayoutIssueCode =
  | "paper"
  | "margin"
  | "headerMargin"
  | "fitToWidth"
  | "printTitles"
  | "pageNumberMissing"
  | "pageNumberFont"
  | "pageNumberOnFirstPage"
  | "pageNumberInFooter";

export interface LayoutIssue {
  code: LayoutIssueCode;
  params?: Params;
}

export interface HeaderSections {
  left: string;
  center: string;
  right: string;
}

/**
 * Split an Excel header/footer code into its left, centre and right sections. Text before any
 * section code belongs to the centre, as in Excel; "&&" is a literal ampersand.
 */
export function headerSections(code: string): HeaderSections {
  const out: HeaderSections = { left: "", center: "", right: "" };
  let section: keyof HeaderSections = "center";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    const next = code[i + 1];
    if (ch === "&" && (next === "L" || next === "C" || next === "R")) {
      section = next === "L" ? "left" : next === "C" ? "center" : "right";
      i++;
      continue;
    }
    if (ch === "&" && next === "&") {
      out[section] += "&&";
      i++;
      continue;
    }
    if (ch === "&" && next === '"') {
      // A font code runs to the closing quote; keep it whole so "&P" inside a name is not read.
      const end = code.indexOf('"', i + 2);
      const stop = end < 0 ? code.length - 1 : end;
      out[section] += code.slice(i, stop + 1);
      i = stop;
      continue;
    }
    out[section] += ch;
  }
  return out;
}

/** Does a header section print the page number? (&P, not &&P.) */
export function hasPageNumber(section: string): boolean {
  return /(^|[^&])(&&)*&P/.test(section.replace(/&"[^"]*"/g, ""));
}

/** Font names a header section sets with &"Name,Style". */
function sectionFonts(section: string): string[] {
  return [...section.matchAll(/&"([^",]*)(?:,[^"]*)?"/g)].map((m) => m[1].trim());
}

const inRange = (v: number, [lo, hi]: readonly [number, number]): boolean => v >= lo && v <= hi;

/** The decree's rules a layout breaks, as codes (an empty list means it complies). */
export function checkLayoutIssues(layout: PageLayout): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  if (layout.paper !== "A4")
    issues.push({ code: "paper", params: { paper: String(layout.paper) } });

  for (const side of ["top", "bottom", "left", "right"] as const) {
    const value = layout.margins[side];
    const [min, max] = MARGIN_RANGES_MM[side];
    if (!inRange(value, [min, max]))
      issues.push({ code: "margin", params: { side, value, min, max } });
  }
  // The page number must print inside the top margin, above the table.
  if (!(layout.margins.header > 0 && layout.margins.header < layout.margins.top)) {
    issues.push({
      code: "headerMargin",
      params: { value: layout.margins.header, top: layout.margins.top },
    });
  }
  // A page is readable alone when it is the whole width, or repeats the label columns.
  if (!layout.fitToWidth && !layout.columnsFitted && !layout.printTitleColumns) {
    issues.push({ code: "fitToWidth" });
  }
  if (!layout.printTitleRows) issues.push({ code: "printTitles" });

  const header = headerSections(layout.header ?? "");
  if (!hasPageNumber(header.center)) {
    issues.push({ code: "pageNumberMissing" });
  } else {
    const fonts = sectionFonts(header.center);
    const font = fonts[fonts.length - 1];
    if (!font || font.toLowerCase() !== PRINT_FONT.toLowerCase()) {
      issues.push({ code: "pageNumberFont", params: { font: font ?? "" } });
    }
  }
  const first = layout.differentFirst ? (layout.firstHeader ?? "") : (layout.header ?? "");
  const firstFooter = layout.differentFirst ? (layout.firstFooter ?? "") : (layout.footer ?? "");
  if (hasPageNumber(allSections(first)) || hasPageNumber(allSections(firstFooter))) {
    issues.push({ code: "pageNumberOnFirstPage" });
  }
  if (hasPageNumber(allSections(layout.footer ?? ""))) issues.push({ code: "pageNumberInFooter" });
  return issues;
}

function allSections(code: string): string {
  const s = headerSections(code);
  return [s.left, s.center, s.right].join("\n");
}

/** The decree's rules a layout breaks, as sentences for the "Chuẩn bị in" report. */
export function checkLayout(layout: PageLayout, lang: Lang = "vi"): string[] {
  return checkLayoutIssues(layout).map((issue) => {
    const params: Params = { ...issue.params };
    if (typeof params.side === "string") params.side = translate(lang, `print.side.${params.side}`);
    return translate(lang, `print.layout.${issue.code}`, params);
  });
}
