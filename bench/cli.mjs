// Start-up of the command line: `cchc --help` and `cchc schedule --year 2021` against a bare
// `node -e 0`, each in a fresh process (median of 7, interleaved). Uses the compiled bin/.
import { compare, load } from "./lib/child.mjs";

export async function run() {
  const r = compare(
    {
      node: ["-e", "0"],
      help: ["bin/cchc.js", "--help"],
      schedule: ["bin/cchc.js", "schedule", "--year", "2021"],
    },
    7,
  );
  const ms = (x) => `${Math.round(x.ms)} ms`;
  const ratio = (x) => (x.ms / r.node.ms).toFixed(1);
  return [
    `cli start-up (median of 7): node -e 0 ${ms(r.node)}; cchc --help ${ms(r.help)} (${ratio(r.help)}×); cchc schedule --year 2021 ${ms(r.schedule)} (${ratio(r.schedule)}×) (aim ≤ 3×; ${load()})`,
  ];
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  for (const line of await run()) console.log(line);
}
