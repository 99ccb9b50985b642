/** `cchc`: the command line of contract 5.2, on the same core as the add-in. */
import { translator, type Lang } from "../i18n";
import { commandInfos, loadCommand } from "./commandList";
import { printable, streamPrinter } from "./io/stdio";
import { UsageError } from "./types";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  /** Ctrl-C (bin/cchc.js): the command stops; exit 130. */
  signal?: AbortSignal;
}

/** Exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const INTERRUPTED = 130;

/** Resolves when `signal` is aborted (never when there is none). */
const abortOf = (signal?: AbortSignal) =>
  new Promise<"aborted">((resolve) => {
    if (signal?.aborted) resolve("aborted");
    signal?.addEventListener("abort", () => resolve("aborted"), { once: true });
  });

// A closed pipe or a full device ends printing, never the command (io/stdio.ts).
export const defaultIo: Io = {
  out: streamPrinter(() => process.stdout),
  err: streamPrinter(() => process.stderr),
  cwd: process.cwd(),
};

/** Pulls `--lang en|vi` out of the arguments wherever it stands. */
function takeLang(argv: string[]): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang: Lang = "vi";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--lang") {
      lang = argv[++i] === "en" ? "en" : "vi";
    } else if (a.startsWith("--lang=")) {
      lang = a.slice(7) === "en" ? "en" : "vi";
    } else rest.push(a);
  }
  return { lang, rest };
}

function help(lang: Lang): string {
  const t = translator(lang);
  const lines = [t("cli.help.title"), "", t("cli.help.usage"), ""];
  for (const c of commandInfos) lines.push(`  ${c.usage}`, `      ${t(c.summaryKey)}`);
  lines.push("", t("cli.help.common"));
  return lines.join("\n");
}

export async function main(argv: string[], given: Io = defaultIo): Promise<number> {
  // Text from forms may hold control characters: none reaches the terminal.
  const io: Io = {
    ...given,
    out: (l) => given.out(printable(l)),
    err: (l) => given.err(printable(l)),
  };
  const { lang, rest } = takeLang(argv);
  const t = translator(lang);
  const [name, ...args] = rest;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help(lang));
    return name ? 0 : 2;
  }
  const info = commandInfos.find((c) => c.name === name);
  if (!info) {
    io.err(t("cli.unknownCommand", { command: name }));
    io.err(help(lang));
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.out(`${info.usage}\n  ${t(info.summaryKey)}`);
    return 0;
  }
  const cmd = (await loadCommand(name))!;
  const { signal } = io;
  try {
    const running = cmd.run({ args, lang, t, out: io.out, err: io.err, cwd: io.cwd, signal });
    // A command that cannot stop cleanly is left at once (the bin then exits).
    const code = cmd.abortable ? await running : await Promise.race([running, abortOf(signal)]);
    if (code !== "aborted") return code;
    io.err(t("cli.interrupted"));
    return INTERRUPTED;
  } catch (e) {
    if (signal?.aborted) {
      io.err(t(cmd.abortable ? "cli.interrupted.nothingWritten" : "cli.interrupted"));
      return INTERRUPTED;
    }
    if (e instanceof UsageError) {
      io.err(e.message);
      io.err(t("cli.usage", { usage: cmd.usage }));
      return 2;
    }
    io.err(t("cli.failed", { message: e instanceof Error ? e.message : String(e) }));
    return 1;
  }
}
