/**
 * `npm run lint` runs eslint-plugin-office-addins on the Office-facing code and not on the
 * ExcelJS adapter: the same careless Office.js snippet fails in one folder and not the other.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

const CARELESS = `export async function f(): Promise<void> {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("A").getRange("A1");
    console.log(range.values);
    const ws = context.workbook.worksheets.getItemOrNullObject("B");
    await context.sync();
    if (ws === null) return;
  });
}
`;

function officeRules(file: string): string[] {
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/eslint/bin/eslint.js"),
      "--format",
      "json",
      "--stdin",
      "--stdin-filename",
      file,
    ],
    { cwd: ROOT, input: CARELESS, encoding: "utf8" },
  );
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string | null }[] }[];
  return result.messages.map((m) => m.ruleId ?? "").filter((id) => id.startsWith("office-addins/"));
}

test("office-addins rules flag a read before load/sync in the Office adapter and the ribbon", () => {
  for (const file of ["src/workbook/office/probe.ts", "src/commands/probe.ts"]) {
    expect(officeRules(file).sort()).toEqual([
      "office-addins/call-sync-before-read",
      "office-addins/load-object-before-read",
      "office-addins/test-for-null-using-isNullObject",
    ]);
  }
});

test("the ExcelJS adapter is left alone (its load/sync are not Office.js)", () => {
  expect(officeRules("src/workbook/xlsx/probe.ts")).toEqual([]);
});
