import type { T, Lang } from "../i18n";

/** What every command gets: its own arguments, the language and where to print. */
export interface CliContext {
  args: string[];
  lang: Lang;
  t: T;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Working directory for relative paths. */
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** Usage line, e.g. "cchc matrix --out FILE". */
  usage: string;
  /** Key of the one-line description in the cli catalogue. */
  summaryKey: string;
  /** Returns the exit code: 0 ok, 1 problems found, 2 bad usage or not available. */
  run(ctx: CliContext): Promise<number>;
}

/** Thrown for bad usage; main prints it with the command's usage and exits 2. */
export class UsageError extends Error {}
