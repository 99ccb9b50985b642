/**
 * Numbers written into empty cells of one sheet by editing that sheet's XML inside the
 * package, and nothing else: a user's workbook keeps its protection and passwords, data
 * validations, charts, comments, styles and anything else the writer does not know, as they
 * were. (ExcelJS rewrites the whole package: it drops charts, duplicates validations and can
 * lose a sheet password, so it is not used for a workbook the user keeps.)
 *
 * - Only empty cells are filled (no value, no formula). A cell holding something is left as
 *   it is and named in `kept`.
 * - A filled cell keeps its own style (the tracking sheet's date format and input fill); a
 *   cell without one takes the style of a cell of its column that has one (`styleFrom`).
 * - Formulas depending on the cells are recalculated when the workbook is next opened
 *   (fullCalcOnLoad).
 * - What the patcher cannot be sure about (a sheet XML with namespace prefixes) is refused
 *   with FillRefusedError: nothing is changed.
 */
import { strFromU8, strToU8, zipSync } from "fflate";
import { parseCell } from "../../domain/address";
import { sheetPaths, workbookPath } from "./packageParts";
import { unzipChecked } from "./zipGuard";

export class FillRefusedError extends Error {
  override readonly name = "FillRefusedError";
}

export interface NumberFill {
  /** A1 address. */
  cell: string;
  value: number;
  /** Another cell of the sheet whose style the filled cell takes when it has none. */
  styleFrom?: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The <c …> element of `ref` in a row's XML: [whole match, attributes, inner or undefined]. */
function findCell(rowXml: string, ref: string): RegExpExecArray | null {
  return new RegExp(`<c\\s+r="${escapeRe(ref)}"([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`).exec(rowXml);
}

const styleOf = (attrs: string): string | undefined => / s="(\d+)"/.exec(attrs)?.[1];

/** Does the cell's inner XML hold anything (a value, a formula, inline text)? */
const holdsSomething = (inner: string | undefined) =>
  !!inner && /<(f|is)\b|<v>[^<]+<\/v>/.test(inner);

function colOf(ref: string): number {
  return parseCell(ref).col;
}

/** Fill one cell in the sheet XML; returns the new XML, or null when the cell holds something. */
function fillOne(xml: string, fill: NumberFill, style: string | undefined): string | null {
  const { row } = parseCell(fill.cell);
  const r = row + 1;
  const value = String(fill.value);
  const rowRe = new RegExp(`<row\\s+r="${r}"([^>]*?)(/>|>([\\s\\S]*?)</row>)`);
  const rowMatch = rowRe.exec(xml);
  const make = (attrs: string) => {
    const clean = attrs.replace(/\s+t="[^"]*"/, "");
    const withStyle = styleOf(clean) || !style ? clean : `${clean} s="${style}"`;
    return `<c r="${fill.cell}"${withStyle}><v>${value}</v></c>`;
  };
  if (!rowMatch) {
    // No such row: a new one, in row order.
    const rows = [...xml.matchAll(/<row\s+r="(\d+)"/g)];
    const after = rows.find((m) => Number(m[1]) > r);
    const newRow = `<row r="${r}">${make("")}</row>`;
    if (after) return xml.slice(0, after.index) + newRow + xml.slice(after.index);
    if (/<sheetData\s*\/>/.test(xml))
      return xml.replace(/<sheetData\s*\/>/, `<sheetData>${newRow}</sheetData>`);
    return xml.replace("</sheetData>", `${newRow}</sheetData>`);
  }
  const [whole, rowAttrs, , inner = ""] = rowMatch;
  const cell = findCell(inner, fill.cell);
  let newInner: string;
  if (cell) {
    if (holdsSomething(cell[2])) return null;
    newInner = inner.replace(cell[0], make(cell[1]));
  } else {
    // Cells are in column order within a row.
    const col = colOf(fill.cell);
    const cells = [...inner.matchAll(/<c\s+r="([A-Z]+\d+)"/g)];
    const next = cells.find((m) => colOf(m[1]) > col);
    newInner = next
      ? inner.slice(0, next.index) + make("") + inner.slice(next.index)
      : inner + make("");
  }
  const newRow = `<row r="${r}"${rowAttrs.replace(/\s+spans="[^"]*"/, "")}>${newInner}</row>`;
  return xml.replace(whole, newRow);
}

/** The style index of a cell in the sheet XML, if it has one. */
function styleAt(xml: string, ref: string): string | undefined {
  const m = new RegExp(`<c\\s+r="${escapeRe(ref)}"([^>]*?)(?:/>|>)`).exec(xml);
  return m ? styleOf(m[1]) : undefined;
}

/**
 * The package with `fills` written on `sheet`. Returns the new bytes (null when nothing was
 * filled) and the cells left as they were because they hold something.
 */
export function fillNumberCells(
  xlsx: Uint8Array,
  sheet: string,
  fills: NumberFill[],
): { bytes: Uint8Array | null; kept: string[] } {
  const parts = unzipChecked(xlsx);
  const part = sheetPaths(parts).get(sheet);
  if (!part || !parts[part]) throw new FillRefusedError(`No sheet "${sheet}" in the package`);
  let xml = strFromU8(parts[part]);
  if (/<\w+:sheetData\b|<\w+:row\b|<\w+:c\b/.test(xml) || !/<sheetData\b/.test(xml))
    throw new FillRefusedError(`The sheet "${sheet}" is written in a form not handled here`);
  const kept: string[] = [];
  let filled = 0;
  for (const f of fills) {
    const style = styleAt(xml, f.cell) ?? (f.styleFrom ? styleAt(xml, f.styleFrom) : undefined);
    const next = fillOne(xml, f, style);
    if (next === null) kept.push(f.cell);
    else {
      xml = next;
      filled++;
    }
  }
  if (filled === 0) return { bytes: null, kept };
  parts[part] = strToU8(xml);
  const wbPart = workbookPath(parts);
  let wb = strFromU8(parts[wbPart]);
  if (/<calcPr\b/.test(wb)) {
    wb = wb.replace(/<calcPr\b([^>]*?)(\/?)>/, (_m, attrs: string, close: string) => {
      const rest = attrs.replace(/\s+fullCalcOnLoad="[^"]*"/, "");
      return `<calcPr${rest} fullCalcOnLoad="1"${close}>`;
    });
  } else {
    const at = wb.includes("</definedNames>") ? "</definedNames>" : "</sheets>";
    wb = wb.replace(at, `${at}<calcPr fullCalcOnLoad="1"/>`);
  }
  parts[wbPart] = strToU8(wb);
  return { bytes: zipSync(parts, { level: 6 }), kept };
}
