/**
 * The few things read straight from the package XML that SheetJS CE leaves out: Excel tables
 * (name and range per sheet) and cell font names (TCVN3 capitals depend on ".VnTimeH").
 * A small attribute parser is enough: these parts are flat lists of elements.
 */

type Parts = Record<string, Uint8Array>;

const decoder = new TextDecoder();

export function partText(parts: Parts, path: string): string | undefined {
  const bytes = parts[path];
  return bytes ? decoder.decode(bytes) : undefined;
}

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    const code = k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });
}

/** Attributes of one start tag's attribute text; prefixes are dropped ("r:id" -> "id"). */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const key = m[1].includes(":") ? m[1].slice(m[1].indexOf(":") + 1) : m[1];
    out[key] = decodeXml(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** Every start tag <tag ...> (any namespace prefix) with its attributes. */
export function elements(xml: string, tag: string): Record<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${tag}(?=[\\s/>])([^>]*)>`, "g");
  return [...xml.matchAll(re)].map((m) => attributes(m[1]));
}

/** Resolve a relationship target against the folder of the part that owns it. */
export function resolveTarget(ownerPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerPath.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

function relsPath(partPath: string): string {
  const i = partPath.lastIndexOf("/");
  return `${partPath.slice(0, i + 1)}_rels/${partPath.slice(i + 1)}.rels`;
}

/** Relationships of a part: id -> {type, target path}. */
export function relationships(
  parts: Parts,
  partPath: string,
): Map<string, { type: string; path: string }> {
  const map = new Map<string, { type: string; path: string }>();
  const xml = partText(parts, relsPath(partPath));
  if (!xml) return map;
  for (const rel of elements(xml, "Relationship")) {
    if (!rel.Id || !rel.Target || rel.TargetMode === "External") continue;
    map.set(rel.Id, { type: rel.Type ?? "", path: resolveTarget(partPath, rel.Target) });
  }
  return map;
}

/** The workbook part's path from the package relationships (normally "xl/workbook.xml"). */
export function workbookPath(parts: Parts): string {
  const xml = partText(parts, "_rels/.rels") ?? "";
  const rel = elements(xml, "Relationship").find((r) => /\/officeDocument$/.test(r.Type ?? ""));
  return rel?.Target ? resolveTarget("", rel.Target) : "xl/workbook.xml";
}

/** Sheet name -> worksheet part path. */
export function sheetPaths(parts: Parts): Map<string, string> {
  const wbPath = workbookPath(parts);
  const rels = relationships(parts, wbPath);
  const out = new Map<string, string>();
  for (const sheet of elements(partText(parts, wbPath) ?? "", "sheet")) {
    const rel = sheet.id ? rels.get(sheet.id) : undefined;
    if (sheet.name && rel) out.set(sheet.name, rel.path);
  }
  return out;
}

export interface TablePart {
  name: string;
  range: string;
}

/** Excel tables per sheet name, read from xl/tables/*.xml through the sheet relationships. */
export function tablesBySheet(parts: Parts): Map<string, TablePart[]> {
  const out = new Map<string, TablePart[]>();
  for (const [sheet, path] of sheetPaths(parts)) {
    const tables: TablePart[] = [];
    for (const rel of relationships(parts, path).values()) {
      if (!/\/table$/.test(rel.type)) continue;
      const xml = partText(parts, rel.path);
      const table = xml ? elements(xml, "table")[0] : undefined;
      const name = table?.displayName || table?.name;
      if (name && table?.ref) tables.push({ name, range: table.ref });
    }
    out.set(sheet, tables);
  }
  return out;
}

/** Font name of each cell style (cellXfs index -> font name). */
function styleFonts(parts: Parts, wbPath: string): string[] {
  const rel = [...relationships(parts, wbPath).values()].find((r) => /\/styles$/.test(r.type));
  const xml = partText(parts, rel?.path ?? "xl/styles.xml") ?? "";
  const section = (tag: string) =>
    new RegExp(`<(?:[\\w.-]+:)?${tag}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${tag}>`).exec(
      xml,
    )?.[1] ?? "";
  const fontNames = [
    ...section("fonts").matchAll(
      /<(?:[\w.-]+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?font>)/g,
    ),
  ].map((m) => elements(m[1] ?? "", "name")[0]?.val ?? "");
  return elements(section("cellXfs"), "xf").map((xf) => fontNames[Number(xf.fontId ?? 0)] ?? "");
}

/**
 * Font names per cell of a sheet, as a sparse map "A1" -> name. A cell without an "s"
 * attribute has style 0, whose font is the workbook's default.
 */
export function cellFonts(parts: Parts, sheetName: string): { byCell: Map<string, string> } {
  const wbPath = workbookPath(parts);
  const fonts = styleFonts(parts, wbPath);
  const path = sheetPaths(parts).get(sheetName);
  const xml = path ? (partText(parts, path) ?? "") : "";
  const byCell = new Map<string, string>();
  for (const c of elements(xml, "c")) {
    if (!c.r) continue;
    byCell.set(c.r, fonts[Number(c.s ?? 0)] ?? "");
  }
  return { byCell };
}
