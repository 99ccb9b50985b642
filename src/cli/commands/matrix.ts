/** `cchc matrix --out FILE`: a workbook holding the plan's task matrix and the registry. */
import path from "node:path";
import { matrixFileWithResult } from "../../app/files/matrix";
import { MATRIX_SHEET } from "../../domain/matrix";
import { parseCommand, loadData } from "../options";
import { COMMANDS } from "../commandList";
import { UsageError, type CliCommand, type CliContext } from "../types";
import { writeAtomic } from "../io/atomic";

function parseOptions(ctx: CliContext): { out: string; plan?: string; registry?: string } {
  const { values } = parseCommand(ctx, { options: { out: { type: "string" } } });
  if (!values.out) throw new UsageError(ctx.t("matrix.cli.outRequired"));
  if (!/\.xlsx$/i.test(values.out))
    throw new UsageError(ctx.t("matrix.cli.notXlsx", { file: values.out }));
  return { out: values.out, plan: values.plan, registry: values.registry };
}

export const command: CliCommand = {
  ...COMMANDS.matrix,
  async run(ctx) {
    const options = parseOptions(ctx);
    const { plan, registry } = await loadData(ctx, options);
    const { bytes, result } = await matrixFileWithResult({ plan, registry, lang: ctx.lang });
    const out = path.resolve(ctx.cwd, options.out);
    await writeAtomic(out, bytes);
    for (const w of result.warnings) ctx.err(w);
    ctx.out(ctx.t("matrix.cli.wrote", { file: out, rows: result.rows, sheet: MATRIX_SHEET }));
    return 0;
  },
};
