// `npm run bench`: builds, then prints the figures each bench/*.mjs module measures
// (matcher throughput, merge against parse, syncs per command) and the task pane's sizes.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = process.cwd();
const only = process.argv.slice(2);
if (!process.argv.includes("--no-build")) {
  const r = spawnSync("npm", ["run", "build", "--silent"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function bundleSizes() {
  const dist = path.join(root, "dist");
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]+src="?([^"\s>]+\.js)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  let gz = 0;
  let raw = 0;
  for (const f of initial) {
    const buf = readFileSync(path.join(dist, f));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  const lines = [
    `task pane initial JavaScript: ${kb(raw)} minified, ${kb(gz)} gzip (${initial.join(", ")}; aim < 250 KB gzip)`,
  ];
  const lazy = readdirSync(dist).filter(
    (f) => f.endsWith(".js") && !initial.includes(f) && f !== "commands.js",
  );
  for (const f of lazy) {
    const buf = readFileSync(path.join(dist, f));
    lines.push(
      `  lazy chunk ${f}: ${kb(statSync(path.join(dist, f)).size)} minified, ${kb(gzipSync(buf, { level: 9 }).length)} gzip`,
    );
  }
  const cmd = readFileSync(path.join(dist, "commands.js"));
  lines.push(
    `commands.js: ${kb(cmd.length)} minified, ${kb(gzipSync(cmd, { level: 9 }).length)} gzip`,
  );
  return lines;
}

const modules = readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".mjs"))
  .filter((f) => only.filter((a) => !a.startsWith("--")).every((o) => f.includes(o)))
  .sort();
for (const m of modules) {
  const mod = await import(pathToFileURL(path.join(root, "bench", m)).href);
  const lines = await mod.run();
  for (const l of lines) console.log(l);
}
for (const l of bundleSizes()) console.log(l);
