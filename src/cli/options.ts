/** Options every command takes: `--plan FILE` and `--registry FILE` (JSON, or .xlsx with the sheet). */
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { plan2020, planFromJson, planFromRows, PLAN_SHEET, type Plan } from "../domain/plan";
import {
  yenBai2020,
  registryFromJson,
  registryFromRows,
  formatIssue,
  REGISTRY_SHEET,
  type Registry,
} from "../domain/registry";
import { UsageError, type CliContext } from "./types";
import { InputRefusedError, readBounded } from "./io/inputs";

/** A plan or registry file, read with the input bounds (a regular file, its size, a time cap). */
async function readInput(ctx: CliContext, file: string): Promise<Uint8Array> {
  try {
    return await readBounded(file);
  } catch (e) {
    if (e instanceof InputRefusedError)
      throw new UsageError(`${path.basename(file)}: ${ctx.t(`files.refused.${e.kind}`, e.params)}`);
    throw e;
  }
}

const readText = async (ctx: CliContext, file: string) =>
  new TextDecoder().decode(await readInput(ctx, file));

/** parseArgs option specs shared by every command. */
export const commonOptions = {
  plan: { type: "string" },
  registry: { type: "string" },
} as const;

/**
 * A command's arguments by node's parseArgs (strict), with --plan and --registry added;
 * an unknown or malformed option is bad usage (exit 2).
 */
export function parseCommand<T extends ParseArgsConfig>(
  ctx: CliContext,
  config: T,
): ReturnType<typeof parseArgs<T & { options: typeof commonOptions }>> {
  try {
    return parseArgs({
      strict: true,
      allowPositionals: false,
      ...config,
      args: ctx.args,
      options: { ...config.options, ...commonOptions },
    }) as ReturnType<typeof parseArgs<T & { options: typeof commonOptions }>>;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

async function sheetRows(ctx: CliContext, file: string, sheet: string): Promise<unknown[][]> {
  const lang = ctx.lang;
  // The reader (and SheetJS) only for a plan or registry given as a workbook.
  const { readWorkbookFile } = await import("../workbook/xlsx/readWorkbookFile");
  const wb = readWorkbookFile(await readInput(ctx, file));
  if (!wb.sheets.some((s) => s.name === sheet)) {
    throw new UsageError(
      lang === "en"
        ? `${path.basename(file)}: no sheet "${sheet}"`
        : `${path.basename(file)}: không có trang tính "${sheet}"`,
    );
  }
  return wb.data(sheet).values;
}

export async function loadPlan(ctx: CliContext, file: string | undefined): Promise<Plan> {
  if (!file) return plan2020;
  const full = path.resolve(ctx.cwd, file);
  const result = /\.xlsx$/i.test(full)
    ? planFromRows(await sheetRows(ctx, full, PLAN_SHEET), ctx.lang)
    : planFromJson(await readText(ctx, full), ctx.lang);
  if ("plan" in result && result.plan) return result.plan;
  const errors = (
    result as { errors: (string | { row: number; column: string; message: string })[] }
  ).errors;
  const lines = errors.map((e) =>
    typeof e === "string" ? e : `${e.row}/${e.column}: ${e.message}`,
  );
  throw new UsageError(`${path.basename(full)}:\n  ${lines.join("\n  ")}`);
}

/** `above`: the registry a "Thuộc" may name besides the file's own units (default built-in). */
export async function loadRegistry(
  ctx: CliContext,
  file: string | undefined,
  above?: Registry,
): Promise<Registry> {
  if (!file) return yenBai2020;
  const full = path.resolve(ctx.cwd, file);
  const options = { lang: ctx.lang, above: above?.agencies };
  const result = /\.xlsx$/i.test(full)
    ? registryFromRows(await sheetRows(ctx, full, REGISTRY_SHEET), options)
    : registryFromJson(await readText(ctx, full), options);
  if (result.registry) return result.registry;
  throw new UsageError(
    `${path.basename(full)}:\n  ${result.errors.map((e) => formatIssue(e, ctx.lang)).join("\n  ")}`,
  );
}

/** Both, from parsed option values. */
export async function loadData(
  ctx: CliContext,
  values: { plan?: string; registry?: string },
): Promise<{ plan: Plan; registry: Registry }> {
  return {
    plan: await loadPlan(ctx, values.plan),
    registry: await loadRegistry(ctx, values.registry),
  };
}
