/** The end-to-end suite's pure parts: where it can run, and how Excel's results are judged. */
import { CHECKS, e2eSupported, verdict } from "./checks";

test("it runs only where desktop Excel exists", () => {
  expect(e2eSupported("win32")).toBe(true);
  expect(e2eSupported("darwin")).toBe(true);
  expect(e2eSupported("linux")).toBe(false);
});

test("all checks ok: passed", () => {
  const v = verdict(CHECKS.map((name) => ({ name, ok: true, detail: "ok" })));
  expect(v.passed).toBe(true);
  expect(v.lines.at(-1)).toBe(`${CHECKS.length} passed, 0 failed`);
});

test("a failed or missing check fails the suite and is named", () => {
  const results = CHECKS.slice(1).map((name, i) => ({ name, ok: i !== 0, detail: "seen" }));
  const v = verdict(results);
  expect(v.passed).toBe(false);
  expect(v.lines).toContain(`✗ ${CHECKS[0]}: no result from Excel`);
  expect(v.lines).toContain(`✗ ${CHECKS[1]}: seen`);
  expect(v.lines.at(-1)).toBe(`${CHECKS.length - 2} passed, 2 failed`);
});

test("a result for a check the suite does not know fails it", () => {
  const v = verdict([
    ...CHECKS.map((name) => ({ name, ok: true, detail: "ok" })),
    { name: "stray", ok: true, detail: "" },
  ]);
  expect(v.passed).toBe(false);
});
