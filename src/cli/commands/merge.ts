import type { CliCommand } from "../types";

export const command: CliCommand = {
  name: "merge",
  usage: "cchc merge PATH… --period CODE --out FILE [--json FILE] [--received FILE]",
  summaryKey: "cli.summary.merge",
  async run(ctx) {
    ctx.err(ctx.t("cli.notImplemented", { command: "merge" }));
    return 2;
  },
};
