import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";

const layer = (regex, message) => ({ regex, message });
const XLSX_LIBS = [
  layer(
    "^(exceljs|@e965/xlsx|xlsx|fflate)(/.*)?$",
    "No xlsx library here: only src/workbook/xlsx and src/app/files load them.",
  ),
];
const XLSX_ADAPTER = [
  layer(
    "(^|/)workbook/xlsx(/.*)?$|^\\.\\./xlsx(/.*)?$",
    "No file adapter here: file variants of use-cases go in src/app/files.",
  ),
];
const OFFICE_ADAPTER = [layer("(^|/)workbook/office(/.*)?$", "The domain knows no adapter.")];
const NODE_AND_REACT = [layer("^(fs|node:.*|react(/.*)?)$", "The domain is pure: no I/O, no UI.")];

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "lib/",
      ".bench-build/",
      ".addin-dev/",
      "node_modules/",
      "coverage/",
      ".test-output/",
      "src/domain/plan/seed-2020.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        __dirname: "readonly",
        require: "readonly",
        module: "writable",
        window: "readonly",
        document: "readonly",
        navigator: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        URL: "readonly",
        Office: "readonly",
        Excel: "readonly",
        Blob: "readonly",
        TextEncoder: "readonly",
        TextDecoder: "readonly",
        performance: "readonly",
        Buffer: "readonly",
        URLSearchParams: "readonly",
        File: "readonly",
        FileReader: "readonly",
        HTMLElement: "readonly",
        HTMLInputElement: "readonly",
        DragEvent: "readonly",
        structuredClone: "readonly",
        globalThis: "readonly",
        AbortController: "readonly",
        Worker: "readonly",
        self: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // Office.js wrappers must not swallow errors.
      "no-empty": ["error", { allowEmptyCatch: false }],
    },
  },
  { files: ["**/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // The layers (docs/architecture.md): the xlsx libraries and the file adapter stay out of the
  // domain, the use-cases (but their file variants in src/app/files) and the ribbon, so the
  // ribbon's bundle never carries them; the Office adapter shares helpers only through
  // workbook/shared. test/lint/layers.test.ts shows each rule refusing.
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...XLSX_LIBS, ...XLSX_ADAPTER, ...OFFICE_ADAPTER, ...NODE_AND_REACT] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel"],
    },
  },
  {
    files: ["src/app/**/*.ts", "src/commands/**/*.ts"],
    ignores: ["src/app/files/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...XLSX_LIBS, ...XLSX_ADAPTER] }] },
  },
  {
    files: ["src/workbook/office/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...XLSX_LIBS, ...XLSX_ADAPTER] }] },
  },
  // The office-addins rules (load before read, sync after load, isNullObject...) on the code that
  // talks to Office.js. Not on ExcelJS code (src/workbook/xlsx), where `load`/`sync` mean other
  // things. The plugin's shipped flat config resolves its parser to undefined, so the parser is
  // set here.
  {
    files: [
      "src/workbook/office/**/*.ts",
      "src/commands/**/*.ts",
      "src/taskpane/host.ts",
      "src/taskpane/settingsStore.ts",
      "src/taskpane/services/**/*.ts",
      "test/e2e/**/*.ts",
    ],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tseslint.parser },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
);
