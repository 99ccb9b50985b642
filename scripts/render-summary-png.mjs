// Renders pages 1 and 2 of the provincial summary (a 28-unit merge, "Chuẩn bị in", printed by
// LibreOffice) to docs/img/summary-page1.png and docs/img/summary-page2.png.
// Run by hand after changing the print layout: node scripts/render-summary-png.mjs
// It runs the print test (test/print/summary-pdf.test.ts), which checks the pages it renders;
// needs soffice and pdftoppm (poppler-utils).
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
execFileSync(
  "npx",
  ["jest", "--runInBand", "--silent", path.join("test", "print", "summary-pdf.test.ts")],
  { cwd: root, stdio: "inherit", env: { ...process.env, UPDATE_DOCS_IMG: "1" } },
);
console.log("Wrote docs/img/summary-page1.png and docs/img/summary-page2.png");
