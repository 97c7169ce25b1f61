// Every date on a page is the county's: "Dec 2, 2026", in the county's time zone (from the
// gateway's /config.json), whatever the device's own zone. A calendar date (YYYY-MM-DD) is already
// the county's day and is never shifted; an instant is shown as the county's day and time.

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
let countyZone = 'America/Los_Angeles';

/** Set once from /config.json before the app renders. */
export function setCountyTimeZone(zone: string | undefined): void {
  if (zone) countyZone = zone;
}
export const countyTimeZone = () => countyZone;

const dayFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric', year: 'numeric' });
const isoDay = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The county's calendar day (YYYY-MM-DD) of an instant. */
export function countyDay(instant: Date | string, timeZone = countyZone): string {
  return isoDay(timeZone).format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** Today in the county: a consent recorded at 4 pm in California must not start tomorrow because the device keeps UTC. */
export const countyToday = (now = new Date(), timeZone = countyZone) => countyDay(now, timeZone);

/** "Dec 2, 2026" for a calendar date or an instant (the county's day of it); the input itself if unreadable. */
export function formatDate(value: string, timeZone = countyZone): string {
  if (DATE_ONLY.test(value)) return dayFormat('UTC').format(new Date(`${value}T00:00:00Z`));
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : dayFormat(timeZone).format(at);
}

/** "Dec 2, 2026, 3:04 PM PST": an instant in the county's zone, named so nobody reads it as their own. */
export function formatDateTime(value: string, timeZone = countyZone): string {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}

/**
 * The last day a period covers, when it is stored as the instant it ends: a consent "through
 * Jun 1, 2027" ends at the first instant of Jun 2 in the county, so its last day is the day of
 * the instant just before.
 */
export function lastDayOf(endInstant: string, timeZone = countyZone): string {
  if (DATE_ONLY.test(endInstant)) return formatDate(endInstant);
  const end = Date.parse(endInstant);
  return Number.isNaN(end) ? endInstant : formatDate(countyDay(new Date(end - 1), timeZone));
}

/** "from Dec 2, 2026 through Jun 1, 2027", or "from Dec 2, 2026, open-ended". */
export function formatPeriod(from: string, endInstant: string | null | undefined, timeZone = countyZone): string {
  const start = `from ${formatDate(from, timeZone)}`;
  return endInstant ? `${start} through ${lastDayOf(endInstant, timeZone)}` : `${start}, open-ended`;
}

export type When = 'past' | 'today' | 'upcoming';

/** Where a calendar date (or an instant's county day) lies against today in the county. */
export function when(value: string, today = countyToday()): When {
  const day = DATE_ONLY.test(value) ? value : countyDay(value);
  return day < today ? 'past' : day === today ? 'today' : 'upcoming';
}

/** The age in whole years on `today` of someone born on a calendar date. */
export function ageOn(dateOfBirth: string, today = countyToday()): number | null {
  if (!DATE_ONLY.test(dateOfBirth)) return null;
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();
function wallParts(at: number, timeZone: string) {
  let f = wallFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallFormats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return { y: +p.year!, mo: +p.month!, d: +p.day!, h: +p.hour!, mi: +p.minute! };
}

/** An instant as the county's wall clock shows it: YYYY-MM-DDTHH:MM (a datetime-local input's value). */
export function countyWallClock(at: Date, timeZone = countyZone): string {
  const w = wallParts(at.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

/** The instant a county wall-clock time (YYYY-MM-DDTHH:MM) names; null if it is none (or one the clocks skip). */
export function countyWallInstant(local: string, timeZone = countyZone): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const offset = (at: number) => {
    const w = wallParts(at, timeZone);
    return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi) - Math.floor(at / 60_000) * 60_000;
  };
  let instant = asUtc - offset(asUtc);
  instant = asUtc - offset(instant);
  return countyWallClock(new Date(instant), timeZone) === local ? new Date(instant) : null;
}
