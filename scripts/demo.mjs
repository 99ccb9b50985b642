// `npm run demo`: the coordinator's job from end to end with the `cchc` command line, on a
// fresh machine: the task matrix, the 28 report forms, the units "filling them in" (sample
// figures; three units late, one sending twice, one typing its name without diacritics),
// the check, the roll-up into the provincial summary and the tracking sheet. Output: out/demo/.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const root = process.cwd();
const out = path.join(root, "out", "demo");
const forms = path.join(out, "bieu-mau");
const received = path.join(out, "da-nhan");
const period = "2020-H1";

rmSync(out, { recursive: true, force: true });
mkdirSync(received, { recursive: true });

function cchc(...args) {
  console.log(`\n$ cchc ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(" ")}`);
  const r = spawnSync(process.execPath, [path.join(root, "bin", "cchc.js"), ...args], {
    cwd: root,
    encoding: "utf8",
  });
  // Per-file progress lines are for a terminal watching a long merge; the demo shows the rest.
  const lines = (r.stdout + r.stderr)
    .trimEnd()
    .split("\n")
    .filter((l) => !/^\[\d+\/\d+\]/.test(l));
  const shown =
    lines.length > 14
      ? [...lines.slice(0, 10), `  … (${lines.length - 12} dòng nữa)`, ...lines.slice(-2)]
      : lines;
  console.log(shown.join("\n"));
  return r.status;
}

cchc("matrix", "--out", path.relative(root, path.join(out, "ma-tran-nhiem-vu.xlsx")));
cchc("forms", "--period", period, "--out-dir", path.relative(root, forms));
cchc(
  "track",
  "--year",
  "2020",
  "--out",
  path.relative(root, path.join(out, "theo-doi-bao-cao-2020.xlsx")),
);

// The units fill in their forms (sample figures) and send them back.
const { XlsxWorkbook } = require("../lib/workbook/xlsx/index.js");
const { FORM_ROWS, FORM_SHEET, columnOf } = require("../lib/domain/forms/index.js");
const { cellAddress } = require("../lib/domain/address.js");

let seed = 2020;
const random = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};

async function fill(file, { unitText } = {}) {
  const wb = await XlsxWorkbook.load(readFileSync(file));
  const [sheet] = await wb.read([{ sheet: FORM_SHEET }]);
  const blocks = [];
  const unitCol = columnOf("unit");
  for (let r = FORM_ROWS.firstData - 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    if (!row[columnOf("task")]) continue;
    const unit = String(row[unitCol] ?? "");
    if (!row[columnOf("indicator")]) {
      blocks.push({ at: cellAddress(r, columnOf("status")), values: [["Hoàn thành"]] });
    } else if (unit.includes("1 có")) {
      blocks.push({ at: cellAddress(r, columnOf("period")), values: [[1, 1]] });
    } else {
      const v = random(12);
      blocks.push({ at: cellAddress(r, columnOf("period")), values: [[v, v + random(20)]] });
    }
  }
  if (unitText) blocks.push({ at: cellAddress(FORM_ROWS.unit - 1, 2), values: [[unitText]] });
  await wb.apply({ sheets: [{ name: FORM_SHEET, mode: "update", blocks }] });
  return wb.toBuffer();
}

const files = readdirSync(forms)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();
const late = new Set(files.slice(-3)); // three units have not sent theirs yet
let n = 0;
for (const f of files) {
  if (late.has(f)) continue;
  // Văn Yên types its name without diacritics; the merge still knows it (with a warning).
  const bytes = await fill(
    path.join(forms, f),
    f.includes("H-VANYEN") ? { unitText: "UBND huyen Van Yen" } : {},
  );
  const target = path.join(received, f);
  writeFileSync(target, bytes);
  const day = new Date(Date.UTC(2020, 5, 1 + (n % 6))); // received 1–6 June 2020
  utimesSync(target, day, day);
  n++;
}
// One unit sends its report twice; the newer file wins.
const again = path.join(received, files[0].replace(/\.xlsx$/, "-gui-lai.xlsx"));
writeFileSync(again, await fill(path.join(forms, files[0])));
utimesSync(again, new Date(Date.UTC(2020, 5, 3)), new Date(Date.UTC(2020, 5, 3)));
console.log(
  `\n${n + 1} tệp đã nhận trong ${path.relative(root, received)}/ (3 đơn vị chưa gửi, 1 đơn vị gửi lại)`,
);

cchc("check", path.relative(root, received));
const code = cchc(
  "merge",
  path.relative(root, received),
  "--period",
  period,
  "--out",
  path.relative(root, path.join(out, `tong-hop-${period}.xlsx`)),
  "--json",
  path.relative(root, path.join(out, `tong-hop-${period}.json`)),
  "--received",
  path.relative(root, path.join(out, "theo-doi-bao-cao-2020.xlsx")),
);
const report = JSON.parse(readFileSync(path.join(out, `tong-hop-${period}.json`), "utf8"));
console.log(
  `\nKết quả / result: ${report.accepted.length} nhận, ${report.rejected.length} từ chối, ` +
    `${report.duplicates.length} trùng, ${report.missing.length} chưa nộp; ` +
    `II.2.a/HN = ${report.totals["II.2.a/HN"] ?? 0} cuộc. Tệp ở ${path.relative(root, out)}/`,
);
process.exit(code === 0 ? 0 : 1);
