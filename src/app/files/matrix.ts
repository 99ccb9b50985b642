/** "Chèn bảng phân công nhiệm vụ" on a file: the same use-case over the xlsx adapter (CLI, browser). */
import { XlsxWorkbook } from "../../workbook/xlsx";
import { insertMatrix, type InsertMatrixOptions, type InsertMatrixResult } from "../matrix";
import { DEFAULT_NORMAL_FONT, type PrintSettings } from "../../domain/print";
import { preparePrint } from "../preparePrint";

export interface MatrixFileOptions extends InsertMatrixOptions {
  /** Printed names, date, signer (the pane's print settings); the defaults otherwise. */
  print?: Partial<PrintSettings>;
  /** A workbook to insert into (its matrix is merged, like in Excel); a new one when absent. */
  base?: Uint8Array;
}

/** The matrix as an .xlsx file, and what was inserted. */
export async function matrixFileWithResult(
  opts: MatrixFileOptions,
): Promise<{ bytes: Uint8Array; result: InsertMatrixResult }> {
  // The matrix's widths are fitted under a Times New Roman 12 Normal style, a base file's too.
  const font = { normalFont: DEFAULT_NORMAL_FONT };
  const wb = opts.base ? await XlsxWorkbook.load(opts.base, font) : XlsxWorkbook.create(font);
  const result = await insertMatrix(wb, opts);
  // The file prints as the pane's "Chuẩn bị in" makes it print: the same code, same settings.
  await preparePrint(wb, {
    kind: "matrix",
    plan: opts.plan,
    registry: opts.registry,
    settings: opts.print,
    lang: opts.lang,
  });
  const bytes = await wb.toBuffer();
  return { bytes, result };
}

/** The matrix as an .xlsx file (for the CLI and the browser). */
export async function matrixFile(opts: MatrixFileOptions): Promise<Uint8Array> {
  return (await matrixFileWithResult(opts)).bytes;
}
