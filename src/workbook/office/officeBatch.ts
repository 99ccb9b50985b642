/**
 * Excel on the web refuses a request or a response over 5 MB. The adapter keeps each sync
 * under a budget well below that: writes are counted as they are queued and a sync is made
 * when the next one would pass the budget; reads are cut into row slices sized from what a
 * cell costs (estimated first, then measured on what came back).
 */

/** Bytes per sync the adapter aims for: a fifth of Excel on the web's 5 MB limit. */
export const SYNC_BUDGET = 1_000_000;

/** Office.js request overhead per queued operation (object path, method, ids), roughly. */
export const OPERATION_BYTES = 100;

/** UTF-8 length of a string: Vietnamese text is 1-3 bytes a character. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** What a value costs as JSON in a request or response. */
export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v) ?? "");
}

/**
 * First guess of a cell's cost in a read response, per loaded property: a text of ~40
 * characters, "General", "String", a formula as long as the text, a font record. The
 * adapter corrects it from the first slice that comes back.
 */
export const CELL_BYTES = { values: 64, numberFormat: 12, valueTypes: 10, formulas: 64, fonts: 48 };

/**
 * The first slice of a sheet is sized before anything of it is known, with its texts (values
 * and formulas) at this many times CELL_BYTES: about 100 Vietnamese characters a cell. Number
 * formats, value types and font names vary little. So the first slice keeps within the budget
 * unless its cells' texts are longer than that on average.
 */
export const FIRST_SLICE_TEXT_FACTOR = 2;

/** Rows per slice so that `rowBytes` a row stays within `budget` (at least one row). */
export function rowsPerSlice(rowBytes: number, budget = SYNC_BUDGET): number {
  return Math.max(1, Math.floor(budget / Math.max(1, rowBytes)));
}

/**
 * Counts what is queued on a context and syncs before the budget would be passed, so a big
 * edit goes out in several syncs, each under the budget: syncs grow with the payload, not
 * with the rows.
 */
export class SyncBudget {
  private pending = 0;
  /** Syncs made because the budget was reached. */
  flushes = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    readonly budget = SYNC_BUDGET,
  ) {}

  /** Make room for `bytes` more: syncs what is queued first when they would not fit (returns true then). */
  async room(bytes: number): Promise<boolean> {
    let synced = false;
    if (this.pending > 0 && this.pending + bytes > this.budget) {
      await this.sync();
      this.flushes++;
      this.pending = 0;
      synced = true;
    }
    this.pending += bytes;
    return synced;
  }
}
