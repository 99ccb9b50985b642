/**
 * fast-check settings by test tier. `npm test` runs each property its full number of cases from
 * a random seed. The fast tier (`npm run test:unit`) runs fewer, from the day's seed, so each day
 * covers other cases and a failure is replayed with CCHC_SEED=<seed> (fast-check prints it).
 */
const unitTier = process.env.CCHC_TEST_TIER === "unit";

const daySeed = () => Number(new Date().toISOString().slice(0, 10).replace(/-/g, ""));

export function propertyRuns(full: number, unit: number): { numRuns: number; seed?: number } {
  const seed = process.env.CCHC_SEED ? Number(process.env.CCHC_SEED) : undefined;
  if (!unitTier) return seed === undefined ? { numRuns: full } : { numRuns: full, seed };
  return { numRuns: unit, seed: seed ?? daySeed() };
}
