/** Temporary directories for tests: under os.tmpdir(), removed when the test file ends. */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export async function makeTempDir(prefix = "cchc-test-"): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * One temp dir per test file: call at the top level of a describe (or the file);
 * `dir()` is valid inside tests. Removed in afterAll.
 */
export function useTempDir(prefix?: string): () => string {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await makeTempDir(prefix);
  });
  afterAll(async () => {
    if (dir) await removeTempDir(dir);
  });
  return () => {
    if (!dir) throw new Error("useTempDir: the directory exists only inside tests");
    return dir;
  };
}
