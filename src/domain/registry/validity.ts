/** Who exists on a given day, and who must report. */
import type { Agency, Registry } from "./types";

/** The agency exists on `date` (yyyy-mm-dd); open ends always match. */
export function isValidOn(agency: Agency, date: string): boolean {
  if (agency.validFrom && date < agency.validFrom) return false;
  if (agency.validTo && date > agency.validTo) return false;
  return true;
}

/**
 * The units expected to send periodic reports: `reports` set and, when a date is given, in
 * force on that day. For the built-in 2020 registry: the 19 provincial agencies and the 9
 * district-level UBND.
 */
export function expectedReporters(registry: Registry, onDate?: string): Agency[] {
  return registry.agencies.filter((a) => a.reports && (!onDate || isValidOn(a, onDate)));
}

export function findAgency(registry: Registry, code: string): Agency | undefined {
  return registry.agencies.find((a) => a.code === code);
}
