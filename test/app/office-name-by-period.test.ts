/**
 * The office under the name it had in each period: the 2020 documents (matrix, forms, summary)
 * read as the seed does, "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh"; a later period's under
 * "Văn phòng UBND tỉnh". Real .xlsx files written by the code, read back.
 */
import { allForms } from "../../src/app/files/forms";
import { matrixFile } from "../../src/app/files/matrix";
import { mergeFiles } from "../../src/app/files/merge";
import { plan2020 } from "../../src/domain/plan";
import { nameOn, yenBai2020 } from "../../src/domain/registry";
import { parseNameRef, SUMMARY_SHEETS } from "../../src/domain/rollup";
import { readWorkbookFile } from "../../src/workbook/xlsx";
import { filledForm } from "../helpers/forms";

const NAME_2020 = "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh";
const NAME_LATER = "Văn phòng UBND tỉnh";
const office = yenBai2020.agencies.find((a) => a.code === "VP-UBND")!;

/** Every text cell of every sheet of an .xlsx file. */
function texts(bytes: Uint8Array): string[] {
  const file = readWorkbookFile(bytes);
  return file.sheets.flatMap((s) =>
    file
      .data(s.name)
      .values.flat()
      .filter((v): v is string => typeof v === "string"),
  );
}

const mentions = (all: string[], name: string) => all.filter((t) => t.trim() === name).length;

test("the registry's dated name: the seed's name through 2020, the later one from 2021", () => {
  expect(office.name).toBe(NAME_2020);
  expect(nameOn(office, "2020-12-31")).toBe(NAME_2020);
  expect(nameOn(office, "2021-01-01")).toBe(NAME_LATER);
  expect(nameOn(office, "2025-06-05")).toBe(NAME_LATER);
});

test("the 2020 matrix names the office as the seed does; a 2021 plan's matrix, as it was then", async () => {
  const all2020 = texts(await matrixFile({ plan: plan2020, registry: yenBai2020 }));
  // II.2.c's lead, and the registry sheet's name column.
  expect(mentions(all2020, NAME_2020)).toBeGreaterThanOrEqual(2);
  const later = texts(
    await matrixFile({ plan: { ...plan2020, year: 2021 }, registry: yenBai2020 }),
  );
  expect(mentions(later, NAME_LATER)).toBeGreaterThanOrEqual(1);
  // The 2020 name stays only in the registry sheet's name column.
  expect(mentions(later, NAME_2020)).toBe(
    mentions(all2020, NAME_2020) - mentions(later, NAME_LATER),
  );
}, 60_000);

test.each([
  ["2020-H1", NAME_2020],
  ["2020-Y", NAME_2020],
  ["2021-Q1", NAME_LATER],
  ["2025-H1", NAME_LATER],
])(
  "the %s form names the office “%s”",
  async (period, name) => {
    const registry = { ...yenBai2020, agencies: [office] };
    const [form] = await allForms({ plan: plan2020, registry, period, created: "2020-01-01" });
    expect(form.unit.name).toBe(name);
    const file = readWorkbookFile(form.bytes);
    const donVi = parseNameRef(file.names.find((n) => n.name === "DonVi")!.refersTo)!;
    expect(file.data(donVi.sheet).values[donVi.row][donVi.col]).toBe(name);
    const other = name === NAME_2020 ? NAME_LATER : NAME_2020;
    expect(mentions(texts(form.bytes), other)).toBe(0);
  },
  60_000,
);

test("the 2020 summary names the office as the seed does, however the form wrote it", async () => {
  const files = [
    {
      name: "vp.xlsx",
      bytes: await filledForm({ unit: "VP-UBND", period: "2020-H1", unitText: NAME_LATER }),
    },
  ];
  const { json, summaryBytes } = await mergeFiles({
    files,
    period: "2020-H1",
    plan: plan2020,
    registry: yenBai2020,
    today: "2020-06-01",
  });
  expect(json.rejected).toEqual([]);
  expect(json.accepted.map((a) => a.unit)).toEqual([NAME_2020]);
  expect(Object.keys(json.byUnit)).toEqual([NAME_2020]);
  const byUnit = readWorkbookFile(summaryBytes).data(SUMMARY_SHEETS.byUnit).values.flat();
  expect(byUnit).toContain(NAME_2020);
  expect(byUnit).not.toContain(NAME_LATER);
}, 60_000);

test("a 2021 summary names the office as it was then, for a form under the 2020 name and when missing", async () => {
  const form = await filledForm({ unit: "VP-UBND", period: "2021-Q1", unitText: NAME_2020 });
  const sent = await mergeFiles({
    files: [{ name: "vp.xlsx", bytes: form }],
    period: "2021-Q1",
    plan: plan2020,
    registry: yenBai2020,
    today: "2021-03-01",
  });
  expect(sent.json.rejected).toEqual([]);
  expect(sent.json.accepted.map((a) => a.unit)).toEqual([NAME_LATER]);
  const byUnit = readWorkbookFile(sent.summaryBytes).data(SUMMARY_SHEETS.byUnit).values.flat();
  expect(byUnit).toContain(NAME_LATER);
  expect(byUnit).not.toContain(NAME_2020);

  const none = await mergeFiles({
    files: [],
    period: "2021-Q1",
    plan: plan2020,
    registry: yenBai2020,
  });
  expect(none.json.missing).toContain(NAME_LATER);
  expect(none.json.missing).not.toContain(NAME_2020);
}, 60_000);
