/** File names of report forms: ASCII only, so they survive e-mail, zip tools and old Windows. */
import type { Agency } from "../registry/types";

/** Letters, digits, "-" and "_" only; Vietnamese letters lose their marks ("Sở" -> "So"). */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}

/** "bao-cao-2020-H1-SNV.xlsx": the period, then the unit's registry code. */
export function formFileName(unit: Pick<Agency, "code" | "name">, period: string): string {
  const who = asciiSlug(unit.code) || asciiSlug(unit.name) || "don-vi";
  return `bao-cao-${asciiSlug(period)}-${who}.xlsx`;
}

/**
 * Extensions read as report forms: Excel (.xlsx, .xlsm with its macros never run nor kept),
 * LibreOffice's default (.ods) and Excel 97–2003 (.xls). Lower case, with the dot.
 */
export const FORM_EXTENSIONS = [".xlsx", ".xlsm", ".ods", ".xls"] as const;

/** Is `name` a report form by its extension (any case)? */
export const isFormFileName = (name: string): boolean => {
  const dot = name.lastIndexOf(".");
  return dot >= 0 && (FORM_EXTENSIONS as readonly string[]).includes(name.slice(dot).toLowerCase());
};

/** The file dialogs' `accept` list: the extensions, then their media types. */
export const FORM_FILE_ACCEPT = [
  ...FORM_EXTENSIONS,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel.sheet.macroEnabled.12",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.ms-excel",
].join(",");
