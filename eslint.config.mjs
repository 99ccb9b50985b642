import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["dist/", "lib/", ".bench-build/", ".addin-dev/", "node_modules/", "coverage/", ".test-output/", "src/domain/plan/seed-2020.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        console: "readonly", process: "readonly", __dirname: "readonly", require: "readonly",
        module: "writable", window: "readonly", document: "readonly", navigator: "readonly",
        setTimeout: "readonly", clearTimeout: "readonly", URL: "readonly", Office: "readonly",
        Excel: "readonly", Blob: "readonly", TextEncoder: "readonly", TextDecoder: "readonly",
        performance: "readonly", Buffer: "readonly", URLSearchParams: "readonly", File: "readonly",
        FileReader: "readonly", HTMLElement: "readonly", HTMLInputElement: "readonly",
        DragEvent: "readonly", structuredClone: "readonly", globalThis: "readonly",
        AbortController: "readonly", Worker: "readonly", self: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Office.js wrappers must not swallow errors.
      "no-empty": ["error", { allowEmptyCatch: false }],
    },
  },
  { files: ["**/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["exceljs", "@e965/xlsx", "fs", "node:*", "react", "**/workbook/office/**"] }],
      "no-restricted-globals": ["error", "Office", "Excel"],
    },
  },
);
