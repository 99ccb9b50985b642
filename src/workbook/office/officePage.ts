/** PageLayout (port) -> queued Office.js page layout writes (ExcelApi 1.9). */
import type { PageLayout } from "../../domain/sheet";
import { localRange, parseColumnSpan, parseRowSpan } from "../shared/references";
import { columnLetter } from "../../domain/address";

const POINTS_PER_MM = 72 / 25.4;
const points = (mm: number) => Math.round(mm * POINTS_PER_MM * 100) / 100;

export interface HeaderFooterSections {
  left: string;
  center: string;
  right: string;
}

/**
 * Split an Excel header/footer code ("&L…&C…&R…") into its three sections, which Office.js
 * sets one by one. Text before any section code is centred, as Excel does; "&&" is a literal
 * ampersand and other codes (&P, &B, &"font") stay in their section.
 */
export function splitHeaderFooter(code: string): HeaderFooterSections {
  const out: HeaderFooterSections = { left: "", center: "", right: "" };
  let section: keyof HeaderFooterSections = "center";
  let i = 0;
  while (i < code.length) {
    const ch = code[i];
    if (ch === "&" && i + 1 < code.length) {
      const next = code[i + 1];
      if (next === "L" || next === "C" || next === "R") {
        section = next === "L" ? "left" : next === "C" ? "center" : "right";
      } else {
        out[section] += ch + next;
      }
      i += 2;
      continue;
    }
    out[section] += ch;
    i++;
  }
  return out;
}

function setHeaderFooter(target: Excel.HeaderFooter, header?: string, footer?: string): void {
  const h = splitHeaderFooter(header ?? "");
  const f = splitHeaderFooter(footer ?? "");
  target.leftHeader = h.left;
  target.centerHeader = h.center;
  target.rightHeader = h.right;
  target.leftFooter = f.left;
  target.centerFooter = f.center;
  target.rightFooter = f.right;
}

export function applyPageLayout(sheet: Excel.Worksheet, layout: PageLayout): void {
  const page = sheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = layout.orientation === "landscape" ? "Landscape" : "Portrait";
  page.topMargin = points(layout.margins.top);
  page.bottomMargin = points(layout.margins.bottom);
  page.leftMargin = points(layout.margins.left);
  page.rightMargin = points(layout.margins.right);
  page.headerMargin = points(layout.margins.header);
  page.footerMargin = points(layout.margins.footer);
  // One page wide, as many tall as needed (0 = automatic).
  page.zoom = layout.fitToWidth
    ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
    : { scale: 100 };
  page.centerHorizontally = !!layout.centerHorizontally;
  if (layout.printTitleRows) {
    const [a, b] = parseRowSpan(layout.printTitleRows);
    page.setPrintTitleRows(`$${a}:$${b}`);
  }
  if (layout.printTitleColumns) {
    const [a, b] = parseColumnSpan(layout.printTitleColumns);
    page.setPrintTitleColumns(`$${columnLetter(a)}:$${columnLetter(b)}`);
  }
  if (layout.printArea) page.setPrintArea(localRange(layout.printArea));
  if (layout.rowBreaks) {
    // Ours replace the sheet's manual breaks; each is added before its row's first cell.
    sheet.horizontalPageBreaks.removePageBreaks();
    for (const r of [...new Set(layout.rowBreaks)].sort((x, y) => x - y)) {
      sheet.horizontalPageBreaks.add(`A${r}`);
    }
  }
  const hf = page.headersFooters;
  hf.state = layout.differentFirst ? "FirstAndDefault" : "Default";
  setHeaderFooter(hf.defaultForAllPages, layout.header, layout.footer);
  if (layout.differentFirst) setHeaderFooter(hf.firstPage, layout.firstHeader, layout.firstFooter);
}
