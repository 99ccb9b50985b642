/**
 * The "Danh mục cơ quan" sheet the agency drop-downs read from: written from the registry when
 * the workbook has none, left exactly as the user keeps it otherwise.
 */
import { absolute, columnLetter, sheetRef } from "../address";
import {
  REGISTRY_HEADERS,
  REGISTRY_SHEET,
  registryFromRows,
  registryToRows,
} from "../registry/sheet";
import type { Registry } from "../registry/types";
import { looseKey } from "../text/normalize";
import type { Lang } from "../../i18n";
import type { SheetData, SheetEdit } from "../sheet";
import { BODY_FONT_SIZE, HEADER_FILL, REGISTRY_SPARE_ROWS, REGISTRY_TABLE } from "./layout";
import { officialPageLayout, PRINT_FONT } from "../print/layout";

const WIDTHS: Record<string, number> = {
  [REGISTRY_HEADERS.code]: 14,
  [REGISTRY_HEADERS.name]: 40,
  [REGISTRY_HEADERS.shortName]: 16,
  [REGISTRY_HEADERS.aliases]: 40,
  [REGISTRY_HEADERS.group]: 14,
  [REGISTRY_HEADERS.reports]: 10,
  [REGISTRY_HEADERS.hasWebsite]: 10,
  [REGISTRY_HEADERS.validFrom]: 12,
  [REGISTRY_HEADERS.validTo]: 12,
  [REGISTRY_HEADERS.formerNames]: 40,
  [REGISTRY_HEADERS.parent]: 30,
  [REGISTRY_HEADERS.names]: 40,
};

/** The list source for agency names: the name column plus spare rows for additions. */
function nameSource(firstRow: number, lastRow: number, col: number): string {
  const letter = columnLetter(col);
  return `=${sheetRef(REGISTRY_SHEET, absolute(`${letter}${firstRow}:${letter}${lastRow + REGISTRY_SPARE_ROWS}`))}`;
}

/** A new registry sheet holding `registry` as an Excel table, and the drop-down source. */
export function registrySheetEdit(registry: Registry): { sheet: SheetEdit; source: string } {
  const rows = registryToRows(registry);
  const header = rows[0].map((h) => String(h));
  const width = header.length;
  const last = rows.length;
  const lastLetter = columnLetter(width - 1);
  const nameCol = header.indexOf(REGISTRY_HEADERS.name);
  const sheet: SheetEdit = {
    name: REGISTRY_SHEET,
    mode: "create",
    blocks: [{ at: "A1", values: rows }],
    formats: [
      {
        range: `A1:${lastLetter}${last}`,
        format: {
          fontName: PRINT_FONT,
          fontSize: BODY_FONT_SIZE,
          vAlign: "top",
          wrap: true,
          numberFormat: "@",
        },
      },
      { range: `A1:${lastLetter}1`, format: { bold: true, fill: HEADER_FILL, vAlign: "middle" } },
    ],
    columns: header.map((h, index) => ({ index, width: WIDTHS[h] ?? 14 })),
    tables: [
      {
        name: REGISTRY_TABLE,
        range: `A1:${lastLetter}${last}`,
        columns: header,
        style: "TableStyleLight9",
      },
    ],
    freeze: { rows: 1, columns: 2 },
    pageLayout: officialPageLayout({ titleRows: "$1:$1" }),
  };
  return { sheet, source: nameSource(2, last, nameCol) };
}

export interface ExistingRegistry {
  /** The registry the sheet holds, when it reads without errors. */
  registry?: Registry;
  /** Problems reading it, as "row/column: message" lines. */
  errors: string[];
  /** The drop-down source over its name column, when the header row was found. */
  source?: string;
}

/** What an existing "Danh mục cơ quan" sheet holds and where its names are. */
export function readRegistrySheet(data: SheetData, lang: Lang = "vi"): ExistingRegistry {
  const result = registryFromRows(data.values, { lang, id: "workbook" });
  const errors = result.errors?.map((e) => `${e.row}/${e.column}: ${e.message}`) ?? [];
  const out: ExistingRegistry = { errors };
  if (result.registry) out.registry = result.registry;

  const nameKey = looseKey(REGISTRY_HEADERS.name);
  const codeKey = looseKey(REGISTRY_HEADERS.code);
  const key = (v: unknown) => (typeof v === "string" ? looseKey(v) : "");
  const headerRow = data.values.findIndex(
    (row) => row.some((v) => key(v) === nameKey) && row.some((v) => key(v) === codeKey),
  );
  if (headerRow < 0) return out;
  const nameCol = data.values[headerRow].findIndex((v) => key(v) === nameKey);
  let last = headerRow + 1;
  for (let r = headerRow + 1; r < data.values.length; r++) {
    const v = data.values[r]?.[nameCol];
    if (v !== null && v !== undefined && String(v).trim() !== "") last = r + 1;
  }
  // An Excel table over the names may end lower (blank rows kept for additions).
  for (const t of data.tables) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(t.range.replace(/\$/g, ""));
    if (m && Number(m[2]) === headerRow + 1) last = Math.max(last, Number(m[4]));
  }
  out.source = nameSource(headerRow + 2, Math.max(last, headerRow + 2), nameCol);
  return out;
}
