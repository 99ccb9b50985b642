/**
 * Test helper: hand-made zip packages, including hostile ones. Entries carry their own declared
 * sizes so a test can make a package that lies about them.
 */
import zlib from "node:zlib";

export interface CraftEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: 0 | 8;
  /** The bytes as stored in the zip (already deflated for method 8). */
  stored: Uint8Array;
  /** Declared uncompressed size and CRC-32. */
  size: number;
  crc: number;
}

/** A normal entry from its content. */
export function entry(name: string, content: string | Uint8Array, deflate = true): CraftEntry {
  const data = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return {
    name,
    method: deflate ? 8 : 0,
    stored: deflate ? new Uint8Array(zlib.deflateRawSync(data)) : data,
    size: data.length,
    crc: zlib.crc32(data),
  };
}

/**
 * An entry that inflates to `megabytes` MB of zeros, built without allocating them: one
 * sync-flushed deflate block for 1 MB repeated, then an empty final block.
 */
export function zeroBomb(name: string, megabytes: number): CraftEntry {
  const mb = new Uint8Array(1 << 20);
  const block = zlib.deflateRawSync(mb, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const end = Uint8Array.of(0x03, 0x00); // final, fixed-Huffman block with only end-of-block
  const stored = new Uint8Array(block.length * megabytes + end.length);
  for (let i = 0; i < megabytes; i++) stored.set(block, i * block.length);
  stored.set(end, block.length * megabytes);
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = zlib.crc32(mb, crc);
  return { name, method: 8, stored, size: megabytes << 20, crc };
}

/** Assemble local headers, data, central directory and end record. */
export function craftZip(entries: CraftEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.set(name, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.stored.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    central.set(name, 46);
    locals.push(local, e.stored);
    centrals.push(central);
    offset += local.length + e.stored.length;
  }
  const dirSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;

/**
 * The workbook part and its relations for one sheet, xl/worksheets/sheet1.xml: with these, a
 * reader reaches the sheet part (it inflates only the parts a workbook leads it to).
 */
export function workbookEntries(): CraftEntry[] {
  return [
    entry(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    entry(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  ];
}
