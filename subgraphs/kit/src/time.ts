// Dates in the county's calendar (its zone, COUNTY_TIME_ZONE, is read by `countyTimeZone` in @hub/protocol).

// Building an Intl.DateTimeFormat costs far more than using one (it was the registry's hottest
// function under load), so each time zone's formatters are built once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const instantFormats = new Map<string, Intl.DateTimeFormat>();

function cached(formats: Map<string, Intl.DateTimeFormat>, timeZone: string, build: () => Intl.DateTimeFormat) {
  let format = formats.get(timeZone);
  if (!format) formats.set(timeZone, (format = build()));
  return format;
}

// Every time zone's offset is a whole number of minutes, so a county date holds for a whole UTC
// minute: the last answer per zone is kept for its minute.
const lastDates = new Map<string, { minute: number; date: string }>();

/** Today's date (YYYY-MM-DD) in the county. */
export function countyDate(now: Date, timeZone: string): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastDates.get(timeZone);
  if (last?.minute === minute) return last.date;
  const date = cached(
    dateFormats,
    timeZone,
    () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ).format(now);
  lastDates.set(timeZone, { minute, date });
  return date;
}

function offsetMs(at: number, timeZone: string): number {
  const format = cached(
    instantFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
  );
  const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return local - Math.floor(at / 1000) * 1000;
}

/** The instant a county date begins (midnight there), as an ISO string. */
export function countyMidnight(date: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  let instant = guess - offsetMs(guess, timeZone);
  instant = guess - offsetMs(instant, timeZone); // once more across a DST change
  return new Date(instant).toISOString();
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A consent's bounds as instants: a date-only start begins at the county's midnight, a date-only
 * end runs to the end of that county day; date-times are taken as written.
 */
export function consentBounds(
  from: string,
  to: string | null | undefined,
  timeZone: string,
): { from: string; to: string | null } {
  const start = DATE_ONLY.test(from) ? countyMidnight(from, timeZone) : new Date(from).toISOString();
  if (!to) return { from: start, to: null };
  if (!DATE_ONLY.test(to)) return { from: start, to: new Date(to).toISOString() };
  const next = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: start, to: countyMidnight(next, timeZone) };
}
