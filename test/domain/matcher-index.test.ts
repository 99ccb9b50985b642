/**
 * The short cuts the matcher takes for speed (issue 16) give the answers the long way gives:
 * a stretch's key built from its pieces' keys, and the targets a written word can take a place
 * in found from an index of the registry's words rather than target by target.
 */
import fc from "fast-check";
import {
  boundedDistance,
  buildWordIndex,
  placeable,
  placeableIn,
} from "../../src/domain/matcher/fuzzy";
import { expandKey, expandsAcross, keysOf } from "../../src/domain/matcher/keys";
import { joinable, pieces } from "../../src/domain/matcher/segment";
import { yenBai2020 } from "../../src/domain/registry";
import { matchKey, stripDiacritics } from "../../src/domain/text";
import { propertyRuns } from "../helpers/property";

const spellings = yenBai2020.agencies.flatMap((a) => [
  a.name,
  a.shortName,
  ...a.aliases,
  ...(a.formerNames ?? []),
]);

describe("a stretch's key from its pieces' keys", () => {
  // Spellings, and bits that could fool a short cut: old tone placement at a piece's end, final
  // sigma, zero-width and combining characters, "&", "và" stuck to brackets, dots and colons.
  const bit = fc.oneof(
    fc.constantFrom(...spellings),
    fc.constantFrom(
      "hoà",
      "Thuỷ",
      "ΟΔΟΣ",
      "x\u200B",
      "\u200Bvà",
      "(a)và(b)",
      "a&b",
      " & ",
      "e\u0301",
      "\u0301",
      "Sở:",
      ".",
      "-",
      "—",
      "  ",
      "\t",
    ),
    fc.string({ maxLength: 4 }),
  );
  const sep = fc.constantFrom(", ", "; ", " và ", "\n", ",", ";\n- ", " va ", "và", ":", ". ", "");
  const text = fc
    .array(fc.tuple(bit, sep), { minLength: 1, maxLength: 5 })
    .map((xs) => xs.flat().join("").normalize("NFC"));

  it("is the stretch's own key whenever the cell is joinable", () => {
    let checked = 0;
    fc.assert(
      fc.property(text, (t) => {
        const list = pieces(t);
        if (!joinable(t, list)) return;
        const keyOf = (k: number) =>
          matchKey(
            k % 2 === 0
              ? t.slice(list[k / 2].start, list[k / 2].end)
              : t.slice(list[(k - 1) / 2].end, list[(k + 1) / 2].start),
          );
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j <= list.length; j++) {
            const joined = [];
            for (let k = 2 * i; k < 2 * j - 1; k++) if (keyOf(k) !== "") joined.push(keyOf(k));
            expect(joined.join(" ")).toBe(matchKey(t.slice(list[i].start, list[j - 1].end)));
            checked++;
          }
      }),
      propertyRuns(1000, 200),
    );
    expect(checked).toBeGreaterThan(0);
  });

  it("is not taken where a break between pieces is not clean", () => {
    const t = "Sở Nội vụ (SNV)và Sở Tư pháp";
    const list = pieces(t);
    expect(list).toHaveLength(2);
    expect(joinable(t, list)).toBe(false);
    expect(joinable("Sở Nội vụ; Sở Tư pháp", pieces("Sở Nội vụ; Sở Tư pháp"))).toBe(true);
  });
});

describe("where a written word can take a place", () => {
  const candidates = spellings.map((s) => keysOf(s).loose.split(" "));
  const index = buildWordIndex(candidates);
  const words = [...new Set(candidates.flat())];

  /** A registry word, or words run together, with up to three slips. */
  const written = fc
    .tuple(
      fc.constantFrom(...candidates),
      fc.nat(),
      fc.integer({ min: 1, max: 3 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom("drop", "double", "swap", "change")), {
        maxLength: 3,
      }),
    )
    .map(([candidate, at, n, slips]) => {
      const start = at % candidate.length;
      let w = [...candidate.slice(start, start + n).join("")];
      for (const [pos, kind] of slips) {
        const p = pos % w.length;
        if (kind === "drop" && w.length > 1) w.splice(p, 1);
        else if (kind === "double") w.splice(p, 0, w[p]);
        else if (kind === "swap" && p + 1 < w.length)
          w = [...w.slice(0, p), w[p + 1], w[p], ...w.slice(p + 2)];
        else if (kind === "change") w[p] = "xq"[p % 2];
      }
      return w.join("");
    });

  it("is the same, candidate by candidate, as placeable", () => {
    fc.assert(
      fc.property(fc.oneof(written, fc.constantFrom(...words)), (w) => {
        const bits = placeableIn(index, w);
        const viaIndex = candidates.map((_, n) => ((bits[n >>> 5] >>> (n & 31)) & 1) === 1);
        expect(viaIndex).toEqual(candidates.map((c) => placeable(w, c)));
      }),
      propertyRuns(500, 100),
    );
  });

  it("finds a word with a slip, and two words run together", () => {
    const at = (w: string, name: string) => {
      const n = candidates.findIndex((c) => c.join(" ") === stripDiacritics(matchKey(name)));
      return ((placeableIn(index, w)[n >>> 5] >>> (n & 31)) & 1) === 1;
    };
    expect(at("nooi", "Sở Nội vụ")).toBe(true);
    expect(at("noivu", "Sở Nội vụ")).toBe(true);
    expect(at("tuphap", "Sở Nội vụ")).toBe(false);
  });
});

describe("cutting a cell into pieces", () => {
  // The cut as it was first written, with regular expressions.
  const SEPARATOR = /[;,\n\r]|(?<![\p{L}\p{M}\p{N}])(?:và|va|&)(?![\p{L}\p{M}\p{N}])/giu;
  const LEADING = /^[\s\-\u2010-\u2015+•*·.:]+/u;
  const TRAILING = /[\s.:;]+$/u;
  function byExpressions(text: string): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    const push = (start: number, end: number) => {
      const raw = text.slice(start, end);
      const lead = LEADING.exec(raw)?.[0].length ?? 0;
      const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
      if (end - trail > start + lead) out.push({ start: start + lead, end: end - trail });
    };
    let from = 0;
    for (const m of text.matchAll(SEPARATOR)) {
      push(from, m.index);
      from = m.index + m[0].length;
    }
    push(from, text.length);
    return out;
  }

  const bit = fc.oneof(
    fc.constantFrom(...spellings),
    fc.constantFrom(
      "và",
      "VÀ",
      "Va",
      "vA",
      "va",
      "&",
      " & ",
      "và1",
      "1và",
      "vàx",
      "x\u0301và",
      "và\u0301",
      "\uD835\uDC00và",
      "\uDC00và",
      "và\uD835\uDC00",
      "•",
      "·",
      "+",
      "*",
      "—",
      "\u00a0",
      "\u3000",
      "\uFEFF",
      ":",
      ".",
      ";",
      ",",
      "\n",
      "\r",
      "\t",
      "-",
      " ",
      "(",
      ")",
    ),
    fc.string({ maxLength: 4 }),
    fc.string({ maxLength: 3, unit: "binary" }),
  );

  it("cuts as the regular expressions did", () => {
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 8 }), (bits) => {
        const text = bits.join("");
        expect(pieces(text)).toEqual(byExpressions(text));
      }),
      propertyRuns(2000, 300),
    );
  });
});

describe("the edit distance, worked out only near the diagonal", () => {
  /** Optimal string alignment over the whole table. */
  function fullDistance(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(
          d[i - 1][j] + 1,
          d[i][j - 1] + 1,
          d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    return d[a.length][b.length];
  }

  /** What boundedDistance must give: the full table's distance, or max + 1 past max. */
  function bounded(a: string, b: string, max: number): number {
    const full = fullDistance(a, b);
    return full <= max ? full : max + 1;
  }

  const word = fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "d"), maxLength: 14 });

  it("is the full table's distance when within max, and more than max otherwise", () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 8 }), (a, b, max) => {
        expect(boundedDistance(a, b, max)).toBe(bounded(a, b, max));
      }),
      propertyRuns(3000, 500),
    );
  });

  it("is the same for long strings and a large max, whichever way it is worked out", () => {
    const long = fc.string({ unit: fc.constantFrom("a", "b", "n", " ", "ạ"), maxLength: 40 });
    fc.assert(
      fc.property(long, long, fc.integer({ min: 0, max: 30 }), (a, b, max) => {
        expect(boundedDistance(a, b, max)).toBe(bounded(a, b, max));
      }),
      propertyRuns(2000, 300),
    );
  });

  it("is the full table's distance for every pair of short strings of two letters and a space", () => {
    // Every string of up to four of these: shared starts and ends are cut off before measuring,
    // and a swap at the cut must still count once.
    const all = [""];
    for (let k = 0; all[k].length < 4; k++) for (const c of "ab ") all.push(all[k] + c);
    const wrong: string[] = [];
    for (const a of all)
      for (const b of all)
        for (const max of [0, 1, 3, 6])
          if (boundedDistance(a, b, max) !== bounded(a, b, max))
            wrong.push(`${JSON.stringify(a)} ${JSON.stringify(b)} ${max}`);
    expect(wrong).toEqual([]);
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(boundedDistance("tinh", "tihn", 1)).toBe(1);
    expect(boundedDistance("so noi vu", "so noi vu", 0)).toBe(0);
    expect(boundedDistance("so noi vu", "so tu phap", 3)).toBe(4);
  });
});

describe("abbreviations written out in a joined key", () => {
  const keys = [
    ...spellings,
    "PT",
    "TH",
    "pt và th",
    "Phát thanh",
    "truyền hình",
    "và",
    "va",
    "UB",
    "h",
  ].map((s) => matchKey(s));

  it("are each part's, joined, unless an abbreviation could span the join", () => {
    let joined = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keys), { minLength: 2, maxLength: 4 }), (parts) => {
        const words = parts.map((p) => p.split(" "));
        const spans = words.some((w, k) => k > 0 && expandsAcross(words[k - 1].at(-1)!, w[0]));
        if (spans) return;
        joined++;
        expect(expandKey(parts.join(" "))).toBe(parts.map(expandKey).join(" "));
      }),
      propertyRuns(2000, 300),
    );
    expect(joined).toBeGreaterThan(0);
  });

  it("can span the join: 'PT' and 'TH' around 'và'", () => {
    expect(expandsAcross("pt", "và")).toBe(true);
    expect(expandsAcross("và", "th")).toBe(true);
    expect(expandsAcross("tỉnh", "và")).toBe(false);
    expect(expandKey("đài pt và th tỉnh")).not.toBe(
      ["đài pt", "và", "th tỉnh"].map(expandKey).join(" "),
    );
  });
});
