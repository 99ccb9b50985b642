/**
 * Period codes on forms: "2020-Q1", "2020-H1", "2020-Q3", "2020-Y" (contract 5.1). People also
 * type the names the schedule prints ("Quý I năm 2020", "6 tháng đầu năm 2020", "Năm 2020"),
 * so those are read too; anything else is a period in a wrong format.
 */
import type { Scalar } from "../sheet";
import { cleanLabel, fold } from "./fold";

const CODE = /^(\d{4})\s*-\s*(q[1-4]|h[12]|y)$/i;
const CODE_INSIDE = /(?:^|[^\w])(\d{4})-(q[1-4]|h[12]|y)(?![\w-])/i;
const QUARTERS: Record<string, string> = { i: "1", ii: "2", iii: "3", iv: "4" };

/** The canonical code ("2020-H1") or null when the value is not a period. */
export function parsePeriod(value: Scalar): string | null {
  if (typeof value !== "string") return null;
  const text = cleanLabel(value);
  const code = CODE.exec(text) ?? CODE_INSIDE.exec(text);
  if (code) return `${code[1]}-${code[2].toUpperCase()}`;

  const f = fold(text).replace(/^(bao cao|ky)\s+/, "");
  const quarter = /^quy (i{1,3}|iv|[1-4])\s*(?:nam|\/|-)?\s*(\d{4})$/.exec(f);
  if (quarter) return `${quarter[2]}-Q${QUARTERS[quarter[1]] ?? quarter[1]}`;
  const half = /^6 thang(?: (dau|cuoi))?(?: nam)?\s*(?:\/|-)?\s*(\d{4})$/.exec(f);
  if (half) return `${half[2]}-${half[1] === "cuoi" ? "H2" : "H1"}`;
  const year = /^(?:ca )?nam (\d{4})$/.exec(f);
  if (year) return `${year[1]}-Y`;
  return null;
}

/** "2020-h1" -> "2020-H1"; an unreadable code is returned trimmed, as given. */
export function canonicalPeriod(code: string): string {
  return parsePeriod(code) ?? code.trim();
}
