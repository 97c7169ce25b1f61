/**
 * The county's calendar: team memberships and date-only consent bounds are county dates, not UTC
 * ones. The gateway tells the browser this zone and the subgraphs read dates in it, so both take
 * it from COUNTY_TIME_ZONE through this one function.
 */
export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

const knownZones = new Set<string>();

export function countyTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  const zone = env.COUNTY_TIME_ZONE || DEFAULT_TIME_ZONE;
  if (knownZones.has(zone)) return zone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new Error(`COUNTY_TIME_ZONE ${zone} is not a time zone`);
  }
  knownZones.add(zone);
  return zone;
}
