/**
 * The commands `cchc` knows, with what `--help` prints about each, and how to load each one.
 * A command's module (and the libraries it needs: SheetJS, ExcelJS) is loaded only when that
 * command runs, so `cchc --help` and `cchc schedule` start as fast as node itself allows.
 */
import type { CliCommand } from "./types";

export type CommandInfo = Omit<CliCommand, "run">;

const info = <N extends string>(name: N, usage: string): CommandInfo & { name: N } => ({
  name,
  usage,
  summaryKey: `cli.summary.${name}`,
});

export const COMMANDS = {
  matrix: info("matrix", "cchc matrix --out FILE"),
  template: info("template", "cchc template --unit NAME --period CODE --out FILE"),
  forms: info("forms", "cchc forms --period CODE --out-dir DIR"),
  check: info("check", "cchc check FILE…"),
  schedule: info("schedule", "cchc schedule --year Y [--json] [--fifth-on-time] [--no-shift]"),
  track: info(
    "track",
    "cchc track --year Y --out FILE [--today DATE] [--fifth-on-time] [--no-shift]",
  ),
  merge: info(
    "merge",
    "cchc merge PATH… --period CODE --out FILE [--json FILE] [--received FILE] [--form-for UNIT --form-out FILE [--parent-registry FILE]]",
  ),
} as const;

type Name = keyof typeof COMMANDS;

const loaders: Record<Name, () => Promise<CliCommand>> = {
  matrix: async () => (await import("./commands/matrix")).command,
  template: async () => (await import("./commands/template")).command,
  forms: async () => (await import("./commands/forms")).command,
  check: async () => (await import("./commands/check")).command,
  schedule: async () => (await import("./commands/schedule")).command,
  track: async () => (await import("./commands/track")).command,
  merge: async () => (await import("./commands/merge")).command,
};

/** The commands in the order `--help` lists them. */
export const commandInfos: CommandInfo[] = Object.values(COMMANDS);

/** The command named `name` (its module loaded now), or undefined when there is none. */
export async function loadCommand(name: string): Promise<CliCommand | undefined> {
  return Object.hasOwn(loaders, name) ? loaders[name as Name]() : undefined;
}
