/** The options of preparePrintEdit that "Chuẩn bị in" relies on to redo a sheet in place. */
import { parseCell, parseRange } from "../../src/domain/address";
import { defaultPrintSettings, NATIONAL_TITLE } from "../../src/domain/print";
import { preparePrintEdit, summaryTitleFor } from "../../src/domain/print";
import type { SheetEdit } from "../../src/domain/sheet";

const widths = [6, 40, 12, 12, 12, 12, 12];
const base = {
  sheet: "S",
  table: { range: "A9:G30" },
  columnsCount: 7,
  columnWidths: widths,
};

function addressOf(edit: SheetEdit, text: string): string | undefined {
  for (const b of edit.blocks ?? []) {
    const o = parseCell(b.at);
    for (let r = 0; r < b.values.length; r++) {
      const c = b.values[r].indexOf(text);
      if (c >= 0) return `${String.fromCharCode(65 + o.col + c)}${o.row + r + 1}`;
    }
  }
  return undefined;
}

test("the signature can go lower than two rows under the table, never higher", () => {
  const settings = defaultPrintSettings(2020);
  const lower = preparePrintEdit({ ...base, settings, signatureTopRow: 36 });
  const row = (a: string | undefined) => Number(/\d+$/.exec(a ?? "")?.[0]);
  expect(row(addressOf(lower, "GIÁM ĐỐC"))).toBe(36);
  expect(parseRange(lower.pageLayout!.printArea!.replace(/\$/g, "")).bottom).toBeGreaterThan(36);
  const tooHigh = preparePrintEdit({ ...base, settings, signatureTopRow: 20 });
  expect(row(addressOf(tooHigh, "GIÁM ĐỐC"))).toBe(32);
});

test("an earlier block's split is kept when asked, else the best split for the widths", () => {
  const settings = defaultPrintSettings(2020);
  const best = addressOf(preparePrintEdit({ ...base, settings }), NATIONAL_TITLE)!;
  const kept = preparePrintEdit({ ...base, settings, leftColumns: 4 });
  expect(addressOf(kept, NATIONAL_TITLE)).toBe("E1");
  expect(best).not.toBe("E1");
  expect(kept.merges).toContain("A1:D1");
  expect(kept.merges).toContain("E1:G1");
  // Out of range: ignored.
  expect(addressOf(preparePrintEdit({ ...base, settings, leftColumns: 7 }), NATIONAL_TITLE)).toBe(
    best,
  );
});

test("no merged cell for the signer's name until there is one", () => {
  const unnamed = preparePrintEdit({ ...base, settings: defaultPrintSettings(2020) });
  const named = preparePrintEdit({
    ...base,
    settings: { ...defaultPrintSettings(2020), signerName: "Nguyễn Văn An" },
  });
  const nameRow = parseCell(addressOf(named, "Nguyễn Văn An")!).row;
  const onRow = (edit: SheetEdit) =>
    (edit.merges ?? []).filter((m) => parseRange(m).top === nameRow);
  expect(onRow(named)).toHaveLength(1);
  expect(onRow(unnamed)).toHaveLength(0);
});

test("the summary's title puts the period on a line of its own", () => {
  expect(summaryTitleFor("Quý I năm 2020")).toBe(
    "Tổng hợp kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính\nQuý I năm 2020",
  );
});
