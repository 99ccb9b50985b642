/**
 * One check of a WorkbookEdit against the workbook as read, run by both adapters before they
 * write anything. Excel does not roll a batch back, so an edit that would fail half-way (a
 * table over another table, a name already taken, no visible sheet left) is refused whole,
 * with a message naming what clashes, and the workbook is left untouched.
 */
import { parseRange, sheetKey, type RangeBox } from "../../domain/address";
import type { DefinedName, SheetVisibility, WorkbookEdit } from "../../domain/sheet";
import { checkNameReference } from "./references";

/** What the check needs to know of the workbook before the edit. */
export interface WorkbookLayout {
  sheets: { name: string; visibility: SheetVisibility }[];
  /** Tables with their sheet and range ("A5:K40"; absent when unknown). */
  tables: { name: string; sheet: string; range?: string }[];
  names: Pick<DefinedName, "name">[];
}

const key = sheetKey;
const nameKey = (n: string) => n.toLowerCase();
const BAD_SHEET_CHARS = /[[\]:*?/\\]/;
/** Excel names: a letter, "_" or "\" first, then letters, digits, "_" and "."; not a cell. */
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const CELL_LIKE = /^(?:[A-Z]{1,3}\d+|R\d*C\d*|[RC])$/i;

const overlaps = (a: RangeBox, b: RangeBox) =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;

/** Excel adds a data row under a header-only table: the range it will really take. */
function tableBox(range: string): RangeBox {
  const b = parseRange(range);
  return { ...b, bottom: Math.max(b.bottom, b.top + 1) };
}

export function validateEdit(layout: WorkbookLayout, edit: WorkbookEdit): void {
  const existing = new Map(layout.sheets.map((s) => [key(s.name), s]));
  const deleted = new Set((edit.deleteSheets ?? []).map(key));
  const replaced = new Set(edit.sheets.filter((s) => s.mode === "replace").map((s) => key(s.name)));

  const seen = new Set<string>();
  for (const s of edit.sheets) {
    const n = s.name;
    if (!n.trim() || n.length > 31 || BAD_SHEET_CHARS.test(n) || /^'|'$/.test(n)) {
      throw new Error(
        `Sheet "${n}": not a valid sheet name (1 to 31 characters, none of [ ] : * ? / \\, no ' at either end)`,
      );
    }
    if (seen.has(key(n))) throw new Error(`Sheet "${n}" appears twice in one edit`);
    seen.add(key(n));
    if (s.mode === "create" && existing.has(key(n)) && !deleted.has(key(n))) {
      throw new Error(`Sheet "${n}" already exists`);
    }
    if (s.visibility !== undefined && s.visibility !== "visible" && s.activate) {
      throw new Error(`Sheet "${n}" is hidden and cannot be the active sheet`);
    }
  }

  // Tables that stay: not on a deleted or replaced sheet.
  const staying = layout.tables.filter(
    (t) => !deleted.has(key(t.sheet)) && !replaced.has(key(t.sheet)),
  );
  const newNames = new Set((edit.names ?? []).map((n) => nameKey(n.name)));
  const keptNames = layout.names.map((n) => n.name).filter((n) => !newNames.has(nameKey(n)));
  const added: { name: string; sheet: string; box: RangeBox }[] = [];

  for (const s of edit.sheets) {
    for (const t of s.tables ?? []) {
      const where = `Sheet "${s.name}" table "${t.name}"`;
      if (!NAME.test(t.name) || CELL_LIKE.test(t.name) || t.name.length > 255) {
        throw new Error(`${where}: not a valid table name`);
      }
      const box = tableBox(t.range);
      const width = box.right - box.left + 1;
      if (t.columns.length !== width) {
        throw new Error(`${where}: ${t.columns.length} column names for ${width} columns`);
      }
      const cols = new Set<string>();
      for (const c of t.columns) {
        const k = c.trim().toLowerCase();
        if (!k || cols.has(k)) throw new Error(`${where}: empty or repeated column "${c}"`);
        cols.add(k);
      }
      const twin = added.find((a) => nameKey(a.name) === nameKey(t.name));
      if (twin)
        throw new Error(
          `${where}: the edit makes two tables with this name (also on sheet "${twin.sheet}")`,
        );
      for (const other of staying) {
        const same = nameKey(other.name) === nameKey(t.name);
        const sameSheet = key(other.sheet) === key(s.name);
        // Re-applying a table on its own sheet (update mode) replaces it.
        if (same && !(sameSheet && s.mode !== "create")) {
          throw new Error(`${where}: a table with this name is already on sheet "${other.sheet}"`);
        }
        if (!same && sameSheet && other.range && overlaps(tableBox(other.range), box)) {
          throw new Error(`${where}: ${t.range} overlaps table "${other.name}" (${other.range})`);
        }
      }
      const clashName = [...keptNames, ...(edit.names ?? []).map((n) => n.name)].find(
        (n) => nameKey(n) === nameKey(t.name),
      );
      if (clashName)
        throw new Error(`${where}: the defined name "${clashName}" already uses this name`);
      const beside = added.find((a) => key(a.sheet) === key(s.name) && overlaps(a.box, box));
      if (beside)
        throw new Error(`${where}: ${t.range} overlaps table "${beside.name}" of the same edit`);
      added.push({ name: t.name, sheet: s.name, box });
    }
    for (const m of s.merges ?? []) {
      const box = parseRange(m);
      const table =
        added.find((a) => key(a.sheet) === key(s.name) && overlaps(a.box, box)) ??
        staying
          .filter((t) => key(t.sheet) === key(s.name) && t.range)
          .map((t) => ({ name: t.name, box: tableBox(t.range!) }))
          .find((t) => overlaps(t.box, box));
      if (table)
        throw new Error(`Sheet "${s.name}": cannot merge ${m} inside table "${table.name}"`);
    }
  }

  for (const n of edit.names ?? []) {
    if (!NAME.test(n.name) || CELL_LIKE.test(n.name))
      throw new Error(`Defined name "${n.name}": not a valid name`);
    checkNameReference(n.name, n.refersTo);
    const table = [...staying, ...added].find((t) => nameKey(t.name) === nameKey(n.name));
    if (table)
      throw new Error(
        `Defined name "${n.name}": table "${table.name}" on sheet "${table.sheet}" already uses this name`,
      );
  }

  // At least one visible sheet once the edit is done.
  const final = new Map<string, SheetVisibility>();
  for (const s of layout.sheets)
    if (!deleted.has(key(s.name))) final.set(key(s.name), s.visibility);
  for (const s of edit.sheets)
    final.set(key(s.name), s.visibility ?? final.get(key(s.name)) ?? "visible");
  if (final.size > 0 && ![...final.values()].includes("visible")) {
    throw new Error(
      "A workbook must keep at least one visible sheet: this edit would hide or delete them all",
    );
  }
}
