/** PageLayout (port) -> ExcelJS page setup, header/footer and print names. */
import type * as ExcelJS from "exceljs";
import { columnLetter, parseRange } from "../../domain/address";
import type { PageLayout } from "../../domain/sheet";
import { localRange, parseColumnSpan, parseRowSpan } from "../shared/references";

const MM_PER_INCH = 25.4;
/** OOXML paperSize code for A4. */
export const PAPER_A4 = 9;

/** Millimetres as the inches a sheet's margins are written in (4 decimals). */
export const inches = (mm: number) => Math.round((mm / MM_PER_INCH) * 10000) / 10000;

export function applyPageLayout(ws: ExcelJS.Worksheet, layout: PageLayout): void {
  const m = layout.margins;
  const setup: Partial<ExcelJS.PageSetup> = {
    ...ws.pageSetup,
    paperSize: PAPER_A4 as ExcelJS.PaperSize,
    orientation: layout.orientation,
    margins: {
      top: inches(m.top),
      bottom: inches(m.bottom),
      left: inches(m.left),
      right: inches(m.right),
      header: inches(m.header),
      footer: inches(m.footer),
    },
    horizontalCentered: !!layout.centerHorizontally,
  };
  if (layout.fitToWidth) {
    // One page wide, as many pages tall as needed.
    Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  } else {
    Object.assign(setup, { fitToPage: false, scale: 100 });
  }
  const titles = layout.printTitleRows ? parseRowSpan(layout.printTitleRows) : undefined;
  setup.printTitlesRow = titles ? `${titles[0]}:${titles[1]}` : undefined;
  const labels = layout.printTitleColumns ? parseColumnSpan(layout.printTitleColumns) : undefined;
  setup.printTitlesColumn = labels
    ? `${columnLetter(labels[0])}:${columnLetter(labels[1])}`
    : undefined;
  setup.printArea = layout.printArea ? absolutePrintArea(localRange(layout.printArea)) : undefined;
  ws.pageSetup = setup as ExcelJS.PageSetup;

  if (layout.rowBreaks) setRowBreaks(ws, layout.rowBreaks);

  ws.headerFooter = {
    differentFirst: !!layout.differentFirst,
    differentOddEven: false,
    oddHeader: layout.header ?? "",
    oddFooter: layout.footer ?? "",
    evenHeader: "",
    evenFooter: "",
    firstHeader: layout.differentFirst ? (layout.firstHeader ?? "") : "",
    firstFooter: layout.differentFirst ? (layout.firstFooter ?? "") : "",
  };
}

/**
 * Manual page breaks before the given 1-based rows. OOXML (and ExcelJS's row.addPageBreak)
 * records a break after a row, so a page starting at row r is a break after row r − 1.
 */
function setRowBreaks(ws: ExcelJS.Worksheet, rows: number[]): void {
  const model = ws as unknown as { rowBreaks: unknown[] };
  model.rowBreaks = [];
  for (const r of [...new Set(rows)].sort((a, b) => a - b)) {
    if (!Number.isInteger(r) || r < 2) throw new RangeError(`Not a row to break before: ${r}`);
    ws.getRow(r - 1).addPageBreak();
  }
}

/**
 * ExcelJS writes a print area "A1:K40" as "$A1:$K40" (rows left relative, so Excel would move
 * the area with the active cell). Handing it "A$1:K$40" makes it write "$A$1:$K$40".
 * Idempotent; also fixes print areas of loaded workbooks before saving.
 */
export function absolutePrintArea(area: string): string {
  return area
    .split("&&")
    .map((part) => {
      if (part.includes("$")) return part;
      const box = parseRange(part);
      const corner = (row: number, col: number) => `${columnLetter(col)}$${row + 1}`;
      return `${corner(box.top, box.left)}:${corner(box.bottom, box.right)}`;
    })
    .join("&&");
}
