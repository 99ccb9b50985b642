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
