/**
 * What Excel checks in the strings Office.js hands it, for the fake (fakeOffice.ts): formulas of
 * conditional formats, list sources of data validation, number formats and enum values. Each
 * check throws the error Excel reports (InvalidArgument), naming what it refused.
 */

export class RuleError extends Error {
  readonly code = "InvalidArgument";
}

/** Excel on the web refuses a request or a response over 5 MB. */
export const PAYLOAD_LIMIT = 5_000_000;

// Bytes as they travel (UTF-8 JSON): one count for the adapter's budget and the fake's limit.
export { utf8Length, jsonBytes } from "../../src/workbook/office/officeBatch";

const UNQUOTED_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_CELL = /^(?:[A-Z]{1,3}\d+|R\d*C\d*)$/i;

/**
 * Parses a formula the way Excel's formula bar does for quoting and nesting: string literals
 * ("…", "" inside), quoted sheet names ('…', '' inside) followed by "!", unquoted sheet names
 * that need no quotes, balanced parentheses. `sheets` are the workbook's sheet names: a
 * reference to a missing sheet is refused (Excel would ask for an external file).
 */
export function checkFormula(formula: string, sheets: string[], what: string): void {
  const fail = (why: string) => {
    throw new RuleError(`${what}: Excel cannot parse ${JSON.stringify(formula)} (${why})`);
  };
  if (!formula.startsWith("=") || formula.trim().length < 2) fail("a formula starts with =");
  const known = new Set(sheets.map((s) => s.toLocaleLowerCase("vi")));
  const s = formula.slice(1);
  let depth = 0;
  let i = 0;
  let word = "";
  const endWord = () => (word = "");
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      const end = closing(s, i, '"');
      if (end < 0) fail("a text in quotes is not closed");
      i = end + 1;
      endWord();
      continue;
    }
    if (ch === "'") {
      const end = closing(s, i, "'");
      if (end < 0) fail("a quoted sheet name is not closed");
      if (s[end + 1] !== "!") fail("a quoted sheet name must be followed by !");
      const name = s.slice(i + 1, end).replace(/''/g, "'");
      if (!known.has(name.toLocaleLowerCase("vi"))) fail(`no sheet named "${name}"`);
      i = end + 2;
      endWord();
      continue;
    }
    if (ch === "!") {
      if (!word) fail("! without a sheet name");
      if (!UNQUOTED_SHEET.test(word) || LOOKS_LIKE_CELL.test(word)) {
        fail(`the sheet name ${word} needs quotes`);
      }
      if (!known.has(word.toLocaleLowerCase("vi"))) fail(`no sheet named "${word}"`);
      endWord();
      i++;
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) fail("a ) without its (");
    if (/[\p{L}\p{N}_.$]/u.test(ch)) word += ch;
    else endWord();
    i++;
  }
  if (depth !== 0) fail("a ( is not closed");
}

/** Index of the quote closing the one at `start` ('' or "" inside are escapes), or -1. */
function closing(s: string, start: number, q: string): number {
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] !== q) continue;
    if (s[i + 1] === q) {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/**
 * A data validation list source: a formula (a range or a name, parsed as above) or a
 * comma-separated list. Excel keeps 255 characters at most in either.
 */
export function checkListSource(source: string, sheets: string[], what: string): void {
  if (source.length > 255) {
    throw new RuleError(`${what}: a list source has at most 255 characters (${source.length})`);
  }
  if (source.startsWith("=")) checkFormula(source, sheets, what);
  else if (source.trim() === "") throw new RuleError(`${what}: an empty list source`);
}

const COLOURS = ["black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"];

/** A number format code: at most 4 sections, closed quotes and brackets, known [codes]. */
export function checkNumberFormat(code: string, what: string): void {
  const fail = (why: string) => {
    throw new RuleError(`${what}: invalid number format ${JSON.stringify(code)} (${why})`);
  };
  if (code.length > 255) fail("longer than 255 characters");
  let sections = 1;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === "\\") i++;
    else if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) fail("a text in quotes is not closed");
      i = end;
    } else if (ch === "[") {
      const end = code.indexOf("]", i + 1);
      if (end < 0) fail("a [ is not closed");
      const inside = code.slice(i + 1, end);
      const ok =
        COLOURS.includes(inside.toLowerCase()) ||
        /^color\d{1,2}$/i.test(inside) ||
        /^(?:<|>|=|<=|>=|<>)-?\d+(?:\.\d+)?$/.test(inside) ||
        /^\$[^\]]*$/.test(inside) ||
        /^(?:h+|m+|s+)$/i.test(inside) ||
        /^DBNum\d$/i.test(inside);
      if (!ok) fail(`unknown [${inside}]`);
      i = end;
    } else if (ch === ";") {
      sections++;
    }
  }
  if (sections > 4) fail("more than 4 sections");
}

/** Office.js enum strings, checked as Excel does (case-sensitive). */
export const ENUMS = {
  horizontalAlignment: [
    "General",
    "Left",
    "Center",
    "Right",
    "Fill",
    "Justify",
    "CenterAcrossSelection",
    "Distributed",
  ],
  verticalAlignment: ["Top", "Center", "Bottom", "Justify", "Distributed"],
  underline: ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"],
  borderStyle: [
    "None",
    "Continuous",
    "Dash",
    "DashDot",
    "DashDotDot",
    "Dot",
    "Double",
    "SlantDashDot",
  ],
  borderWeight: ["Hairline", "Thin", "Medium", "Thick"],
  borderEdge: [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideVertical",
    "InsideHorizontal",
    "DiagonalDown",
    "DiagonalUp",
  ],
  orientation: ["Portrait", "Landscape"],
  paperSize: ["A3", "A4", "A5", "B4", "B5", "Letter", "Legal", "Tabloid", "Executive"],
  headerFooterState: ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"],
  alertStyle: ["Stop", "Warning", "Information"],
  operator: [
    "Between",
    "NotBetween",
    "EqualTo",
    "NotEqualTo",
    "GreaterThan",
    "LessThan",
    "GreaterThanOrEqualTo",
    "LessThanOrEqualTo",
  ],
  clear: ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"],
  conditionalFormatType: [
    "Custom",
    "DataBar",
    "ColorScale",
    "IconSet",
    "TopBottom",
    "PresetCriteria",
    "ContainsText",
    "CellValue",
  ],
} as const;

export function checkEnum(kind: keyof typeof ENUMS, value: unknown, what: string): void {
  if (!(ENUMS[kind] as readonly string[]).includes(value as string)) {
    throw new RuleError(`${what}: ${JSON.stringify(value)} is not a valid ${kind}`);
  }
}

/** Built-in table styles: TableStyleLight1-21, Medium1-28, Dark1-11 (or none). */
export function checkTableStyle(style: string, what: string): void {
  const m = /^TableStyle(Light|Medium|Dark)(\d+)$/.exec(style);
  const max = { Light: 21, Medium: 28, Dark: 11 };
  const ok =
    style === "" || (m && Number(m[2]) >= 1 && Number(m[2]) <= max[m[1] as keyof typeof max]);
  if (!ok) throw new RuleError(`${what}: no table style named ${JSON.stringify(style)}`);
}

/** "#RRGGBB" or an HTML colour name. */
export function checkColor(color: unknown, what: string): void {
  if (typeof color !== "string" || !/^(#[0-9a-f]{6}|[a-z]+)$/i.test(color)) {
    throw new RuleError(`${what}: ${JSON.stringify(color)} is not a colour`);
  }
}
