/**
 * "Chèn bảng phân công nhiệm vụ" (F2): one read of what the workbook already holds, one edit. In Excel
 * that is a fixed number of syncs whatever the plan's size; on a file it is the same code over
 * the xlsx adapter.
 */
import { sameSheet } from "../domain/address";
import { buildMatrixEdit, isMatrixSheet } from "../domain/matrix";
import { PLAN_SHEET, type Plan } from "../domain/plan";
import { REGISTRY_SHEET, type Registry } from "../domain/registry";
import { translate, type Lang } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import type { ReadRequest } from "../domain/sheet";

export interface InsertMatrixOptions {
  plan: Plan;
  /** Used when the workbook has no "Danh mục cơ quan" sheet (one is then written from it). */
  registry: Registry;
  lang?: Lang;
}

export interface InsertMatrixResult {
  /** Data rows in the matrix table. */
  rows: number;
  /** Of which from the plan. */
  tasks: number;
  /** Plan rows whose typed values were kept. */
  kept: number;
  /** Rows the user had added, kept. */
  added: number;
  warnings: string[];
  /** One line for the user saying what was done. */
  message: string;
}

const same = sameSheet;

export async function insertMatrix(
  port: WorkbookPort,
  opts: InsertMatrixOptions,
): Promise<InsertMatrixResult> {
  const lang = opts.lang ?? "vi";
  let build: ReturnType<typeof buildMatrixEdit> | undefined;
  // One batch: list the sheets, read the matrix and registry if present, write the new ones.
  await port.update(
    ({ sheets }) => {
      const find = (name: string) => sheets.find((s) => same(s.name, name))?.name;
      const requests: ReadRequest[] = [];
      const matrixName = sheets.find((s) => isMatrixSheet(s.name))?.name;
      const registryName = find(REGISTRY_SHEET);
      if (matrixName) requests.push({ sheet: matrixName, formulas: true });
      if (registryName) requests.push({ sheet: registryName });
      return requests;
    },
    ({ sheets, data }) => {
      const find = (name: string) => sheets.find((s) => same(s.name, name))?.name;
      const byName = (name?: string) => (name ? data.find((d) => same(d.name, name)) : undefined);
      build = buildMatrixEdit({
        plan: opts.plan,
        registry: opts.registry,
        existing: byName(sheets.find((s) => isMatrixSheet(s.name))?.name) ?? null,
        registrySheet: byName(find(REGISTRY_SHEET)) ?? null,
        hasPlanSheet: find(PLAN_SHEET) !== undefined,
        lang,
      });
      return build.edit;
    },
  );
  if (!build) throw new Error("insertMatrix: the workbook update did not run");
  const { rows, tasks, kept, added, warnings } = build;
  return {
    rows,
    tasks,
    kept,
    added,
    warnings,
    message: translate(lang, "matrix.done", { rows, tasks, kept, added }),
  };
}
