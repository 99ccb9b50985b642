/**
 * `npm run validate` (scripts/validate-manifest.mjs) run as the user runs it: it accepts the
 * manifest and the production build's, and rejects broken ones.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, cpSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { handlers } from "../../src/commands/handlers";

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");

function validate(file: string, production = false) {
  const args = ["scripts/validate-manifest.mjs", ...(production ? ["--production"] : []), file];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** A copy of the manifest with its icons beside it, edited by `edit`. */
function brokenCopy(edit: (xml: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
  const file = path.join(dir, "manifest.xml");
  writeFileSync(file, edit(readFileSync(MANIFEST, "utf8")));
  return file;
}

test("manifest.xml passes the offline validation", () => {
  const r = validate(MANIFEST);
  expect(r.out).toContain("hợp lệ");
  expect(r.code).toBe(0);
});

test("the production dist/manifest.xml passes and has no localhost left", () => {
  const dist = path.join(ROOT, "dist", "manifest.xml");
  expect(existsSync(dist)).toBe(true);
  const r = validate(dist, true);
  expect(r.out).toContain("production");
  expect(r.code).toBe(0);
  expect(readFileSync(dist, "utf8")).not.toContain("localhost");
});

test("the development manifest fails the production check", () => {
  const r = validate(MANIFEST, true);
  expect(r.code).toBe(1);
  expect(r.out).toContain("Production manifest still points at https://localhost:3000");
});

test("an unknown element fails the XSD", () => {
  const file = brokenCopy((x) => x.replace("<Permissions>", "<Frobnicate/>\n  <Permissions>"));
  const r = validate(file);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/XSD: .*Frobnicate/);
});

test("a dangling resid fails", () => {
  const file = brokenCopy((x) => x.replace('resid="Group.Label"', 'resid="Group.Nowhere"'));
  const r = validate(file);
  expect(r.code).toBe(1);
  expect(r.out).toContain('resid "Group.Nowhere" does not resolve');
});

test("duplicate or over-long resource ids, http URLs and missing icons fail", () => {
  const file = brokenCopy((x) =>
    x
      .replace('<bt:String id="Merge.Label"', '<bt:String id="OpenPane.Label"')
      .replace('<bt:Url id="Commands.Url"', '<bt:Url id="Commands.Url.ThisIsFarTooLongForOffice"')
      .replace('resid="Commands.Url"', 'resid="Commands.Url.ThisIsFarTooLongForOffice"')
      .replace(
        "https://localhost:3000/assets/icon-80.png",
        "https://localhost:3000/assets/nope.png",
      )
      .replace('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'),
  );
  const r = validate(file);
  expect(r.code).toBe(1);
  expect(r.out).toContain('Resource id "OpenPane.Label" is defined more than once');
  expect(r.out).toContain("longer than 32 characters");
  expect(r.out).toContain("Icon file missing");
  expect(r.out).toContain("URL is not https: http://");
});

test("every ribbon function command has a handler, and the locale is Vietnamese first", () => {
  const xml = readFileSync(MANIFEST, "utf8");
  const names = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
  expect(names.length).toBeGreaterThan(0);
  for (const n of names) expect(Object.keys(handlers)).toContain(n);
  expect(xml).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
  // every short and long string has an English override
  const strings = [
    ...xml.matchAll(/<bt:String id="[^"]+" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US"/g),
  ];
  const all = [...xml.matchAll(/<bt:String id=/g)];
  expect(strings.length).toBe(all.length);
});
