// Offline manifest validation: the XSDs (schemas/office-addin-manifest, copied into the
// project) plus what an XSD cannot see. Used by `npm run validate` and by the tests.
import { readFile, access } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaDir = path.join(here, "..", "..", "schemas", "office-addin-manifest");
const ENTRY = "OfficeAppManifestV1_1.xsd";
const OTHERS = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
  "ContentAppVersionOverridesV1_0.xsd",
];

async function schemaFile(name) {
  return { fileName: name, contents: await readFile(path.join(schemaDir, name), "utf8") };
}

/** Attribute values of every element named `tag` (namespace prefix ignored). */
function attrs(xml, tag, attr) {
  const re = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*?\\b${attr}="([^"]*)"`, "g");
  return [...xml.matchAll(re)].map((m) => m[1]);
}

/**
 * Returns a list of problems; empty means the manifest is valid.
 * `production`: no localhost may remain.
 */
export async function checkManifest(file, { production = false } = {}) {
  const problems = [];
  const xml = await readFile(file, "utf8");
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [await schemaFile(ENTRY)],
    preload: await Promise.all(OTHERS.map(schemaFile)),
  });
  for (const e of result.errors) problems.push(`XSD: ${e.rawMessage ?? e.message}`.trim());

  // Resource ids: unique, at most 32 characters, and every resid resolves.
  const ids = [
    ...attrs(xml, "Image", "id"),
    ...attrs(xml, "Url", "id"),
    ...attrs(xml, "String", "id"),
  ];
  const seen = new Set();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`Resource id "${id}" is defined more than once`);
    seen.add(id);
    if (id.length > 32) problems.push(`Resource id "${id}" is longer than 32 characters`);
  }
  for (const ref of attrs(xml, "\\w+", "resid")) {
    if (!seen.has(ref)) problems.push(`resid "${ref}" does not resolve to a resource`);
  }

  // URLs: https only; in production, no localhost.
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
  const domains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
  for (const u of [...urls, ...domains]) {
    if (!u.startsWith("https://")) problems.push(`URL is not https: ${u}`);
    if (production && /\/\/(localhost|127\.0\.0\.1)\b/.test(u)) {
      problems.push(`Production manifest still points at ${u}`);
    }
  }

  // Icons: every image URL under the add-in's base must exist beside the manifest.
  const source = /<SourceLocation DefaultValue="([^"]*)"/.exec(xml);
  const base = source ? source[1].replace(/[^/]*$/, "") : null;
  const images = [
    ...attrs(xml, "IconUrl", "DefaultValue"),
    ...attrs(xml, "HighResolutionIconUrl", "DefaultValue"),
    ...attrs(xml, "Image", "DefaultValue"),
  ];
  for (const img of images) {
    if (!base || !img.startsWith(base)) {
      problems.push(`Icon ${img} is not served from the add-in's own address`);
      continue;
    }
    const local = path.join(path.dirname(file), img.slice(base.length).split("?")[0]);
    try {
      await access(local);
    } catch {
      problems.push(`Icon file missing: ${path.relative(process.cwd(), local)} (for ${img})`);
    }
  }
  return problems;
}
