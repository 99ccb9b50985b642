/**
 * The matcher's answers on 1,500 generated messy cells (the bench's generator: legacy fonts,
 * missing marks, typos, abbreviations, several agencies a cell; some with a date), as the
 * matcher gave them before its speed-up (issue 16). Making it faster must not change one.
 */
import fs from "fs";
import path from "path";
import { createMatcher } from "../../src/domain/matcher";
import { yenBai2020 } from "../../src/domain/registry";

type Line = [string, string | null, string | null, string, unknown[]];

const lines: Line[] = fs
  .readFileSync(path.join(__dirname, "matcher-golden.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l !== "")
  .map((l) => JSON.parse(l) as Line);

describe("the matcher on recorded cells", () => {
  it("has the recorded cells, in every status", () => {
    expect(lines).toHaveLength(1500);
    const statuses = new Set(
      lines.flatMap(([, , , , parts]) => parts.map((p) => (p as string[])[2])),
    );
    expect([...statuses].sort()).toEqual(["exact", "resolved", "suggested", "unknown"]);
  });

  it("gives the recorded answer for each, from a fresh matcher and again from a warm one", () => {
    const matcher = createMatcher(yenBai2020);
    for (const round of [1, 2]) {
      const differ: string[] = [];
      for (const [cell, font, date, encoding, parts] of lines) {
        const m = matcher.matchCell(cell, { font, date: date ?? undefined });
        const got = m.parts.map((p) => [
          p.start,
          p.end,
          p.status,
          p.agency?.code ?? "",
          p.reason ?? "",
          p.repaired ?? null,
          p.suggestions.map((s) => `${s.agency.code}:${s.score}:${s.reason}`).join(","),
        ]);
        if (JSON.stringify([m.encoding, got]) !== JSON.stringify([encoding, parts]))
          differ.push(`round ${round}: ${JSON.stringify(cell)}`);
      }
      expect(differ).toEqual([]);
    }
  });
});
