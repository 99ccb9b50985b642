import type { CliCommand } from "../types";

export const command: CliCommand = {
  name: "template",
  usage: "cchc template --unit NAME --period CODE --out FILE",
  summaryKey: "cli.summary.template",
  async run(ctx) {
    ctx.err(ctx.t("cli.notImplemented", { command: "template" }));
    return 2;
  },
};
