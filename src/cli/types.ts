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
  /** Aborted by Ctrl-C (bin/cchc.js). */
  signal?: AbortSignal;
}

export interface CliCommand {
  name: string;
  /** Usage line, e.g. "cchc matrix --out FILE". */
  usage: string;
  /** Key of the one-line description in the cli catalogue. */
  summaryKey: string;
  /**
   * Stops on `ctx.signal` by itself, writing nothing half-done (throws once aborted). Other
   * commands are left at once on Ctrl-C, as before.
   */
  abortable?: boolean;
  /** Returns the exit code: 0 ok, 1 problems found, 2 bad usage or not available. */
  run(ctx: CliContext): Promise<number>;
}

/** Thrown for bad usage; main prints it with the command's usage and exits 2. */
export class UsageError extends Error {}
