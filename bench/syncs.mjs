// context.sync() per command, counted on the fake Excel (test/helpers/fakeOffice.ts) for a
// small and a large input: the counts must not grow with the rows.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const build = path.join(root, ".bench-build");

export async function run() {
  const tsc = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.bench.json"],
    { cwd: root, encoding: "utf8" },
  );
  if (tsc.status !== 0)
    throw new Error(`tsc -p tsconfig.bench.json failed:\n${tsc.stdout}${tsc.stderr}`);
  const require = createRequire(path.join(build, "x.js"));
  const { createFakeExcel } = require("./test/helpers/fakeOffice.js");
  const { OfficeWorkbook } = require("./src/workbook/office/index.js");
  const { plan2020 } = require("./src/domain/plan/index.js");
  const { yenBai2020 } = require("./src/domain/registry/index.js");
  const { insertMatrix } = require("./src/app/matrix.js");
  const { checkAgencies } = require("./src/app/checkAgencies.js");
  const { buildTrackingEdit } = require("./src/domain/tracking/index.js");
  const { highlightOverdue } = require("./src/app/overdue.js");
  const { preparePrint } = require("./src/app/preparePrint.js");
  const {
    DEFAULT_SCHEDULE,
    DEFAULT_HOLIDAYS,
    DEFAULT_SETTINGS,
  } = require("./src/domain/schedule/index.js");

  const bigPlan = (k) => ({
    ...plan2020,
    tasks: Array.from({ length: k }, (_, i) =>
      plan2020.tasks.map((t) => ({
        ...t,
        code: i === 0 ? t.code : `${t.code}.x${i}`,
        parent: t.parent && i > 0 ? `${t.parent}.x${i}` : t.parent,
      })),
    ).flat(),
  });
  const reporters = (n) =>
    Array.from({ length: n }, (_, i) => ({ code: `U${i + 1}`, name: `Đơn vị số ${i + 1}` }));

  async function count(fn) {
    const fake = createFakeExcel();
    const office = new OfficeWorkbook(fake.run);
    return fn(office, fake);
  }
  const lines = ["syncs per command (fake Excel; small → large input):"];
  const matrix = async (plan) =>
    count(async (o, f) => {
      await insertMatrix(o, { plan, registry: yenBai2020 });
      const a = f.syncCount();
      await insertMatrix(o, { plan, registry: yenBai2020 });
      const b = f.syncCount() - a;
      await checkAgencies(o, { registry: yenBai2020 });
      const c = f.syncCount() - a - b;
      await preparePrint(o, { kind: "matrix" });
      return { first: a, again: b, check: c, print: f.syncCount() - a - b - c };
    });
  const m1 = await matrix(plan2020);
  const m20 = await matrix(bigPlan(20));
  lines.push(
    `  insert matrix (new workbook): ${m1.first} → ${m20.first} (${plan2020.tasks.length} → ${plan2020.tasks.length * 20} tasks)`,
  );
  lines.push(`  insert matrix again (keeps typed values): ${m1.again} → ${m20.again}`);
  lines.push(`  check agencies (with highlights): ${m1.check} → ${m20.check}`);
  lines.push(`  prepare the matrix for print: ${m1.print} → ${m20.print}`);
  const track = async (n) =>
    count(async (o, f) => {
      await o.apply(
        buildTrackingEdit({
          year: 2020,
          reporters: reporters(n),
          schedule: DEFAULT_SCHEDULE,
          holidays: DEFAULT_HOLIDAYS,
          settings: DEFAULT_SETTINGS,
          today: "2020-06-10",
        }),
      );
      const a = f.syncCount();
      await highlightOverdue(o, { today: "2020-06-10" });
      return { build: a, highlight: f.syncCount() - a };
    });
  const t28 = await track(28);
  const t500 = await track(500);
  lines.push(`  tracking sheet: ${t28.build} → ${t500.build} (28 → 500 units)`);
  lines.push(`  highlight overdue: ${t28.highlight} → ${t500.highlight}`);

  // Beside a user's 3,000 × 20 text sheet (issue 12): syncs, and the largest request or
  // response of any of them, against Excel on the web's 5 MB.
  const { BIG_SHEET, bigWorkbook } = require("./test/helpers/bigWorkbook.js");
  const { syncsSince } = require("./test/helpers/fakeOffice.js");
  const { mergeIntoWorkbook } = require("./src/app/merge.js");
  const big = bigWorkbook();
  const office = new OfficeWorkbook(big.run);
  lines.push(
    "syncs per command beside a 3,000 × 20 text sheet (largest request/response of a sync):",
  );
  const steps = [
    [
      "read the big sheet alone (values, formulas, fonts)",
      () => office.read([{ sheet: BIG_SHEET, formulas: true, fonts: true }]),
    ],
    ["insert matrix", () => insertMatrix(office, { plan: plan2020, registry: yenBai2020 })],
    [
      "check agencies (reads the big sheet, fonts too)",
      () => checkAgencies(office, { registry: yenBai2020 }),
    ],
    ["prepare the matrix for print", () => preparePrint(office, { kind: "matrix" })],
    [
      "tracking sheet",
      () =>
        office.apply(
          buildTrackingEdit({
            year: 2020,
            reporters: reporters(28),
            schedule: DEFAULT_SCHEDULE,
            holidays: DEFAULT_HOLIDAYS,
            settings: DEFAULT_SETTINGS,
            today: "2020-06-10",
          }),
        ),
    ],
    ["highlight overdue", () => highlightOverdue(office, { today: "2020-06-10" })],
    [
      "merge the sheets (reads the big sheet)",
      () =>
        mergeIntoWorkbook(office, {
          period: "2020-H1",
          plan: plan2020,
          registry: yenBai2020,
          sheets: true,
        }),
    ],
  ];
  for (const [name, work] of steps) {
    const from = big.syncCount();
    await work();
    const s = syncsSince(big, from);
    lines.push(
      `  ${name}: ${s.syncs} syncs, ${(s.bytes / 1e6).toFixed(2)} MB in all, largest ${(s.largest / 1e6).toFixed(2)} MB`,
    );
  }
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const l of await run()) console.log(l);
}
