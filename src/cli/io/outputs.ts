/**
 * Output paths checked before anything is read: where each one really is (real path, device
 * and inode, whatever the spelling, symlink or hard link), that its folder takes a new file,
 * and that it is none of the inputs, none of the other outputs, and no file of an input folder
 * that the merge would read.
 *
 * An output inside an input folder is allowed when it does not exist yet or holds what this
 * command wrote there before (a summary with the merge's sheets, a report in the merge's JSON
 * format): that file is then not an input. Anything else there is a form sent in, and is
 * never overwritten.
 */
import { constants } from "node:fs";
import { access, lstat, open, realpath, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { sameId, type FileId, type FoundEntry, type Listing } from "./inputs";

/** Why an output path is refused; keys "files.out.<kind>" in the catalogue. */
export type OutputProblem =
  | "noDir"
  | "isFolder"
  | "notRegular"
  | "notWritable"
  | "same"
  | "isInput"
  | "inInputFolder"
  | "receivedInInputFolder";

export class OutputRefusedError extends Error {
  override readonly name = "OutputRefusedError";
  constructor(
    readonly problem: OutputProblem,
    readonly option: string,
    readonly target: string,
    readonly params: Record<string, string> = {},
  ) {
    super(`${option} ${target}: ${problem}`);
  }
}

export interface OutputPath {
  /** "--out", "--json", "--received". */
  option: string;
  /** As the user gave it (absolute). */
  given: string;
  /** Where it really is: links resolved. Writes go here. */
  real: string;
  /** Present when the file exists. */
  id?: FileId;
  /** The folder's identity. */
  dirId: FileId;
  /** The given path is a link to `real`. */
  linked: boolean;
}

const idOf = (s: { dev: number; ino: number }): FileId => ({ dev: s.dev, ino: s.ino });

/** Can a new file be made in `dir`? Tried for real: permissions alone miss read-only disks. */
async function probeDir(dir: string): Promise<string | null> {
  const probe = path.join(
    dir,
    `.cchc-probe-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`,
  );
  try {
    const fh = await open(probe, "wx");
    await fh.close();
    await unlink(probe);
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? "?";
  }
}

/** One output path resolved and checked on its own. */
export async function resolveOutput(option: string, given: string): Promise<OutputPath> {
  let dir: string;
  try {
    dir = await realpath(path.dirname(given));
    if (!(await stat(dir)).isDirectory()) throw new Error("ENOTDIR");
  } catch {
    throw new OutputRefusedError("noDir", option, given);
  }
  let real = path.join(dir, path.basename(given));
  let id: FileId | undefined;
  const own = await lstat(real).catch(() => null);
  if (own) {
    const s = own.isSymbolicLink() ? await stat(real).catch(() => null) : own;
    if (!s) throw new OutputRefusedError("notRegular", option, given);
    if (s.isDirectory()) throw new OutputRefusedError("isFolder", option, given);
    if (!s.isFile()) throw new OutputRefusedError("notRegular", option, given);
    if (own.isSymbolicLink()) {
      real = await realpath(real);
      dir = path.dirname(real);
    }
    id = idOf(s);
    const denied = await access(real, constants.W_OK).then(
      () => null,
      (e: NodeJS.ErrnoException) => e.code ?? "?",
    );
    if (denied) throw new OutputRefusedError("notWritable", option, given, { code: denied });
  }
  const code = await probeDir(dir);
  if (code) throw new OutputRefusedError("notWritable", option, given, { code });
  return { option, given, real, id, dirId: idOf(await stat(dir)), linked: !!own?.isSymbolicLink() };
}

/**
 * The checks across paths. `isEarlierOutput` says whether an existing output file inside an
 * input folder is this command's own earlier output (so not a form). Returns the entries of
 * the listing that are such earlier outputs: they are not read.
 */
export async function guardOutputs(
  outputs: OutputPath[],
  listing: Listing,
  isEarlierOutput: (o: OutputPath) => Promise<boolean>,
): Promise<FoundEntry[]> {
  for (let i = 0; i < outputs.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = outputs[i];
      const b = outputs[j];
      if (a.real === b.real || (a.id && b.id && sameId(a.id, b.id)))
        throw new OutputRefusedError("same", a.option, a.given, { other: b.option });
    }
  }
  const skipped: FoundEntry[] = [];
  for (const o of outputs) {
    if (!o.id) continue;
    const entry = listing.entries.find(
      (e): e is Extract<FoundEntry, { kind: "file" }> => e.kind === "file" && sameId(e.id, o.id!),
    );
    if (!entry) continue;
    // Named on the command line (or the same file as one named): an input, never written.
    const inFolder =
      !entry.named && !o.linked && listing.folders.some((f) => sameId(f.id, o.dirId));
    if (!inFolder) throw new OutputRefusedError("isInput", o.option, o.given);
    if (o.option === "--received")
      throw new OutputRefusedError("receivedInInputFolder", o.option, o.given);
    if (!(await isEarlierOutput(o)))
      throw new OutputRefusedError("inInputFolder", o.option, o.given);
    skipped.push(entry);
  }
  return skipped;
}
