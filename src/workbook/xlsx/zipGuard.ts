/**
 * Open an .xlsx package without trusting it. Forms arrive by e-mail from many offices, so a
 * reader must refuse, with a reason a user can act on, anything that is not a plain workbook:
 * a password-protected file, an old .xls, a damaged download, or a zip bomb. Sizes are checked
 * from the zip's central directory before anything is inflated, and every entry is inflated into
 * a buffer of the size it declared and refused when it makes more (see inflateEntry).
 */
import { Inflate, inflateSync } from "fflate";
import { isOdsPackage } from "./formats";

export type WorkbookReadErrorCode = "too-large" | "not-xlsx" | "encrypted" | "corrupt";

/** A file the reader refuses; `code` lets callers give a Vietnamese reason. */
export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";
  constructor(
    readonly code: WorkbookReadErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ZipLimits {
  /** Total declared uncompressed size of all entries. Default 50 MB. */
  maxUncompressedBytes?: number;
  /** Largest uncompressed/compressed ratio allowed for an entry over 1 MB. Default 200. */
  maxCompressionRatio?: number;
  /** Most entries in the package. Default 5,000. */
  maxEntries?: number;
}

export const DEFAULT_MAX_UNCOMPRESSED = 50 * 1024 * 1024;
const DEFAULT_MAX_RATIO = 200;
const DEFAULT_MAX_ENTRIES = 5000;
/** Small entries may compress very well (an empty sheet's XML); the ratio rule starts here. */
const RATIO_FLOOR = 1024 * 1024;
/**
 * Compressed bytes inflated at a time (and the largest part inflated in one call): with deflate's
 * ratio of at most about 1,032 : 1, one step makes at most ~17 MB before it is checked.
 */
const STEP = 16 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (d: Uint8Array, o: number) => d[o] | (d[o + 1] << 8);
const u32 = (d: Uint8Array, o: number) =>
  (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24)) >>> 0;
const u64 = (d: Uint8Array, o: number) => u32(d, o) + u32(d, o + 4) * 2 ** 32;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(d: Uint8Array, bytes: number[]): boolean {
  return d.length >= bytes.length && bytes.every((b, i) => d[i] === b);
}

/** Does the byte string contain `text` as UTF-16LE (how OLE directory entries store names)? */
export function containsUtf16(d: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= d.length; i++) {
    for (let j = 0; j < needle.length; j++) if (d[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Refuse what is plainly not a zip package, before any parsing. */
export function sniff(data: Uint8Array): void {
  if (startsWith(data, OLE_MAGIC)) {
    // Excel saves a password-protected .xlsx as an OLE container holding "EncryptedPackage";
    // any other OLE file is a legacy binary document (.xls).
    if (containsUtf16(data, "EncryptedPackage") || containsUtf16(data, "EncryptionInfo")) {
      throw new WorkbookReadError("encrypted", "The workbook is password-protected (encrypted).");
    }
    throw new WorkbookReadError(
      "not-xlsx",
      "The file is an old binary workbook (.xls), not an .xlsx package; save it as .xlsx.",
    );
  }
  if (!startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    throw new WorkbookReadError(
      "not-xlsx",
      "The file is not an .xlsx workbook (not a zip package).",
    );
  }
}

/** Read the central directory. Throws "corrupt" when it is missing or inconsistent. */
export function listZip(data: Uint8Array): ZipEntry[] {
  const corrupt = (why: string) => new WorkbookReadError("corrupt", `Damaged zip package: ${why}.`);
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
    if (u32(data, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no end-of-directory record (truncated file?)");
  let count = u16(data, eocd + 10);
  let dirOffset = u32(data, eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u32(data, locator) === 0x07064b50) {
    const z = u64(data, locator + 8);
    if (z + 56 > data.length || u32(data, z) !== 0x06064b50) throw corrupt("bad zip64 record");
    count = u64(data, z + 32);
    dirOffset = u64(data, z + 48);
  }
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || u32(data, p) !== 0x02014b50) throw corrupt("bad directory entry");
    const flags = u16(data, p + 8);
    const method = u16(data, p + 10);
    let compressedSize = u32(data, p + 20);
    let size = u32(data, p + 24);
    const nameLen = u16(data, p + 28);
    const extraLen = u16(data, p + 30);
    const commentLen = u16(data, p + 32);
    let localOffset = u32(data, p + 42);
    if (p + 46 + nameLen + extraLen > data.length) throw corrupt("directory entry past the end");
    const name = decoder.decode(data.subarray(p + 46, p + 46 + nameLen));
    // Zip64 extra field: the 64-bit values appear in order for each field that is 0xFFFFFFFF.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(data, e);
      const len = u16(data, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = u64(data, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(data, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(data, q);
      }
      e += 4 + len;
    }
    entries.push({ name, method, encrypted: (flags & 1) === 1, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Check the declared sizes against the limits; nothing is inflated. */
export function checkDeclaredSizes(entries: ZipEntry[], limits: ZipLimits = {}): void {
  const maxTotal = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED;
  const maxRatio = limits.maxCompressionRatio ?? DEFAULT_MAX_RATIO;
  const maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  if (entries.length > maxEntries) {
    throw new WorkbookReadError(
      "too-large",
      `The package has ${entries.length} parts (limit ${maxEntries}).`,
    );
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > maxTotal) {
      throw new WorkbookReadError(
        "too-large",
        `The workbook unpacks to more than ${mb(maxTotal)} (limit ${mb(maxTotal)}).`,
      );
    }
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size > RATIO_FLOOR && ratio > maxRatio) {
      throw new WorkbookReadError(
        "too-large",
        `Part "${entry.name}" expands ${Math.round(ratio)} times (limit ${maxRatio}): refused as a zip bomb.`,
      );
    }
  }
}

/**
 * Inflate one entry into a buffer of its declared size, refusing it when it inflates to more
 * (a zip that lies about its sizes) or less.
 *
 * Most parts of a form are a few KB: they are inflated in one call into a buffer one byte larger
 * than declared, so a part that overflows it fills that byte and is caught. Writes past the
 * buffer are dropped, so memory stays at the declared size whatever the part holds; the work is
 * bounded by the part's compressed size (deflate expands at most about 1,032 times).
 * Larger parts are inflated in steps of STEP compressed bytes, checked after each step, so a
 * lying part stops after at most about 1,032 × STEP bytes of work.
 */
function inflateEntry(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const corrupt = (why: string) =>
    new WorkbookReadError("corrupt", `Damaged zip package: part "${entry.name}" ${why}.`);
  const lh = entry.localOffset;
  if (lh + 30 > data.length || u32(data, lh) !== 0x04034b50) throw corrupt("has no local header");
  const start = lh + 30 + u16(data, lh + 26) + u16(data, lh + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw corrupt("runs past the end of the file");
  const input = data.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw corrupt("has inconsistent sizes");
    return input.slice();
  }
  if (entry.method !== 8) throw corrupt(`uses unsupported compression method ${entry.method}`);
  // fflate hands back the whole output buffer for empty input: nothing was inflated.
  if (input.length === 0) {
    if (entry.size === 0) return new Uint8Array(0);
    throw corrupt("is smaller than its declared size");
  }
  let written: number;
  let out: Uint8Array;
  try {
    if (input.length <= STEP) {
      ({ out, written } = inflateOnce(input, entry.size));
    } else {
      ({ out, written } = inflateInSteps(input, entry.size));
    }
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw new WorkbookReadError(
      "corrupt",
      `Damaged zip package: part "${entry.name}" does not inflate.`,
      { cause: err },
    );
  }
  if (written > entry.size) throw corrupt("is larger than its declared size");
  if (written < entry.size) throw corrupt("is smaller than its declared size");
  return out;
}

/**
 * Inflate `input` in one call into a buffer of `size` + 1 bytes; `written` is `size` + 1 when it
 * makes more than `size`. fflate drops bytes past the buffer, except in a stored block, which it
 * copies with Uint8Array.set: that throws a RangeError, and only when the buffer overflows.
 */
function inflateOnce(input: Uint8Array, size: number): { out: Uint8Array; written: number } {
  let out: Uint8Array;
  try {
    out = inflateSync(input, { out: new Uint8Array(size + 1) });
  } catch (err) {
    // By name: typed arrays may come from another realm (a test runner's, a worker's).
    if ((err as Error)?.name === "RangeError") return { out: new Uint8Array(0), written: size + 1 };
    throw err;
  }
  return { out: out.subarray(0, size), written: out.length };
}

/** Inflate `input` in steps into a buffer of `size` bytes; `written` counts every byte made. */
function inflateInSteps(input: Uint8Array, size: number): { out: Uint8Array; written: number } {
  const out = new Uint8Array(size);
  let written = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length <= size) out.set(chunk, written);
    written += chunk.length;
    if (final) done = true;
  });
  for (let o = 0; o < input.length && !done && written <= size; o += STEP) {
    inflater.push(input.subarray(o, Math.min(o + STEP, input.length)), o + STEP >= input.length);
  }
  return { out, written };
}

/** A checked package whose parts are inflated when first asked for, each at most once. */
export interface CheckedPackage {
  /** The part names (folders left out), in directory order. */
  names: string[];
  /** One part's bytes (inflated under its declared size on first use), or undefined. */
  part(name: string): Uint8Array | undefined;
  /** Names of the parts inflated so far. */
  inflated(): string[];
}

/**
 * Sniff, list and check the declared sizes, and check the content types; nothing else is
 * inflated until asked for, so parts a reader never uses (images, printer settings, themes)
 * cost nothing and no part is inflated twice.
 */
export function openChecked(data: Uint8Array, limits: ZipLimits = {}): CheckedPackage {
  sniff(data);
  const entries = listZip(data);
  checkDeclaredSizes(entries, limits);
  if (entries.some((e) => e.encrypted)) {
    throw new WorkbookReadError("encrypted", "The zip package has encrypted parts.");
  }
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) if (!entry.name.endsWith("/")) byName.set(entry.name, entry);
  const done = new Map<string, Uint8Array>();
  const pkg: CheckedPackage = {
    names: [...byName.keys()],
    part(name) {
      let bytes = done.get(name);
      if (bytes) return bytes;
      const entry = byName.get(name);
      if (!entry) return undefined;
      bytes = inflateEntry(data, entry);
      done.set(name, bytes);
      return bytes;
    },
    inflated: () => [...done.keys()],
  };
  const types = pkg.part("[Content_Types].xml");
  const typesText = types ? new TextDecoder().decode(types) : "";
  const spreadsheet = /\.(?:sheet|template)(?:\.macroEnabled)?\.main\+xml/.test(typesText);
  if (!spreadsheet && !isOdsPackage(pkg.part)) {
    throw new WorkbookReadError(
      "not-xlsx",
      "The zip package is not an Excel workbook (no spreadsheet part in [Content_Types].xml).",
    );
  }
  return pkg;
}

/** Every part of a checked package, inflated: see openChecked. */
export function unzipChecked(data: Uint8Array, limits: ZipLimits = {}): Record<string, Uint8Array> {
  const pkg = openChecked(data, limits);
  const files: Record<string, Uint8Array> = {};
  for (const name of pkg.names) files[name] = pkg.part(name)!;
  return files;
}
