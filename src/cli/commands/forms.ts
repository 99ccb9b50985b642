import type { CliCommand } from "../types";

export const command: CliCommand = {
  name: "forms",
  usage: "cchc forms --period CODE --out-dir DIR",
  summaryKey: "cli.summary.forms",
  async run(ctx) {
    ctx.err(ctx.t("cli.notImplemented", { command: "forms" }));
    return 2;
  },
};
