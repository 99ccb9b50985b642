/**
 * ExcelJS, loaded the first time a workbook is made or opened: it is the largest library here
 * (loading it costs more than parsing a hundred forms), and reading forms, the schedule and
 * `--help` never need it.
 *
 * In Node only ExcelJS's Workbook is loaded (lib/doc/workbook.js, the class its index
 * re-exports): its index also loads the streaming reader and writer, which this code never
 * uses, and that doubles the loading time. The browser build takes the package's own bundle
 * (webpack maps the Node path to nothing).
 */
import type * as ExcelJSModule from "exceljs";

type Api = Pick<typeof ExcelJSModule, "Workbook">;

let loaded: Api | undefined;

export function excelJs(): Api {
  // Synchronous, so XlsxWorkbook.create() stays synchronous for its callers.
  if (!loaded) {
    const inNode = typeof process !== "undefined" && !!process.versions?.node;
    loaded = inNode
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        { Workbook: require("exceljs/lib/doc/workbook.js") as Api["Workbook"] }
      : // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require("exceljs") as Api);
  }
  return loaded;
}
