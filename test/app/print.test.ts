import { absolute, cellAddress, parseCell, parseRange } from "../../src/domain/address";
import { checkLayout, defaultPrintSettings, printablePx, totalPx } from "../../src/domain/print";
import {
  HEADER_BLOCK_ROWS,
  preparePrintEdit,
  printReport,
  printSheetsFor,
} from "../../src/domain/print";
import type { SheetEdit } from "../../src/domain/sheet";

const settings = { ...defaultPrintSettings(2020), signerName: "Nguyễn Văn A" };
const widths = [6, 40, 12, 12, 12, 12, 12, 12, 12, 16, 20];

/** The text an edit writes at an A1 address. */
function textAt(edit: SheetEdit, address: string): unknown {
  const { row, col } = parseCell(address);
  for (const b of edit.blocks ?? []) {
    const o = parseCell(b.at);
    const v = b.values[row - o.row]?.[col - o.col];
    if (v !== undefined && v !== null) return v;
  }
  return undefined;
}

describe("preparePrintEdit", () => {
  // The builders leave HEADER_BLOCK_ROWS rows free: the table (header row 9) runs to row 40.
  const tableTop = HEADER_BLOCK_ROWS + 1;
  const edit = preparePrintEdit({
    sheet: "Tổng hợp",
    table: { range: `A${tableTop}:K40` },
    columnsCount: 11,
    settings,
    columnWidths: widths,
  });

  it("updates the sheet in place and puts the header block in the reserved rows", () => {
    expect(edit).toMatchObject({ name: "Tổng hợp", mode: "update" });
    expect(textAt(edit, "A1")).toBe("UBND TỈNH YÊN BÁI");
    expect(textAt(edit, "A2")).toBe("SỞ NỘI VỤ");
    for (const b of edit.blocks ?? []) {
      const box = parseRange(b.at);
      const last = box.top + b.values.length; // 1-based last row of the block
      // Nothing is written over the table.
      expect(last < tableTop || box.top + 1 > 40).toBe(true);
    }
  });

  it("repeats the table's header row on every page and prints header to signature", () => {
    const layout = edit.pageLayout!;
    expect(layout.printTitleRows).toBe(`$${tableTop}:$${tableTop}`);
    const area = parseRange(layout.printArea!.replace(/\$/g, ""));
    expect(area).toMatchObject({ top: 0, left: 0, right: 10 });
    // An appendix has no "Kính gửi": no "Nơi nhận" list by default.
    expect(findText(edit, "Nơi nhận:")).toBeUndefined();
    // The signer's name is the last printed line.
    const name = findText(edit, "Nguyễn Văn A") ?? "";
    expect(parseCell(name).row).toBe(area.bottom);
  });

  it("takes several header rows when the table has them", () => {
    const two = preparePrintEdit({
      sheet: "Tổng hợp",
      table: { range: "A9:K40", headerRows: 2 },
      columnsCount: 11,
      settings,
    });
    expect(two.pageLayout?.printTitleRows).toBe("$9:$10");
  });

  it("lays the page out as the decree asks", () => {
    const layout = edit.pageLayout!;
    // Widths fitted to the page: 100 % without Fit To, so the page breaks hold.
    expect(layout).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: false,
      columnsFitted: true,
    });
    expect(checkLayout(layout)).toEqual([]);
    const portrait = preparePrintEdit({
      sheet: "S",
      table: { range: "A9:D20" },
      columnsCount: 4,
      settings,
      orientation: "portrait",
    });
    expect(portrait.pageLayout?.orientation).toBe("portrait");
  });

  it("sets Times New Roman, black, over the whole printed range first", () => {
    const [first] = edit.formats ?? [];
    expect(first.format).toEqual({ fontName: "Times New Roman", fontColor: "#000000" });
    expect(absolute(first.range)).toBe(edit.pageLayout?.printArea);
    for (const f of edit.formats ?? []) {
      if (f.format.fontName) expect(f.format.fontName).toBe("Times New Roman");
      if (f.format.fontColor) expect(f.format.fontColor).toBe("#000000");
    }
  });

  it("spans the title across the table's width", () => {
    expect(edit.merges).toContain("A6:K6");
    expect(textAt(edit, "A6")).toMatch(/^TỔNG HỢP KẾT QUẢ THỰC HIỆN/);
  });

  it("fits the columns to the landscape page, every one kept visible", () => {
    const cols = edit.columns ?? [];
    expect(cols.map((c) => c.index)).toEqual([...widths.keys()]);
    const fitted = cols.map((c) => c.width ?? 0);
    expect(Math.min(...fitted)).toBeGreaterThanOrEqual(4);
    expect(totalPx(fitted, 8)).toBeLessThanOrEqual(printablePx("landscape"));
    expect(totalPx(fitted, 8)).toBeGreaterThan(printablePx("landscape") * 0.95);
  });

  it("gives the table plain white cells with borders", () => {
    expect(edit.formats).toContainEqual({
      range: "A9:K40",
      format: { fill: "#FFFFFF", border: true },
    });
  });

  it("starts the header block at existingTopRow when the caller says so", () => {
    const later = preparePrintEdit({
      sheet: "S",
      table: { range: "A12:E30" },
      columnsCount: 5,
      settings,
      existingTopRow: 2,
    });
    expect(textAt(later, "A2")).toBe("UBND TỈNH YÊN BÁI");
    expect(later.pageLayout?.printArea).toMatch(/^\$A\$2:\$E\$/);
    expect(later.pageLayout?.printTitleRows).toBe("$12:$12");
  });

  it("refuses a table without room above it, in Vietnamese or English", () => {
    const opts = { sheet: "S", table: { range: "A5:K40" }, columnsCount: 11, settings };
    expect(() => preparePrintEdit(opts)).toThrow(`cần ${HEADER_BLOCK_ROWS} dòng trống`);
    expect(() => preparePrintEdit({ ...opts, lang: "en" })).toThrow(
      `needs ${HEADER_BLOCK_ROWS} free rows`,
    );
  });

  it("refuses a table that does not start in column A or has too few widths", () => {
    expect(() =>
      preparePrintEdit({ sheet: "S", table: { range: "B9:K40" }, columnsCount: 10, settings }),
    ).toThrow(/cột A/);
    expect(() =>
      preparePrintEdit({
        sheet: "S",
        table: { range: "A9:K40" },
        columnsCount: 11,
        settings,
        columnWidths: [10, 20],
      }),
    ).toThrow(/2 độ rộng cột cho 11 cột/);
  });
});

function findText(edit: SheetEdit, text: string): string | undefined {
  for (const b of edit.blocks ?? []) {
    const o = parseCell(b.at);
    for (let i = 0; i < b.values.length; i++) {
      const j = b.values[i].indexOf(text);
      if (j >= 0) return cellAddress(o.row + i, o.col + j);
    }
  }
  return undefined;
}

describe("printSheetsFor and printReport", () => {
  it("prints every kind of sheet landscape with a title naming the year", () => {
    for (const kind of ["summary", "matrix", "tracking"] as const) {
      const info = printSheetsFor(kind, 2021);
      expect(info.orientation).toBe("landscape");
      expect(info.title).toContain("năm 2021");
      expect(info.headerRows).toBe(1);
    }
  });

  it("reports what was set and whether the layout complies", () => {
    const layout = preparePrintEdit({
      sheet: "S",
      table: { range: "A9:D20" },
      columnsCount: 4,
      settings,
    }).pageLayout!;
    const lines = printReport(layout);
    expect(lines[0]).toBe("Khổ A4, in ngang.");
    expect(lines).toContain("Dòng tiêu đề bảng $9:$9 lặp lại ở đầu mỗi trang.");
    // The closing line names what was checked, not more.
    expect(lines[lines.length - 1]).toMatch(
      /^Đã kiểm tra khổ giấy, lề, số trang .*dòng tiêu đề lặp lại/,
    );
    const bad = printReport({ ...layout, margins: { ...layout.margins, right: 10 } }, "en");
    expect(bad[bad.length - 1]).toContain("right margin of 10 mm");
  });
});
