/** Small pure pieces both adapters rely on. */
import { columnWidthPoints, needsTextGuard, splitHeaderFooter } from "../../src/workbook/office";
import { dateToSerial, isDateFormat, serialToDate } from "../../src/workbook/xlsx";
import { absolutePrintArea } from "../../src/workbook/xlsx/pageSetup";

test("date serials: 04/03/2020 is 43894, both ways, in any time zone", () => {
  const d = new Date(Date.UTC(2020, 2, 4));
  expect(dateToSerial(d)).toBe(43894);
  expect(serialToDate(43894)).toEqual(d);
  expect(serialToDate(43894.5)).toEqual(new Date(Date.UTC(2020, 2, 4, 12)));
  expect(serialToDate(42432, true)).toEqual(d); // 1904 date system
});

test("date formats are told apart from number formats", () => {
  for (const f of [
    "dd/mm/yyyy",
    "m/d/yy",
    "[$-42A]d mmmm yyyy",
    "h:mm AM/PM",
    "[h]:mm:ss",
    "yyyy-mm-dd",
  ]) {
    expect([f, isDateFormat(f)]).toEqual([f, true]);
  }
  for (const f of [
    "General",
    "#,##0",
    "0.00%",
    '#,##0 "đồng"',
    "[Red]#,##0;-#,##0",
    "@",
    "0.00E+00",
    "",
  ]) {
    expect([f, isDateFormat(f)]).toEqual([f, false]);
  }
});

test("header/footer codes split into the three sections Office.js sets", () => {
  expect(splitHeaderFooter("&C&P")).toEqual({ left: "", center: "&P", right: "" });
  expect(splitHeaderFooter("&LUBND&RTrang &P/&N")).toEqual({
    left: "UBND",
    center: "",
    right: "Trang &P/&N",
  });
  expect(splitHeaderFooter('Giữa &"Times New Roman,Bold"đậm && xong')).toEqual({
    left: "",
    center: 'Giữa &"Times New Roman,Bold"đậm && xong',
    right: "",
  });
});

test("text Excel would retype gets the apostrophe, plain Vietnamese text does not", () => {
  for (const s of [
    "=A1",
    "+84",
    "-",
    "@x",
    "'a",
    "001",
    "1/2",
    "12%",
    "TRUE",
    "#REF!",
    "Mar 2020",
    " 5 ",
  ]) {
    expect([s, needsTextGuard(s)]).toEqual([s, true]);
  }
  for (const s of [
    "Sở Nội vụ",
    "II.2.a",
    "Quý I năm 2020",
    "UBND huyện Văn Yên",
    "cuộc",
    "2020-Q1 báo cáo",
  ]) {
    expect([s, needsTextGuard(s)]).toEqual([s, false]);
  }
});

test("column width: Excel's default 8.43 characters is 64 px = 48 pt", () => {
  expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
});

test("print areas are written with absolute rows", () => {
  expect(absolutePrintArea("A1:K40")).toBe("A$1:K$40");
  expect(absolutePrintArea("B2")).toBe("B$2:B$2");
  expect(absolutePrintArea("A$1:K$40")).toBe("A$1:K$40");
});
