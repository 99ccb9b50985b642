/** The fake Excel with a user's big text sheet beside ours (issue 12: reads must fit 5 MB). */
import { createFakeExcel, newSheet, type FakeExcel } from "./fakeOffice";

export const BIG_SHEET = "Dữ liệu người dùng";

/** A user's sheet of 3,000 rows × 20 columns of Vietnamese text, beside our sheets. */
export function bigWorkbook(): FakeExcel {
  const fake = createFakeExcel();
  const sheet = newSheet(BIG_SHEET);
  for (let r = 0; r < 3000; r++) {
    for (let c = 0; c < 20; c++) {
      const address = `${String.fromCharCode(65 + c)}${r + 1}`;
      sheet.cells.set(address, {
        value: `Hồ sơ ${r + 1}.${c + 1}: tiếp nhận, giải quyết thủ tục hành chính đúng hạn`,
        formula: null,
        format: {},
      });
    }
  }
  fake.model.sheets.push(sheet);
  return fake;
}
