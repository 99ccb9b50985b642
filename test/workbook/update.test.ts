/** `update`: read, decide, write in one batch — three syncs in Excel, the same result on a file. */
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import type { WorkbookPort } from "../../src/workbook/port";
import type { WorkbookEdit, WorkbookSnapshot } from "../../src/domain/sheet";
import { createFakeExcel } from "../helpers/fakeOffice";

const seed: WorkbookEdit = {
  sheets: [
    {
      name: "Số liệu",
      mode: "create",
      blocks: [
        {
          at: "A1",
          values: [
            ["Đơn vị", "Số"],
            ["SNV", 3],
            ["STP", 4],
          ],
        },
      ],
    },
  ],
};

/** Doubles every number in column B of "Số liệu" and writes the sum under it. */
async function doubleAndSum(port: WorkbookPort): Promise<WorkbookSnapshot> {
  return port.update(
    ({ sheets }) => (sheets.some((s) => s.name === "Số liệu") ? [{ sheet: "Số liệu" }] : []),
    ({ data }) => {
      const rows = data[0].values.slice(1);
      const doubled = rows.map((r) => [Number(r[1]) * 2]);
      const sum = doubled.reduce((a, [n]) => a + n, 0);
      return {
        sheets: [
          { name: "Số liệu", mode: "update", blocks: [{ at: "B2", values: [...doubled, [sum]] }] },
        ],
      };
    },
  );
}

test("in Excel: one batch of three syncs; on a file: the same cells", async () => {
  const fake = createFakeExcel();
  const office = new OfficeWorkbook(fake.run);
  await office.apply(seed);
  const before = fake.syncCount();
  const snapshot = await doubleAndSum(office);
  expect(fake.syncCount() - before).toBe(3);
  expect(snapshot.sheets.map((s) => s.name)).toContain("Số liệu");
  expect(snapshot.data[0].values[1]).toEqual(["SNV", 3]); // what was read, before the write

  const file = XlsxWorkbook.create();
  await file.apply(seed);
  await doubleAndSum(file);
  const [fromOffice] = await office.read([{ sheet: "Số liệu" }]);
  const [fromFile] = await file.read([{ sheet: "Số liệu" }]);
  expect(fromOffice.values).toEqual([
    ["Đơn vị", "Số"],
    ["SNV", 6],
    ["STP", 8],
    [null, 14],
  ]);
  expect(fromFile.values).toEqual(fromOffice.values);
});

test("nothing to read and nothing to write: one sync", async () => {
  const fake = createFakeExcel();
  const office = new OfficeWorkbook(fake.run);
  const before = fake.syncCount();
  await office.update(
    () => [],
    () => null,
  );
  expect(fake.syncCount() - before).toBe(1);
});

test("a sheet that is not there is an error naming it, and nothing is written", async () => {
  const fake = createFakeExcel();
  const office = new OfficeWorkbook(fake.run);
  const make = jest.fn(() => null);
  await expect(office.update(() => [{ sheet: "Không có" }], make)).rejects.toThrow('"Không có"');
  expect(make).not.toHaveBeenCalled();
});
