import type { CliCommand } from "../types";

export const command: CliCommand = {
  name: "track",
  usage: "cchc track --year Y --out FILE [--today DATE]",
  summaryKey: "cli.summary.track",
  async run(ctx) {
    ctx.err(ctx.t("cli.notImplemented", { command: "track" }));
    return 2;
  },
};
