import type { CliCommand } from "../types";

export const command: CliCommand = {
  name: "schedule",
  usage: "cchc schedule --year Y [--json] [--fifth-on-time] [--no-shift]",
  summaryKey: "cli.summary.schedule",
  async run(ctx) {
    ctx.err(ctx.t("cli.notImplemented", { command: "schedule" }));
    return 2;
  },
};
