/**
 * The tracking sheet's print copy, "Bản in theo dõi báo cáo". The tracking sheet's settings sit
 * right above its table (no room for the header block), its yellow input cells and status
 * colours are working aids, and its 3 columns per period (18 for 2020) cannot print readably on
 * one page. The copy links every cell back with a formula, so its figures stay current (a unit
 * added or removed needs a new run); per period it prints the received date and the status, the
 * deadline once in the column header. A sheet of that name the user made is never replaced.
 */
import { absolute, cellAddress, columnLetter, rangeAddress, sheetRef } from "../address";
import { DATE_FORMAT, STATUS_TEXT } from "../schedule";
import type { Cell, RangeFormat, Scalar, SheetData, SheetEdit } from "../sheet";
import { fitColumns } from "./columns";
import { HEADER_BLOCK_ROWS } from "./header";
import { PRINT_FONT } from "./layout";
import { isText, labelKey } from "../text";
import { earlierSplit } from "./locate";
import { wrapLines, wrappedRowHeights, wrapWidthPt } from "./metrics";
import { PreparePrintError, preparePrintEdit, printSheetsFor } from "./prepare";
import { printYear, type PreparedSheet, type SheetPrintOptions } from "./inPlace";
import { printSettingsFor } from "./settings";
import { readTrackingSheet, TRACKING_LABELS } from "../tracking";

/** The sheet the tracking sheet prints through. */
export const TRACKING_PRINT_SHEET = "Bản in theo dõi báo cáo";

/** A sheet an earlier run made: our header block on top, or at least our table header. */
export function isTrackingCopy(data: SheetData): boolean {
  const empty = data.values.every((row) => row.every((v) => v === null || v === ""));
  return (
    empty ||
    earlierSplit(data, 0) !== undefined ||
    labelKey(data.values[HEADER_BLOCK_ROWS]?.[0]) === labelKey(TRACKING_LABELS.stt)
  );
}

const COPY_FONT_PT = 11;
/** Wanted widths: STT, unit, then per period received date and status (fitted to A4 after). */
const COPY_WIDTHS = { stt: 3.6, unit: 22, received: 9.6, status: 8.4 };

export function trackingCopy(data: SheetData, options: SheetPrintOptions): PreparedSheet {
  const lang = options.lang ?? "vi";
  // The tracking sheet as its owner reads it (found by its header texts).
  const src = readTrackingSheet(data);
  if (!src || src.periods.length === 0)
    throw new PreparePrintError("print.prepare.noTable", lang, { sheet: data.name });
  const link = (r: number, c: number): Cell => {
    const ref = sheetRef(data.name, cellAddress(r, c));
    return { formula: `=IF(ISBLANK(${ref}),"",${ref})` };
  };

  const top = HEADER_BLOCK_ROWS; // 0-based header row of the copy's table
  const n = 2 + src.periods.length * 2;
  const colOf = (p: number, k: 0 | 1) => 2 + p * 2 + k;
  const firstUnit = src.units[0]?.row;
  const head: Cell[] = [src.labels.stt, src.labels.unit];
  const deadlines: Cell[] = [null, null];
  const sub: Cell[] = [null, null];
  for (const p of src.periods) {
    head.push(p.name, null);
    deadlines.push(
      firstUnit !== undefined && p.deadline >= 0 ? link(firstUnit, p.deadline) : null,
      null,
    );
    sub.push(TRACKING_LABELS.received, TRACKING_LABELS.status);
  }
  const unitRows: Cell[][] = src.units.map(({ row: r }) => [
    link(r, src.columns.stt),
    link(r, src.columns.name),
    ...src.periods.flatMap((p) => [link(r, p.received), link(r, p.status)]),
  ]);
  const rateRows: Cell[][] = src.rates.map((r) => [
    null,
    link(r, src.columns.name),
    ...src.periods.flatMap((p) => [link(r, p.status), null]),
  ]);
  const rows = [head, deadlines, sub, ...unitRows, ...rateRows];
  const bottom = top + rows.length - 1;
  const firstData = top + 3;
  const firstRate = firstData + unitRows.length;
  const last = columnLetter(n - 1);
  const box = (r1: number, c1: number, r2 = r1, c2 = c1) =>
    rangeAddress({ top: r1, left: c1, bottom: r2, right: c2 });

  const merges = [box(top, 0, top + 2, 0), box(top, 1, top + 2, 1)];
  src.periods.forEach((_, p) => {
    merges.push(
      box(top, colOf(p, 0), top, colOf(p, 1)),
      box(top + 1, colOf(p, 0), top + 1, colOf(p, 1)),
    );
    for (let r = firstRate; r <= bottom; r++) merges.push(box(r, colOf(p, 0), r, colOf(p, 1)));
  });

  const deadlineFormat = `"${TRACKING_LABELS.deadline.replace(/"/g, "")}: "${DATE_FORMAT}`;
  const formats: RangeFormat[] = [
    {
      range: box(top, 0, bottom, n - 1),
      format: {
        fontName: PRINT_FONT,
        fontSize: COPY_FONT_PT,
        fontColor: "#000000",
        vAlign: "middle",
        wrap: true,
        border: true,
      },
    },
    { range: box(top, 0, top + 2, n - 1), format: { bold: true, hAlign: "center" } },
    {
      range: box(top + 1, 2, top + 1, n - 1),
      format: { bold: false, italic: true, numberFormat: deadlineFormat },
    },
    { range: box(firstData, 0, bottom, 0), format: { hAlign: "center" } },
  ];
  if (unitRows.length) {
    src.periods.forEach((_, p) => {
      formats.push(
        {
          range: box(firstData, colOf(p, 0), firstRate - 1, colOf(p, 0)),
          format: { numberFormat: DATE_FORMAT, hAlign: "center" },
        },
        {
          range: box(firstData, colOf(p, 1), firstRate - 1, colOf(p, 1)),
          format: { hAlign: "center" },
        },
      );
    });
  }
  if (rateRows.length) {
    formats.push(
      { range: box(firstRate, 0, bottom, n - 1), format: { bold: true } },
      {
        range: box(firstRate, 2, bottom, n - 1),
        format: { numberFormat: "0.0%", hAlign: "center" },
      },
    );
  }

  const wanted = [
    COPY_WIDTHS.stt,
    COPY_WIDTHS.unit,
    ...src.periods.flatMap(() => [COPY_WIDTHS.received, COPY_WIDTHS.status]),
  ];
  const widths = fitColumns(wanted, "landscape");
  const statusLines = Math.max(
    ...Object.values(STATUS_TEXT).map(
      (s) => wrapLines(s, COPY_FONT_PT, false, wrapWidthPt(widths, 2 + 1)).length,
    ),
  );
  const textAt = (v: Scalar | undefined) => (isText(v) ? String(v) : "");
  const rowHeights = wrappedRowHeights(
    [
      {
        row: top,
        cells: [],
        bold: true,
        minLines: Math.max(
          1,
          ...src.periods.map(
            (p, i) =>
              wrapLines(p.name, COPY_FONT_PT, true, wrapWidthPt(widths, colOf(i, 0), colOf(i, 1)))
                .length,
          ),
        ),
      },
      { row: top + 1, cells: [] },
      {
        row: top + 2,
        cells: ["", "", ...sub.slice(2).map((v) => textAt(v as Scalar))],
        bold: true,
      },
      ...src.units.map(({ row: r }, i) => ({
        row: firstData + i,
        cells: ["", textAt(data.values[r]?.[src.columns.name])],
        minLines: statusLines,
      })),
      ...src.rates.map((r, i) => ({
        row: firstRate + i,
        cells: ["", textAt(data.values[r]?.[src.columns.name])],
        bold: true,
      })),
    ],
    widths,
    COPY_FONT_PT,
  );

  const year = printYear(options, data, src.header);
  const settings = printSettingsFor(year, printSheetsFor("tracking", year).title, options);
  const tableRange = `A${top + 1}:${last}${bottom + 1}`;
  const print = preparePrintEdit({
    sheet: TRACKING_PRINT_SHEET,
    table: { range: tableRange, headerRows: 3 },
    columnsCount: n,
    settings,
    orientation: printSheetsFor("tracking", year).orientation,
    columnWidths: widths,
    lang,
  });
  const edit: SheetEdit = {
    name: TRACKING_PRINT_SHEET,
    mode: "replace",
    blocks: [{ at: cellAddress(top, 0), values: rows }, ...(print.blocks ?? [])],
    formats: [...formats, ...(print.formats ?? [])],
    merges: [...merges, ...(print.merges ?? [])],
    columns: print.columns,
    rowHeights: { ...rowHeights, ...print.rowHeights },
    pageLayout: print.pageLayout,
    activate: true,
  };
  return { edit, table: absolute(tableRange).replace(/\$/g, ""), columns: n };
}
