/**
 * Runtime checks for a plan loaded from JSON or a sheet: shape (zod), then the rules a shape
 * cannot say: task codes unique, parents known and listed first, indicator codes unique.
 *
 * The plan returned is canonical: text in NFC and trimmed, absent optional fields left out, a reporter
 * rule without empty lists or `false` switches. So JSON and sheet round trips are exact.
 */
import { z } from "zod";
import { translate, type Lang, type Params } from "../../i18n";
import { AGENCY_GROUPS } from "./codes";
import type { Indicator, Plan, PlanDocument, ReporterRule, Task } from "./types";

/** A problem found in a plan, before it is put in words. */
export interface PlanIssue {
  path: (string | number)[];
  key: string;
  params: Params;
}

export type PlanCheck = { plan: Plan } | { issues: PlanIssue[] };
export type PlanResult = { plan: Plan } | { errors: string[] };

/** Task codes go into "task/indicator" keys and ";"-separated cells. */
export const TASK_CODE = /^[^\s/;]{1,32}$/u;
/** "HN", "ĐT", "TP-1": capitals (Vietnamese too) and digits. */
export const INDICATOR_CODE = /^[\p{Lu}\p{N}][\p{Lu}\p{N}_-]{0,15}$/u;
/** Registry codes: "SNV", "UBND-VANYEN". */
export const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const PLAN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Text is kept in NFC without outer spaces, so every store of a plan reads back the same. */
const nfc = (s: string): string => s.normalize("NFC").trim();

/** A real calendar day written d/m/yyyy (the plan's own way of citing dates). */
export function isPlanDate(s: string): boolean {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return false;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const text = z.string().transform(nfc);
const required = text.refine((s) => s.trim() !== "", { message: "plan.err.empty" });
/** Text that goes in a ";"-separated cell (names, indicator names). */
const listItem = required.refine((s) => !/[;\r\n]/.test(s), { message: "plan.err.listText" });
const taskCode = text.refine((s) => TASK_CODE.test(s), { message: "plan.err.taskCode" });

const indicatorSchema = z
  .object({
    code: text.refine((s) => INDICATOR_CODE.test(s), { message: "plan.err.indicatorCode" }),
    name: listItem,
    unit: required.refine((s) => !/[()[\];\r\n]/.test(s), { message: "plan.err.unitText" }),
    kind: z.enum(["count", "flag"]),
    target: z
      .number()
      .refine((n) => Number.isFinite(n) && n >= 0, { message: "plan.err.target" })
      .optional(),
  })
  .strict();

const groupList = z.array(z.enum(AGENCY_GROUPS));

const reporterSchema = z
  .object({
    all: z.boolean().optional(),
    units: z
      .array(text.refine((s) => UNIT_CODE.test(s), { message: "plan.err.unitCode" }))
      .optional(),
    groups: groupList.optional(),
    withWebsite: z.boolean().optional(),
    optionalFor: groupList.optional(),
  })
  .strict();

const documentSchema = z
  .object({
    kind: required,
    number: required,
    date: text.refine(isPlanDate, { message: "plan.err.date" }),
    issuer: required,
    title: required,
  })
  .strict();

const taskSchema = z
  .object({
    code: taskCode,
    parent: taskCode.optional(),
    section: z.enum(["II.1", "II.2", "III", "IV"]),
    title: required,
    content: text,
    lead: z.array(listItem),
    coordinating: z.array(listItem),
    timeFrame: text,
    indicators: z.array(indicatorSchema),
    reporters: reporterSchema,
    document: documentSchema.optional(),
  })
  .strict();

const planSchema = z
  .object({
    id: text.refine((s) => PLAN_ID.test(s), { message: "plan.err.planId" }),
    year: z.number().refine((y) => Number.isInteger(y) && y >= 1900 && y <= 2200, {
      message: "plan.err.year",
    }),
    province: required,
    title: required,
    issuer: required,
    tasks: z.array(taskSchema).min(1, { message: "plan.err.noTasks" }),
  })
  .strict();

type ParsedPlan = z.infer<typeof planSchema>;
type ParsedTask = ParsedPlan["tasks"][number];

function fromZod(issue: z.ZodIssue): PlanIssue {
  const path = issue.path;
  if (issue.message.startsWith("plan.")) return { path, key: issue.message, params: {} };
  switch (issue.code) {
    case "invalid_type":
      return issue.received === "undefined"
        ? { path, key: "plan.err.required", params: {} }
        : { path, key: "plan.err.invalidType", params: { expectedType: issue.expected } };
    case "unrecognized_keys":
      return { path, key: "plan.err.unknownKeys", params: { keys: issue.keys.join(", ") } };
    case "invalid_enum_value":
      return {
        path,
        key: "plan.err.enum",
        params: { value: String(issue.received), options: issue.options.join(", ") },
      };
    default:
      return { path, key: "plan.err.invalid", params: { detail: issue.message } };
  }
}

function canonicalRule(rule: ParsedTask["reporters"]): ReporterRule {
  const out: ReporterRule = {};
  if (rule.all) out.all = true;
  if (rule.units?.length) out.units = [...rule.units];
  if (rule.groups?.length) out.groups = [...rule.groups];
  if (rule.withWebsite) out.withWebsite = true;
  if (rule.optionalFor?.length) out.optionalFor = [...rule.optionalFor];
  return out;
}

function canonicalTask(t: ParsedTask): Task {
  const task: Task = {
    code: t.code,
    section: t.section,
    title: t.title,
    content: t.content,
    lead: t.lead,
    coordinating: t.coordinating,
    timeFrame: t.timeFrame,
    indicators: t.indicators.map((i): Indicator => {
      const ind: Indicator = { code: i.code, name: i.name, unit: i.unit, kind: i.kind };
      if (i.target !== undefined) ind.target = i.target;
      return ind;
    }),
    reporters: canonicalRule(t.reporters),
  };
  if (t.parent !== undefined) task.parent = t.parent;
  if (t.document) {
    const d: PlanDocument = { ...t.document };
    task.document = d;
  }
  // Keep the field order of the type, parent second, for readable JSON.
  const { code, parent, ...rest } = task;
  return parent === undefined ? task : { code, parent, ...rest };
}

/** Rules across tasks and indicators, on a plan whose shape is right. */
function crossChecks(plan: ParsedPlan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const firstIndex = new Map<string, number>();
  plan.tasks.forEach((task, i) => {
    const seen = firstIndex.get(task.code);
    if (seen !== undefined) {
      issues.push({
        path: ["tasks", i, "code"],
        key: "plan.err.duplicateTask",
        params: { code: task.code, first: seen + 1, second: i + 1 },
      });
    } else firstIndex.set(task.code, i);
  });
  plan.tasks.forEach((task, i) => {
    if (task.parent !== undefined) {
      const at = firstIndex.get(task.parent);
      const path = ["tasks", i, "parent"];
      if (task.parent === task.code) issues.push({ path, key: "plan.err.parentSelf", params: {} });
      else if (at === undefined) {
        issues.push({ path, key: "plan.err.unknownParent", params: { parent: task.parent } });
      } else if (at > i) {
        issues.push({ path, key: "plan.err.parentOrder", params: { parent: task.parent } });
      }
    }
    const codes = new Set<string>();
    task.indicators.forEach((ind, j) => {
      if (codes.has(ind.code)) {
        issues.push({
          path: ["tasks", i, "indicators", j, "code"],
          key: "plan.err.duplicateIndicator",
          params: { code: ind.code },
        });
      }
      codes.add(ind.code);
      if (ind.kind === "flag" && ind.target !== undefined && ind.target !== 0 && ind.target !== 1) {
        issues.push({
          path: ["tasks", i, "indicators", j, "target"],
          key: "plan.err.flagTarget",
          params: {},
        });
      }
    });
  });
  return issues;
}

/** Check a plan; the issues carry paths into the input, not words. */
export function checkPlan(input: unknown): PlanCheck {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { issues: [{ path: [], key: "plan.err.notObject", params: {} }] };
  }
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) return { issues: parsed.error.issues.map(fromZod) };
  const issues = crossChecks(parsed.data);
  if (issues.length) return { issues };
  const p = parsed.data;
  return {
    plan: {
      id: p.id,
      year: p.year,
      province: p.province,
      title: p.title,
      issuer: p.issuer,
      tasks: p.tasks.map(canonicalTask),
    },
  };
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

const shorten = (v: unknown): string => {
  const s = typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** "Nhiệm vụ "II.2.a"" or "Nhiệm vụ thứ 3" for path ["tasks", 2, …]; "Kế hoạch" otherwise. */
export function whereOf(input: unknown, path: (string | number)[], lang: Lang): string {
  if (path[0] === "tasks" && typeof path[1] === "number") {
    const code = valueAt(input, ["tasks", path[1], "code"]);
    const task =
      typeof code === "string" && code.trim() !== "" && path[2] !== "code"
        ? translate(lang, "plan.where.task", { code })
        : translate(lang, "plan.where.taskAt", { n: path[1] + 1 });
    const field = fieldName(path.slice(2));
    return field ? translate(lang, "plan.where.field", { where: task, field }) : task;
  }
  const plan = translate(lang, "plan.where.plan");
  const field = fieldName(path);
  return field ? translate(lang, "plan.where.field", { where: plan, field }) : plan;
}

/** ["indicators", 1, "code"] -> "indicators[1].code". */
export function fieldName(path: (string | number)[]): string {
  return path.reduce<string>(
    (s, key) => (typeof key === "number" ? `${s}[${key}]` : s ? `${s}.${key}` : key),
    "",
  );
}

/** Put an issue in words, naming the task and field. */
export function describeIssue(input: unknown, issue: PlanIssue, lang: Lang = "vi"): string {
  const params: Params = { ...issue.params };
  params.where = whereOf(input, issue.path, lang);
  if (!("value" in params)) params.value = shorten(valueAt(input, issue.path));
  if (typeof params.expectedType === "string") {
    params.expected = translate(lang, `plan.type.${params.expectedType}`);
  }
  return translate(lang, issue.key, params);
}

/** Validate a plan from anywhere (JSON, a sheet, a test): the canonical plan or the errors. */
export function validatePlan(input: unknown, lang: Lang = "vi"): PlanResult {
  const checked = checkPlan(input);
  if ("plan" in checked) return checked;
  return { errors: checked.issues.map((issue) => describeIssue(input, issue, lang)) };
}
