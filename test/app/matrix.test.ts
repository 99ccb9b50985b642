/** "Chèn bảng phân công nhiệm vụ" in Excel (the Office.js adapter on the sync-counting fake) and on files. */
import { strFromU8, unzipSync } from "fflate";
import { insertMatrix } from "../../src/app/matrix";
import { matrixFile, matrixFileWithResult } from "../../src/app/files/matrix";
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  LISTS_SHEET,
  MATRIX_SHEET,
  MATRIX_TABLE,
} from "../../src/domain/matrix";
import { plan2020, PLAN_SHEET, type Plan } from "../../src/domain/plan";
import { REGISTRY_SHEET, yenBai2020 } from "../../src/domain/registry";
import type { WorkbookPort } from "../../src/workbook/port";
import type { SheetData } from "../../src/domain/sheet";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { createFakeExcel, modelCell } from "../helpers/fakeOffice";
import { expectBudgetedSyncs } from "../helpers/budgetedSyncs";

/** The 2020 plan 20 times over: every task cloned under new codes. */
function bigPlan(times = 20): Plan {
  const tasks = [...plan2020.tasks];
  for (let k = 2; k <= times; k++)
    for (const t of plan2020.tasks)
      tasks.push({ ...t, code: `${t.code}.k${k}`, parent: undefined });
  return { ...plan2020, tasks };
}

const readMatrix = async (port: WorkbookPort): Promise<SheetData> =>
  (await port.read([{ sheet: MATRIX_SHEET }]))[0];
const rowOf = (data: SheetData, code: string) => data.values.findIndex((r) => r[1] === code) + 1;

/** What a user does between two inserts: types a status and a note, adds a row under the table. */
async function typeInto(port: WorkbookPort, tasks: number): Promise<void> {
  const d = FIRST_DATA_ROW + plan2020.tasks.findIndex((t) => t.code === "II.2.d");
  const below = FIRST_DATA_ROW + tasks;
  await port.apply({
    sheets: [
      {
        name: MATRIX_SHEET,
        mode: "update",
        blocks: [
          { at: `H${d}`, values: [["Hoàn thành", "Đã in 2.000 tờ gấp"]] },
          { at: `B${below}`, values: [["II.2.h", "Tuyên truyền qua Zalo", "Sở Nội vụ"]] },
        ],
      },
    ],
  });
}

describe("in Excel (Office.js adapter, sync-counting fake)", () => {
  test.each([
    ["the 2020 plan", plan2020],
    ["a plan 20 times larger", bigPlan(20)],
  ])("inserting %s takes a fixed number of syncs, the first time and again", async (_, plan) => {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    const first = await insertMatrix(office, { plan, registry: yenBai2020 });
    // A new workbook: one batch: list the sheets, nothing to read, write (2 syncs, more only
    // when the payload passes the per-sync budget).
    expectBudgetedSyncs(fake, 0, 3);
    expect(first.rows).toBe(plan.tasks.length);
    const before = fake.syncCount();
    const again = await insertMatrix(office, { plan, registry: yenBai2020 });
    // Again: one batch: list the sheets, read the matrix and registry, write (3 syncs).
    expectBudgetedSyncs(fake, before, 3);
    expect(again.rows).toBe(plan.tasks.length);
    const t = fake.model.tables.filter((x) => x.sheet.name === MATRIX_SHEET);
    expect(t.map((x) => x.range)).toEqual([`A${HEADER_ROW}:I${HEADER_ROW + plan.tasks.length}`]);
  });

  test("30 rows and 600: syncs grow with the bytes, not the rows", async () => {
    const counts: number[] = [];
    for (const plan of [plan2020, bigPlan(20)]) {
      const fake = createFakeExcel();
      const office = new OfficeWorkbook(fake.run);
      await insertMatrix(office, { plan, registry: yenBai2020 });
      await insertMatrix(office, { plan, registry: yenBai2020 });
      counts.push(fake.syncCount());
      expectBudgetedSyncs(fake, 0, 5);
    }
    // 20 times the rows, well under 20 times the syncs.
    expect(counts[1]).toBeLessThan(counts[0] * 2);
  });

  test("sheets, table, drop-downs from the registry range with a warning alert", async () => {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    await insertMatrix(office, { plan: plan2020, registry: yenBai2020 });
    expect(fake.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "Visible"],
      [MATRIX_SHEET, "Visible"],
      [REGISTRY_SHEET, "Visible"],
      [PLAN_SHEET, "Visible"],
      [LISTS_SHEET, "Hidden"],
    ]);
    expect(fake.model.activeSheet).toBe(MATRIX_SHEET);
    const m = fake.model.sheets.find((s) => s.name === MATRIX_SHEET)!;
    const last = FIRST_DATA_ROW + plan2020.tasks.length - 1;
    const agency = m.validations.find((v) => v.range === `D${FIRST_DATA_ROW}:E${last}`)!;
    expect(agency.rule).toEqual({
      list: {
        inCellDropDown: true,
        source: `='Danh mục cơ quan'!$B$2:$B$${yenBai2020.agencies.length + 1 + 20}`,
      },
    });
    expect(agency.errorAlert).toMatchObject({
      style: "Warning",
      title: "Cơ quan không có trong danh mục",
    });
    expect(m.freeze).toEqual({ rows: HEADER_ROW, columns: 2 });
    expect(m.pageLayout.orientation).toBe("Landscape");
    expect(modelCell(fake.model, MATRIX_SHEET, `B${FIRST_DATA_ROW}`)?.value).toBe("II.1.a");
    expect(modelCell(fake.model, MATRIX_SHEET, `H${FIRST_DATA_ROW}`)?.format).toMatchObject({
      fill: "#FFF2CC",
      locked: false,
    });
  });

  test("round trip: typed values and the user's row survive, no second sheet or table", async () => {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    await insertMatrix(office, { plan: plan2020, registry: yenBai2020 });
    await typeInto(office, plan2020.tasks.length);
    const result = await insertMatrix(office, { plan: plan2020, registry: yenBai2020 });
    expect(result).toMatchObject({ rows: 31, tasks: 30, kept: 1, added: 1 });
    expect(result.message).toBe(
      "Đã chèn bảng phân công nhiệm vụ: 31 dòng (30 nhiệm vụ của kế hoạch); giữ nội dung đã nhập ở 1 dòng; giữ 1 dòng do người dùng thêm.",
    );
    const data = await readMatrix(office);
    const d = rowOf(data, "II.2.d");
    expect(data.values[d - 1].slice(7, 9)).toEqual(["Hoàn thành", "Đã in 2.000 tờ gấp"]);
    const user = data.values[rowOf(data, "II.2.h") - 1];
    expect(user.slice(0, 4)).toEqual([31, "II.2.h", "Tuyên truyền qua Zalo", "Sở Nội vụ"]);
    expect(data.tables).toEqual([
      { name: MATRIX_TABLE, range: `A${HEADER_ROW}:I${HEADER_ROW + 31}` },
    ]);
    expect(fake.model.sheets.filter((s) => s.name === MATRIX_SHEET)).toHaveLength(1);
    expect(fake.model.tables.map((t) => t.name).sort()).toEqual(["DanhMucCoQuan", MATRIX_TABLE]);
  });

  test("an agency added on the registry sheet widens the drop-down at the next insert", async () => {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    await insertMatrix(office, { plan: plan2020, registry: yenBai2020 });
    const next = yenBai2020.agencies.length + 2;
    await office.apply({
      sheets: [
        {
          name: REGISTRY_SHEET,
          mode: "update",
          blocks: [
            { at: `A${next}`, values: [["SNGV", "Sở Ngoại vụ", "SNgV", null, "cấp tỉnh", "Có"]] },
          ],
        },
      ],
    });
    await insertMatrix(office, { plan: plan2020, registry: yenBai2020 });
    const m = fake.model.sheets.find((s) => s.name === MATRIX_SHEET)!;
    expect(m.validations[0].rule).toEqual({
      list: { inCellDropDown: true, source: `='Danh mục cơ quan'!$B$2:$B$${next + 20}` },
    });
    // The user's registry was not written over.
    expect(modelCell(fake.model, REGISTRY_SHEET, `B${next}`)?.value).toBe("Sở Ngoại vụ");
  });
});

describe("as a file (xlsx adapter)", () => {
  test("round trip through .xlsx bytes: typed values and the user's row survive", async () => {
    const first = await matrixFile({ plan: plan2020, registry: yenBai2020 });
    const wb = await XlsxWorkbook.load(first);
    await typeInto(wb, plan2020.tasks.length);
    const { bytes, result } = await matrixFileWithResult({
      plan: plan2020,
      registry: yenBai2020,
      base: await wb.toBuffer(),
    });
    expect(result).toMatchObject({ rows: 31, kept: 1, added: 1 });
    const again = await XlsxWorkbook.load(bytes);
    expect((await again.sheets()).map((s) => s.name)).toEqual([
      MATRIX_SHEET,
      REGISTRY_SHEET,
      PLAN_SHEET,
      LISTS_SHEET,
    ]);
    const data = await readMatrix(again);
    expect(data.values[rowOf(data, "II.2.d") - 1].slice(7, 9)).toEqual([
      "Hoàn thành",
      "Đã in 2.000 tờ gấp",
    ]);
    expect(data.values[rowOf(data, "II.2.h") - 1][3]).toBe("Sở Nội vụ");
    expect(data.tables).toEqual([
      { name: MATRIX_TABLE, range: `A${HEADER_ROW}:I${HEADER_ROW + 31}` },
    ]);
  });

  test("the Normal style is Times New Roman 12, so widths print as fitted", async () => {
    const bytes = await matrixFile({ plan: plan2020, registry: yenBai2020 });
    const styles = strFromU8(unzipSync(bytes)["xl/styles.xml"]);
    const firstFont = /<fonts\b[^>]*>\s*(<font>[\s\S]*?<\/font>)/.exec(styles)![1];
    expect(firstFont).toContain('<name val="Times New Roman"/>');
    expect(firstFont).toContain('<sz val="12"/>');
    expect(firstFont).not.toContain("scheme");
  });
});
