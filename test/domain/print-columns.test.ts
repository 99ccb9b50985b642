import fc from "fast-check";
import {
  fitColumns,
  maxDigitWidthPx,
  MIN_COLUMN_WIDTH,
  mmToPx,
  printablePx,
  totalPx,
} from "../../src/domain/print";

// A4 less the decree's chosen margins (left 30, right 15), in pixels at 96 dpi.
const LANDSCAPE_PX = mmToPx(297 - 30 - 15);
const PORTRAIT_PX = mmToPx(210 - 30 - 15);

describe("maxDigitWidthPx (Excel's column unit)", () => {
  it("matches Excel's digit widths for common Normal fonts", () => {
    expect(maxDigitWidthPx()).toBe(7); // Calibri 11
    expect(maxDigitWidthPx("Times New Roman", 12)).toBe(8);
    expect(maxDigitWidthPx("Times New Roman", 13)).toBe(9);
    expect(maxDigitWidthPx("Arial", 10)).toBe(7);
  });
});

describe("fitColumns", () => {
  it("fills the landscape width with a typical summary table, keeping proportions", () => {
    const widths = [5, 45, 12, 12, 12, 14, 20];
    const fitted = fitColumns(widths, "landscape");
    const px = totalPx(fitted, 8);
    expect(px).toBeLessThanOrEqual(LANDSCAPE_PX);
    expect(px).toBeGreaterThan(LANDSCAPE_PX * 0.95);
    expect(fitted[1] / fitted[0]).toBeCloseTo(45 / 5, 1);
  });

  it("fits portrait into a narrower page than landscape", () => {
    const widths = [5, 45, 12, 12];
    const portrait = fitColumns(widths, "portrait");
    expect(totalPx(portrait, 8)).toBeLessThanOrEqual(PORTRAIT_PX);
    expect(totalPx(portrait, 8)).toBeGreaterThan(PORTRAIT_PX * 0.95);
    expect(totalPx(fitColumns(widths, "landscape"), 8)).toBeGreaterThan(totalPx(portrait, 8));
  });

  it("gives fewer units when the workbook's Normal font is wider (Times New Roman 13)", () => {
    const fitted = fitColumns([10, 30, 10], "landscape", { digitWidthPx: 9 });
    expect(totalPx(fitted, 9)).toBeLessThanOrEqual(LANDSCAPE_PX);
    expect(totalPx(fitted, 9)).toBeGreaterThan(LANDSCAPE_PX * 0.95);
  });

  it("raises a tiny column to the minimum and takes the room from the others", () => {
    const fitted = fitColumns([0.5, 80, 60, -3, Number.NaN], "portrait");
    expect(fitted[0]).toBe(MIN_COLUMN_WIDTH);
    expect(fitted[3]).toBe(MIN_COLUMN_WIDTH);
    expect(fitted[4]).toBe(MIN_COLUMN_WIDTH);
    expect(totalPx(fitted, 8)).toBeLessThanOrEqual(PORTRAIT_PX);
  });

  it("falls back to the minimum everywhere when even that cannot fit", () => {
    const fitted = fitColumns(new Array(60).fill(10), "portrait");
    expect(new Set(fitted)).toEqual(new Set([MIN_COLUMN_WIDTH]));
  });

  it("keeps every column at least the minimum and the sum within the printable width", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 120, noNaN: true }), { minLength: 1, maxLength: 18 }),
        fc.constantFrom("landscape" as const, "portrait" as const),
        fc.constantFrom(7, 8, 9),
        (widths, orientation, digitWidthPx) => {
          const available = printablePx(orientation);
          // Only cases where the minimum widths fit at all.
          fc.pre(widths.length * MIN_COLUMN_WIDTH * digitWidthPx < available);
          const fitted = fitColumns(widths, orientation, { digitWidthPx });
          expect(fitted).toHaveLength(widths.length);
          for (const w of fitted) expect(w).toBeGreaterThanOrEqual(MIN_COLUMN_WIDTH);
          const px = totalPx(fitted, digitWidthPx);
          expect(px).toBeLessThanOrEqual(available);
          expect(px).toBeGreaterThan(available - widths.length * digitWidthPx);
          // A wider column stays at least as wide (give or take the final rounding).
          for (let i = 0; i < widths.length; i++) {
            for (let j = 0; j < widths.length; j++) {
              if (widths[i] > widths[j]) expect(fitted[i]).toBeGreaterThan(fitted[j] - 0.2);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
