/**
 * A new workbook written straight to its XML parts, without ExcelJS: for the merge's summary,
 * where loading ExcelJS and building its model cost more than reading the forms did. The
 * result is the file XlsxWorkbook.create() + apply() + toBuffer() writes (same cells, styles,
 * merges, widths, heights, panes, page setup, print names, page breaks, Normal font); the
 * styles come from the same code (excelStyle.ts, sheetEdit.ts), and a test compares both files.
 *
 * Only what such a workbook needs is written here. For an edit with anything else (formulas,
 * tables, validations, conditional formats, names, hidden sheets or columns, tab colours,
 * underline or protection, no active sheet) `newWorkbookFile` returns null and the caller
 * writes with ExcelJS.
 */
import { strToU8, zipSync } from "fflate";
import {
  cellAddress,
  columnLetter,
  parseCell,
  parseRange,
  rangeAddress,
} from "../../domain/address";
import type { Cell, CellFormat, PageLayout, SheetEdit, WorkbookEdit } from "../../domain/sheet";
import { TEXT_FONT } from "../textFont";
import { validateEdit } from "../shared/validateEdit";
import { localRange, parseColumnSpan, parseRowSpan } from "../shared/references";
import { excelFont, formatStyle, StyleCache, type Style } from "./excelStyle";
import { blockRange, writtenStyle } from "./sheetEdit";
import { absolutePrintArea, inches, PAPER_A4 } from "./pageSetup";
import { normalFontXml, type NormalFont } from "./normalFont";
import type * as ExcelJS from "exceljs";

type Font = Readonly<Partial<ExcelJS.Font>>;

/** Format fields written here; any other makes the edit ExcelJS's. */
const FORMAT_KEYS = new Set<keyof CellFormat>([
  "fontName",
  "fontSize",
  "bold",
  "italic",
  "fontColor",
  "fill",
  "hAlign",
  "vAlign",
  "wrap",
  "numberFormat",
  "border",
  "borderBottom",
]);

/** Sheet edit fields written here. */
const SHEET_KEYS = new Set<keyof SheetEdit>([
  "name",
  "mode",
  "position",
  "activate",
  "blocks",
  "formats",
  "merges",
  "columns",
  "rowHeights",
  "freeze",
  "pageLayout",
]);

function supported(edit: WorkbookEdit): boolean {
  if (edit.deleteSheets?.length || edit.names?.length) return false;
  if (!edit.sheets.some((s) => s.activate)) return false;
  const formatOk = (f: CellFormat | undefined) =>
    !f || Object.keys(f).every((k) => FORMAT_KEYS.has(k as keyof CellFormat));
  return edit.sheets.every(
    (s) =>
      Object.keys(s).every((k) => SHEET_KEYS.has(k as keyof SheetEdit)) &&
      !!s.pageLayout &&
      // ExcelJS writes print names with the sheet name quoted as it is.
      !s.name.includes("'") &&
      (s.columns ?? []).every((c) => c.hidden === undefined) &&
      (s.formats ?? []).every((f) => formatOk(f.format)) &&
      (s.blocks ?? []).every(
        (b) =>
          formatOk(b.format) &&
          b.values.every((row) =>
            row.every(
              (v) =>
                v === null ||
                typeof v === "string" ||
                typeof v === "boolean" ||
                (typeof v === "number" && Number.isFinite(v)) ||
                (v instanceof Date && !isNaN(v.getTime())),
            ),
          ),
      ),
  );
}

interface SheetCell {
  value: Cell | undefined; // undefined: inside a merge, not its top-left cell
  style: Style;
}

/** One sheet as cells by row and column (0-based), like ExcelJS's model of it. */
class SheetCells {
  readonly rows = new Map<number, Map<number, SheetCell>>();
  /** Merged ranges ("A1:C1"), each once. */
  merges: string[] = [];

  get(row: number, col: number): SheetCell {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    let cell = cells.get(col);
    if (!cell) cells.set(col, (cell = { value: null, style: {} }));
    return cell;
  }
}

/** A workbook made by one edit, written as XlsxWorkbook would; null when ExcelJS must write it. */
export function newWorkbookFile(
  edit: WorkbookEdit,
  options: { normalFont?: NormalFont; now?: Date } = {},
): Uint8Array | null {
  if (!supported(edit)) return null;
  // The same refusals as XlsxWorkbook.apply, before anything is built.
  validateEdit({ sheets: [], tables: [], names: [] }, edit);
  const normal = options.normalFont ?? TEXT_FONT;
  const font = excelFont(normal.name === TEXT_FONT.name ? normal : TEXT_FONT);

  const order: SheetEdit[] = [];
  const built = new Map<SheetEdit, SheetCells>();
  for (const s of edit.sheets) {
    const cells = new SheetCells();
    if (!fill(cells, s, font)) return null;
    built.set(s, cells);
    order.push(s);
    if (s.position !== undefined) {
      order.splice(order.indexOf(s), 1);
      order.splice(Math.max(0, Math.min(s.position, order.length)), 0, s);
    }
  }
  const activeEdit = [...edit.sheets].reverse().find((s) => s.activate)!;
  const active = order.indexOf(activeEdit);

  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const now = options.now ?? new Date();
  const files: Record<string, Uint8Array> = {};
  const sheetXml = order.map((s, i) =>
    worksheetXml(s, built.get(s)!, i === active, styles, strings),
  );
  if (sheetXml.some((x) => x === null)) return null;
  sheetXml.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml!)));
  files["[Content_Types].xml"] = strToU8(contentTypes(order.length));
  files["_rels/.rels"] = strToU8(PACKAGE_RELS);
  files["docProps/app.xml"] = strToU8(appXml(order.map((s) => s.name)));
  files["docProps/core.xml"] = strToU8(coreXml(now));
  files["xl/workbook.xml"] = strToU8(workbookXml(order, active));
  files["xl/_rels/workbook.xml.rels"] = strToU8(workbookRels(order.length));
  files["xl/theme/theme1.xml"] = strToU8(theme());
  files["xl/styles.xml"] = strToU8(styles.xml(normal));
  files["xl/sharedStrings.xml"] = strToU8(strings.xml());
  return zipSync(files, { level: 6 });
}

/** Values, formats and merges in applySheetEdit's order; false when ExcelJS must do it. */
function fill(cells: SheetCells, s: SheetEdit, base: Font): boolean {
  const styles = new StyleCache();
  const format = (range: string, f: CellFormat) => {
    const box = parseRange(range);
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        const cell = cells.get(r, c);
        cell.style = formatStyle(cell.style, f, r === box.bottom, base, styles);
      }
    }
  };
  for (const block of s.blocks ?? []) {
    const at = parseCell(block.at);
    block.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = cells.get(at.row + r, at.col + c);
        cell.value = value;
        cell.style = writtenStyle(cell.style, value, block, base, styles);
      });
    });
    const range = blockRange(block);
    if (block.format && range) format(range, block.format);
  }
  for (const f of s.formats ?? []) format(f.range, f.format);
  const merged: ReturnType<typeof parseRange>[] = [];
  for (const m of s.merges ?? []) {
    const box = parseRange(m);
    const same = merged.some(
      (o) =>
        o.top === box.top &&
        o.left === box.left &&
        o.bottom === box.bottom &&
        o.right === box.right,
    );
    if (same) continue;
    // Overlapping merges: ExcelJS refuses them with its own message.
    const overlap = merged.some(
      (o) =>
        o.top <= box.bottom && o.bottom >= box.top && o.left <= box.right && o.right >= box.left,
    );
    if (overlap) return false;
    merged.push(box);
    // Every cell of a merge takes its top-left cell's style (ExcelJS's mergeCells).
    const master = cells.get(box.top, box.left);
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        if (r === box.top && c === box.left) continue;
        const cell = cells.get(r, c);
        cell.value = undefined;
        cell.style = master.style;
      }
    }
  }
  cells.merges = merged.map((b) => rangeAddress(b));
  return true;
}

/* ---------------------------------------------------------------- the XML */

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Text for XML; characters XML cannot hold are dropped (as ExcelJS does). */
function esc(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is dropped
  return s.replace(/[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g, (c) => {
    switch (c) {
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case "&":
        return "&amp;";
      case "'":
        return "&apos;";
      case '"':
        return "&quot;";
      default:
        return "";
    }
  });
}

class SharedStrings {
  private readonly texts = new Index();
  private count = 0;

  id(text: string): number {
    this.count++;
    return this.texts.id(text);
  }

  xml(): string {
    const list = this.texts.list;
    const items = list.map((t) => {
      const space = /^\s|\n|\s$/.test(t) ? ' xml:space="preserve"' : "";
      return `<si><t${space}>${esc(t)}</t></si>`;
    });
    return `${XML_HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${list.length}">${items.join("")}</sst>`;
  }
}

/** Excel's built-in number formats that ExcelJS writes by id. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "mm-dd-yy": 14,
};

/** xl/styles.xml: each distinct style once, in order of first use; style 0 is the default. */
class StyleSheet {
  private readonly fonts = new Index();
  private readonly fills = new Index();
  private readonly borders = new Index();
  private readonly xfs = new Index();
  private readonly numFmts = new Map<string, number>();
  private readonly byStyle = new Map<Style, number>();

  constructor() {
    this.fonts.id(""); // the Normal font, written at the end
    this.fills.id('<fill><patternFill patternType="none"/></fill>');
    this.fills.id('<fill><patternFill patternType="gray125"/></fill>');
    this.borders.id("<border><left/><right/><top/><bottom/><diagonal/></border>");
    this.xfs.id('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  id(style: Style, isNumber: boolean): number {
    const known = this.byStyle.get(style);
    if (known !== undefined) return known;
    let numFmtId: number | undefined;
    if (style.numFmt) numFmtId = this.numFmt(style.numFmt);
    else if (isNumber) numFmtId = 0;
    const fontId = style.font ? this.fonts.id(fontXml(style.font)) : 0;
    const borderId = style.border ? this.borders.id(borderXml(style.border)) : 0;
    const fillId = style.fill ? this.fills.id(fillXml(style.fill)) : 0;
    const align = style.alignment ? alignmentXml(style.alignment) : "";
    let xf = `<xf numFmtId="${numFmtId ?? 0}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    if (style.alignment) xf += ' applyAlignment="1"';
    xf += align ? `>${align}</xf>` : "/>";
    const id = this.xfs.id(xf);
    this.byStyle.set(style, id);
    return id;
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = 164 + this.numFmts.size));
    return id;
  }

  xml(normal: NormalFont): string {
    const fonts = this.fonts.list.slice();
    fonts[0] = normalFontXml(normal);
    const numFmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`,
    );
    const list = (tag: string, items: string[], attrs = "") =>
      `<${tag} count="${items.length}"${attrs}>${items.join("")}</${tag}>`;
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
      (numFmts.length ? list("numFmts", numFmts) : "") +
      list("fonts", fonts) +
      list("fills", this.fills.list) +
      list("borders", this.borders.list) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.list) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}

/** Texts numbered in the order first seen (shared strings, style parts). */
class Index {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(xml: string): number {
    let i = this.ids.get(xml);
    if (i === undefined) {
      i = this.list.length;
      this.ids.set(xml, i);
      this.list.push(xml);
    }
    return i;
  }
}

const colorXml = (tag: string, c: { argb?: string } | undefined) =>
  c?.argb ? `<${tag} rgb="${c.argb}"/>` : "";

function fontXml(f: NonNullable<Style["font"]>): string {
  return (
    "<font>" +
    (f.bold ? "<b/>" : "") +
    (f.italic ? "<i/>" : "") +
    colorXml("color", f.color) +
    (f.family !== undefined ? `<family val="${f.family}"/>` : "") +
    (f.size !== undefined ? `<sz val="${f.size}"/>` : "") +
    (f.name !== undefined ? `<name val="${esc(f.name)}"/>` : "") +
    "</font>"
  );
}

function fillXml(f: NonNullable<Style["fill"]>): string {
  const p = f as { pattern?: string; fgColor?: { argb?: string } };
  return `<fill><patternFill patternType="${p.pattern}">${colorXml("fgColor", p.fgColor)}</patternFill></fill>`;
}

function borderXml(b: NonNullable<Style["border"]>): string {
  const edge = (tag: string, e: { style?: string; color?: { argb?: string } } | undefined) =>
    e?.style ? `<${tag} style="${e.style}">${colorXml("color", e.color)}</${tag}>` : `<${tag}/>`;
  return `<border>${edge("left", b.left)}${edge("right", b.right)}${edge("top", b.top)}${edge("bottom", b.bottom)}<diagonal/></border>`;
}

function alignmentXml(a: NonNullable<Style["alignment"]>): string {
  let attrs = "";
  if (a.horizontal) attrs += ` horizontal="${a.horizontal}"`;
  if (a.vertical) attrs += ` vertical="${a.vertical === "middle" ? "center" : a.vertical}"`;
  if (a.wrapText) attrs += ' wrapText="1"';
  return attrs ? `<alignment${attrs}/>` : "";
}

const num = (n: number) => String(n);

/** ExcelJS's date serial: days since 1899-12-30, the time as a fraction. */
const dateSerial = (d: Date) => 25569 + d.getTime() / 86400000;

function cellXml(ref: string, cell: SheetCell, styles: StyleSheet, strings: SharedStrings) {
  const v = cell.value;
  const s = styles.id(cell.style, typeof v === "number" || v instanceof Date);
  const sAttr = s ? ` s="${s}"` : "";
  if (v === undefined || v === null) return sAttr ? `<c r="${ref}"${sAttr}/>` : "";
  if (typeof v === "string") return `<c r="${ref}"${sAttr} t="s"><v>${strings.id(v)}</v></c>`;
  if (typeof v === "number") return `<c r="${ref}"${sAttr}><v>${num(v)}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) return `<c r="${ref}"${sAttr}><v>${num(dateSerial(v))}</v></c>`;
  return null;
}

function worksheetXml(
  s: SheetEdit,
  cells: SheetCells,
  selected: boolean,
  styles: StyleSheet,
  strings: SharedStrings,
): string | null {
  const layout = s.pageLayout;
  const fit = !!layout?.fitToWidth;
  let xml =
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"` +
    ` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac"` +
    ` xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`;
  if (fit) xml += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';

  // Rows: those with cells or a height, in order.
  const heights = new Map<number, number>();
  for (const [row, h] of Object.entries(s.rowHeights ?? {})) heights.set(Number(row) - 1, h);
  const rowNumbers = [...new Set([...cells.rows.keys(), ...heights.keys()])].sort((a, b) => a - b);
  let right = -1;
  let bottom = -1;
  const rowsXml: string[] = [];
  for (const r of rowNumbers) {
    const row = cells.rows.get(r);
    const parts: string[] = [];
    if (row) {
      for (const c of [...row.keys()].sort((a, b) => a - b)) {
        const x = cellXml(cellAddress(r, c), row.get(c)!, styles, strings);
        if (x === null) return null;
        if (x) {
          parts.push(x);
          right = Math.max(right, c);
          bottom = Math.max(bottom, r);
        }
      }
    }
    const h = heights.get(r);
    if (!parts.length && h === undefined) continue;
    const ht = h !== undefined ? ` ht="${h}" customHeight="1"` : "";
    rowsXml.push(`<row r="${r + 1}"${ht}>${parts.join("")}</row>`);
  }
  if (right >= 0) xml += `<dimension ref="A1:${cellAddress(bottom, right)}"/>`;

  xml += `<sheetViews>${sheetView(s, selected)}</sheetViews>`;
  xml +=
    '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
  const cols = (s.columns ?? [])
    .filter((c) => c.width !== undefined)
    .sort((a, b) => a.index - b.index);
  if (cols.length) {
    xml += `<cols>${cols.map((c) => `<col min="${c.index + 1}" max="${c.index + 1}" width="${c.width}" customWidth="1"/>`).join("")}</cols>`;
  }
  xml += `<sheetData>${rowsXml.join("")}</sheetData>`;
  const merges = cells.merges;
  if (merges.length) {
    xml += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
  }
  xml += pageXml(layout!);
  return `${xml}</worksheet>`;
}

function sheetView(s: SheetEdit, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const rows = s.freeze?.rows ?? 0;
  const cols = s.freeze?.columns ?? 0;
  if (rows <= 0 && cols <= 0) return `<sheetView workbookViewId="0"${tab}/>`;
  const pane = rows && cols ? "bottomRight" : cols ? "topRight" : "bottomLeft";
  const x = cols ? ` xSplit="${cols}"` : "";
  const y = rows ? ` ySplit="${rows}"` : "";
  return (
    `<sheetView workbookViewId="0"${tab}>` +
    `<pane${x}${y} topLeftCell="${cellAddress(rows, cols)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView>`
  );
}

function pageXml(layout: PageLayout): string {
  const m = layout.margins;
  let xml = "";
  if (layout.centerHorizontally) xml += '<printOptions horizontalCentered="1"/>';
  xml += `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="${inches(m.header)}" footer="${inches(m.footer)}"/>`;
  xml +=
    `<pageSetup paperSize="${PAPER_A4}" orientation="${layout.orientation}"` +
    ` horizontalDpi="4294967295" verticalDpi="4294967295" scale="100"` +
    ` fitToWidth="1" fitToHeight="${layout.fitToWidth ? 0 : 1}"/>`;
  const first = !!layout.differentFirst;
  const hf: [string, string | undefined][] = [
    ["oddHeader", layout.header],
    ["oddFooter", layout.footer],
    ["firstHeader", first ? layout.firstHeader : ""],
    ["firstFooter", first ? layout.firstFooter : ""],
  ];
  const texts = hf.filter(([, t]) => t).map(([tag, t]) => `<${tag}>${esc(t!)}</${tag}>`);
  if (first || texts.length) {
    xml += `<headerFooter${first ? ' differentFirst="1"' : ""}>${texts.join("")}</headerFooter>`;
  }
  if (layout.rowBreaks?.length) {
    const rows = [...new Set(layout.rowBreaks)].sort((a, b) => a - b);
    for (const r of rows) {
      if (!Number.isInteger(r) || r < 2) throw new RangeError(`Not a row to break before: ${r}`);
    }
    xml += `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${rows.map((r) => `<brk id="${r - 1}" max="16838" man="1"/>`).join("")}</rowBreaks>`;
  }
  return xml;
}

/** Print area and print titles as ExcelJS names them (workbook-xform.js). */
function printNames(sheets: SheetEdit[]): string[] {
  const out: string[] = [];
  sheets.forEach((s, i) => {
    const layout = s.pageLayout;
    if (!layout) return;
    const q = `'${s.name}'!`;
    if (layout.printArea) {
      for (const area of absolutePrintArea(localRange(layout.printArea)).split("&&")) {
        const [a, b] = area.split(":");
        out.push(name("_xlnm.Print_Area", i, `${q}$${a}:$${b}`));
      }
    }
    const ranges: string[] = [];
    if (layout.printTitleColumns) {
      const [a, b] = parseColumnSpan(layout.printTitleColumns);
      ranges.push(`${q}$${columnLetter(a)}:$${columnLetter(b)}`);
    }
    if (layout.printTitleRows) {
      const [a, b] = parseRowSpan(layout.printTitleRows);
      ranges.push(`${q}$${a}:$${b}`);
    }
    if (ranges.length) out.push(name("_xlnm.Print_Titles", i, ranges.join(",")));
  });
  return out;
}

const name = (n: string, sheet: number, refersTo: string) =>
  `<definedName name="${n}" localSheetId="${sheet}">${esc(refersTo)}</definedName>`;

function workbookXml(sheets: SheetEdit[], active: number): string {
  const names = printNames(sheets);
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>' +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="12000" windowHeight="8000" firstSheet="0" activeTab="${active}"/></bookViews>` +
    `<sheets>${sheets.map((s, i) => `<sheet sheetId="${i + 1}" name="${esc(s.name)}" state="visible" r:id="rId${i + 4}"/>`).join("")}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>'
  );
}

const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const PACKAGE_RELS =
  `${XML_HEAD}<Relationships xmlns="${RELS}">` +
  `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${RELS}/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${DOC_REL}/extended-properties" Target="docProps/app.xml"/>` +
  "</Relationships>";

function workbookRels(sheets: number): string {
  const rel = (id: number, type: string, target: string) =>
    `<Relationship Id="rId${id}" Type="${DOC_REL}/${type}" Target="${target}"/>`;
  const list = [
    rel(1, "styles", "styles.xml"),
    rel(2, "theme", "theme/theme1.xml"),
    rel(3, "sharedStrings", "sharedStrings.xml"),
  ];
  for (let i = 0; i < sheets; i++)
    list.push(rel(i + 4, "worksheet", `worksheets/sheet${i + 1}.xml`));
  return `${XML_HEAD}<Relationships xmlns="${RELS}">${list.join("")}</Relationships>`;
}

function contentTypes(sheets: number): string {
  const ct = "application/vnd.openxmlformats-officedocument";
  const over = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="${type}"/>`;
  const list = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    over("/xl/workbook.xml", `${ct}.spreadsheetml.sheet.main+xml`),
  ];
  for (let i = 0; i < sheets; i++)
    list.push(over(`/xl/worksheets/sheet${i + 1}.xml`, `${ct}.spreadsheetml.worksheet+xml`));
  list.push(
    over("/xl/theme/theme1.xml", `${ct}.theme+xml`),
    over("/xl/styles.xml", `${ct}.spreadsheetml.styles+xml`),
    over("/xl/sharedStrings.xml", `${ct}.spreadsheetml.sharedStrings+xml`),
    over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    over("/docProps/app.xml", `${ct}.extended-properties+xml`),
  );
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${list.join("")}</Types>`;
}

function appXml(names: string[]): string {
  const vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${vt}">` +
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${names.map((n) => `<vt:lpstr>${esc(n)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>` +
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>"
  );
}

function coreXml(now: Date): string {
  const when = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    "<dc:creator>cchc</dc:creator><cp:lastModifiedBy>Unknown</cp:lastModifiedBy>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** The Office theme ExcelJS writes (its own copy: a string, no ExcelJS code). */
function theme(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("exceljs/lib/xlsx/xml/theme1.js") as string;
}
