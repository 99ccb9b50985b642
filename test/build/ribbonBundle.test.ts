/**
 * The ribbon's function file and every chunk it can load (its import()s, and theirs) carry no
 * xlsx library: a click on "Chèn bảng phân công nhiệm vụ" or "Kiểm tra cơ quan" never downloads
 * ExcelJS, SheetJS or fflate. Reads dist/chunks.json, which the production build writes from
 * webpack's own chunk graph (webpack.config.js, ChunkMapPlugin); `npm test` builds dist first.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const XLSX_LIBRARIES = ["exceljs", "@e965/xlsx", "xlsx", "fflate"];

interface ChunkInfo {
  files: string[];
  packages: string[];
}

const dist = path.join(__dirname, "../../dist");
const mapFile = path.join(dist, "chunks.json");

function chunksOf(entry: string): ChunkInfo[] {
  if (!existsSync(mapFile)) throw new Error(`${mapFile} is missing: run \`npm run build\` first`);
  const map = JSON.parse(readFileSync(mapFile, "utf8")) as Record<string, ChunkInfo[]>;
  const chunks = map[entry];
  if (!chunks) throw new Error(`No entry "${entry}" in dist/chunks.json`);
  return chunks;
}

test("the ribbon's bundle and every chunk it can load carry no xlsx library", () => {
  const chunks = chunksOf("commands");
  expect(chunks.map((c) => c.files).flat()).toContain("commands.js");
  // More than the entry: the use-cases load on demand, and those chunks are looked at too.
  expect(chunks.length).toBeGreaterThan(1);
  for (const chunk of chunks) {
    for (const file of chunk.files) expect(existsSync(path.join(dist, file))).toBe(true);
    const found = chunk.packages.filter((p) => XLSX_LIBRARIES.includes(p));
    expect({ files: chunk.files, found }).toEqual({ files: chunk.files, found: [] });
  }
});

test("the same map sees the xlsx libraries where they are: the pane's lazy work chunk", () => {
  const packages = chunksOf("taskpane").flatMap((c) => c.packages);
  for (const lib of ["exceljs", "@e965/xlsx", "fflate"]) expect(packages).toContain(lib);
});
