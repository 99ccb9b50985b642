// `npm run validate [-- --production FILE]`: checks a manifest offline; exit 1 on any problem.
import { checkManifest } from "./lib/manifest-check.mjs";

const args = process.argv.slice(2);
const production = args.includes("--production");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) files.push("manifest.xml");
let failed = false;
for (const file of files) {
  const problems = await checkManifest(file, { production });
  if (problems.length === 0) {
    console.log(`${file}: hợp lệ / valid${production ? " (production)" : ""}`);
  } else {
    failed = true;
    console.error(`${file}: ${problems.length} lỗi / problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
  }
}
process.exit(failed ? 1 : 0);
