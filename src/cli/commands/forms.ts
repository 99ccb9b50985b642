/** `cchc forms --period CODE --out-dir DIR`: one report form per expected reporter. */
import path from "node:path";
import { allForms } from "../../app/files/forms";
import { noReportersMessage, noReportersReason } from "../../domain/schedule";
import { loadData, parseCommand } from "../options";
import { COMMANDS } from "../commandList";
import { UsageError, type CliCommand, type CliContext } from "../types";
import { periodOption, writeOutput } from "./template";

function parseOptions(ctx: CliContext) {
  return parseCommand(ctx, {
    options: { period: { type: "string" }, "out-dir": { type: "string" } },
  }).values;
}

export const command: CliCommand = {
  ...COMMANDS.forms,
  async run(ctx) {
    const values = parseOptions(ctx);
    const dir = values["out-dir"];
    if (!dir?.trim()) throw new UsageError(ctx.t("forms.cli.outDirMissing"));
    const { plan, registry } = await loadData(ctx, values);
    const period = periodOption(ctx, values.period, plan.year);
    const none = noReportersReason(registry, period.code);
    if (none) {
      // Never zero forms in silence: say why, and how to give the period its units.
      const [first, ...rest] = noReportersMessage(ctx.t, period.code, none, "cli");
      ctx.err(`${first} ${ctx.t("forms.cli.noForms")}`);
      for (const line of rest) ctx.err(line);
      return 1;
    }
    const forms = await allForms({ plan, registry, period: period.code });
    for (const f of forms) {
      await writeOutput(ctx, path.join(dir, f.file), f.bytes);
      ctx.out(ctx.t("forms.cli.formLine", { file: f.file, name: f.unit.name, rows: f.rows }));
    }
    ctx.out(ctx.t("forms.cli.total", { count: forms.length, period: period.code, dir }));
    return 0;
  },
};
