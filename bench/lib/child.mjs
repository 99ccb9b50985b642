// Timing a command in a child process: wall time, CPU time and peak memory (resident set).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const USAGE = new URL("./usage.mjs", import.meta.url).href;
const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Run `node ARGS…` (with the usage preload) and measure it. Throws with the child's stderr when
 * it exits with a code other than `ok` (default [0]).
 * Returns { ms, cpu (ms), rss (MB, peak), stdout }.
 */
export function runNode(args, { ok = [0], env = {} } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-bench-usage-"));
  const file = path.join(dir, "usage.json");
  try {
    const t = performance.now();
    const r = spawnSync(process.execPath, ["--import", USAGE, ...args], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 << 20,
      env: { ...process.env, ...env, CCHC_BENCH_USAGE: file },
    });
    const ms = performance.now() - t;
    if (!ok.includes(r.status)) {
      throw new Error(
        `node ${args.join(" ").slice(0, 200)}: exit ${r.status}\n${(r.stderr ?? "").slice(-1000)}`,
      );
    }
    const u = JSON.parse(readFileSync(file, "utf8"));
    return {
      ms,
      cpu: (u.userCPUTime + u.systemCPUTime) / 1000,
      rss: u.maxRSS / 1024,
      stdout: r.stdout,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Run each of `commands` (name -> args) `times` times, interleaved; medians by name. */
export function compare(commands, times) {
  const runs = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < times; i++) {
    for (const [name, args] of Object.entries(commands)) runs[name].push(runNode(args));
  }
  return Object.fromEntries(
    Object.entries(runs).map(([k, rs]) => [
      k,
      {
        ms: median(rs.map((r) => r.ms)),
        cpu: median(rs.map((r) => r.cpu)),
        rss: median(rs.map((r) => r.rss)),
        last: rs[rs.length - 1],
      },
    ]),
  );
}

export const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const load = () => `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`;
