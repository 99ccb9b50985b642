/**
 * Runtime checks of a registry (zod), shared by the JSON and sheet readers. Every error names
 * the row and the field, in Vietnamese unless English is asked for.
 */
import { z } from "zod";
import { translate, type Lang } from "../../i18n";
import { cleanSpaces, matchKey, nfc } from "../text/normalize";
import type { Agency, AgencyGroup, Registry } from "./types";
import { yenBai2020 } from "./yen-bai-2020";

export const AGENCY_GROUP_LIST = [
  "province",
  "district",
  "commune",
  "media",
  "front",
  "central",
  "other",
  "phrase",
] as const satisfies readonly AgencyGroup[];

/** Fields in the order they are written (JSON keys, sheet columns). */
export const AGENCY_FIELDS = [
  "code",
  "name",
  "shortName",
  "aliases",
  "group",
  "reports",
  "hasWebsite",
  "validFrom",
  "validTo",
  "formerNames",
  "parent",
  "names",
] as const satisfies readonly (keyof Agency)[];

export type AgencyField = (typeof AGENCY_FIELDS)[number];

export interface RegistryIssue {
  /** 1-based: the sheet row, or the agency's position in a JSON list. */
  row: number;
  /** The column header (sheet) or field name (JSON). */
  column: string;
  message: string;
}

export type RegistryResult =
  { registry: Registry; errors?: undefined } | { registry?: undefined; errors: RegistryIssue[] };

/** A custom issue carries its message key and parameters. */
type IssueParams = { key: string; [name: string]: string | number };

const tidy = (s: string) => cleanSpaces(nfc(s));

const text = z
  .string()
  .transform(tidy)
  .superRefine((s, ctx) => {
    if (s === "") ctx.addIssue({ code: "custom", params: { key: "text.registry.err.required" } });
    else if (/[|\r\n]/.test(s))
      ctx.addIssue({ code: "custom", params: { key: "text.registry.err.badText" } });
  });

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const code = z
  .string()
  .transform((s) => s.trim())
  .superRefine((s, ctx) => {
    if (s === "") ctx.addIssue({ code: "custom", params: { key: "text.registry.err.required" } });
    else if (!CODE.test(s))
      ctx.addIssue({ code: "custom", params: { key: "text.registry.err.code", value: s } });
  });

/** A real calendar day as yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const date = z.string().superRefine((s, ctx) => {
  if (!isIsoDate(s))
    ctx.addIssue({ code: "custom", params: { key: "text.registry.err.date", value: s } });
});

const names = z.array(text);

const datedName = z.object({ name: text, from: date.optional(), to: date.optional() }).strict();

export const agencySchema = z
  .object({
    code,
    name: text,
    shortName: text,
    aliases: names,
    formerNames: names.optional(),
    group: z.enum(AGENCY_GROUP_LIST),
    reports: z.boolean(),
    hasWebsite: z.boolean().optional(),
    validFrom: date.optional(),
    validTo: date.optional(),
    parent: text.optional(),
    names: z.array(datedName).optional(),
  })
  .strict();

export const registrySchema = z
  .object({
    id: code,
    agencies: z.array(agencySchema),
  })
  .strict();

/** The agency with its keys in the written order and empty optional lists dropped. */
export function canonicalAgency(a: Agency): Agency {
  const out: Agency = {
    code: a.code,
    name: a.name,
    shortName: a.shortName,
    aliases: a.aliases,
    group: a.group,
    reports: a.reports,
  };
  if (a.hasWebsite !== undefined) out.hasWebsite = a.hasWebsite;
  if (a.validFrom !== undefined) out.validFrom = a.validFrom;
  if (a.validTo !== undefined) out.validTo = a.validTo;
  if (a.formerNames && a.formerNames.length > 0) out.formerNames = a.formerNames;
  if (a.parent) out.parent = a.parent;
  if (a.names && a.names.length > 0)
    out.names = a.names.map((n) => ({
      name: n.name,
      ...(n.from !== undefined && { from: n.from }),
      ...(n.to !== undefined && { to: n.to }),
    }));
  return out;
}

/** Names each column is called in issues, by field. */
export type Columns = (field: string) => string;

export function fieldColumn(lang: Lang): Columns {
  return (field) => {
    const key = `text.registry.col.${field}`;
    const label = translate(lang, key);
    return label === key ? field : label;
  };
}

/** One zod issue to a user message. */
export function issueMessage(issue: z.ZodIssue, lang: Lang): string {
  if (issue.code === "custom") {
    const { key, ...params } = (issue.params ?? {
      key: "text.registry.err.invalid",
    }) as IssueParams;
    return translate(lang, key, { detail: issue.message, ...params });
  }
  if (issue.code === "invalid_type") {
    if (issue.received === "undefined" || issue.received === "null")
      return translate(lang, "text.registry.err.required");
    const typeKey = `text.registry.type.${issue.expected}`;
    const expected = translate(lang, typeKey);
    return translate(lang, "text.registry.err.type", {
      expected: expected === typeKey ? issue.expected : expected,
    });
  }
  if (issue.code === "unrecognized_keys")
    return translate(lang, "text.registry.err.unknownKeys", { keys: issue.keys.join(", ") });
  if (issue.code === "invalid_enum_value")
    return translate(lang, "text.registry.err.group", {
      value: String(issue.received),
      options: issue.options.join(", "),
    });
  return translate(lang, "text.registry.err.invalid", { detail: issue.message });
}

interface Where {
  /** Row of the agency at this index. */
  row: (index: number) => number;
  column: Columns;
}

/**
 * Checks that span rows: unique codes, no spelling shared by two agencies (the matcher could
 * not tell them apart), validFrom not after validTo.
 */
export function crossCheck(
  agencies: Agency[],
  where: Where,
  lang: Lang,
  above: readonly Agency[] = [],
): RegistryIssue[] {
  const issues: RegistryIssue[] = [];
  const add = (index: number, field: string, key: string, params = {}) =>
    issues.push({
      row: where.row(index),
      column: where.column(field),
      message: translate(lang, key, params),
    });
  const codes = new Map<string, number>();
  const spellings = new Map<string, number>();
  agencies.forEach((a, i) => {
    const seen = codes.get(a.code);
    if (seen !== undefined)
      add(i, "code", "text.registry.err.duplicateCode", { value: a.code, other: where.row(seen) });
    else codes.set(a.code, i);

    const own: [string, string][] = [
      ["name", a.name],
      ["shortName", a.shortName],
      ...a.aliases.map((s): [string, string] => ["aliases", s]),
      ...(a.formerNames ?? []).map((s): [string, string] => ["formerNames", s]),
    ];
    const mine = new Set<string>();
    for (const [field, spelling] of own) {
      const key = matchKey(spelling);
      if (mine.has(key)) continue;
      mine.add(key);
      const other = spellings.get(key);
      if (other !== undefined && other !== i)
        add(i, field, "text.registry.err.duplicateName", {
          value: spelling,
          code: agencies[other].code,
          other: where.row(other),
        });
      else spellings.set(key, i);
    }
    if (a.validFrom && a.validTo && a.validFrom > a.validTo)
      add(i, "validFrom", "text.registry.err.dateOrder", { from: a.validFrom, to: a.validTo });
    // A dated name is one of the unit's spellings (the matcher reads those), with dates.
    for (const n of a.names ?? []) {
      const key = matchKey(n.name);
      if (![a.name, ...a.aliases, ...(a.formerNames ?? [])].some((s) => matchKey(s) === key))
        add(i, "names", "text.registry.err.datedName", { value: n.name });
      if (n.from && n.to && n.from > n.to)
        add(i, "names", "text.registry.err.dateOrder", { from: n.from, to: n.to });
    }
  });
  if (issues.length === 0) issues.push(...parentIssues(agencies, where, lang, above));
  return issues;
}

/** The unit `text` names (code, name or another spelling) in `agencies`, or undefined. */
export function findByNameOrCode(agencies: readonly Agency[], text: string): Agency | undefined {
  const code = text.trim();
  const byCode = agencies.find((a) => a.code === code);
  if (byCode) return byCode;
  const key = matchKey(text);
  return agencies.find((a) =>
    [a.name, a.shortName, ...a.aliases, ...(a.formerNames ?? [])].some((s) => matchKey(s) === key),
  );
}

/**
 * Every "Thuộc" names a unit, of this registry or of the one above it, and following them
 * never comes back to where it started.
 */
function parentIssues(
  agencies: Agency[],
  where: Where,
  lang: Lang,
  above: readonly Agency[],
): RegistryIssue[] {
  const issues: RegistryIssue[] = [];
  const parentOf = new Map<number, number>();
  agencies.forEach((a, i) => {
    if (!a.parent) return;
    const own = findByNameOrCode(agencies, a.parent);
    if (own) parentOf.set(i, agencies.indexOf(own));
    else if (!findByNameOrCode(above, a.parent))
      issues.push({
        row: where.row(i),
        column: where.column("parent"),
        message: translate(lang, "text.registry.err.parent", { value: a.parent }),
      });
  });
  agencies.forEach((a, i) => {
    const seen = [i];
    for (let at = parentOf.get(i); at !== undefined; at = parentOf.get(at)) {
      if (at !== i && !seen.includes(at)) {
        seen.push(at);
        continue;
      }
      if (at === i)
        issues.push({
          row: where.row(i),
          column: where.column("parent"),
          message: translate(lang, "text.registry.err.cycle", {
            chain: [...seen, i].map((k) => `${agencies[k].code} (${where.row(k)})`).join(" → "),
          }),
        });
      break;
    }
  });
  return issues;
}

/** Check a registry given as data (parsed JSON). */
export function validateRegistry(
  data: unknown,
  options: { lang?: Lang; above?: readonly Agency[] } = {},
): RegistryResult {
  const lang = options.lang ?? "vi";
  const column = fieldColumn(lang);
  const parsed = registrySchema.safeParse(data);
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((issue) => {
        const [top, index, field] = issue.path;
        const inAgency = top === "agencies" && typeof index === "number";
        const name =
          issue.code === "unrecognized_keys"
            ? issue.keys.join(", ")
            : column(String(inAgency ? (field ?? top) : (top ?? "agencies")));
        return {
          row: inAgency ? index + 1 : 0,
          column: name,
          message: issueMessage(issue, lang),
        };
      }),
    };
  }
  const agencies = parsed.data.agencies.map(canonicalAgency);
  if (agencies.length === 0)
    return {
      errors: [
        {
          row: 0,
          column: column("agencies"),
          message: translate(lang, "text.registry.err.empty"),
        },
      ],
    };
  const above = options.above ?? yenBai2020.agencies;
  const issues = crossCheck(agencies, { row: (i) => i + 1, column }, lang, above);
  if (issues.length > 0) return { errors: issues };
  return { registry: { id: parsed.data.id, agencies } };
}

/** Format an issue as one line for a person: "Dòng 3, cột Mã: …". */
export function formatIssue(issue: RegistryIssue, lang: Lang = "vi"): string {
  return translate(lang, "text.registry.err.where", {
    row: issue.row,
    column: issue.column,
    message: issue.message,
  });
}
