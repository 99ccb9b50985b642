// The merge's baseline: a fresh node that loads SheetJS (the package as installed) and parses
// every .xlsx file named or found in the folders given, reading every sheet's cells. Nothing
// else: no checks, no merge, no output. `node bench/lib/parse-only.mjs PATH…`
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// The package's own entry, as any Node program would load it.
const XLSX = createRequire(import.meta.url)("@e965/xlsx");

let cells = 0;
const files = process.argv.slice(2).flatMap((p) =>
  fs.statSync(p).isDirectory()
    ? fs
        .readdirSync(p)
        .sort()
        .map((f) => path.join(p, f))
    : [p],
);
for (const file of files) {
  if (!/\.xlsx$/i.test(file)) continue;
  const wb = XLSX.read(fs.readFileSync(file), { type: "buffer" });
  for (const name of wb.SheetNames) cells += Object.keys(wb.Sheets[name]).length;
}
process.stdout.write(`${files.length} files, ${cells} cell keys\n`);
