// Renders page 1 of `cchc matrix` printed by LibreOffice to docs/img/matrix-page1.png.
// Run by hand after changing the matrix layout: node scripts/render-matrix-png.mjs
// Needs soffice and pdftoppm (poppler-utils); builds the CLI first (npm run build:cli).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

const scratch = mkdtempSync(path.join(os.tmpdir(), "cchc-matrix-png-"));
try {
  run("npm", ["run", "--silent", "build:cli"]);
  const xlsx = path.join(scratch, "ma-tran.xlsx");
  run("node", ["bin/cchc.js", "matrix", "--out", xlsx]);

  // A fresh LibreOffice profile, so a running LibreOffice or another run does not interfere.
  const profile = path.join(scratch, "profile");
  mkdirSync(profile, { recursive: true });
  run("soffice", [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "pdf",
    "--outdir",
    scratch,
    xlsx,
  ]);
  const pdf = path.join(scratch, "ma-tran.pdf");
  run("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    pdf,
    path.join(scratch, "page1"),
  ]);
  mkdirSync(path.join(root, "docs", "img"), { recursive: true });
  const dest = path.join(root, "docs", "img", "matrix-page1.png");
  copyFileSync(path.join(scratch, "page1.png"), dest);
  console.log(`Wrote ${path.relative(root, dest)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
