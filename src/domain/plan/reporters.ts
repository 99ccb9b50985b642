/** Which tasks go on a unit's report form, from each task's reporter rule. */
import type { Plan, ReporterRule, Task } from "./types";
import { GROUP_PROVINCE } from "./codes";

/** The little a rule needs to know about an agency (a registry entry fits). */
export interface ReporterUnit {
  code: string;
  group: string;
  /** Provincial agencies have a website unless the registry says `false`. */
  hasWebsite?: boolean;
}

export interface FormRow {
  task: Task;
  /** The unit may leave the row empty (districts on II.2.b–d). */
  optional: boolean;
}

/**
 * How a rule applies to a unit: "required" when the unit is every reporter (`all`), named in
 * `units`, in one of `groups`, or a provincial agency with a website (`withWebsite`);
 * otherwise "optional" when its group is in `optionalFor`; otherwise "none".
 * An empty rule applies to no one (matrix-only rows).
 */
export function ruleFor(rule: ReporterRule, unit: ReporterUnit): "required" | "optional" | "none" {
  const hasWebsite = unit.group === GROUP_PROVINCE && unit.hasWebsite !== false;
  if (
    rule.all ||
    rule.units?.includes(unit.code) ||
    rule.groups?.includes(unit.group) ||
    (rule.withWebsite && hasWebsite)
  ) {
    return "required";
  }
  return rule.optionalFor?.includes(unit.group) ? "optional" : "none";
}

/** The tasks on a unit's form, in plan order. */
export function rowsForUnit(plan: Plan, unit: ReporterUnit): FormRow[] {
  const rows: FormRow[] = [];
  for (const task of plan.tasks) {
    const applies = ruleFor(task.reporters, unit);
    if (applies !== "none") rows.push({ task, optional: applies === "optional" });
  }
  return rows;
}
