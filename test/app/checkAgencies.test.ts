/** "Kiểm tra cơ quan" in Excel: highlight, fix, clear, on the sync-counting fake Office. */
import { checkAgencies, fixAll, fixOne } from "../../src/app/checkAgencies";
import { insertMatrix } from "../../src/app/matrix";
import {
  CHECK_SHEET,
  ERROR_FILL,
  FIRST_DATA_ROW,
  MATRIX_SHEET,
  WARNING_FILL,
} from "../../src/domain/matrix";
import { plan2020, type Plan } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { encodeTcvn3, encodeVni } from "../../src/domain/text";
import type { WorkbookPort } from "../../src/workbook/port";
import type { WorkbookEdit } from "../../src/domain/sheet";
import { OfficeWorkbook } from "../../src/workbook/office";
import { createFakeExcel, modelCell, type FakeExcel } from "../helpers/fakeOffice";
import { expectBudgetedSyncs } from "../helpers/budgetedSyncs";

const R = FIRST_DATA_ROW;
const FORM = "Báo cáo";

/** The 2020 plan 20 times over: every task cloned under new codes. */
function bigPlan(times = 20): Plan {
  const tasks = [...plan2020.tasks];
  for (let k = 2; k <= times; k++)
    for (const t of plan2020.tasks)
      tasks.push({ ...t, code: `${t.code}.k${k}`, parent: undefined });
  return { ...plan2020, tasks };
}

/** A minimal contract-5.1 form sheet: unit in B3 named DonVi, table BaoCao from A6. */
function formEdit(unit: string): WorkbookEdit {
  const headers = [
    "Mã nhiệm vụ",
    "Nội dung nhiệm vụ",
    "Mã chỉ tiêu",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Kết quả kỳ báo cáo",
    "Lũy kế từ đầu năm",
    "Tình trạng",
    "Ghi chú",
  ];
  return {
    sheets: [
      {
        name: FORM,
        mode: "create",
        blocks: [
          {
            at: "A3",
            values: [
              ["Đơn vị:", unit],
              ["Kỳ báo cáo:", "2020-H1"],
            ],
          },
          {
            at: "A6",
            values: [headers, ["II.2.a", "Hội nghị", "HN", "hội nghị", "cuộc", 2, 2, null, null]],
          },
        ],
        tables: [{ name: "BaoCao", range: "A6:I7", columns: headers }],
      },
    ],
    names: [
      { name: "DonVi", refersTo: `='${FORM}'!$B$3` },
      { name: "KyBaoCao", refersTo: `='${FORM}'!$B$4` },
    ],
  };
}

/** A workbook with the matrix, wrongly typed agency names, and a form with a misspelled unit. */
async function workbook(
  plan: Plan = plan2020,
): Promise<{ fake: FakeExcel; office: OfficeWorkbook }> {
  const fake = createFakeExcel();
  const office = new OfficeWorkbook(fake.run);
  await insertMatrix(office, { plan, registry: yenBai2020 });
  await office.apply({
    sheets: [
      {
        name: MATRIX_SHEET,
        mode: "update",
        blocks: [
          { at: `D${R}`, values: [["Sở Nôi vụ", encodeTcvn3("Sở Tư pháp")]] },
          { at: `D${R + 1}`, values: [[encodeTcvn3("sở tư pháp"), encodeVni("Sở Tài chính")]] },
          { at: `D${R + 2}`, values: [["UBND huyen Van Yen"]] },
        ],
        formats: [
          { range: `E${R}`, format: { fontName: ".VnTime" } },
          { range: `D${R + 1}`, format: { fontName: ".VnTimeH" } },
          { range: `E${R + 1}`, format: { fontName: "VNI-Times" } },
        ],
      },
    ],
  });
  await office.apply(formEdit("Sở Tai chinh"));
  return { fake, office };
}

const cell = (fake: FakeExcel, sheet: string, a: string) => modelCell(fake.model, sheet, a)!;
/** Agency cells in the workbook: the plan's named bodies, the five typed above, the form's unit. */
const CELLS =
  plan2020.tasks.reduce(
    (n, t) => n + (t.lead.length ? 1 : 0) + (t.coordinating.length ? 1 : 0),
    0,
  ) +
  5 +
  1;

test("problems found with the cell's font, highlighted by severity in the same round trip", async () => {
  const { fake, office } = await workbook();
  const result = await checkAgencies(office, { registry: yenBai2020 });
  expect(result.matrices).toEqual([MATRIX_SHEET]);
  expect(result.forms).toEqual([FORM]);
  expect(result.problems.map((p) => [p.sheet, p.cell, p.suggestion, p.severity])).toEqual([
    [MATRIX_SHEET, `D${R}`, "Sở Nội vụ", "error"],
    [MATRIX_SHEET, `E${R}`, "Sở Tư pháp", "warning"],
    [MATRIX_SHEET, `D${R + 1}`, "Sở Tư pháp", "warning"],
    [MATRIX_SHEET, `E${R + 1}`, "Sở Tài chính", "warning"],
    [MATRIX_SHEET, `D${R + 2}`, "UBND huyện Văn Yên", "error"],
    [FORM, "B3", "Sở Tài chính", "error"],
  ]);
  // ".VnTimeH" draws the bytes as capitals: read with the font, the text is in capitals.
  expect(result.problems[2].parts[0].repaired).toBe("SỞ TƯ PHÁP");
  expect(result.message).toBe(`3 lỗi, 3 cảnh báo trong ${CELLS} ô tên cơ quan.`);
  expect(cell(fake, MATRIX_SHEET, `D${R}`).format.fill).toBe(ERROR_FILL);
  expect(cell(fake, MATRIX_SHEET, `E${R}`).format.fill).toBe(WARNING_FILL);
  expect(cell(fake, FORM, "B3").format.fill).toBe(ERROR_FILL);
  // A cell that is right is left alone.
  expect(cell(fake, MATRIX_SHEET, `E${R + 2}`).format.fill).toBeUndefined();
  const tracking = fake.model.sheets.find((s) => s.name === CHECK_SHEET)!;
  expect(tracking.visibility).toBe("VeryHidden");
});

test("fix all, fix one, then a clean check clears every highlight and the list", async () => {
  const { fake, office } = await workbook();
  const { problems } = await checkAgencies(office, { registry: yenBai2020 });

  const all = await fixAll(office, problems);
  expect(all.fixed.map((p) => p.cell)).toEqual([`E${R}`, `D${R + 1}`, `E${R + 1}`]);
  expect(all.message).toBe("Đã sửa 3 ô; còn 3 ô cần xem lại.");
  expect(cell(fake, MATRIX_SHEET, `E${R}`)).toMatchObject({ value: "Sở Tư pháp" });
  expect(cell(fake, MATRIX_SHEET, `E${R}`).format).toMatchObject({ fontName: "Times New Roman" });
  expect(cell(fake, MATRIX_SHEET, `E${R}`).format.fill).toBeUndefined();
  expect(cell(fake, MATRIX_SHEET, `D${R + 1}`).value).toBe("Sở Tư pháp");
  expect(cell(fake, MATRIX_SHEET, `E${R + 1}`).value).toBe("Sở Tài chính");
  // Not safe: left for a person, still red.
  expect(cell(fake, MATRIX_SHEET, `D${R}`)).toMatchObject({ value: "Sở Nôi vụ" });
  expect(cell(fake, MATRIX_SHEET, `D${R}`).format.fill).toBe(ERROR_FILL);

  // The person accepts one suggestion, types another name by hand, fixes the form.
  const second = await checkAgencies(office, { registry: yenBai2020 });
  expect(second.problems.map((p) => p.cell)).toEqual([`D${R}`, `D${R + 2}`, "B3"]);
  expect(await fixOne(office, second.problems[0])).toBe(true);
  await office.apply({
    sheets: [
      {
        name: MATRIX_SHEET,
        mode: "update",
        blocks: [{ at: `D${R + 2}`, values: [["UBND huyện Văn Yên"]] }],
      },
    ],
  });
  expect(await fixOne(office, second.problems[2])).toBe(true);
  expect(cell(fake, FORM, "B3").value).toBe("Sở Tài chính");
  expect(cell(fake, MATRIX_SHEET, `D${R + 2}`).format.fill).toBe(ERROR_FILL);

  const clean = await checkAgencies(office, { registry: yenBai2020 });
  expect(clean.problems).toEqual([]);
  expect(clean.message).toBe(`Không có vấn đề: ${CELLS} ô tên cơ quan đều đúng danh mục.`);
  for (const a of [`D${R}`, `D${R + 2}`])
    expect(cell(fake, MATRIX_SHEET, a).format.fill).toBeUndefined();
  expect(fake.model.sheets.some((s) => s.name === CHECK_SHEET)).toBe(false);
});

test("the workbook's own registry sheet is the one names are checked against", async () => {
  const { office } = await workbook();
  const next = yenBai2020.agencies.length + 2;
  await office.apply({
    sheets: [
      {
        name: "Danh mục cơ quan",
        mode: "update",
        blocks: [
          {
            at: `A${next}`,
            values: [["PHONGX", "Phòng Quản lý X", "PQLX", null, "khác", "Không"]],
          },
        ],
      },
      {
        name: MATRIX_SHEET,
        mode: "update",
        blocks: [{ at: `E${R + 2}`, values: [["Phòng Quản lý X"]] }],
      },
    ],
  });
  const result = await checkAgencies(office, { registry: yenBai2020 });
  expect(result.problems.some((p) => p.cell === `E${R + 2}`)).toBe(false);
  const builtIn = await checkAgencies(office, { registry: yenBai2020, useWorkbookRegistry: false });
  expect(builtIn.problems.find((p) => p.cell === `E${R + 2}`)?.severity).toBe("error");
});

describe("a bounded number of syncs, whatever the size", () => {
  async function syncsFor(
    plan: Plan,
  ): Promise<{ check: number; fixAll: number; problems: number }> {
    const { fake, office } = await workbook(plan);
    const before = fake.syncCount();
    const { problems } = await checkAgencies(office, { registry: yenBai2020 });
    const check = fake.syncCount() - before;
    expectBudgetedSyncs(fake, before, 3);
    const mid = fake.syncCount();
    await fixAll(office as WorkbookPort, problems);
    expectBudgetedSyncs(fake, mid, 3);
    return { check, fixAll: fake.syncCount() - mid, problems: problems.length };
  }

  test("the 2020 plan and a plan 20 times larger: syncs grow with the bytes, not the rows", async () => {
    const small = await syncsFor(plan2020);
    const big = await syncsFor(bigPlan(20));
    expect(big.problems).toBe(small.problems);
    // Check: one batch (list, read, write highlights). The read may take a second sync: the
    // first slices are sized cautiously before the sheets are known (officeRead.ts), and the
    // registry's 71 rows pass its share of them. Fix all: one batch that reads the cells again
    // before writing (list, read, write: 3).
    expect(small.check).toBeLessThanOrEqual(4);
    // The re-read follows the bytes (expectBudgetedSyncs above); the write is one sync.
    expect(small.fixAll).toBeLessThanOrEqual(3);
  });
});
