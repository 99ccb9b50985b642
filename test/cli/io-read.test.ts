/**
 * The bounded read under every input (issue 13, finding 4): a time cap per file, a size cap
 * checked on the open file, and a FIFO refused at once instead of waited on.
 */
import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { InputRefusedError, readBounded } from "../../src/cli/io";
import { useTempDir } from "../helpers/tmp";

const dir = useTempDir("cchc-io-read-");
const at = (name: string) => path.join(dir(), name);

async function refusal(p: Promise<unknown>): Promise<InputRefusedError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputRefusedError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

test("a regular file is read whole", async () => {
  await writeFile(at("a.xlsx"), "abc");
  expect(Buffer.from(await readBounded(at("a.xlsx"))).toString()).toBe("abc");
});

test("over the size cap: refused on the open file, naming the sizes", async () => {
  await writeFile(at("b.xlsx"), Buffer.alloc(3 * 1024 * 1024, 1));
  const e = await refusal(readBounded(at("b.xlsx"), { maxBytes: 1024 * 1024 }));
  expect([e.kind, e.params]).toEqual(["tooLarge", { mb: 3, limit: 1 }]);
});

test("past the time cap: refused as unreadable (timeout)", async () => {
  await writeFile(at("c.xlsx"), "abc");
  const e = await refusal(readBounded(at("c.xlsx"), { timeoutMs: 0 }));
  expect([e.kind, e.params]).toEqual(["unreadable", { message: "timeout" }]);
});

test("a FIFO with no writer is refused at once, not waited on", async () => {
  execFileSync("mkfifo", [at("d.xlsx")]);
  const e = await refusal(readBounded(at("d.xlsx")));
  expect(e.kind).toBe("fifo");
});
