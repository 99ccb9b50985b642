/** The fake Excel must catch the mistakes real Office.js punishes, or its green is worthless. */
import { createFakeExcel, FakeOfficeError, modelCell } from "../helpers/fakeOffice";

test("a property read before load + sync throws PropertyNotLoaded", async () => {
  const fake = createFakeExcel();
  await expect(
    fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      return sheets.items.length; // no sync yet
    }),
  ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  const names = await fake.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
  expect(names).toEqual(["Sheet1"]);
});

test("a property that was not in the load list is not readable either", async () => {
  const fake = createFakeExcel();
  await expect(
    fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items[0].visibility;
    }),
  ).rejects.toThrow(FakeOfficeError);
});

test("writes land at sync, and a batch's leftover writes are synced (and counted) at the end", async () => {
  const fake = createFakeExcel();
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["x", 1]];
    expect(modelCell(fake.model, "Sheet1", "A1")).toBeUndefined();
    await context.sync();
    expect(modelCell(fake.model, "Sheet1", "A1")?.value).toBe("x");
    context.workbook.worksheets.getItem("Sheet1").getRange("C1").values = [["y"]];
  });
  expect(modelCell(fake.model, "Sheet1", "C1")?.value).toBe("y");
  expect(fake.syncCount()).toBe(2);
});

test("values are typed input: formulas, apostrophes, numbers, null keeps, '' clears, no Dates", async () => {
  const fake = createFakeExcel();
  await fake.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1");
    r.values = [["=1+1", "'=1+1", "12", "-x", "keep"]];
    await context.sync();
    r.values = [[null, null, null, null, ""]];
    await context.sync();
  });
  const cell = (a: string) => modelCell(fake.model, "Sheet1", a)!;
  expect(cell("A1").formula).toBe("=1+1");
  expect(cell("B1")).toMatchObject({ value: "=1+1", formula: null, quotePrefix: true });
  expect(cell("C1").value).toBe(12);
  expect(cell("D1").formula).toBe("=-x");
  expect(cell("E1").value).toBeNull();
  await expect(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [
        [new Date() as unknown as string],
      ];
      await context.sync();
    }),
  ).rejects.toThrow(/Dates are not accepted/);
  await expect(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["only one"]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("Excel's refusals: deleting a very hidden sheet, hiding the last visible one", async () => {
  const fake = createFakeExcel({ sheets: ["A", "B"] });
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem("B").visibility = "VeryHidden";
    await context.sync();
  });
  await expect(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem("B").delete();
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidOperation" });
  await expect(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem("A").visibility = "Hidden";
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidOperation" });
  expect(fake.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["A", "Visible"],
    ["B", "VeryHidden"],
  ]);
});

test("a used range loads with its sheet-qualified address, like Office.js", async () => {
  const fake = createFakeExcel({ sheets: ["Báo cáo"] });
  const address = await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Báo cáo");
    ws.getRange("C3:D4").values = [
      ["a", 1],
      [true, "b"],
    ];
    const used = ws.getUsedRange(true).load("address");
    await context.sync();
    return used.address;
  });
  expect(address).toBe("'Báo cáo'!C3:D4");
});
