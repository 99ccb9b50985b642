/** Runs `cchc` in-process as the bin does, capturing what it prints and its exit code. */
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `cwd` is read at each call (temp folders are made per test). */
export function cliRunner(
  cwd: () => string,
  signal?: AbortSignal,
): (...argv: string[]) => Promise<CliRun> {
  return async (...argv) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      cwd: cwd(),
      signal,
    });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
}
