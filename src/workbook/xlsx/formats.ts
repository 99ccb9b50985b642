/**
 * Forms that are not .xlsx: LibreOffice's .ods and Excel 97–2003's .xls (.xlsm is an .xlsx
 * package with a macro part, which is never run: SheetJS is asked not to read it and nothing
 * of an input is ever written back).
 *
 * - .ods is a zip: it goes through the same zip guard as .xlsx (sizes from the central
 *   directory, bounded inflation); it is recognised by its `mimetype` part.
 * - .xls is an OLE compound file: refused above MAX_XLS_BYTES, and above MAX_XLS_SHEETS
 *   sheets counted from the workbook stream's sheet records, both before SheetJS parses it.
 * - What LibreOffice keeps: values, defined names (SheetJS leaves XML escapes in an .ods
 *   name's reference; they are decoded here) and hidden sheets (a very hidden `_cchc` becomes
 *   hidden; SheetJS does not read .ods visibility, so it is read from content.xml here). The
 *   `BaoCao` table becomes a plain range: the form is then found by its header texts.
 */
import type * as XLSX from "@e965/xlsx";
import type { SheetVisibility } from "../../domain/sheet";
import { containsUtf16, WorkbookReadError } from "./zipGuard";

/** Largest .xls read: a filled form is under 100 KB; 10 MB is a whole department's book. */
export const MAX_XLS_BYTES = 10 * 1024 * 1024;
/** Most sheets an .xls may have (a form has three). */
export const MAX_XLS_SHEETS = 64;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_TYPES = [
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.spreadsheet-template",
];

export const isOle = (d: Uint8Array): boolean =>
  d.length >= OLE_MAGIC.length && OLE_MAGIC.every((b, i) => d[i] === b);

/** Is this zip's content an OpenDocument spreadsheet (by its `mimetype` part)? */
export function isOdsPackage(part: (name: string) => Uint8Array | undefined): boolean {
  const mimetype = part("mimetype");
  return !!mimetype && ODS_TYPES.includes(new TextDecoder().decode(mimetype).trim());
}

const u16 = (d: Uint8Array, o: number) => d[o] | (d[o + 1] << 8);

/** Sheets listed in a BIFF workbook stream's globals (BoundSheet8 records before the first EOF). */
export function countBiffSheets(stream: Uint8Array): number {
  let count = 0;
  for (let p = 0; p + 4 <= stream.length;) {
    const type = u16(stream, p);
    const size = u16(stream, p + 2);
    if (type === 0x0085) count++;
    if (type === 0x000a) break; // EOF of the globals substream
    p += 4 + size;
  }
  return count;
}

/**
 * SheetJS's full build, loaded the first time an .xls is met: the reader's mini build has no
 * BIFF parser, and the full build costs start-up time nothing else needs.
 */
let full: typeof XLSX | undefined;
function sheetJsFull(): typeof XLSX {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  full ??= require("@e965/xlsx") as typeof XLSX;
  return full;
}

/** How SheetJS reads a workbook, for every format (readWorkbookFile.ts too). */
export const SHEETJS_OPTIONS: XLSX.ParsingOptions = {
  dense: false,
  cellDates: false,
  cellNF: true,
  cellFormula: true,
  cellStyles: false,
  cellHTML: false,
  cellText: false,
  sheetStubs: true,
  bookVBA: false,
};

/** SheetJS prints to console.error while parsing .ods number formats; a CLI's output stays clean. */
export function quietly<T>(fn: () => T): T {
  const error = console.error;
  console.error = () => undefined;
  try {
    return fn();
  } finally {
    console.error = error;
  }
}

/**
 * An .xls workbook parsed after its guards, or null when `data` is not an OLE file. An OLE
 * file that holds an encrypted .xlsx is refused as "encrypted", one without a workbook stream
 * (a Word 97 document) as "not-xlsx".
 */
export function readLegacyXls(data: Uint8Array): XLSX.WorkBook | null {
  if (!isOle(data)) return null;
  if (data.length > MAX_XLS_BYTES) {
    throw new WorkbookReadError(
      "too-large",
      `The workbook is ${Math.ceil(data.length / 1048576)} MB, more than ${MAX_XLS_BYTES / 1048576} MB (limit for .xls files).`,
    );
  }
  // Excel saves a password-protected .xlsx as an OLE file holding "EncryptedPackage".
  if (containsUtf16(data, "EncryptedPackage") || containsUtf16(data, "EncryptionInfo")) {
    throw new WorkbookReadError("encrypted", "The workbook is password-protected (encrypted).");
  }
  let streams: { name: string; content: Uint8Array }[];
  try {
    const cfb = sheetJsFull().CFB.read(data, { type: "array" }) as {
      FileIndex: { name: string; content?: ArrayLike<number> }[];
    };
    streams = cfb.FileIndex.map((e) => ({
      name: e.name,
      content: e.content ? Uint8Array.from(e.content) : new Uint8Array(0),
    }));
  } catch (err) {
    throw new WorkbookReadError("corrupt", "Damaged OLE compound file.", { cause: err });
  }
  const book = streams.find((s) => s.name === "Workbook" || s.name === "Book");
  if (!book) {
    throw new WorkbookReadError(
      "not-xlsx",
      "The OLE file is not an Excel workbook (no workbook stream).",
    );
  }
  const sheets = countBiffSheets(book.content);
  if (sheets > MAX_XLS_SHEETS) {
    throw new WorkbookReadError(
      "too-large",
      `The workbook has ${sheets} sheets (limit ${MAX_XLS_SHEETS} for .xls files).`,
    );
  }
  try {
    return quietly(() => sheetJsFull().read(data, { ...SHEETJS_OPTIONS, type: "array" }));
  } catch (err) {
    if (/password|encrypt/i.test((err as Error).message)) {
      throw new WorkbookReadError("encrypted", "The workbook is password-protected (encrypted).");
    }
    throw new WorkbookReadError(
      "corrupt",
      `The workbook cannot be read: ${(err as Error).message}`,
      { cause: err },
    );
  }
}

const XML_ENTITIES: Record<string, string> = {
  "&apos;": "'",
  "&quot;": '"',
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
};
const decodeEntities = (s: string): string =>
  s.replace(/&(?:apos|quot|lt|gt|amp);/g, (m) => XML_ENTITIES[m]);

/** The sheets of an .ods package and whether each is shown (table:display="false" hides one). */
export function odsVisibility(files: Record<string, Uint8Array>): Map<string, SheetVisibility> {
  const xml = files["content.xml"] ? new TextDecoder().decode(files["content.xml"]) : "";
  const hiddenStyles = new Set<string>();
  for (const m of xml.matchAll(/<style:style\b([^>]*)>([\s\S]*?)<\/style:style>/g)) {
    const name = /style:name="([^"]*)"/.exec(m[1])?.[1];
    if (name && /table:display="false"/.test(m[2])) hiddenStyles.add(name);
  }
  const out = new Map<string, SheetVisibility>();
  for (const m of xml.matchAll(/<table:table\b([^>]*)>/g)) {
    const name = /table:name="([^"]*)"/.exec(m[1])?.[1];
    if (name === undefined) continue;
    const style = /table:style-name="([^"]*)"/.exec(m[1])?.[1];
    out.set(decodeEntities(name), style && hiddenStyles.has(style) ? "hidden" : "visible");
  }
  return out;
}

/** What SheetJS gives for an .ods, made to look like what it gives for an .xlsx. */
export function fixOdsWorkbook(wb: XLSX.WorkBook, files: Record<string, Uint8Array>): void {
  const visibility = odsVisibility(files);
  wb.Workbook ??= {};
  wb.Workbook.Sheets = wb.SheetNames.map((name) => ({
    name,
    Hidden: visibility.get(name) === "hidden" ? 1 : 0,
  }));
  for (const n of wb.Workbook.Names ?? []) n.Ref = decodeEntities(n.Ref);
}
