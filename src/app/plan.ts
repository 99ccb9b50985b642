/**
 * Which plan and registry a workbook uses (F3/F4), decided in one place: the ribbon's commands
 * and the task pane both ask here, so "Chèn bảng phân công nhiệm vụ" inserts the same matrix
 * from either.
 */
import { sameSheet } from "../domain/address";
import { PLAN_SHEET, plan2020, planFromRows, type Plan } from "../domain/plan";
import {
  REGISTRY_SHEET,
  formatIssue,
  registryFromRows,
  yenBai2020,
  type Registry,
} from "../domain/registry";
import type { Lang } from "../i18n";
import type { WorkbookPort } from "../workbook/port";

export interface PlanData {
  plan: Plan;
  registry: Registry;
}

/**
 * The plan and the registry: the workbook's own "Kế hoạch" and "Danh mục cơ quan" sheets when
 * it has them (another year or province, F3/F4), else the built-in 2020 Yên Bái data. A sheet
 * that is there but wrong is an error naming its problems, never silently replaced.
 */
export async function workbookPlan(port: WorkbookPort | null, lang: Lang): Promise<PlanData> {
  if (!port) return { plan: plan2020, registry: yenBai2020 };
  const sheets = await port.sheets();
  const find = (name: string) => sheets.find((s) => sameSheet(s.name, name))?.name;
  const planSheet = find(PLAN_SHEET);
  const registrySheet = find(REGISTRY_SHEET);
  const wanted = [planSheet, registrySheet].filter((s): s is string => !!s);
  const data = wanted.length ? await port.read(wanted.map((sheet) => ({ sheet }))) : [];
  const of = (name?: string) => (name ? data.find((d) => sameSheet(d.name, name)) : undefined);
  let plan = plan2020;
  const planValues = of(planSheet)?.values;
  if (planValues) {
    const read = planFromRows(planValues, lang);
    if ("errors" in read) {
      const lines = read.errors.slice(0, 5).map((e) => `${e.row}/${e.column}: ${e.message}`);
      throw new Error(`${PLAN_SHEET}: ${lines.join("; ")}`);
    }
    plan = read.plan;
  }
  let registry = yenBai2020;
  const registryValues = of(registrySheet)?.values;
  if (registryValues) {
    const read = registryFromRows(registryValues, { lang });
    if (!read.registry) {
      const lines = read.errors.slice(0, 5).map((e) => formatIssue(e, lang));
      throw new Error(`${REGISTRY_SHEET}: ${lines.join("; ")}`);
    }
    registry = read.registry;
  }
  return { plan, registry };
}
