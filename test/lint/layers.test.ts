/**
 * The import rules of docs/architecture.md, as `npm run lint` applies them: each forbidden
 * import is refused where the layers say so, and allowed where they do not.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.join(__dirname, "../..");

/**
 * ESLint with the project's own config, in a plain Node process (jest cannot load the ES module
 * config): each snippet is linted as if it were the file named, which need not exist.
 */
const LINT = `
import { ESLint } from "eslint";
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { file, code } of JSON.parse(process.argv[1])) {
  const [r] = await eslint.lintText(code, { filePath: file });
  out.push(r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
}
console.log(JSON.stringify(out));
`;

const asked: { file: string; code: string }[] = [];
let answers: string[][] | undefined;

/** The no-restricted-imports messages lint gives `code` placed at `file` (one lint run for all). */
function refusals(file: string, code: string): () => string[] {
  const i = asked.push({ file: path.join(root, file), code }) - 1;
  return () => {
    answers ??= JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", LINT, JSON.stringify(asked)], {
        cwd: root,
        encoding: "utf8",
      }),
    ) as string[][];
    return answers[i];
  };
}

const XLSX_IMPORTS = [
  'import * as ExcelJS from "exceljs";',
  'import { read } from "@e965/xlsx";',
  'import { zipSync } from "fflate";',
];

/** Where each rule guards, the file adapter as that place would import it. */
const GUARDED = [
  ["src/app/someUseCase.ts", "../workbook/xlsx"],
  ["src/app/sub/deeper.ts", "../../workbook/xlsx/xlsxWorkbook"],
  ["src/commands/someCommand.ts", "../workbook/xlsx"],
  ["src/domain/some/module.ts", "../../workbook/xlsx"],
  ["src/workbook/office/someHelper.ts", "../xlsx/sheetEdit"],
  ["src/workbook/office/someHelper.ts", "../../workbook/xlsx"],
] as const;

const refused = GUARDED.map(([file, adapter]) => ({
  file,
  answers: [...XLSX_IMPORTS, `import { XlsxWorkbook } from "${adapter}";`].map((code) =>
    refusals(file, `${code}\nexport const x = 1;\n`),
  ),
}));
const allowedHere = [
  refusals("src/app/someUseCase.ts", 'import { sameSheet } from "../domain/address";\n'),
  refusals(
    "src/workbook/office/someHelper.ts",
    'import { formulaBody } from "../shared/cellValues";',
  ),
  ...["src/app/files/someFile.ts", "src/taskpane/services/work.ts"].flatMap((file) =>
    [...XLSX_IMPORTS, 'import { XlsxWorkbook } from "../../workbook/xlsx";'].map((code) =>
      refusals(file, code),
    ),
  ),
];

test("lint refuses the xlsx libraries and the file adapter in app, commands, domain and the Office adapter", () => {
  for (const { file, answers } of refused) {
    const counts = answers.map((a) => a().length);
    expect({ file, counts }).toEqual({ file, counts: counts.map(() => 1) });
  }
  expect(refused[0].answers[3]()[0]).toMatch(/src\/app\/files/);
});

test("the domain, workbook/shared, src/app/files and the pane's work chunk stay allowed", () => {
  for (const answer of allowedHere) expect(answer()).toEqual([]);
});
