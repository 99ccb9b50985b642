import { cellAddress, parseCell, parseRange } from "../../src/domain/address";
import {
  caps,
  dateLine,
  documentTitle,
  defaultPrintSettings,
  HEADER_BLOCK_ROWS,
  headerBlock,
  referenceLine,
  rowHeightFor,
  SIGNATURE_SPACE_ROWS,
  signatureBlock,
  type SheetPart,
  textWidthPt,
} from "../../src/domain/print";
import type { CellFormat } from "../../src/domain/sheet";

/** The value a part writes at an A1 address (null when blank or outside). */
function textAt(part: SheetPart, address: string): string | null {
  const { row, col } = parseCell(address);
  for (const b of part.blocks) {
    const o = parseCell(b.at);
    const v = b.values[row - o.row]?.[col - o.col];
    if (v !== undefined) return v as string | null;
  }
  return null;
}

/** The one format whose range holds `address`. */
function formatAt(part: SheetPart, address: string): CellFormat {
  const { row, col } = parseCell(address);
  const hits = part.formats.filter((f) => {
    const b = parseRange(f.range);
    return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
  });
  expect(hits).toHaveLength(1);
  return hits[0].format;
}

/** Every cell the part writes text into, with its address. */
function texts(part: SheetPart): { address: string; text: string }[] {
  const out: { address: string; text: string }[] = [];
  for (const b of part.blocks) {
    const o = parseCell(b.at);
    b.values.forEach((r, i) =>
      r.forEach((v, j) => {
        if (typeof v === "string")
          out.push({ address: cellAddress(o.row + i, o.col + j), text: v });
      }),
    );
  }
  return out;
}

const settings = { ...defaultPrintSettings(2020), date: "2020-06-05", reportNumber: "125" };
// A summary table of 7 columns: STT, task, four numbers, notes.
const widths = [6, 60, 14, 14, 14, 14, 14];

describe("headerBlock", () => {
  const part = headerBlock(settings, 7, { widths });
  const find = (text: string) => texts(part).find((t) => t.text === text)?.address;
  const right = find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") ?? "";

  it("puts the agencies on the left and the national title on the right, same rows", () => {
    expect(textAt(part, "A1")).toBe("UBND TỈNH YÊN BÁI");
    expect(textAt(part, "A2")).toBe("SỞ NỘI VỤ");
    expect(parseCell(right)).toMatchObject({ row: 0 });
    expect(parseCell(right).col).toBeGreaterThan(0);
    const col = right.replace(/\d+/, "");
    expect(textAt(part, `${col}2`)).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(textAt(part, `${col}4`)).toBe("Yên Bái, ngày 05 tháng 6 năm 2020");
  });

  it("formats each line as the decree asks", () => {
    const col = right.replace(/\d+/, "");
    const parent = formatAt(part, "A1");
    expect(parent).toMatchObject({ bold: false, italic: false });
    expect(parent.fontSize).toBeGreaterThanOrEqual(12);
    expect(parent.fontSize).toBeLessThanOrEqual(13);
    expect(formatAt(part, "A2")).toMatchObject({ bold: true });
    const national = formatAt(part, `${col}1`);
    expect(national.bold).toBe(true);
    expect([12, 13]).toContain(national.fontSize);
    const motto = formatAt(part, `${col}2`);
    expect(motto.bold).toBe(true);
    expect([13, 14]).toContain(motto.fontSize);
    const date = formatAt(part, `${col}4`);
    expect(date).toMatchObject({ italic: true, bold: false });
    expect([13, 14]).toContain(date.fontSize);
    expect(formatAt(part, "A6")).toMatchObject({ bold: true, fontSize: 14, hAlign: "center" });
    expect(formatAt(part, "A7")).toMatchObject({ italic: true });
    for (const f of part.formats) {
      expect(f.format.fontName).toBe("Times New Roman");
      expect(f.format.fontColor).toBe("#000000");
    }
  });

  it("draws a short rule under the agency and a motto-long rule under the motto", () => {
    const col = right.replace(/\d+/, "");
    const agencyRule = textAt(part, "A3") ?? "";
    const mottoRule = textAt(part, `${col}3`) ?? "";
    expect(agencyRule).toMatch(/^—+$/);
    expect(mottoRule).toMatch(/^—+$/);
    const size = formatAt(part, "A3").fontSize ?? 0;
    const agencyWidth = textWidthPt("SỞ NỘI VỤ", 13, true);
    const ruleWidth = agencyRule.length * size; // an em dash is one em wide
    expect(ruleWidth).toBeGreaterThanOrEqual(agencyWidth / 3 - size / 2);
    expect(ruleWidth).toBeLessThanOrEqual(agencyWidth / 2 + size / 2);
    const mottoWidth = textWidthPt("Độc lập - Tự do - Hạnh phúc", 13, true);
    expect(Math.abs(mottoRule.length * 13 - mottoWidth)).toBeLessThanOrEqual(13 / 2);
  });

  it("centres the title in capitals across the whole table width, with the report reference", () => {
    expect(textAt(part, "A6")).toBe(caps(documentTitle("summary", 2020)));
    expect(part.merges).toContain("A6:G6");
    expect(textAt(part, "A7")).toBe("(Kèm theo Báo cáo số 125/BC-SNV ngày 05/6/2020)");
    expect(part.merges).toContain("A7:G7");
  });

  it("splits the halves so the left one holds the agency and the right one is wider", () => {
    const leftMerge = part.merges.find((m) => m.startsWith("A1:")) ?? "";
    const leftEnd = parseRange(leftMerge).right;
    const rightMerge = part.merges.find((m) => m.startsWith(right)) ?? "";
    expect(parseRange(rightMerge)).toMatchObject({ left: leftEnd + 1, right: 6 });
    const sum = (from: number, to: number) => widths.slice(from, to + 1).reduce((a, b) => a + b);
    expect(sum(0, leftEnd)).toBeLessThan(sum(leftEnd + 1, 6));
  });

  it("uses HEADER_BLOCK_ROWS rows from the given top row", () => {
    const moved = headerBlock(settings, 7, { widths, top: 3 });
    expect(moved.rows).toBe(HEADER_BLOCK_ROWS);
    expect(moved.blocks[0].at).toBe("A3");
    expect(moved.blocks[0].values).toHaveLength(HEADER_BLOCK_ROWS);
    expect(textAt(moved, "A3")).toBe("UBND TỈNH YÊN BÁI");
    expect(Object.keys(moved.rowHeights).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("prints other agencies' names in capitals (names come from the registry)", () => {
    const other = headerBlock(
      { ...settings, parentAgency: "UBND tỉnh Lào Cai", agency: "Sở Tư pháp" },
      4,
    );
    expect(textAt(other, "A1")).toBe("UBND TỈNH LÀO CAI");
    expect(textAt(other, "A2")).toBe("SỞ TƯ PHÁP");
  });

  it("gives a long title in a narrow portrait table the height of several lines", () => {
    const narrow = headerBlock(settings, 3, { widths: [5, 30, 10], orientation: "portrait" });
    const wide = headerBlock(settings, 7, { widths });
    // The default title is two lines (the plan's wording, then the period); narrow wraps more.
    expect(narrow.rowHeights[6]).toBeGreaterThanOrEqual(rowHeightFor(3, 14));
    expect(wide.rowHeights[6]).toBe(rowHeightFor(2, 14));
  });

  it("refuses a table of one column", () => {
    expect(() => headerBlock(settings, 1)).toThrow(/at least 2 columns/);
  });
});

describe("date and reference lines", () => {
  it("pads days below 10 and months 1 and 2 with a zero", () => {
    expect(dateLine({ ...settings, date: "2020-06-05" })).toBe("Yên Bái, ngày 05 tháng 6 năm 2020");
    expect(dateLine({ ...settings, date: "2020-02-15" })).toBe(
      "Yên Bái, ngày 15 tháng 02 năm 2020",
    );
    expect(dateLine({ ...settings, date: "2020-11-30" })).toBe(
      "Yên Bái, ngày 30 tháng 11 năm 2020",
    );
    expect(referenceLine({ ...settings, date: "2020-01-04" })).toBe(
      "(Kèm theo Báo cáo số 125/BC-SNV ngày 04/01/2020)",
    );
  });

  it("leaves blanks for day, month and number when not known", () => {
    const plain = defaultPrintSettings(2020);
    expect(dateLine(plain)).toMatch(/^Yên Bái, ngày {3,}tháng {3,}năm 2020$/);
    expect(referenceLine(plain)).toMatch(
      /^\(Kèm theo Báo cáo số {3,}\/BC-SNV ngày {3,}\/ {3,}\/2020\)$/,
    );
  });

  it("rejects a date that does not exist", () => {
    expect(() => dateLine({ ...settings, date: "2020-02-30" })).toThrow(/2020-02-30/);
    expect(() => dateLine({ ...settings, date: "5/6/2020" })).toThrow();
  });
});

describe("signatureBlock", () => {
  const part = signatureBlock({ ...settings, signerName: "Nguyễn Văn A" }, 7, { widths, top: 45 });
  const all = texts(part);
  const at = (text: string) => all.find((t) => t.text === text)?.address ?? "";

  it("puts the signer's title in bold capitals on the right and the name, bold, below a space", () => {
    const title = at("GIÁM ĐỐC");
    const name = at("Nguyễn Văn A");
    expect(parseCell(title)).toMatchObject({ row: 44 });
    expect(parseCell(title).col).toBeGreaterThan(0);
    expect(parseCell(name).col).toBe(parseCell(title).col);
    expect(parseCell(name).row - parseCell(title).row).toBeGreaterThan(SIGNATURE_SPACE_ROWS);
    expect(formatAt(part, title)).toMatchObject({ bold: true, hAlign: "center" });
    expect(formatAt(part, name)).toMatchObject({ bold: true });
    expect(part.rows).toBe(parseCell(name).row - 44 + 1);
  });

  it("prints no 'Nơi nhận' on an appendix unless recipients are given, and never 'Như trên'", () => {
    expect(textAt(part, "A45")).not.toBe("Nơi nhận:");
    const listed = signatureBlock(
      { ...settings, recipients: ["- Như trên;", "- Lưu: VT, CCHC."] },
      7,
      { widths, top: 45 },
    );
    expect(textAt(listed, "A45")).toBe("Nơi nhận:");
    expect(formatAt(listed, "A45")).toMatchObject({ bold: true, italic: true, fontSize: 12 });
    // "Như trên" points to a "Kính gửi" the appendix does not have.
    expect(textAt(listed, "A46")).toMatch(/^- Lưu: VT/);
    expect(formatAt(listed, "A46")).toMatchObject({ bold: false, fontSize: 11, hAlign: "left" });
  });

  it("prints a two-line signer title and the signing hint when asked", () => {
    const kt = signatureBlock(
      { ...settings, signerTitle: "KT. Giám đốc\nPhó Giám đốc", signatureHint: true },
      7,
      { widths, top: 1 },
    );
    const lines = texts(kt)
      .filter((t) => parseCell(t.address).col > 0)
      .map((t) => t.text);
    expect(lines).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Ký, ghi rõ họ tên, đóng dấu)"]);
  });

  it("leaves room to sign: the space rows are at least 18 pt each", () => {
    const title = parseCell(at("GIÁM ĐỐC")).row + 1;
    for (let r = title + 1; r <= title + SIGNATURE_SPACE_ROWS; r++) {
      expect(part.rowHeights[r]).toBeGreaterThanOrEqual(18);
    }
  });
});
