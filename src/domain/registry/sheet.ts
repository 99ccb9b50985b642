/**
 * The registry as an editable sheet, "Danh mục cơ quan": one agency per row under a header
 * row of Vietnamese column names. Reading finds the header row, accepts the columns in any
 * order, and reports every problem with its row and column.
 */
import { translate, type Lang } from "../../i18n";
import { cleanSpaces, looseKey } from "../text/normalize";
import { fromExcelSerial } from "../schedule/dates";
import {
  AGENCY_FIELDS,
  AGENCY_GROUP_LIST,
  agencySchema,
  canonicalAgency,
  crossCheck,
  isIsoDate,
  issueMessage,
  type AgencyField,
  type RegistryIssue,
  type RegistryResult,
} from "./schema";
import type { Agency, AgencyGroup, DatedName, Registry } from "./types";
import { yenBai2020 } from "./yen-bai-2020";

export const REGISTRY_SHEET = "Danh mục cơ quan";

/**
 * Column headers, in the written order. "Tên cũ" was added after the first nine, "Thuộc" and
 * "Tên theo thời gian" after it; a sheet without them still reads.
 */
export const REGISTRY_HEADERS: Record<AgencyField, string> = {
  code: "Mã",
  name: "Tên cơ quan",
  shortName: "Tên viết tắt",
  aliases: "Tên khác",
  group: "Nhóm",
  reports: "Phải báo cáo",
  hasWebsite: "Có trang TTĐT",
  validFrom: "Hiệu lực từ",
  validTo: "Hiệu lực đến",
  formerNames: "Tên cũ",
  parent: "Thuộc",
  names: "Tên theo thời gian",
};

/** How the "Nhóm" column names each group (the codes themselves are accepted too). */
export const GROUP_NAMES: Record<AgencyGroup, string> = {
  province: "cấp tỉnh",
  district: "cấp huyện",
  commune: "cấp xã",
  media: "báo chí",
  front: "MTTQ và đoàn thể",
  central: "ngành dọc",
  other: "khác",
  phrase: "cụm từ",
};

const YES = "Có";
const NO = "Không";
const LIST_SEPARATOR = " | ";

export type SheetCell = string | number | boolean | null;

export function registryToRows(registry: Registry): SheetCell[][] {
  const header: SheetCell[] = AGENCY_FIELDS.map((f) => REGISTRY_HEADERS[f]);
  const rows = registry.agencies.map((a): SheetCell[] => [
    a.code,
    a.name,
    a.shortName,
    a.aliases.length > 0 ? a.aliases.join(LIST_SEPARATOR) : null,
    GROUP_NAMES[a.group],
    a.reports ? YES : NO,
    a.hasWebsite === undefined ? null : a.hasWebsite ? YES : NO,
    a.validFrom ?? null,
    a.validTo ?? null,
    a.formerNames && a.formerNames.length > 0 ? a.formerNames.join(LIST_SEPARATOR) : null,
    a.parent ?? null,
    a.names && a.names.length > 0 ? a.names.map(datedNameText).join(LIST_SEPARATOR) : null,
  ]);
  return [header, ...rows];
}

const dmy = (iso: string) => iso.split("-").reverse().join("/");

/** "Văn phòng UBND tỉnh (từ 01/01/2021)": a dated name as the sheet writes it. */
function datedNameText(n: DatedName): string {
  const dates = [n.from && `từ ${dmy(n.from)}`, n.to && `đến ${dmy(n.to)}`].filter(Boolean);
  return dates.length ? `${n.name} (${dates.join(" ")})` : n.name;
}

/** The sheet's "Tên (từ …)", "Tên (đến …)", "Tên (từ … đến …)"; null when unreadable. */
function parseDatedName(item: string): DatedName | null {
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(item);
  if (!m) return { name: item };
  const words = m[2].trim().split(/\s+/);
  const out: DatedName = { name: cleanSpaces(m[1]) };
  for (let i = 0; i < words.length; i += 2) {
    const word = looseKey(words[i]);
    const date = parseDate(words[i + 1] ?? "");
    if (!date) return null;
    if ((word === "tu" || word === "from") && !out.from) out.from = date;
    else if ((word === "den" || word === "to") && !out.to) out.to = date;
    else return null;
  }
  return out.name && (out.from || out.to) ? out : null;
}

const REQUIRED: AgencyField[] = ["code", "name", "group", "reports"];

const isEmpty = (v: unknown) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function cellText(v: unknown): string {
  if (isEmpty(v)) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** Yes/no in the ways people type it; undefined when empty, null when unreadable. */
function parseBool(v: unknown): boolean | undefined | null {
  if (isEmpty(v)) return undefined;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : null;
  const k = looseKey(String(v));
  if (["co", "x", "1", "true", "yes", "y", "c"].includes(k)) return true;
  if (["khong", "0", "false", "no", "n", "k"].includes(k)) return false;
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A date cell: yyyy-mm-dd text, dd/mm/yyyy text, an Excel serial day number or a Date. */
function parseDate(v: unknown): string | undefined | null {
  if (isEmpty(v)) return undefined;
  let iso: string | null = null;
  if (v instanceof Date) iso = v.toISOString().slice(0, 10);
  else if (typeof v === "number" && Number.isInteger(v) && v > 0) {
    iso = fromExcelSerial(v);
  } else if (typeof v === "string") {
    const s = v.trim();
    const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    iso = dmy ? `${dmy[3]}-${pad(+dmy[2])}-${pad(+dmy[1])}` : s;
  }
  return iso && isIsoDate(iso) ? iso : null;
}

function parseGroup(v: unknown): AgencyGroup | undefined | null {
  if (isEmpty(v)) return undefined;
  const k = looseKey(String(v));
  for (const g of AGENCY_GROUP_LIST) if (k === g || k === looseKey(GROUP_NAMES[g])) return g;
  return null;
}

function splitList(v: unknown): string[] {
  return cellText(v)
    .split(/[|\r\n]+/)
    .map(cleanSpaces)
    .filter((s) => s !== "");
}

/** Locate the header row and each field's column (by Vietnamese or English header). */
function findHeader(
  rows: readonly (readonly unknown[])[],
): { index: number; columns: Partial<Record<AgencyField, number>> } | undefined {
  const names = new Map<string, AgencyField>();
  for (const f of AGENCY_FIELDS) {
    names.set(looseKey(REGISTRY_HEADERS[f]), f);
    names.set(looseKey(translate("en", `text.registry.col.${f}`)), f);
  }
  for (let r = 0; r < rows.length; r++) {
    const columns: Partial<Record<AgencyField, number>> = {};
    rows[r].forEach((cell, c) => {
      const f = names.get(looseKey(cellText(cell)));
      if (f && columns[f] === undefined) columns[f] = c;
    });
    if (columns.code !== undefined && columns.name !== undefined) return { index: r, columns };
  }
  return undefined;
}

export interface RowsOptions {
  /** The registry id (a sheet does not hold one). Default "custom". */
  id?: string;
  lang?: Lang;
  /** Units a "Thuộc" may name besides the sheet's own (the registry above; default built-in). */
  above?: readonly Agency[];
}

/** Read the "Danh mục cơ quan" table. Row numbers in errors are 1-based sheet rows. */
export function registryFromRows(
  rows: readonly (readonly unknown[])[],
  options: RowsOptions = {},
): RegistryResult {
  const lang = options.lang ?? "vi";
  const header = findHeader(rows);
  if (!header)
    return {
      errors: [
        {
          row: 1,
          column: REGISTRY_HEADERS.code,
          message: translate(lang, "text.registry.err.noHeader"),
        },
      ],
    };
  const errors: RegistryIssue[] = [];
  const headerRow = header.index + 1;
  const missing = REQUIRED.filter((f) => header.columns[f] === undefined);
  for (const f of missing)
    errors.push({
      row: headerRow,
      column: REGISTRY_HEADERS[f],
      message: translate(lang, "text.registry.err.missingColumn", { column: REGISTRY_HEADERS[f] }),
    });
  if (errors.length > 0) return { errors };

  const agencies: Agency[] = [];
  const rowOf: number[] = [];
  for (let r = header.index + 1; r < rows.length; r++) {
    const row = rows[r];
    const get = (f: AgencyField) => {
      const c = header.columns[f];
      return c === undefined ? undefined : row[c];
    };
    if (AGENCY_FIELDS.every((f) => isEmpty(get(f)))) continue;
    const sheetRow = r + 1;
    const fail = (f: AgencyField, key: string, params = {}) =>
      errors.push({
        row: sheetRow,
        column: REGISTRY_HEADERS[f],
        message: translate(lang, key, params),
      });

    const group = parseGroup(get("group"));
    if (group === null)
      fail("group", "text.registry.err.group", {
        value: cellText(get("group")),
        options: AGENCY_GROUP_LIST.map((g) => GROUP_NAMES[g]).join(", "),
      });
    const reports = parseBool(get("reports"));
    const hasWebsite = parseBool(get("hasWebsite"));
    for (const [f, v] of [
      ["reports", reports],
      ["hasWebsite", hasWebsite],
    ] as const)
      if (v === null) fail(f, "text.registry.err.bool", { value: cellText(get(f)) });
    const validFrom = parseDate(get("validFrom"));
    const validTo = parseDate(get("validTo"));
    for (const [f, v] of [
      ["validFrom", validFrom],
      ["validTo", validTo],
    ] as const)
      if (v === null) fail(f, "text.registry.err.date", { value: cellText(get(f)) });

    const dated = splitList(get("names")).map((item) => ({ item, name: parseDatedName(item) }));
    for (const d of dated)
      if (!d.name) fail("names", "text.registry.err.datedNameText", { value: d.item });
    const name = cleanSpaces(cellText(get("name")));
    const candidate = {
      code: cellText(get("code")),
      name,
      shortName: cleanSpaces(cellText(get("shortName"))) || name,
      aliases: splitList(get("aliases")),
      formerNames: splitList(get("formerNames")),
      group: group ?? undefined,
      reports: reports ?? undefined,
      hasWebsite: hasWebsite ?? undefined,
      validFrom: validFrom ?? undefined,
      validTo: validTo ?? undefined,
      parent: cleanSpaces(cellText(get("parent"))) || undefined,
      names: dated.flatMap((d) => (d.name ? [d.name] : [])),
    };
    const parsed = agencySchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as AgencyField;
        // Unreadable values were reported above, and an empty short name copies the name:
        // here only what is missing or malformed in the cells themselves.
        const alreadyReported = errors.some(
          (e) => e.row === sheetRow && e.column === REGISTRY_HEADERS[field],
        );
        const derived = field === "shortName" && isEmpty(get("shortName"));
        if (!alreadyReported && !derived)
          errors.push({
            row: sheetRow,
            column: REGISTRY_HEADERS[field] ?? String(field),
            message: issueMessage(issue, lang),
          });
      }
      continue;
    }
    agencies.push(canonicalAgency(parsed.data));
    rowOf.push(sheetRow);
  }
  if (errors.length > 0) return { errors };
  if (agencies.length === 0)
    return {
      errors: [
        {
          row: headerRow,
          column: REGISTRY_HEADERS.code,
          message: translate(lang, "text.registry.err.empty"),
        },
      ],
    };
  const cross = crossCheck(
    agencies,
    { row: (i) => rowOf[i], column: (f) => REGISTRY_HEADERS[f as AgencyField] ?? f },
    lang,
    options.above ?? yenBai2020.agencies,
  );
  if (cross.length > 0) return { errors: cross };
  return { registry: { id: options.id ?? "custom", agencies } };
}
