/** Who exists on a given day, and who must report. */
import type { Agency, Registry } from "./types";

/** `date` (yyyy-mm-dd) falls between `from` and `to`, inclusive; open ends always match. */
const within = (date: string, from?: string, to?: string) =>
  !(from && date < from) && !(to && date > to);

/** The agency exists on `date` (yyyy-mm-dd); open ends always match. */
export function isValidOn(agency: Agency, date: string): boolean {
  return within(date, agency.validFrom, agency.validTo);
}

/** The agency's name in a document for `date`: its dated name in force then, else `name`. */
export function nameOn(agency: Agency, date: string): string {
  return agency.names?.find((n) => within(date, n.from, n.to))?.name ?? agency.name;
}

/**
 * The agency as a document for `date` names it: the name in force that day in `name`; the name
 * it replaces is still matched, as a former name when the one in force has a start (the body
 * was renamed that day), else as an alias. Unchanged when `name` is in force.
 */
export function agencyOn(agency: Agency, date: string): Agency {
  const dated = agency.names?.find((n) => within(date, n.from, n.to));
  if (!dated || dated.name === agency.name) return agency;
  const name = dated.name;
  const rest = (list: string[]) => list.filter((s) => s !== name);
  const out: Agency = { ...agency, name, aliases: rest(agency.aliases) };
  const former = rest(agency.formerNames ?? []);
  if (dated.from) former.unshift(agency.name);
  else out.aliases.unshift(agency.name);
  if (former.length > 0) out.formerNames = former;
  return out;
}

/** The registry as documents for `date` name its units (see agencyOn). */
export function registryOn(registry: Registry, date: string): Registry {
  const agencies = registry.agencies.map((a) => agencyOn(a, date));
  return agencies.every((a, i) => a === registry.agencies[i])
    ? registry
    : { ...registry, agencies };
}

/**
 * The units expected to send periodic reports: `reports` set and, when a date is given, in
 * force on that day and named as on that day. For the built-in 2020 registry: the 19 provincial agencies and the 9
 * district-level UBND.
 */
export function expectedReporters(registry: Registry, onDate?: string): Agency[] {
  if (!onDate) return registry.agencies.filter((a) => a.reports);
  return registry.agencies
    .filter((a) => a.reports && isValidOn(a, onDate))
    .map((a) => agencyOn(a, onDate));
}

export function findAgency(registry: Registry, code: string): Agency | undefined {
  return registry.agencies.find((a) => a.code === code);
}
