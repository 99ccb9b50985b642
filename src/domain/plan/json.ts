/** A plan as a JSON file: `{"format": "cchc-plan/1", "id": …, "tasks": […]}`. */
import { translate, type Lang } from "../../i18n";
import type { Plan } from "./types";
import { validatePlan, type PlanResult } from "./validate";

export const PLAN_FORMAT = "cchc-plan/1";

/** Pretty JSON with a format marker first. */
export function planToJson(plan: Plan): string {
  return `${JSON.stringify({ format: PLAN_FORMAT, ...plan }, null, 2)}\n`;
}

/** Read a plan file's text; the format marker is optional but must be ours when present. */
export function planFromJson(text: string, lang: Lang = "vi"): PlanResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { errors: [translate(lang, "plan.json.syntax", { detail: (e as Error).message })] };
  }
  if (typeof data === "object" && data !== null && !Array.isArray(data) && "format" in data) {
    const { format, ...rest } = data as Record<string, unknown>;
    if (format !== PLAN_FORMAT) {
      const value = typeof format === "string" ? format : JSON.stringify(format);
      return { errors: [translate(lang, "plan.json.format", { value, expected: PLAN_FORMAT })] };
    }
    data = rest;
  }
  return validatePlan(data, lang);
}
