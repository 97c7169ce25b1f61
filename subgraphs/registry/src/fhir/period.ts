import type { Period } from '@medplum/fhirtypes';
import { countyDate, countyMidnight } from '@hub/subgraph-kit';

// The hub stores a consent's bounds as instants, the end exclusive: a form's last day runs to the
// next county midnight (consentBounds). FHIR's Period is inclusive and says a day as a date, so a
// bound at a county midnight goes out as that county day (the end as the day before), and any other
// bound as the instant itself; read back through consentBounds, either gives the same instants.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function startOfCountyDay(instant: string, timeZone: string): string | undefined {
  const day = countyDate(new Date(instant), timeZone);
  return Date.parse(countyMidnight(day, timeZone)) === Date.parse(instant) ? day : undefined;
}

/** The stored bounds as a FHIR Period in the county's calendar. */
export function periodOf(from: string, to: string | null, timeZone: string): Period {
  const iso = (instant: string) => new Date(instant).toISOString();
  const start = startOfCountyDay(from, timeZone) ?? iso(from);
  if (!to) return { start };
  const endDay = startOfCountyDay(to, timeZone);
  const end = endDay ? countyDate(new Date(Date.parse(to) - 1), timeZone) : iso(to);
  return { start, end };
}

/** A Period's bounds as the form takes them (a county day or an instant), or what is wrong. */
export function boundsOf(
  period: Period | undefined,
  problems: string[],
): { effectiveFrom: string; effectiveTo: string | null } {
  const bound = (value: string | undefined, where: string) => {
    if (value === undefined) return undefined;
    if (DAY.test(value) || INSTANT.test(value)) return value;
    problems.push(`${where} must be a day (YYYY-MM-DD) or a date-time with its time zone, not ${value}`);
    return undefined;
  };
  if (!period?.start) problems.push('provision.period.start is required: the day the consent begins');
  const effectiveFrom = bound(period?.start, 'provision.period.start') ?? '';
  const effectiveTo = bound(period?.end, 'provision.period.end') ?? null;
  return { effectiveFrom, effectiveTo };
}
