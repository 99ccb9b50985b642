/**
 * The fake Excel refuses what Excel refuses (issue 12): each case throws as Excel would, and
 * where the adapter used to do it, the adapter now does it Excel's way.
 */
import { OfficeWorkbook } from "../../src/workbook/office";
import { SYNC_BUDGET } from "../../src/workbook/office/officeBatch";
import { createFakeExcel, FakeOfficeError, newSheet, syncsSince } from "../helpers/fakeOffice";
import { PAYLOAD_LIMIT } from "../helpers/fakeExcelRules";

type Ctx = Excel.RequestContext;

async function refused(batch: (context: Ctx) => Promise<unknown>, code: string, text: RegExp) {
  const fake = createFakeExcel({ sheets: ["Sheet1", "Danh mục"] });
  const err = await fake.run(batch).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FakeOfficeError);
  expect((err as FakeOfficeError).code).toBe(code);
  expect((err as Error).message).toMatch(text);
  return fake;
}

test("an object used after its Excel.run has ended", async () => {
  const fake = createFakeExcel();
  const ws = await fake.run(async (context) => context.workbook.worksheets.getItem("Sheet1"));
  expect(() => (ws.getRange("A1").values = [[1]])).toThrow(/Excel.run that has ended/);
  expect(() => ws.load("name")).toThrow(FakeOfficeError);
});

test("freeze or unfreeze on a hidden sheet", async () => {
  for (const act of [
    (ws: Excel.Worksheet) => ws.freezePanes.freezeRows(1),
    (ws: Excel.Worksheet) => ws.freezePanes.unfreeze(),
  ]) {
    await refused(
      async (context) => {
        const ws = context.workbook.worksheets.getItem("Danh mục");
        ws.visibility = "Hidden";
        act(ws);
        await context.sync();
      },
      "InvalidOperation",
      /sheet "Danh mục" is hidden/,
    );
  }
});

test("the adapter replaces a hidden sheet and freezes its panes, and it stays hidden", async () => {
  const fake = createFakeExcel({ sheets: ["Sheet1"] });
  fake.model.sheets.push({ ...newSheet("Ẩn"), visibility: "Hidden" });
  const office = new OfficeWorkbook(fake.run);
  await office.apply({
    sheets: [
      {
        name: "Ẩn",
        mode: "replace",
        blocks: [{ at: "A1", values: [["x"]] }],
        freeze: { rows: 1, columns: 0 },
      },
    ],
  });
  const sheet = fake.model.sheets.find((s) => s.name === "Ẩn")!;
  expect(sheet.visibility).toBe("Hidden");
  expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
});

test("a sheet position past the last sheet", async () => {
  await refused(
    async (context) => {
      context.workbook.worksheets.getItem("Sheet1").position = 2;
      await context.sync();
    },
    "InvalidArgument",
    /position=2: the workbook has 2 sheets/,
  );
  // The adapter asks for the last place instead.
  const fake = createFakeExcel();
  await new OfficeWorkbook(fake.run).apply({
    sheets: [{ name: "Mới", mode: "create", position: 9 }],
  });
  expect(fake.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Mới"]);
});

test.each([
  ['=$F6="Quá hạn', /text in quotes is not closed/],
  ["=Danh mục!$A$1=1", /needs quotes|no sheet named/],
  ["='Danh mục!$A$1=1", /quoted sheet name is not closed/],
  ["=AND($A1>0,($B1<2)", /\( is not closed/],
  ["='Không có'!$A$1=1", /no sheet named "Không có"/],
])("a conditional-format formula Excel cannot parse: %s", async (formula, why) => {
  await refused(
    async (context) => {
      const cf = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:A9")
        .conditionalFormats.add("Custom");
      cf.custom.rule.formula = formula;
      await context.sync();
    },
    "InvalidArgument",
    why,
  );
});

test.each([
  ["a list longer than 255 characters", "a,".repeat(130), /at most 255 characters/],
  [
    "a range on a sheet whose name is not quoted",
    "=Danh mục!$A$1:$A$9",
    /needs quotes|no sheet named/,
  ],
  [
    "a range on a missing sheet",
    "='Danh mục cơ quan'!$B$2:$B$9",
    /no sheet named "Danh mục cơ quan"/,
  ],
])("a list source Excel refuses: %s", async (_, source, why) => {
  await refused(
    async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B1:B9");
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      await context.sync();
    },
    "InvalidArgument",
    why,
  );
});

test("a list source on a quoted sheet that exists is taken", async () => {
  const fake = createFakeExcel({ sheets: ["Sheet1", "Danh mục"] });
  await fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("B1:B9");
    range.dataValidation.rule = { list: { inCellDropDown: true, source: "='Danh mục'!$A$1:$A$9" } };
    await context.sync();
  });
  expect(fake.model.sheets[0].validations).toHaveLength(1);
});

test.each([
  [
    "a number format with an unknown [code]",
    (r: Excel.Range) => (r.numberFormat = [["[Gren]0"]]),
    /unknown \[Gren\]/,
  ],
  [
    "a number format with five sections",
    (r: Excel.Range) => (r.numberFormat = [["0;0;0;0;0"]]),
    /more than 4 sections/,
  ],
  [
    "an alignment spelt the British way",
    (r: Excel.Range) => (r.format.horizontalAlignment = "Centre" as never),
    /not a valid horizontalAlignment/,
  ],
  [
    "a border weight in lower case",
    (r: Excel.Range) => (r.format.borders.getItem("EdgeTop").weight = "thin" as never),
    /not a valid borderWeight/,
  ],
  [
    "an underline that does not exist",
    (r: Excel.Range) => (r.format.font.underline = "Wavy" as never),
    /not a valid underline/,
  ],
  [
    "a colour that is not one",
    (r: Excel.Range) => (r.format.fill.color = "#12345"),
    /not a colour/,
  ],
])("%s", async (_, act, why) => {
  const fake = createFakeExcel();
  await expect(
    fake.run(async (context) => {
      act(context.workbook.worksheets.getItem("Sheet1").getRange("A1"));
      await context.sync();
    }),
  ).rejects.toThrow(why);
});

function bigText(rows: number, cols: number): string[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from(
      { length: cols },
      (_, c) =>
        `Ủy ban nhân dân xã số ${r}-${c}, huyện Văn Chấn, tỉnh Yên Bái: báo cáo kết quả tuyên truyền CCHC`,
    ),
  );
}

test("a request over 5 MB is refused whole, nothing written", async () => {
  const fake = createFakeExcel();
  const values = bigText(3000, 20);
  await expect(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:T3000").values = values;
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(fake.model.sheets[0].cells.size).toBe(0);
  expect(fake.payloads[0].request).toBeGreaterThan(PAYLOAD_LIMIT);
});

test("a response over 5 MB is refused; the adapter reads the same sheet in slices under the budget", async () => {
  const fake = createFakeExcel();
  const office = new OfficeWorkbook(fake.run);
  await office.apply({
    sheets: [{ name: "Sheet1", mode: "update", blocks: [{ at: "A1", values: bigText(3000, 20) }] }],
  });
  await expect(
    fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRange(true);
      used.load(["values", "numberFormat", "valueTypes", "formulas"]);
      used.getCellProperties({ format: { font: { name: true } } });
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });

  const before = fake.syncCount();
  const [data] = await office.read([{ sheet: "Sheet1", formulas: true, fonts: true }]);
  expect(data.values).toHaveLength(3000);
  expect(data.values[2999][19]).toBe(
    "Ủy ban nhân dân xã số 2999-19, huyện Văn Chấn, tỉnh Yên Bái: báo cáo kết quả tuyên truyền CCHC",
  );
  // The sheet was there before: its cells keep the default font.
  expect(data.fonts?.[2999][19]).toBe("Calibri");
  const { syncs, largest } = syncsSince(fake, before);
  // Every sync within the adapter's 1 MB, the first slice too (sized before the sheet is known).
  expect(largest).toBeLessThanOrEqual(SYNC_BUDGET);
  expect(syncs).toBeGreaterThan(3);
});

test("a range past column XFD or row 1,048,576", async () => {
  for (const act of [
    (ws: Excel.Worksheet) => ws.getRange("XFE1").load("values"),
    (ws: Excel.Worksheet) => ws.getRange("A1048570:B1048577").load("values"),
    (ws: Excel.Worksheet) => ws.getRange("XFA1").getResizedRange(0, 15).load("values"),
  ]) {
    await refused(
      async (context) => {
        act(context.workbook.worksheets.getItem("Sheet1"));
        await context.sync();
      },
      "InvalidArgument",
      /outside the sheet/,
    );
  }
});

describe("a used range at the sheet's edge is read whole, no slice past it", () => {
  const block = (rows: number, cols: number, tag: string) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => `${tag} ${r + 1}-${c + 1}`),
    );

  test.each([
    // The used range starts within the last 16 columns: a first slice 16 wide would pass XFD.
    ["the right edge", "XFA1", 3, 4, 0, 16380],
    // It starts within the last rows: a first slice as tall as the budget allows passes them.
    ["the bottom edge", "A1048574", 3, 2, 1048573, 0],
    // Wider than a first slice, from column 20: the rest comes in later slices, to XFD.
    ["far right, wide", "XDA5", 2, 36, 4, 16328],
  ])("%s", async (_label, at, rows, cols, top, left) => {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    const values = block(rows, cols, at);
    await office.apply({ sheets: [{ name: "Sheet1", mode: "update", blocks: [{ at, values }] }] });
    const [data] = await office.read([{ sheet: "Sheet1", formulas: true, fonts: true }]);
    expect(data.values).toHaveLength(top + rows);
    expect(data.values[top].slice(left)).toEqual(values[0]);
    expect(data.values[top + rows - 1].slice(left)).toEqual(values[rows - 1]);
    expect(data.formulas?.[top + rows - 1]).toHaveLength(left + cols);
  });
});
