/** Test helper: look inside an .xlsx package the way Excel would, with plain fflate + regex. */
import { strFromU8, unzipSync } from "fflate";

export interface PackageXml {
  files: Record<string, string>;
  /** The worksheet XML of a sheet, found through workbook.xml and its relationships. */
  sheet(name: string): string;
  /** Paths of the sheet's related parts of one kind ("table", "drawing", …). */
  related(sheetName: string, kind: string): string[];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function openPackage(buffer: Uint8Array): PackageXml {
  const raw = unzipSync(buffer);
  const files: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(raw)) files[name] = strFromU8(bytes);
  const workbook = files["xl/workbook.xml"];
  const rels = files["xl/_rels/workbook.xml.rels"];
  const sheetPath = (name: string) => {
    const el = new RegExp(`<sheet [^>]*name="${escapeXml(name)}"[^>]*>`).exec(workbook)?.[0];
    const id = el && /r:id="([^"]+)"/.exec(el)?.[1];
    const target = id && new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(rels)?.[0];
    const path = target && /Target="([^"]+)"/.exec(target)?.[1];
    if (!path) throw new Error(`sheet "${name}" not in the package`);
    return path.startsWith("/") ? path.slice(1) : `xl/${path}`;
  };
  return {
    files,
    sheet: (name) => files[sheetPath(name)],
    related(sheetName, kind) {
      const path = sheetPath(sheetName);
      const relsPath = path.replace(/([^/]+)$/, "_rels/$1.rels");
      const xml = files[relsPath] ?? "";
      return [...xml.matchAll(/<Relationship [^>]*>/g)]
        .map((m) => m[0])
        .filter((r) => new RegExp(`Type="[^"]*/${kind}"`).test(r))
        .map((r) => /Target="([^"]+)"/.exec(r)![1].replace(/^\.\.\//, "xl/"));
    },
  };
}

export { escapeXml };
