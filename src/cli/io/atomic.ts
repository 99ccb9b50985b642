/**
 * Writes that never leave a half-written file: the bytes go to a temporary file in the same
 * folder, are flushed to disk (fsync), then renamed over the target in one step. A failure
 * (disk full, Ctrl-C, kill -9) leaves the previous file as it was and, at worst, a temporary
 * ".cchc-…" file that the next listing names as ours.
 *
 * Several outputs of one command are staged first and renamed together at the end, so a
 * failure while writing the second leaves the first untouched too.
 *
 * A lock file beside each target serialises writers: a second command writing the same file
 * while the first runs refuses (LockedError) instead of interleaving with it. A lock left by a
 * process that no longer runs is taken over.
 */
import { constants } from "node:fs";
import { open, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * Test seam: a function called before each temporary file is written; an error it returns is
 * thrown as if the write had failed (ENOSPC). Production code never sets it.
 */
export const writeFaults: { inject?: (target: string) => NodeJS.ErrnoException | undefined } = {};

let counter = 0;
const tempName = (target: string) =>
  path.join(
    path.dirname(target),
    `.cchc-${process.pid}-${Date.now().toString(36)}-${counter++}-${path.basename(target)}.tmp`,
  );

/** Flushes a folder's entry list, so a rename survives a power cut. Not possible everywhere. */
async function syncDir(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(dir, constants.O_RDONLY);
    await fh.sync();
  } catch {
    // Windows and some file systems cannot open or sync a folder; the rename still happened.
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** A file written and flushed under a temporary name, waiting to replace its target. */
export interface Staged {
  target: string;
  temp: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** Temporary files of `target` left by writers that were killed (their process is gone). */
async function sweepLeftovers(target: string): Promise<void> {
  const base = path.basename(target);
  const names = await readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^\.cchc-(\d+)-[^-]+-\d+-(.*)\.tmp$/.exec(name);
    if (m && m[2] === base && !alive(Number(m[1])))
      await unlink(path.join(path.dirname(target), name)).catch(() => undefined);
  }
}

export async function stage(target: string, bytes: Uint8Array | string): Promise<Staged> {
  await sweepLeftovers(target);
  const temp = tempName(target);
  const fh = await open(temp, "wx", 0o644);
  try {
    const fault = writeFaults.inject?.(target);
    if (fault) throw fault;
    await fh.writeFile(bytes);
    await fh.sync();
  } catch (e) {
    await fh.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  await fh.close();
  let done = false;
  return {
    target,
    temp,
    async commit() {
      await rename(temp, target);
      done = true;
      await syncDir(path.dirname(target));
    },
    async discard() {
      if (!done) await unlink(temp).catch(() => undefined);
    },
  };
}

/** A write failed; `target` names the file, `cause` the system error. */
export class WriteFailedError extends Error {
  override readonly name = "WriteFailedError";
  constructor(
    readonly target: string,
    override readonly cause: unknown,
  ) {
    super(`${target}: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

/**
 * Write several files, all staged before any is renamed: a failure while staging (disk full)
 * replaces none of them. WriteFailedError names the file.
 */
export async function writeAllAtomic(
  files: { target: string; bytes: Uint8Array | string }[],
): Promise<void> {
  const staged: Staged[] = [];
  let current = "";
  try {
    for (const f of files) {
      current = f.target;
      staged.push(await stage(f.target, f.bytes));
    }
    for (const s of staged) {
      current = s.target;
      await s.commit();
    }
  } catch (e) {
    throw new WriteFailedError(current, e);
  } finally {
    for (const s of staged) await s.discard();
  }
}

export async function writeAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  await writeAllAtomic([{ target, bytes }]);
}

/* --------------------------------------------------------------------- locks */

/** Another command is writing the same file now. */
export class LockedError extends Error {
  override readonly name = "LockedError";
  constructor(
    readonly target: string,
    readonly pid: number,
  ) {
    super(`${target} is being written by process ${pid}`);
  }
}

export const lockPath = (target: string): string =>
  path.join(path.dirname(target), `.cchc-${path.basename(target)}.lock`);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

export interface Lock {
  release(): Promise<void>;
}

/** Take the lock of `target` for this process; LockedError when another live process holds it. */
export async function lock(target: string): Promise<Lock> {
  const file = lockPath(target);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(file, "wx", 0o644);
      await fh.writeFile(`${process.pid}\n${os.hostname()}\n`);
      await fh.close();
      return { release: () => unlink(file).catch(() => undefined) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const [pidText, host] = (await readFile(file, "utf8").catch(() => "")).split("\n");
    const pid = Number(pidText);
    if (!pidText) {
      // Just made by another writer that has not yet said who it is.
      const age = await stat(file).then(
        (s) => Date.now() - s.mtimeMs,
        () => Infinity,
      );
      if (age < 10_000) throw new LockedError(target, 0);
    }
    const here = !host || host === os.hostname();
    if (Number.isInteger(pid) && pid > 0 && (!here || alive(pid)))
      throw new LockedError(target, pid);
    // Left by a process that has ended (or half-written by one): take it over.
    await unlink(file).catch(() => undefined);
  }
  throw new LockedError(target, 0);
}

/** Locks for several targets, all or none. */
export async function lockAll(targets: string[]): Promise<Lock> {
  const held: Lock[] = [];
  try {
    for (const t of targets) held.push(await lock(t));
  } catch (e) {
    for (const h of held) await h.release();
    throw e;
  }
  return {
    async release() {
      for (const h of held) await h.release();
    },
  };
}
