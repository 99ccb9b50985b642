import type { CliCommand } from "../types";

export const command: CliCommand = {
  name: "matrix",
  usage: "cchc matrix --out FILE",
  summaryKey: "cli.summary.matrix",
  async run(ctx) {
    ctx.err(ctx.t("cli.notImplemented", { command: "matrix" }));
    return 2;
  },
};
