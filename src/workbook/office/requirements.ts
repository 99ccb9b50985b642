/**
 * Which Excel JavaScript API requirement sets the adapter needs. ExcelApi 1.9 is the floor:
 * page layout and getCellProperties arrived there. Each set is checked on its own so the
 * task pane can say exactly what is missing (Excel 2016/2019 perpetual stop at 1.2-1.8).
 */
export const REQUIRED_SETS: { set: "ExcelApi"; version: string; uses: string }[] = [
  { set: "ExcelApi", version: "1.4", uses: "names.add, getItemOrNullObject" },
  {
    set: "ExcelApi",
    version: "1.6",
    uses: "conditional formats, suspendApiCalculationUntilNextSync",
  },
  { set: "ExcelApi", version: "1.7", uses: "freeze panes, tab colour, named item formulas" },
  { set: "ExcelApi", version: "1.8", uses: "data validation" },
  {
    set: "ExcelApi",
    version: "1.9",
    uses: "page layout, headers/footers, print area and titles, getCellProperties (fonts)",
  },
];

interface RequirementsHost {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

/** `office` defaults to the global Office object; absent (outside Office) means nothing is supported. */
export function requirementSetsSupported(office?: RequirementsHost): {
  ok: boolean;
  missing: string[];
} {
  const host = office ?? (globalThis as { Office?: RequirementsHost }).Office;
  const req = host?.context?.requirements;
  const missing = REQUIRED_SETS.filter((r) => !req || !req.isSetSupported(r.set, r.version)).map(
    (r) => `${r.set} ${r.version}`,
  );
  return { ok: missing.length === 0, missing };
}
