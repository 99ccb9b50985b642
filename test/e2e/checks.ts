/**
 * The end-to-end suite's checks, as data: what each ribbon command and pane action must leave
 * in a new workbook in desktop Excel. The in-Excel code (inExcel.ts) runs them and sends the
 * results to the test server; `verdict` (pure, unit-tested) turns the results into the lines
 * and the exit code `npm run test:e2e` prints.
 */

export interface CheckResult {
  name: string;
  ok: boolean;
  /** What the user saw (the outcome dialog's text) or what was found. */
  detail: string;
}

/** Every check inExcel.ts runs, in order; a missing one fails the suite. */
export const CHECKS = [
  "ribbon: Bảng phân công nhiệm vụ makes the matrix and the registry",
  "ribbon: Kiểm tra cơ quan reports 0 errors on a fresh matrix",
  "ribbon: Chuẩn bị in sets A4 and print titles on the matrix",
  "ribbon: Tô báo cáo quá hạn without a tracking sheet says why",
  "pane: the tracking sheet is built and Tô báo cáo quá hạn highlights on it",
  "pane: the merge from sheets writes its summary next to the user's sheets",
] as const;

/** Can the suite run here? Only where desktop Excel can be sideloaded into. */
export function e2eSupported(platform: string): boolean {
  return platform === "win32" || platform === "darwin";
}

/** Lines to print and whether the suite passed: every check present, and each one ok. */
export function verdict(results: CheckResult[]): { passed: boolean; lines: string[] } {
  const byName = new Map(results.map((r) => [r.name, r]));
  const lines: string[] = [];
  let passed = true;
  for (const name of CHECKS) {
    const r = byName.get(name);
    if (!r) {
      passed = false;
      lines.push(`✗ ${name}: no result from Excel`);
    } else {
      passed &&= r.ok;
      lines.push(`${r.ok ? "✓" : "✗"} ${name}: ${r.detail}`);
    }
  }
  for (const r of results) {
    if (!(CHECKS as readonly string[]).includes(r.name)) {
      passed = false;
      lines.push(`✗ unknown check "${r.name}"`);
    }
  }
  const ok = lines.filter((l) => l.startsWith("✓")).length;
  lines.push(`${ok} passed, ${lines.length - ok} failed`);
  return { passed, lines };
}
