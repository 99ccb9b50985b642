/**
 * "Chuẩn bị in" on a sheet read back (the summary, the task matrix, a user's table): the edit
 * that makes it print as an official appendix where it stands.
 *
 * - Room above: the builders leave HEADER_BLOCK_ROWS rows above their tables. Those rows may
 *   hold a title in column A or an earlier run's header block: both are replaced. Anything else
 *   there is the user's, so nothing is written and the message names the cells in the way.
 * - Below: the signature block goes two rows under whatever the sheet has under its table, or
 *   where an earlier run put it.
 * - Widths: the builders' own widths (summary, matrix) fitted to A4; for other sheets,
 *   estimated from the text, and the rows made tall enough for the wrapped text.
 *
 * Not exported from domain/print's index: it reads the matrix's and the summary's layouts,
 * which import print themselves.
 */
import { parseRange, rangeAddress } from "../address";
import { EXTRA_COLUMN_WIDTH, MATRIX_COLUMNS, matrixRowHeights } from "../matrix";
import { SUMMARY_COLUMN_WIDTHS } from "../rollup/summary";
import { findPeriod } from "../schedule";
import type { SheetData, SheetEdit } from "../sheet";
import type { Lang } from "../../i18n";
import { isText } from "../text";
import { HEADER_BLOCK_ROWS } from "./header";
import {
  cellsInTheWay,
  earlierSplit,
  filled,
  locateTable,
  rowTexts,
  signatureRow,
  yearOn,
  type TableAt,
} from "./locate";
import { DEFAULT_COLUMN_WIDTH, estimatedWidths, wrappedRowHeights } from "./metrics";
import {
  PreparePrintError,
  preparePrintEdit,
  printSheetsFor,
  summaryTitleFor,
  withRowBreaks,
} from "./prepare";
import { printSettingsFor, type PrintSettingsSources } from "./settings";
import type { PrintKind } from "./titles";

/** What a sheet is prepared with: its kind, the year, where the settings come from. */
export interface SheetPrintOptions extends PrintSettingsSources {
  /** The plan: its year is the print's unless `year` says. */
  plan?: { year?: number; province?: string };
  /** Year for titles and the date line; default the plan's, else found on the sheet. */
  year?: number;
  lang?: Lang;
}

export interface PreparedSheet {
  edit: SheetEdit;
  /** The printed table, header row(s) included, e.g. "A9:G41". */
  table: string;
  columns: number;
}

/** Body text size of the sheets we print (our Normal style). */
const BODY_PT = 12;

/** The year a print names: given, the plan's, one named on the sheet, else this year. */
export function printYear(options: SheetPrintOptions, data: SheetData, upTo: number): number {
  return options.year ?? options.plan?.year ?? yearOn(data, upTo) ?? new Date().getFullYear();
}

export function prepareInPlace(
  data: SheetData,
  kind: PrintKind | undefined,
  options: SheetPrintOptions,
): PreparedSheet {
  const lang = options.lang ?? "vi";
  const table = locateTable(data);
  if (!table) throw new PreparePrintError("print.prepare.noTable", lang, { sheet: data.name });
  const blockTop = table.top - HEADER_BLOCK_ROWS; // 0-based
  if (blockTop < 0) {
    throw new PreparePrintError("print.prepare.tooHigh", lang, {
      sheet: data.name,
      row: table.top + 1,
      needed: HEADER_BLOCK_ROWS,
      missing: -blockTop,
    });
  }
  const inTheWay = cellsInTheWay(data, blockTop, table.top, table.columns);
  if (inTheWay.length) {
    const shown = inTheWay.slice(0, 6).join(", ") + (inTheWay.length > 6 ? ", …" : "");
    throw new PreparePrintError("print.prepare.occupied", lang, {
      sheet: data.name,
      needed: HEADER_BLOCK_ROWS,
      from: blockTop + 1,
      to: table.top,
      cells: shown,
    });
  }

  const year = printYear(options, data, table.top);
  const settings = printSettingsFor(year, titleFor(kind, data, year, blockTop), options);
  const range = rangeAddress({
    top: table.top,
    bottom: table.bottom,
    left: 0,
    right: table.columns - 1,
  });
  const split = earlierSplit(data, blockTop);
  const signature = signatureRow(data, table);
  const edit = preparePrintEdit({
    sheet: data.name,
    table: { range, headerRows: table.headerRows },
    columnsCount: table.columns,
    settings,
    orientation: kind ? printSheetsFor(kind, year).orientation : "landscape",
    columnWidths: wantedWidths(kind, data, table),
    signatureTopRow: signature.row,
    leftColumns: split,
    lang,
  });
  edit.activate = true;
  // Merged cells an earlier run made are there already: merging them again is refused by
  // Excel's API (and ExcelJS) when they overlap, so only new ones are asked for. A merge is old
  // when it starts on a text of the earlier header or signature block.
  edit.merges = (edit.merges ?? []).filter((m) => {
    const box = parseRange(m);
    const inOldHeader = split !== undefined && box.top >= blockTop && box.bottom < table.top;
    const inOldSignature = signature.earlier && box.top >= signature.row - 1;
    return !((inOldHeader || inOldSignature) && filled(data, box.top, box.left));
  });

  // Page breaks from the rows' heights at the fitted widths (the matrix as its builder sizes
  // them; other tables by the estimate), a task's rows (STT only on its first) kept together.
  const widths = (edit.columns ?? []).map((c) => c.width ?? DEFAULT_COLUMN_WIDTH);
  const firstBody = table.top + table.headerRows;
  const rows = [];
  for (let r = table.top; r <= table.bottom; r++) {
    rows.push({ row: r, cells: rowTexts(data, r, table.columns), bold: r < firstBody });
  }
  const head = rows.slice(0, table.headerRows);
  const body = rows.slice(table.headerRows);
  const estimated = {
    ...(kind === "matrix"
      ? matrixRowHeights(
          body.map((b) => b.cells),
          widths,
          firstBody + 1,
        )
      : wrappedRowHeights(body, widths, BODY_PT)),
    ...wrappedRowHeights(head, widths, BODY_PT),
  };
  const runs: [number, number][] = [];
  for (let r = firstBody + 1; r <= table.bottom; r++) {
    if (filled(data, r, 0)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === r) last[1] = r + 1;
    else runs.push([r, r + 1]);
  }
  const broken = withRowBreaks(
    edit,
    { top: table.top + 1, bottom: table.bottom + 1 },
    estimated,
    runs,
  );
  edit.pageLayout = broken.pageLayout;
  if (!kind) {
    // Our builders size their rows for these widths; a user's table gets rows that show the
    // wrapped text at the fitted widths (12 pt, what our Normal style prints).
    edit.rowHeights = { ...wrappedRowHeights(rows, widths, BODY_PT), ...edit.rowHeights };
    // The heights count on wrapping: without it a long text runs under its neighbour, cut off.
    edit.formats = [...(edit.formats ?? []), { range, format: { wrap: true } }];
  }
  return { edit, table: range, columns: table.columns };
}

/** The printed title: the kind's own, else an earlier run's, else the sheet's title in A. */
export function titleFor(
  kind: PrintKind | undefined,
  data: SheetData,
  year: number,
  blockTop: number,
): string {
  if (kind === "summary") {
    const code = /(\d{4}-[A-Za-z0-9]+)\s*$/.exec(data.name)?.[1];
    const period = code ? findPeriod(code)?.name : undefined;
    return period ? summaryTitleFor(period) : printSheetsFor("summary", year).title;
  }
  if (kind) return printSheetsFor(kind, year).title;
  // A sheet of the user's: the title an earlier run printed, else its own title in column A.
  if (earlierSplit(data, blockTop) !== undefined) {
    const old = data.values[blockTop + 5]?.[0];
    if (isText(old)) return String(old);
  }
  for (let r = 0; r < blockTop + HEADER_BLOCK_ROWS; r++) {
    const v = data.values[r]?.[0];
    if (isText(v)) return String(v);
  }
  return data.name;
}

/** Widths to fit to A4: the builder's for the summary and the matrix, else estimated. */
function wantedWidths(kind: PrintKind | undefined, data: SheetData, table: TableAt): number[] {
  if (kind === "summary" && table.columns === SUMMARY_COLUMN_WIDTHS.length) {
    return [...SUMMARY_COLUMN_WIDTHS];
  }
  if (kind === "matrix" && table.columns >= MATRIX_COLUMNS.length) {
    return Array.from(
      { length: table.columns },
      (_, i) => MATRIX_COLUMNS[i]?.width ?? EXTRA_COLUMN_WIDTH,
    );
  }
  const rows = [];
  for (let r = table.top; r <= table.bottom; r++) rows.push(rowTexts(data, r, table.columns));
  return estimatedWidths(rows, table.headerRows, table.columns);
}
