/**
 * One check before any write, in both adapters: an edit that would clash is refused whole,
 * naming what clashes, and the workbook is left as it was (Excel does not roll back).
 */
import type { WorkbookEdit } from "../../src/domain/sheet";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook, readWorkbookFile } from "../../src/workbook/xlsx";
import { createFakeExcel, modelCell } from "../helpers/fakeOffice";

const first: WorkbookEdit = {
  sheets: [
    {
      name: "Báo cáo",
      mode: "create",
      blocks: [
        {
          at: "A1",
          values: [
            ["Mã", "Tên", "Số"],
            ["a", "b", 1],
          ],
        },
      ],
      tables: [{ name: "BangA", range: "A1:C2", columns: ["Mã", "Tên", "Số"] }],
    },
  ],
};

const cases: [string, WorkbookEdit, RegExp][] = [
  [
    "a table over another table",
    {
      sheets: [
        {
          name: "Báo cáo",
          mode: "update",
          blocks: [{ at: "E1", values: [["không được ghi"]] }],
          tables: [{ name: "BangB", range: "B2:D4", columns: ["x", "y", "z"] }],
        },
      ],
    },
    /Sheet "Báo cáo" table "BangB": B2:D4 overlaps table "BangA" \(A1:C2\)/,
  ],
  [
    "a defined name a table already uses",
    {
      sheets: [{ name: "Khác", mode: "create", blocks: [{ at: "A1", values: [["x"]] }] }],
      names: [{ name: "BangA", refersTo: "='Khác'!$A$1" }],
    },
    /Defined name "BangA": table "BangA" on sheet "Báo cáo" already uses this name/,
  ],
  [
    "no visible sheet left",
    {
      sheets: [
        { name: "Báo cáo", mode: "update", visibility: "hidden" },
        { name: "Khác", mode: "create", visibility: "veryHidden" },
      ],
      deleteSheets: ["Sheet1"],
    },
    /must keep at least one visible sheet/,
  ],
];

test.each(cases)("in Excel: %s is refused and nothing is written", async (_, edit, why) => {
  const fake = createFakeExcel();
  const office = new OfficeWorkbook(fake.run);
  await office.apply(first);
  const before = JSON.stringify(fake.model, (_k, v) =>
    v instanceof Map ? [...v] : v instanceof Set ? [...v] : v,
  );
  await expect(office.apply(edit)).rejects.toThrow(why);
  const after = JSON.stringify(fake.model, (_k, v) =>
    v instanceof Map ? [...v] : v instanceof Set ? [...v] : v,
  );
  expect(after).toBe(before);
  expect(modelCell(fake.model, "Báo cáo", "E1")).toBeUndefined();
});

test.each(cases)(
  "in a file: %s is refused the same way and nothing is written",
  async (_, edit, why) => {
    const wb = XlsxWorkbook.create();
    await wb.apply({ sheets: [{ name: "Sheet1", mode: "create" }, ...first.sheets] });
    const before = readWorkbookFile(await wb.toBuffer());
    await expect(wb.apply(edit)).rejects.toThrow(why);
    const after = readWorkbookFile(await wb.toBuffer());
    expect(after.sheets).toEqual(before.sheets);
    expect(after.data("Báo cáo").values).toEqual(before.data("Báo cáo").values);
  },
);
