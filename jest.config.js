/** Unit, component and end-to-end tests share one runner; see scripts/test.mjs. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2021",
    },
  },
];
/**
 * Tests that need LibreOffice, Chromium, the production build (dist/) or the built command line
 * (lib/): by folder, or "-libreoffice" in the file name. `npm run test:unit` leaves them out
 * (CCHC_TEST_TIER=unit); `npm test` and CI run everything.
 */
const HEAVY = [
  "<rootDir>/test/(browser|build|cli|dev|e2e|manifest|print)/",
  "libreoffice\\.test\\.tsx?$",
  "<rootDir>/test/workbook/readPath\\.test\\.ts$",
];
const unitOnly = process.env.CCHC_TEST_TIER === "unit";

module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": swc },
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", ...(unitOnly ? HEAVY : [])],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  watchman: false,
  testTimeout: 60000,
};
