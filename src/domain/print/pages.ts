/**
 * Where printed pages break, as data: manual row breaks that keep a task's rows on one page and
 * the signature block with the table's last rows (Nghị định 30/2020 wants every page readable;
 * a signature alone on a page signs nothing). The heights are the ones the sheet is written
 * with, so the estimate is the printer's: rows of fixed height, A4, the decree's margins.
 */
import type { PageLayout } from "../sheet";
import { type Orientation, OFFICIAL_MARGINS_MM, PAPER_MM } from "./layout";

/** Excel's default row height (pt), for a row the sheet gives none. */
export const DEFAULT_ROW_PT = 15;

/**
 * Share of the page the breaks fill. The printer's own breaks come after ours as long as our
 * pages are no fuller than this; a little room absorbs rounding of the row heights.
 */
export const PAGE_FILL = 0.985;

const PT_PER_MM = 72 / 25.4;

/** Height in points left for rows on an A4 page between the top and bottom margins. */
export function printableHeightPt(
  orientation: Orientation,
  margins: Pick<PageLayout["margins"], "top" | "bottom"> = OFFICIAL_MARGINS_MM,
): number {
  const paper = PAPER_MM.A4;
  const height = orientation === "landscape" ? paper.width : paper.height;
  return (height - margins.top - margins.bottom) * PT_PER_MM;
}

export interface PaginationInput {
  orientation: Orientation;
  /** 1-based first and last printed rows. */
  first: number;
  last: number;
  /** Heights in points by 1-based row; a row not given is DEFAULT_ROW_PT. */
  heights: Record<number, number>;
  /** Rows repeated at the top of every page after the first, 1-based, inclusive. */
  titleRows?: [number, number];
  /** Runs of rows (1-based, inclusive) that print on one page whenever they fit on one. */
  keepTogether?: [number, number][];
}

/**
 * The 1-based rows that start a new page: rows fill a page in order; a run that would cross
 * the page's end starts the next page instead (unless the page holds nothing else yet).
 */
export function rowBreaks(input: PaginationInput): number[] {
  const height = (r: number) => input.heights[r] ?? DEFAULT_ROW_PT;
  const sum = (a: number, b: number) => {
    let h = 0;
    for (let r = a; r <= b; r++) h += height(r);
    return h;
  };
  const capacity = printableHeightPt(input.orientation) * PAGE_FILL;
  const titles = input.titleRows ? sum(input.titleRows[0], input.titleRows[1]) : 0;
  // Runs by first row; overlapping runs join into one.
  const runs = [...(input.keepTogether ?? [])]
    .map(([a, b]) => [Math.max(a, input.first), Math.min(b, input.last)] as [number, number])
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  const joined: [number, number][] = [];
  for (const run of runs) {
    const prev = joined[joined.length - 1];
    if (prev && run[0] <= prev[1]) prev[1] = Math.max(prev[1], run[1]);
    else joined.push([...run]);
  }

  const breaks: number[] = [];
  let used = 0;
  let pageStart = input.first;
  let next = 0;
  for (let r = input.first; r <= input.last;) {
    while (next < joined.length && joined[next][1] < r) next++;
    const run = joined[next];
    const end = run && run[0] === r ? run[1] : r;
    const h = sum(r, end);
    const emptyPage = r === pageStart;
    if (!emptyPage && used + h > capacity) {
      breaks.push(r);
      pageStart = r;
      used = titles;
    }
    used += h;
    r = end + 1;
  }
  return breaks;
}
