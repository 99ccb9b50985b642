import {
  checkLayout,
  checkLayoutIssues,
  hasPageNumber,
  headerSections,
  officialPageLayout,
  printableWidthMm,
} from "../../src/domain/print";
import type { PageLayout } from "../../src/domain/sheet";

// Nghị định 30/2020/NĐ-CP, Phụ lục I: the ranges a printed page must respect.
const DECREE = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;

describe("officialPageLayout", () => {
  const layout = officialPageLayout({ titleRows: "$9:$9", printArea: "$A$1:$K$60" });

  it("prints A4, landscape by default, portrait on request", () => {
    expect(layout.paper).toBe("A4");
    expect(layout.orientation).toBe("landscape");
    expect(officialPageLayout({ orientation: "portrait" }).orientation).toBe("portrait");
  });

  it("keeps every margin inside the decree's range and the page number inside the top margin", () => {
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const [min, max] = DECREE[side];
      expect(layout.margins[side]).toBeGreaterThanOrEqual(min);
      expect(layout.margins[side]).toBeLessThanOrEqual(max);
    }
    expect(layout.margins.header).toBeGreaterThan(0);
    expect(layout.margins.header).toBeLessThan(layout.margins.top);
  });

  it("fits one page wide and repeats the table header rows", () => {
    expect(layout.fitToWidth).toBe(true);
    expect(layout.printTitleRows).toBe("$9:$9");
    expect(layout.printArea).toBe("$A$1:$K$60");
  });

  it("numbers pages from the second, centred in the header, in Times New Roman", () => {
    const header = headerSections(layout.header ?? "");
    expect(hasPageNumber(header.center)).toBe(true);
    expect(header.center).toContain('&"Times New Roman,Regular"');
    expect(header.left + header.right).toBe("");
    expect(layout.differentFirst).toBe(true);
    expect(hasPageNumber(layout.firstHeader ?? "")).toBe(false);
    expect(hasPageNumber(layout.firstFooter ?? "")).toBe(false);
    expect(hasPageNumber(layout.footer ?? "")).toBe(false);
  });

  it("passes its own check", () => {
    expect(checkLayout(layout)).toEqual([]);
  });
});

describe("headerSections", () => {
  it("splits left, centre and right and defaults to the centre", () => {
    expect(headerSections("&P")).toEqual({ left: "", center: "&P", right: "" });
    const s = headerSections('&LTrái&C&"Arial,Bold"&12Giữa&RPhải');
    expect(s).toEqual({ left: "Trái", center: '&"Arial,Bold"&12Giữa', right: "Phải" });
  });

  it("does not read an escaped ampersand or a font name as a page number", () => {
    expect(hasPageNumber("&&P")).toBe(false);
    expect(hasPageNumber('&"Pala&Pino,Bold"x')).toBe(false);
    expect(hasPageNumber("Trang &P")).toBe(true);
    expect(hasPageNumber("&&&P")).toBe(true);
  });
});

describe("checkLayout", () => {
  const good = (): PageLayout => officialPageLayout({ titleRows: "$9:$9" });
  const codes = (l: PageLayout) => checkLayoutIssues(l).map((i) => i.code);

  it("flags margins outside the decree's ranges, naming the side", () => {
    const l = good();
    l.margins = { ...l.margins, left: 25, bottom: 26 };
    const issues = checkLayoutIssues(l);
    expect(issues.map((i) => i.params?.side)).toEqual(["bottom", "left"]);
    const messages = checkLayout(l);
    expect(messages[1]).toContain("Lề trái 25 mm");
    expect(messages[1]).toContain("30–35 mm");
    expect(checkLayout(l, "en")[1]).toContain("left margin of 25 mm");
  });

  it("flags a page number on page 1", () => {
    const l = { ...good(), differentFirst: false };
    expect(codes(l)).toEqual(["pageNumberOnFirstPage"]);
    expect(codes({ ...good(), firstHeader: "&C&P" })).toEqual(["pageNumberOnFirstPage"]);
  });

  it("flags a page number that is missing, off-centre, in another font or in the footer", () => {
    expect(codes({ ...good(), header: "&R&P" })).toEqual(["pageNumberMissing"]);
    expect(codes({ ...good(), header: "&C&P" })).toEqual(["pageNumberFont"]);
    expect(codes({ ...good(), header: '&C&"Arial,Regular"&P' })).toEqual(["pageNumberFont"]);
    expect(codes({ ...good(), footer: "&C&P" })).toEqual(["pageNumberInFooter"]);
  });

  it("flags a header distance that leaves the top margin, no fit to width, no repeated rows", () => {
    const l = good();
    l.margins = { ...l.margins, header: 22 };
    expect(codes(l)).toEqual(["headerMargin"]);
    expect(codes({ ...good(), fitToWidth: false })).toEqual(["fitToWidth"]);
    expect(codes({ ...good(), printTitleRows: undefined })).toEqual(["printTitles"]);
  });

  it("flags paper other than A4", () => {
    const l = { ...good(), paper: "Letter" } as unknown as PageLayout;
    expect(checkLayout(l)).toEqual(["Khổ giấy phải là A4 (đang đặt Letter)."]);
  });
});

describe("printableWidthMm", () => {
  it("is the paper width less the left and right margins", () => {
    expect(printableWidthMm("landscape")).toBe(297 - 30 - 15);
    expect(printableWidthMm("portrait")).toBe(210 - 30 - 15);
  });
});
