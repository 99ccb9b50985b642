/**
 * Inputs from the file system, bounded: what is found where the user pointed, each entry
 * accounted for (read, skipped or refused, with the reason), and a read that cannot hang or
 * grow without limit.
 *
 * Decisions:
 * - Only regular files are read. A link is followed only when it ends at a regular file; a
 *   FIFO, a device (a link to /dev/zero), a socket, a dangling link or a link loop is refused
 *   with its reason, never opened for reading.
 * - The size is checked before reading (MAX_INPUT_BYTES, the zip guard's unpacked limit: a form
 *   is some 20 KB), and again on the open descriptor, so a file swapped after the listing for
 *   something else is still caught. The open is non-blocking, so a FIFO slipped in after the
 *   listing cannot block it.
 * - Each read has a time cap (a stalled network drive costs that file, not the merge).
 * - The files and folders are identified by device and inode, so outputs can be compared with
 *   them whatever the spelling, symlink or hard link (outputs.ts).
 */
import { constants } from "node:fs";
import { lstat, open, readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import path from "node:path";

/**
 * Largest input file read (bytes): the zip guard's limit on what a workbook unpacks to (a form
 * is some 20 KB). Not imported from it, so commands that read no workbook load no zip code.
 */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** Longest time one file's read may take (ms). */
export const READ_TIMEOUT_MS = 20_000;

/** A file or folder by what the file system knows it as. */
export interface FileId {
  dev: number;
  ino: number;
}

export const sameId = (a: FileId, b: FileId): boolean => a.dev === b.dev && a.ino === b.ino;

/** Why an entry is not read. Keys of "files.refused.<kind>" in the catalogue. */
export type RefusedKind =
  "fifo" | "device" | "socket" | "dangling" | "loop" | "tooLarge" | "unreadable" | "ownTemp";

export class InputRefusedError extends Error {
  override readonly name = "InputRefusedError";
  constructor(
    readonly kind: RefusedKind,
    readonly params: Record<string, string | number> = {},
  ) {
    super(kind);
  }
}

export type FoundEntry =
  | { kind: "file"; full: string; id: FileId; size: number; mtime: Date; named?: boolean }
  | { kind: "refused"; full: string; why: InputRefusedError }
  | { kind: "subfolder"; full: string };

const mb = (n: number) => Math.ceil(n / (1024 * 1024));

/** Stats of what `full` points at (links followed), or the reason it cannot be read. */
async function target(full: string): Promise<Stats | InputRefusedError> {
  const codeOf = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? String(e);
  let own: Stats;
  try {
    own = await lstat(full);
  } catch (e) {
    return new InputRefusedError("unreadable", { message: codeOf(e) });
  }
  if (!own.isSymbolicLink()) return own;
  try {
    return await stat(full);
  } catch (e) {
    const code = codeOf(e);
    if (code === "ENOENT") return new InputRefusedError("dangling");
    if (code === "ELOOP") return new InputRefusedError("loop");
    return new InputRefusedError("unreadable", { message: code });
  }
}

/** The reason a stat'ed entry is not a file we read, or null when it is one. */
export function refusal(s: Stats, maxBytes = MAX_INPUT_BYTES): InputRefusedError | null {
  if (s.isFIFO()) return new InputRefusedError("fifo");
  if (s.isCharacterDevice() || s.isBlockDevice()) return new InputRefusedError("device");
  if (s.isSocket()) return new InputRefusedError("socket");
  if (!s.isFile()) return new InputRefusedError("unreadable", { message: "?" });
  if (s.size > maxBytes)
    return new InputRefusedError("tooLarge", { mb: mb(s.size), limit: mb(maxBytes) });
  return null;
}

/** Temporary and lock files our own writers leave while they run (atomic.ts). */
export const isOwnTemp = (name: string): boolean => /^\.cchc-/.test(name);

/** One entry found, classified. */
export async function classify(full: string, maxBytes = MAX_INPUT_BYTES): Promise<FoundEntry> {
  const s = await target(full);
  if (s instanceof InputRefusedError) return { kind: "refused", full, why: s };
  if (s.isDirectory()) return { kind: "subfolder", full };
  const why = refusal(s, maxBytes);
  if (why) return { kind: "refused", full, why };
  return { kind: "file", full, id: { dev: s.dev, ino: s.ino }, size: s.size, mtime: s.mtime };
}

export interface Listing {
  /** Every entry, named or found in a named folder (not recursive), once, in a stable order. */
  entries: FoundEntry[];
  /** The named folders, by identity and real path. */
  folders: { full: string; real: string; id: FileId }[];
}

/**
 * What the user pointed at: each path named (a file, or a folder whose entries are listed
 * in name order). A named path that does not exist is returned in `missing`.
 */
export async function listInputs(
  paths: string[],
  options: { maxBytes?: number; sort?: (a: string, b: string) => number } = {},
): Promise<Listing & { missing: string[] }> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const entries: FoundEntry[] = [];
  const folders: Listing["folders"] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (e: FoundEntry) => {
    const key = e.kind === "file" ? `${e.id.dev}:${e.id.ino}` : `path:${e.full}`;
    if (seen.has(key)) return;
    seen.add(key);
    entries.push(e);
  };
  for (const p of paths) {
    const named = await classify(p, maxBytes);
    if (named.kind === "refused" && named.why.kind === "unreadable" && !(await exists(p))) {
      missing.push(p);
      continue;
    }
    if (named.kind !== "subfolder") {
      add(named.kind === "file" ? { ...named, named: true } : named);
      continue;
    }
    const s = await stat(p);
    folders.push({ full: p, real: await realpath(p), id: { dev: s.dev, ino: s.ino } });
    const names = (await readdir(p)).sort(options.sort);
    for (const name of names) {
      const full = path.join(p, name);
      if (isOwnTemp(name)) add({ kind: "refused", full, why: new InputRefusedError("ownTemp") });
      else add(await classify(full, maxBytes));
    }
  }
  return { entries, folders, missing };
}

const exists = (p: string) =>
  lstat(p).then(
    () => true,
    () => false,
  );

/**
 * A regular file's bytes, refused (InputRefusedError) when it is not one, is over `maxBytes`
 * or takes longer than `timeoutMs`. Never blocks on a FIFO.
 */
export async function readBounded(
  full: string,
  options: { maxBytes?: number; timeoutMs?: number } = {},
): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const timeoutMs = options.timeoutMs ?? READ_TIMEOUT_MS;
  const fh = await open(full, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = await fh.stat();
    const why = refusal(s, maxBytes);
    if (why) throw why;
    const deadline = Date.now() + timeoutMs;
    let out = new Uint8Array(Math.min(s.size, maxBytes) + 1);
    let got = 0;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) throw new InputRefusedError("unreadable", { message: "timeout" });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new InputRefusedError("unreadable", { message: "timeout" })),
          left,
        );
      });
      const { bytesRead } = await Promise.race([
        fh.read(out, got, out.length - got, got),
        timeout,
      ]).finally(() => clearTimeout(timer));
      if (bytesRead === 0) break;
      got += bytesRead;
      if (got > maxBytes)
        throw new InputRefusedError("tooLarge", { mb: mb(got), limit: mb(maxBytes) });
      if (got === out.length) {
        // The file grew while read: room for more, up to the cap.
        const more = new Uint8Array(Math.min(out.length * 2, maxBytes + 1));
        more.set(out);
        out = more;
      }
    }
    return out.subarray(0, got);
  } finally {
    await fh.close();
  }
}
