import type { CliCommand } from "../types";

export const command: CliCommand = {
  name: "check",
  usage: "cchc check FILE…",
  summaryKey: "cli.summary.check",
  async run(ctx) {
    ctx.err(ctx.t("cli.notImplemented", { command: "check" }));
    return 2;
  },
};
