/**
 * SheetJS's mini build: the same reader for .xlsx without the codepage tables and legacy
 * formats, so it loads in a fraction of the time. Its API is the package's, plus `parse_zip`
 * (a package given as parts, not bytes), which the typings leave out.
 */
declare module "@e965/xlsx/dist/xlsx.mini.min.js" {
  import type { ParsingOptions, WorkBook } from "@e965/xlsx";
  export * from "@e965/xlsx";
  /** Parse a package held as `{ files: { [path]: { name, type, content } } }`. */
  export function parse_zip(
    zip: { files: Record<string, unknown> },
    opts?: ParsingOptions,
  ): WorkBook;
}
