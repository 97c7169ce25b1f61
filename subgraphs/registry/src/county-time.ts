// A county date and time (YYYY-MM-DDTHH:MM, in the county's zone) and the instant it names.

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
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
    formats.set(timeZone, f);
  }
  return f;
}

function wallClock(at: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number } {
  const parts = Object.fromEntries(
    format(timeZone)
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  return { y: +parts.year!, mo: +parts.month!, d: +parts.day!, h: +parts.hour!, mi: +parts.minute! };
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a county wall-clock time names, or null when the text is not YYYY-MM-DDTHH:MM, not a
 * real date and time, or a time the county's clocks skip (the spring-forward hour).
 */
export function countyInstant(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(asUtc).getUTCDate() !== d) return null; // 2026-02-30
  // The zone's offset at a guess, then again at the corrected instant (across a DST change).
  const offset = (at: number) => {
    const w = wallClock(at, timeZone);
    return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi) - Math.floor(at / 60_000) * 60_000;
  };
  let instant = asUtc - offset(asUtc);
  instant = asUtc - offset(instant);
  return countyLocal(new Date(instant), timeZone) === local.trim() ? new Date(instant) : null;
}

/** An instant as the county's wall clock shows it: YYYY-MM-DDTHH:MM. */
export function countyLocal(at: Date, timeZone: string): string {
  const w = wallClock(at.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}
