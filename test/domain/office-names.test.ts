/**
 * The office's 2020 name as people wrote it resolves to the office, in the merge's unit
 * resolver (cchc merge) and in the agency matcher cchc check uses.
 */
import { unitResolver } from "../../src/app/formSources";
import { createMatcher } from "../../src/domain/matcher";
import { yenBai2020 } from "../../src/domain/registry";

const VARIANTS = [
  "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Yên Bái",
  "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
  "VP Đoàn ĐBQH, HĐND và UBND tỉnh",
  "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Yên Bái",
  "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh",
];

test.each(VARIANTS)("the merge reads “%s” as the office", (text) => {
  const found = unitResolver(yenBai2020)(text);
  expect(found && "code" in found ? found.code : found).toBe("VP-UBND");
});

test.each(VARIANTS)("check's matcher reads “%s” as the office", (text) => {
  const match = createMatcher(yenBai2020).matchCell(text);
  expect(match.parts.map((p) => [p.status, p.agency?.code])).toEqual([
    [expect.stringMatching(/^(exact|resolved)$/), "VP-UBND"],
  ]);
});

test("a form signed with each variant is merged as the office's report", async () => {
  const { mergeFiles } = await import("../../src/app/files/merge");
  const { plan2020 } = await import("../../src/domain/plan");
  const { filledForm } = await import("../helpers/forms");
  const files = await Promise.all(
    VARIANTS.map(async (unitText, i) => ({
      name: `vp-${i}.xlsx`,
      bytes: await filledForm({ unit: "VP-UBND", period: "2020-H1", unitText }),
    })),
  );
  const { json } = await mergeFiles({
    files,
    period: "2020-H1",
    plan: plan2020,
    registry: yenBai2020,
  });
  expect(json.rejected).toEqual([]);
  const office = yenBai2020.agencies.find((a) => a.code === "VP-UBND")!.name;
  expect(json.accepted.map((a) => a.unit)).toEqual([office]);
  expect(json.duplicates[0].ignored).toHaveLength(VARIANTS.length - 1);
}, 60_000);
