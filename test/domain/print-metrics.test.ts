/**
 * The one wrapped-text row-height estimate (domain/print/metrics) that Chuẩn bị in, the
 * summary and the report form size their rows with.
 */
import {
  columnPx,
  DEFAULT_DIGIT_PX,
  PT_PER_PX,
  rowHeightFor,
  textWidthPt,
  wrappedLines,
  wrappedRowHeights,
  WRAP_SAFETY,
} from "../../src/domain/print";

/** One-letter words (about 8 pt each with the space) until the text is just under `pt` wide. */
function textOfWidth(pt: number): string {
  let text = "a";
  while (textWidthPt(`${text} ơ`, 12) < pt) text += " ơ";
  return text;
}

const cellPt = (width: number) => (columnPx(width, DEFAULT_DIGIT_PX) - 5) * PT_PER_PX;

test("a text that only just fits a cell's width gets a second line, for printers that wrap early", () => {
  const text = textOfWidth(cellPt(20));
  expect(textWidthPt(text, 12)).toBeLessThanOrEqual(cellPt(20));
  expect(textWidthPt(text, 12)).toBeGreaterThan(cellPt(20) * WRAP_SAFETY);
  expect(wrappedLines(text, 12, false, [20], 0)).toBe(2);
  // With room to spare it stays on one line.
  expect(wrappedLines(text, 12, false, [30], 0)).toBe(1);
});

test("merged columns hold a line together; rows are keyed 1-based and at least one line tall", () => {
  const text = textOfWidth(cellPt(20) * 1.5);
  expect(wrappedLines(text, 12, false, [20, 20], 0)).toBeGreaterThan(1);
  expect(wrappedLines(text, 12, false, [20, 20], 0, 1)).toBe(1);
  const heights = wrappedRowHeights(
    [
      { row: 8, cells: ["", text] },
      { row: 9, cells: [] },
      { row: 10, cells: [], minLines: 3 },
    ],
    [10, 20],
    12,
  );
  expect(heights).toEqual({
    9: rowHeightFor(wrappedLines(text, 12, false, [10, 20], 1), 12),
    10: rowHeightFor(1, 12),
    11: rowHeightFor(3, 12),
  });
  expect(heights[9]).toBeGreaterThan(heights[10]);
});
