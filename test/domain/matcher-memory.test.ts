/**
 * Matchers of one registry share their engine (compiled code) but each keeps its own memory:
 * used in turn, cell by cell, two matchers answer as each would alone.
 */
import fs from "fs";
import path from "path";
import { createMatcher } from "../../src/domain/matcher";
import { yenBai2020 } from "../../src/domain/registry";

const cells: [string, string | null, string | null][] = fs
  .readFileSync(path.join(__dirname, "matcher-golden.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l !== "")
  .map((l) => JSON.parse(l) as [string, string | null, string | null])
  .slice(0, 400);

const answer = (m: ReturnType<typeof createMatcher>, [cell, font, date]: (typeof cells)[0]) =>
  JSON.stringify(m.matchCell(cell, { font, date: date ?? undefined }));

describe("several matchers of one registry", () => {
  it("answer in turn as each does alone", () => {
    const alone = createMatcher(yenBai2020);
    const expected = cells.map((c) => answer(alone, c));
    const a = createMatcher(yenBai2020);
    const b = createMatcher(yenBai2020);
    // b sees the cells backwards, so the two memories hold different cells at each turn.
    const gotA: string[] = [];
    const gotB: string[] = [];
    for (let k = 0; k < cells.length; k++) {
      gotA.push(answer(a, cells[k]));
      gotB.push(answer(b, cells[cells.length - 1 - k]));
    }
    expect(gotA).toEqual(expected);
    expect(gotB.reverse()).toEqual(expected);
  });

  it("start with nothing remembered: a new matcher works a cell out again", () => {
    const first = createMatcher(yenBai2020).matchCell("Sở Nội vụ; UBND huyện Văn Yên");
    const again = createMatcher(yenBai2020).matchCell("Sở Nội vụ; UBND huyện Văn Yên");
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
