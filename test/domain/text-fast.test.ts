/**
 * The quick paths of legacy-encoding detection and repair give the slow paths' answers: word
 * verdicts remembered (DetectMemo) or worked out with a regular expression each time,
 * decoding by table, NFC skipped for text that is NFC as it is. Random text mixes Unicode
 * Vietnamese, its TCVN3 and VNI bytes, NFD, Latin-1 noise, other scripts and surrogates.
 */
import fc from "fast-check";
import {
  decodeTcvn3,
  decodeVni,
  decodeVniWithMap,
  detectEncoding,
  encodeTcvn3,
  encodeVni,
  LOWERCASE_LETTERS,
  nfc,
  repairWithMap,
  type DetectMemo,
} from "../../src/domain/text";
import { yenBai2020 } from "../../src/domain/registry";
import { propertyRuns } from "../helpers/property";

const spellings = yenBai2020.agencies.flatMap((a) => [a.name, a.shortName, ...a.aliases]);
const FONTS = [undefined, ".VnTime", ".VnTimeH", "VNI-Times", "Arial"];

/** One stretch of cell text, written in one of the ways cells come. */
const stretch: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...spellings),
  fc.constantFrom(...spellings).map((s) => encodeTcvn3(s.toLowerCase())),
  fc.constantFrom(...spellings).map((s) => encodeTcvn3(s.toUpperCase(), { capitalsFont: true })),
  fc.constantFrom(...spellings).map(encodeVni),
  fc.constantFrom(...spellings).map((s) => s.normalize("NFD")),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)) }),
  fc.string({
    unit: fc.constantFrom(
      ...LOWERCASE_LETTERS,
      "ß",
      "\u0300",
      "\u0340",
      "\u2126",
      "ŉ",
      "ǰ",
      "\u1100",
      "\u1161",
      "\ud835\udc00", // a letter outside the BMP
      "\ud800", // a lone surrogate
      "\u0301",
      " ",
    ),
  }),
);
const cellText = fc.array(stretch, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(" "));

/** The map as the slow path built it: NFC per base character and the marks after it. */
function referenceNfc(text: string, map: number[]): { text: string; map: number[] } {
  if (text === text.normalize("NFC")) return { text, map };
  let out = "";
  const outMap: number[] = [];
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const composed = m[0].normalize("NFC");
    for (let k = 0; k < composed.length; k++) outMap.push(map[m.index]);
    out += composed;
  }
  outMap.push(map[text.length]);
  return { text: out, map: outMap };
}

const identity = (n: number) => Array.from({ length: n + 1 }, (_, i) => i);

describe("legacy-encoding detection with remembered words", () => {
  it("reads every cell text as without the memo, the memo carried from cell to cell", () => {
    const memo: DetectMemo = new Map();
    fc.assert(
      fc.property(cellText, fc.constantFrom(...FONTS), (s, font) => {
        expect(detectEncoding(s, font, memo)).toBe(detectEncoding(s, font));
        expect(repairWithMap(s, font, memo)).toEqual(repairWithMap(s, font));
      }),
      propertyRuns(2000, 300),
    );
    expect(memo.size).toBeGreaterThan(0);
  });

  it("repairs to the legacy reading with NFC per base character, and maps each character back", () => {
    fc.assert(
      fc.property(cellText, fc.constantFrom(...FONTS), (s, font) => {
        const got = repairWithMap(s, font, new Map());
        const decoded =
          got.encoding === "vni"
            ? decodeVniWithMap(s)
            : got.encoding === "tcvn3"
              ? {
                  text: decodeTcvn3(s, { capitalsFont: font === ".VnTimeH" }),
                  map: identity(s.length),
                }
              : { text: s, map: identity(s.length) };
        const want = referenceNfc(decoded.text, decoded.map);
        expect(got.text).toBe(want.text);
        expect(got.map ?? identity(got.text.length)).toEqual(want.map);
      }),
      propertyRuns(2000, 300),
    );
  });
});

describe("decoding by table", () => {
  it("VNI: text alone is the mapped decoding's text, and each letter decodes from its bytes", () => {
    fc.assert(
      fc.property(cellText, (s) => {
        const { text, map } = decodeVniWithMap(s);
        expect(decodeVni(s)).toBe(text);
        expect(map).toHaveLength(text.length + 1);
        for (let k = 0; k < text.length; k++)
          expect(decodeVni(s.slice(map[k], map[k + 1]))).toBe(text[k]);
      }),
      propertyRuns(400, 100),
    );
  });

  it("TCVN3 in a capitals font: each UTF-16 unit as its capital unless the capital is longer", () => {
    fc.assert(
      fc.property(cellText, (s) => {
        let want = "";
        for (const unit of decodeTcvn3(s)) {
          for (let i = 0; i < unit.length; i++) {
            const upper = unit[i].toUpperCase();
            want += upper.length === 1 ? upper : unit[i];
          }
        }
        expect(decodeTcvn3(s, { capitalsFont: true })).toBe(want);
      }),
      propertyRuns(1000, 200),
    );
  });
});

describe("NFC skipped for text that is NFC as it is", () => {
  it("every pair of characters below U+0300 or in U+1EA0-U+1EF9 is NFC already", () => {
    const units: string[] = [];
    for (let c = 0; c < 0x300; c++) units.push(String.fromCharCode(c));
    for (let c = 0x1ea0; c <= 0x1ef9; c++) units.push(String.fromCharCode(c));
    // Each unit followed by every unit: all the pairs, in one string.
    const all = units.map((a) => a + units.join(a)).join("");
    expect(all.normalize("NFC") === all).toBe(true);
    expect(nfc(all)).toBe(all);
  });

  it("gives what normalize('NFC') gives", () => {
    fc.assert(
      fc.property(cellText, (s) => expect(nfc(s)).toBe(s.normalize("NFC"))),
      propertyRuns(1000, 200),
    );
  });
});
