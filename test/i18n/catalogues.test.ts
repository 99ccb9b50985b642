/**
 * The Vietnamese and English catalogues hold the same keys, and every catalogue key the code
 * names (a quoted "feature.name" string in src/) is in them, so no user sees a raw key or a
 * Vietnamese line in an English run.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { catalogues } from "../../src/i18n";

const SRC = path.join(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !full.includes(`${path.sep}i18n${path.sep}`) ? [full] : [];
  });
}

const prefixes = [...new Set(Object.keys(catalogues.vi).map((k) => k.split(".")[0]))];
// Not the pane's own state names (usePaneState("merge.files", …)), which share the look.
const KEY = new RegExp(
  `(?<!usePaneState(?:<[^>]*>)?\\()["'\`]((?:${prefixes.join("|")})\\.[A-Za-z0-9_.]+)["'\`]`,
  "g",
);

/** Quoted keys in the code, by file; a trailing "." is a prefix the code completes itself. */
function keysInCode(): { file: string; key: string }[] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(KEY)]
      .map((m) => m[1])
      .filter((key) => !key.endsWith(".") && !/\.(tsx?|js|json|xlsx|html)$/.test(key))
      .map((key) => ({ file: path.relative(SRC, file), key })),
  );
}

test("Vietnamese and English have the same keys, none empty", () => {
  expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.vi).sort());
  for (const lang of ["vi", "en"] as const) {
    const empty = Object.entries(catalogues[lang]).filter(([, text]) => !text.trim());
    expect(empty).toEqual([]);
  }
});

test("every key the code names is in the catalogues", () => {
  const used = keysInCode();
  // The scan finds the code's keys at all (it would pass vacuously if the pattern broke).
  expect(used.length).toBeGreaterThan(200);
  const missing = used.filter(({ key }) => !(key in catalogues.vi) || !(key in catalogues.en));
  expect(missing).toEqual([]);
});
