/**
 * "Chuẩn bị in": make a sheet holding a table print as an official appendix (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I). Builds one `SheetEdit` (mode "update"): the header block in the
 * rows the sheet's builder reserved above the table, the signature block below it, Times New
 * Roman black over the printed range, column widths fitted to A4 and the page layout.
 */
import type { PageLayout, RangeFormat, SheetEdit } from "../sheet";
import { absolute, parseRange, rangeAddress } from "../address";
import { fitColumns } from "./columns";
import { DEFAULT_NORMAL_FONT, maxDigitWidthPx } from "./metrics";
import { BLACK, HEADER_BLOCK_ROWS, headerBlock, signatureBlock } from "./header";
import { checkLayout, officialPageLayout, PRINT_FONT, type Orientation } from "./layout";
import type { PrintSettings } from "./settings";
import { rowBreaks } from "./pages";
import { type Lang, translate } from "../../i18n";
import { documentTitle, summaryTitle, type PrintKind } from "./titles";

export interface PreparePrintOptions {
  sheet: string;
  /** The table, header row(s) included, e.g. "A9:K40"; it must start in column A. */
  table: { range: string; headerRows?: number };
  /** Columns printed, from column A (the table's width, or fewer to leave helper columns out). */
  columnsCount: number;
  settings: PrintSettings;
  orientation?: Orientation;
  /**
   * 1-based row where the header block starts; default the HEADER_BLOCK_ROWS rows right above the
   * table. Rows between the block and the table are left as they are.
   */
  existingTopRow?: number;
  /** Current widths (Excel units) of the printed columns; when given they are fitted to A4. */
  columnWidths?: number[];
  /** The workbook's Normal-style font, which sets Excel's column unit; default TNR 12. */
  normalFont?: { name: string; size: number };
  /** White cells and thin borders over the table so it prints plain (default true). */
  plainTable?: boolean;
  /**
   * 1-based row where the signature block starts; default two rows under the table. Lower when
   * the sheet has more under its table (the tracking sheet's rates) that must print too.
   */
  signatureTopRow?: number;
  /** Columns under the agency (left half) when an earlier header block must be kept in place. */
  leftColumns?: number;
  lang?: Lang;
}

/** A sheet or table that cannot be prepared for print; the message is for the user. */
export class PreparePrintError extends Error {
  override readonly name = "PreparePrintError";
  constructor(
    /** The message's catalogue key ("print.prepare.noTable", …). */
    readonly key: string,
    lang: Lang,
    params: Record<string, string | number> = {},
  ) {
    super(translate(lang, key, params));
  }
}

export function preparePrintEdit(opts: PreparePrintOptions): SheetEdit {
  const lang = opts.lang ?? "vi";
  const table = parseRange(opts.table.range);
  const headerRows = opts.table.headerRows ?? 1;
  const n = opts.columnsCount;
  if (!Number.isInteger(n) || n < 2)
    throw new PreparePrintError("print.error.columns", lang, { count: n });
  if (table.left !== 0) {
    throw new PreparePrintError("print.error.notColumnA", lang, { range: opts.table.range });
  }
  if (
    !Number.isInteger(headerRows) ||
    headerRows < 1 ||
    headerRows > table.bottom - table.top + 1
  ) {
    throw new PreparePrintError("print.error.headerRows", lang, { rows: headerRows });
  }
  // 1-based rows from here on.
  const tableTop = table.top + 1;
  const tableBottom = table.bottom + 1;
  const blockTop = opts.existingTopRow ?? tableTop - HEADER_BLOCK_ROWS;
  if (blockTop < 1 || blockTop + HEADER_BLOCK_ROWS > tableTop) {
    throw new PreparePrintError("print.error.noRoom", lang, {
      needed: HEADER_BLOCK_ROWS,
      row: tableTop,
      sheet: opts.sheet,
    });
  }
  if (opts.columnWidths && opts.columnWidths.length < n) {
    throw new PreparePrintError("print.error.widths", lang, { count: opts.columnWidths.length, n });
  }

  const orientation = opts.orientation ?? "landscape";
  const normal = opts.normalFont ?? DEFAULT_NORMAL_FONT;
  const digitWidthPx = maxDigitWidthPx(normal.name, normal.size);
  const widths = opts.columnWidths
    ? fitColumns(opts.columnWidths.slice(0, n), orientation, { digitWidthPx })
    : undefined;
  const partOpts = { widths, orientation, digitWidthPx, leftColumns: opts.leftColumns };
  const header = headerBlock(opts.settings, n, { ...partOpts, top: blockTop });
  const signatureTop = Math.max(tableBottom + 2, opts.signatureTopRow ?? 0);
  const signature = signatureBlock(opts.settings, n, { ...partOpts, top: signatureTop });

  const lastRow = signature.top + signature.rows - 1;
  const printRange = rangeAddress({
    top: blockTop - 1,
    left: 0,
    bottom: lastRow - 1,
    right: n - 1,
  });
  const tableRange = rangeAddress({ ...table, right: n - 1 });

  const formats: RangeFormat[] = [
    // Only font name and colour: sizes, bold and italic already in the table stay.
    { range: printRange, format: { fontName: PRINT_FONT, fontColor: BLACK } },
  ];
  if (opts.plainTable ?? true) {
    // A direct white fill hides a coloured table style's banding; the text is black anyway.
    formats.push({ range: tableRange, format: { fill: "#FFFFFF", border: true } });
  }
  formats.push(...header.formats, ...signature.formats);

  const edit: SheetEdit = {
    name: opts.sheet,
    mode: "update",
    blocks: [...header.blocks, ...signature.blocks],
    formats,
    merges: [...header.merges, ...signature.merges],
    rowHeights: { ...header.rowHeights, ...signature.rowHeights },
    pageLayout: officialPageLayout({
      orientation,
      titleRows: `$${tableTop}:$${tableTop + headerRows - 1}`,
      printArea: absolute(printRange),
    }),
  };
  if (widths) {
    edit.columns = widths.map((width, index) => ({ index, width }));
    // Widths fill the page: print at 100 %, so the page breaks we set hold (Fit To would win).
    edit.pageLayout = { ...edit.pageLayout!, fitToWidth: false, columnsFitted: true };
  }
  return edit;
}

export type { PrintKind };

export interface PrintSheetInfo {
  kind: PrintKind;
  orientation: Orientation;
  /** Default title of the printed table (printed in capitals). */
  title: string;
  /** Header rows of the table, repeated on every page. */
  headerRows: number;
}

/** The summary's title for one period (built in domain/print/titles, the one place). */
export const summaryTitleFor = summaryTitle;

/** What the print of each kind of sheet defaults to; all are wide tables, so landscape. */
export function printSheetsFor(kind: PrintKind, year: number): PrintSheetInfo {
  return { kind, orientation: "landscape", title: documentTitle(kind, year), headerRows: 1 };
}

/**
 * Manual page breaks for a prepared sheet: a task's rows (the table's merged cells spanning
 * rows) stay on one page, and the signature block prints with the table's last task. `table`
 * is 1-based; `heights` add to (or estimate) the sheet's own row heights. Needs the sheet's
 * print area; without one the sheet is returned as it is.
 */
export function withRowBreaks(
  sheet: SheetEdit,
  table: { top: number; bottom: number },
  heights: Record<number, number> = {},
  /** More runs of rows to keep together (1-based), e.g. a task's rows found on a read sheet. */
  more: [number, number][] = [],
): SheetEdit {
  const layout = sheet.pageLayout;
  if (!layout?.printArea) return sheet;
  const area = parseRange(layout.printArea.replace(/\$/g, "").replace(/^.*!/, ""));
  const groups: [number, number][] = (sheet.merges ?? [])
    .map((m) => parseRange(m))
    .filter((b) => b.bottom > b.top && b.top + 1 >= table.top && b.bottom + 1 <= table.bottom)
    .map((b): [number, number] => [b.top + 1, b.bottom + 1])
    .concat(more);
  // The last task: its merged rows, or the table's last row alone.
  const lastTask = groups.find(([a, b]) => a <= table.bottom && b >= table.bottom)?.[0];
  groups.push([lastTask ?? table.bottom, area.bottom + 1]);
  const titles = layout.printTitleRows
    ? (layout.printTitleRows.replace(/\$/g, "").split(":").map(Number) as [number, number])
    : undefined;
  const breaks = rowBreaks({
    orientation: layout.orientation,
    first: area.top + 1,
    last: area.bottom + 1,
    heights: { ...sheet.rowHeights, ...heights },
    titleRows: titles && titles.length === 2 ? titles : undefined,
    keepTogether: groups,
  });
  return { ...sheet, pageLayout: { ...layout, rowBreaks: breaks } };
}

/** Lines for the "Chuẩn bị in" report: what was set, then any rule the layout breaks. */
export function printReport(layout: PageLayout, lang: Lang = "vi"): string[] {
  const m = layout.margins;
  const lines = [
    translate(lang, `print.report.paper.${layout.orientation}`),
    translate(lang, "print.report.margins", m),
  ];
  if (layout.printTitleRows) {
    lines.push(translate(lang, "print.report.titles", { rows: layout.printTitleRows }));
  }
  if (layout.printArea)
    lines.push(translate(lang, "print.report.area", { area: layout.printArea }));
  const issues = checkLayout(layout, lang);
  lines.push(...(issues.length ? issues : [translate(lang, "print.report.ok")]));
  return lines;
}
