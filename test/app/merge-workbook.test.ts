/**
 * mergeIntoWorkbook inside Excel, on the sync-counting fake: forms copied as sheets into the
 * open workbook (and picked files) merged in a fixed number of syncs, the merge's sheets
 * written next to the user's, and a user's sheet never replaced.
 */
import { sheetFormSources } from "../../src/app/formSources";
import { mergeIntoWorkbook, MergeSheetConflictError, OWNER_SHEET } from "../../src/app/merge";
import { formFileReader } from "../../src/app/files/formFiles";
import { TRACKING_LAYOUT, TRACKING_SHEET } from "../../src/domain/tracking";
import { cellAddress } from "../../src/domain/address";
import { FORM_HEADERS, FORM_ROWS, columnOf, formLines } from "../../src/domain/forms";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import { figureKey, SUMMARY_SHEETS } from "../../src/domain/rollup";
import type { Cell, SheetEdit } from "../../src/domain/sheet";
import { OfficeWorkbook } from "../../src/workbook/office";
import { dateToSerial } from "../../src/workbook/xlsx";
import { createFakeExcel, modelCell, type FakeExcel } from "../helpers/fakeOffice";
import { agencyOf, filledForm } from "../helpers/forms";
import { tracking2020 } from "../helpers/tracking";

const PERIOD = "2020-H1";
const HN = "II.2.a/HN";
const DISTRICTS = [
  "H-VANYEN",
  "H-TRAMTAU",
  "H-LUCYEN",
  "H-TRANYEN",
  "H-VANCHAN",
  "H-YENBINH",
  "TX-NGHIALO",
  "TP-YENBAI",
];

/**
 * A form as it looks once copied into another workbook with Excel's Move or Copy: the sheet
 * (renamed), its values and its table (renamed BaoCao2, BaoCao3…), no workbook names.
 */
function copiedForm(
  unit: string,
  sheet: string,
  n: number,
  values: Record<string, number>,
): SheetEdit {
  const agency = agencyOf(unit);
  const lines = formLines(plan2020, agency);
  const rows: Cell[][] = lines.map((l) => {
    const key = figureKey(l.task.code, l.indicator?.code);
    const row: Cell[] = FORM_HEADERS.map(() => null);
    row[columnOf("task")] = l.task.code;
    row[columnOf("indicator")] = l.indicator?.code ?? null;
    row[columnOf("period")] = values[key] ?? null;
    return row;
  });
  const top = FORM_ROWS.header - 1;
  const last = cellAddress(top + rows.length, FORM_HEADERS.length - 1);
  return {
    name: sheet,
    mode: "create",
    blocks: [
      { at: "A1", values: [["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN CCHC"]] },
      { at: cellAddress(FORM_ROWS.unit - 1, 0), values: [["Đơn vị:", null, agency.name]] },
      { at: cellAddress(FORM_ROWS.period - 1, 0), values: [["Kỳ báo cáo:", null, PERIOD]] },
      { at: cellAddress(top, 0), values: [FORM_HEADERS, ...rows] },
    ],
    tables: [{ name: `BaoCao${n}`, range: `A${top + 1}:${last}`, columns: FORM_HEADERS }],
  };
}

const NOTES: SheetEdit = {
  name: "Ghi chú",
  mode: "create",
  blocks: [{ at: "A1", values: [["Ghi chú của chuyên viên"], ["Gọi điện nhắc Trạm Tấu", 3]] }],
};

/** A workbook with the user's notes and `count` forms copied in as sheets. */
async function workbookWithForms(
  count: number,
): Promise<{ fake: FakeExcel; port: OfficeWorkbook }> {
  const fake = createFakeExcel({ sheets: ["Sheet1"] });
  const port = new OfficeWorkbook(fake.run);
  const sheets = [NOTES];
  DISTRICTS.slice(0, count).forEach((unit, i) =>
    sheets.push(copiedForm(unit, `BC ${unit}`, i + 2, { [HN]: i + 1 })),
  );
  await port.apply({ sheets, deleteSheets: ["Sheet1"] });
  return { fake, port };
}

const base = { period: PERIOD, plan: plan2020, registry: yenBai2020 };

describe("forms copied as sheets into the open workbook", () => {
  test("are merged in a fixed number of syncs, whatever their number", async () => {
    const syncs: number[] = [];
    for (const count of [2, 8]) {
      const { fake, port } = await workbookWithForms(count);
      const before = fake.syncCount();
      const { json } = await mergeIntoWorkbook(port, { ...base, sheets: true });
      syncs.push(fake.syncCount() - before);
      expect(json.accepted).toHaveLength(count);
      expect(json.totals[HN]).toBe((count * (count + 1)) / 2);
    }
    // One batch: the sheet and name lists, the reads of every candidate sheet, one write. The
    // reads' first slices are sized cautiously before the sheets are known (officeRead.ts), so
    // eight forms' remaining rows take one more sync: syncs follow the bytes, not the forms.
    expect(syncs[0]).toBeLessThanOrEqual(3);
    expect(syncs[1]).toBeLessThanOrEqual(4);
  });

  test("each sheet is its own input, named after the open workbook; other sheets are skipped", async () => {
    const { port } = await workbookWithForms(2);
    const out = await mergeIntoWorkbook(port, { ...base, sheets: true });
    expect(out.json.accepted.map((a) => [a.file, a.unit])).toEqual([
      ["Sổ làm việc hiện tại › BC H-TRAMTAU", "UBND huyện Trạm Tấu"],
      ["Sổ làm việc hiện tại › BC H-VANYEN", "UBND huyện Văn Yên"],
    ]);
    expect(out.skippedSheets).toEqual(["Ghi chú"]);
    expect(out.json.rejected).toEqual([]);
  });

  test("sheetFormSources: one read, the merge's own sheets left out", async () => {
    const { fake, port } = await workbookWithForms(3);
    await mergeIntoWorkbook(port, { ...base, sheets: true });
    const before = fake.syncCount();
    const found = await sheetFormSources(port);
    expect(fake.syncCount() - before).toBeLessThanOrEqual(4);
    expect(found.sources.map((s) => s.file)).toEqual([
      "Sổ làm việc hiện tại › BC H-VANYEN",
      "Sổ làm việc hiện tại › BC H-TRAMTAU",
      "Sổ làm việc hiện tại › BC H-LUCYEN",
    ]);
    expect(found.skipped).toEqual(["Ghi chú"]);
  });

  test("picked files and copied sheets merge together", async () => {
    const { port } = await workbookWithForms(1);
    const bytes = await filledForm({ unit: "SNV", period: PERIOD, values: { [HN]: 9 } });
    const out = await mergeIntoWorkbook(port, {
      ...base,
      sheets: true,
      readFile: formFileReader(),
      files: [
        { name: "snv.xlsx", bytes },
        { name: "ghi-chu.txt", bytes: new Uint8Array(3) },
      ],
    });
    // Sorted by code point, the same on every machine.
    expect(out.json.accepted.map((a) => a.file)).toEqual([
      "Sổ làm việc hiện tại › BC H-VANYEN",
      "snv.xlsx",
    ]);
    expect(out.json.rejected.map((r) => r.file)).toEqual(["ghi-chu.txt"]);
    expect(out.json.totals[HN]).toBe(10);
  });
});

describe("the merge owns its sheets and never replaces a user's", () => {
  test("its sheets are written after the user's, listed in a very hidden sheet", async () => {
    const { fake, port } = await workbookWithForms(2);
    const before = fake.model.sheets.map((s) => s.name);
    const out = await mergeIntoWorkbook(port, { ...base, sheets: true });
    const after = fake.model.sheets.map((s) => s.name);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(out.written).toEqual(["Tổng hợp 2020-H1", ...Object.values(SUMMARY_SHEETS)]);
    const owner = fake.model.sheets.find((s) => s.name === OWNER_SHEET)!;
    expect(owner.visibility).toBe("VeryHidden");
    const listed = [2, 3, 4, 5, 6, 7].map(
      (r) => modelCell(fake.model, OWNER_SHEET, `A${r}`)?.value,
    );
    expect(listed).toEqual(out.written);
    expect(fake.model.activeSheet).toBe("Tổng hợp 2020-H1");
    expect(modelCell(fake.model, "Tổng hợp 2020-H1", "A1")?.value).toBe("UBND TỈNH YÊN BÁI");
  });

  test("merging again replaces its own sheets; the user's notes stay as they were", async () => {
    const { fake, port } = await workbookWithForms(2);
    await mergeIntoWorkbook(port, { ...base, sheets: true });
    const notes = JSON.stringify([...fake.model.sheets.find((s) => s.name === "Ghi chú")!.cells]);
    await port.apply({ sheets: [copiedForm("SNV", "BC SNV", 20, { [HN]: 30 })] });
    const again = await mergeIntoWorkbook(port, { ...base, sheets: true });
    expect(again.json.totals[HN]).toBe(33);
    expect(fake.model.sheets.filter((s) => s.name === "Theo đơn vị")).toHaveLength(1);
    expect(JSON.stringify([...fake.model.sheets.find((s) => s.name === "Ghi chú")!.cells])).toBe(
      notes,
    );
    // The merge's own sheets were not read as forms the second time.
    expect(again.json.accepted).toHaveLength(3);
    expect(again.skippedSheets).toEqual(["Ghi chú"]);
  });

  test("a user's sheet with a merge sheet's name: the merge refuses and touches nothing", async () => {
    const { fake, port } = await workbookWithForms(2);
    await port.apply({
      sheets: [
        {
          name: "Theo đơn vị",
          mode: "create",
          blocks: [{ at: "A1", values: [["Bảng của tôi", 42]] }],
        },
      ],
    });
    const sheets = fake.model.sheets.map((s) => s.name);
    const logged = fake.log.length;
    const error = await mergeIntoWorkbook(port, { ...base, sheets: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MergeSheetConflictError);
    expect((error as Error).message).toMatch(
      /Sổ làm việc đã có trang tính “Theo đơn vị” không do lệnh Tổng hợp tạo ra\. Để không ghi đè dữ liệu của bạn/,
    );
    expect(fake.model.sheets.map((s) => s.name)).toEqual(sheets);
    expect(modelCell(fake.model, "Theo đơn vị", "B1")?.value).toBe(42);
    // Checked before anything was written: only loads and syncs since the call.
    const since = fake.log.slice(logged);
    expect(since.length).toBeGreaterThan(0);
    expect(since.filter((l) => !/\.load\(|^sync #/.test(l))).toEqual([]);
  });
});

test("with `received`, the tracking sheet gets today's date for the accepted units, in the same apply", async () => {
  const { fake, port } = await workbookWithForms(2);
  await port.apply(tracking2020({ today: "2020-06-10" }));
  const syncs = fake.syncCount();
  const out = await mergeIntoWorkbook(port, {
    ...base,
    sheets: true,
    received: true,
    today: "2020-06-04",
  });
  expect(fake.syncCount() - syncs).toBeLessThanOrEqual(6);
  expect(out.received?.filled.map((f) => [f.unit, f.date])).toEqual([
    ["UBND huyện Trạm Tấu", "2020-06-04"],
    ["UBND huyện Văn Yên", "2020-06-04"],
  ]);
  for (const f of out.received!.filled) {
    expect(modelCell(fake.model, TRACKING_SHEET, f.cell)?.value).toBe(
      dateToSerial(new Date(Date.UTC(2020, 5, 4))),
    );
    // The cell is the H1 received column of the unit's row.
    const row = Number(f.cell.replace(/^[A-Z]+/, "")) - 1;
    expect(
      modelCell(fake.model, TRACKING_SHEET, cellAddress(row, TRACKING_LAYOUT.nameCol))?.value,
    ).toBe(f.unit);
  }
  expect(out.skippedSheets).not.toContain(TRACKING_SHEET);
});
