// Preloaded into a benchmarked child process (node --import): at exit, its resource usage
// (peak memory, CPU time) is written as JSON to the file named by CCHC_BENCH_USAGE.
import fs from "node:fs";

process.on("exit", () => {
  const file = process.env.CCHC_BENCH_USAGE;
  if (file) fs.writeFileSync(file, JSON.stringify(process.resourceUsage()));
});
