/**
 * Unit names typed with a legacy TCVN3 (ABC) font. In a cell the TCVN3 bytes arrive as
 * Windows-1252 characters, and TCVN3's "ư" is U+00AD, the soft hyphen: the merge must hand the
 * text to the matcher as it is, so "Thương" is repaired, not turned into "Th¬ng".
 */
import { unitResolver } from "../../src/app/formSources";
import { fileFormSource } from "../../src/app/files/formFiles";
import { mergeFiles } from "../../src/app/files/merge";
import { plan2020 } from "../../src/domain/plan";
import { expectedReporters, yenBai2020 } from "../../src/domain/registry";
import { mergeForms, render, type MergeInput } from "../../src/domain/rollup";
import { encodeTcvn3 } from "../../src/domain/text";
import { filledForm } from "../helpers/forms";

const PERIOD = "2020-H1";
const HN = "II.2.a/HN";
const TCVN3_NOTE = "Chữ mã cũ TCVN3 (ABC) hoặc VNI";

const cases = [
  { unit: "SLDTBXH", name: "Sở Lao động - Thương binh và Xã hội", value: 4 },
  { unit: "H-LUCYEN", name: "UBND huyện Lục Yên", value: 6 },
];

/** The unit's form with its name typed in TCVN3 in the unit cell. */
const tcvn3Form = (c: (typeof cases)[number]) =>
  filledForm({
    unit: c.unit,
    period: PERIOD,
    unitText: encodeTcvn3(c.name),
    values: { [HN]: c.value },
  });

test("the TCVN3 spelling of “Thương” really holds U+00AD (what the fix is about)", () => {
  expect(encodeTcvn3("Thương")).toContain("\u00ad");
});

test("mergeForms: TCVN3 unit names are accepted as their registry names, with a warning", async () => {
  const inputs: MergeInput[] = [];
  for (const c of cases) inputs.push(fileFormSource(`${c.unit}.xlsx`, await tcvn3Form(c)));
  const result = mergeForms({
    plan: plan2020,
    period: PERIOD,
    expected: expectedReporters(yenBai2020).map((a) => ({ code: a.code, name: a.name })),
    resolveUnit: unitResolver(yenBai2020),
    inputs,
  });
  expect(result.rejected).toEqual([]);
  expect(result.accepted.map((a) => a.unit).sort()).toEqual(cases.map((c) => c.name).sort());
  for (const a of result.accepted) {
    const warnings = a.warnings.map((w) => render("vi", w)).join("\n");
    expect(warnings).toContain(`được hiểu là “${a.unit}” (${TCVN3_NOTE})`);
  }
  expect(result.totals[HN]).toBe(10);
});

test("mergeFiles: a real file whose unit cell is TCVN3 with “ư” is merged, not rejected", async () => {
  const c = cases[0];
  const { json } = await mergeFiles({
    files: [{ name: "sldtbxh.xlsx", bytes: await tcvn3Form(c) }],
    period: PERIOD,
    plan: plan2020,
    registry: yenBai2020,
  });
  expect(json.rejected).toEqual([]);
  expect(json.accepted.map((a) => a.unit)).toEqual([c.name]);
  expect(json.accepted[0].warnings.join("\n")).toContain(TCVN3_NOTE);
  expect(json.totals[HN]).toBe(c.value);
});
