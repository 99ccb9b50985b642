/** The command line's file input and output: bounded reads, checked outputs, atomic writes. */
import path from "node:path";
import type { T } from "../../i18n";
import { LockedError } from "./atomic";
import { InputRefusedError } from "./inputs";
import { OutputRefusedError } from "./outputs";

export * from "./atomic";
export * from "./inputs";
export * from "./outputs";
export { printable, streamPrinter, type Printer } from "./stdio";

/** A system error code in words ("đĩa đầy"). */
export function reasonText(t: T, code: string | undefined): string {
  const key = `files.reason.${code}`;
  const text = t(key);
  return text === key ? t("files.reason.other", { code: code ?? "?" }) : text;
}

/** Why an input is not read, in words. */
export function refusedText(t: T, e: InputRefusedError): string {
  return t(`files.refused.${e.kind}`, e.params);
}

/** A path as the user would recognise it: relative to the working folder when inside it. */
export function shown(cwd: string, full: string): string {
  const rel = path.relative(cwd, full);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : full;
}

/**
 * The message for an error of this module, or null for any other error. Output and lock
 * problems are bad usage (exit 2): nothing was read or written.
 */
export function fileErrorText(t: T, cwd: string, e: unknown): string | null {
  if (e instanceof OutputRefusedError) {
    return t(`files.out.${e.problem}`, {
      option: e.option,
      path: shown(cwd, e.target),
      reason: reasonText(t, e.params.code),
      other: e.params.other ?? "",
    });
  }
  if (e instanceof LockedError) {
    return t("files.locked", { path: shown(cwd, e.target), pid: e.pid || "?" });
  }
  if (e instanceof InputRefusedError) return refusedText(t, e);
  return null;
}
