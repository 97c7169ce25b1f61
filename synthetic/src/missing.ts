import { Faker, en } from '@faker-js/faker';
import type { ProbationCase } from './probation.ts';
import { NO_DETAIL, type RunawayEpisode } from './runaway.ts';
import type { SyntheticYouth } from './types.ts';

// Its own seed, drawn after the rest of the world, so the episodes' detail changed no other value.
const MISSING_SEED = 20147;
const HOUR = 3_600_000;
const REPORTERS = ['Foster parent', 'Group home staff', 'Social worker', 'Relative caregiver', 'Shelter staff'];
const WHEREABOUTS = ['with a friend', 'with an older adult', 'at a motel', 'on the street', 'with family'];

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
/** A time of day that falls on the same county (Pacific) day as the UTC date: 15:00 to 23:59 UTC. */
const onDay = (f: Faker, date: string) =>
  Date.parse(`${date}T00:00:00Z`) +
  f.number.int({ min: 15, max: 23 }) * HOUR +
  f.number.int({ min: 0, max: 59 }) * 60_000;

/**
 * Fills in what each episode records: the start time, who reported it, the law-enforcement and
 * NCMEC reports (most within 24 hours, some late, some missing), the return and its debrief, and
 * WIC 16501.45's timing. Every episode but the latest has a return; a few youths are missing now
 * (their latest episode started within three days of `today`), and demo youth 1 is one of them.
 */
export function detailEpisodes(
  f: Faker,
  episodes: readonly { leftOn: string; returnedOn: string | null; foundAt: string | null }[],
  today: Date,
  missing: boolean,
): RunawayEpisode[] {
  const sorted = [...episodes].sort((a, b) => a.leftOn.localeCompare(b.leftOn));
  return sorted.map((e, i) => {
    const open = missing && i === sorted.length - 1;
    const start = open ? today.getTime() - f.number.int({ min: 6 * 60, max: 72 * 60 }) * 60_000 : onDay(f, e.leftOn);
    const returnedOn = open
      ? null
      : (e.returnedOn ?? day(Date.parse(e.leftOn) + f.number.int({ min: 1, max: 10 }) * 86_400_000));
    const report = (chance: number, minH: number, maxH: number) => {
      const at = start + f.number.int({ min: minH, max: maxH }) * HOUR;
      return f.number.float() < chance && at <= today.getTime() ? new Date(at).toISOString() : null;
    };
    const le = report(0.9, 1, 30);
    const ncmec = report(0.75, 2, 40);
    const exploited = open ? null : f.number.float() < 0.2;
    return {
      leftOn: day(start - 8 * HOUR),
      returnedOn,
      foundAt: open ? null : (e.foundAt ?? f.location.city()),
      startedAt: new Date(start).toISOString(),
      reportedBy: f.helpers.arrayElement(REPORTERS),
      lawEnforcementReportNumber: le ? `LE-${day(start).slice(2, 4)}-${f.string.numeric(6)}` : null,
      lawEnforcementReportedAt: le,
      ncmecReportNumber: ncmec ? `NCMEC-${f.string.numeric(7)}` : null,
      ncmecReportedAt: ncmec,
      returnedAt: returnedOn ? new Date(onDay(f, returnedOn)).toISOString() : null,
      debriefLocation: open ? null : f.helpers.arrayElement(WHEREABOUTS),
      exploitedWhileAbsent: exploited,
      screenedOnReturn: open ? null : f.number.float() < 0.7,
      exploitationTiming: exploited
        ? 'WHILE_ABSENT'
        : f.helpers.weightedArrayElement([
            { weight: 2, value: 'RISK_ONLY' as const },
            { weight: 1, value: 'BEFORE_CARE' as const },
            { weight: 1, value: 'IN_CARE' as const },
          ]),
    };
  });
}

/**
 * Adds the episodes' detail to child welfare's cases and gives some probation youths AWOL episodes
 * of their own, from MISSING_SEED. About one youth in twenty with episodes is missing now.
 */
export function generateMissing(
  youths: readonly SyntheticYouth[],
  childWelfare: {
    youthId: string;
    runaways: { leftOn: string; returnedOn: string | null; foundAt: string | null }[];
  }[],
  probation: ProbationCase[],
  today: Date,
): { childWelfare: RunawayEpisode[][]; probation: RunawayEpisode[][] } {
  const f = new Faker({ locale: [en] });
  f.seed(MISSING_SEED);
  f.setDefaultRefDate(today);
  const demoMissing = youths[1]?.id;
  const cw = childWelfare.map((c) =>
    detailEpisodes(
      f,
      c.runaways,
      today,
      c.youthId === demoMissing || (c.runaways.length > 0 && f.number.float() < 0.05),
    ),
  );
  const prb = probation.map((c) => {
    if (f.number.float() >= 0.3) return [];
    const episodes = Array.from({ length: f.number.int({ min: 1, max: 2 }) }, () => ({
      leftOn: day(f.date.past({ years: 2 }).getTime()),
      returnedOn: null,
      foundAt: null,
    }));
    return detailEpisodes(f, episodes, today, f.number.float() < 0.08);
  });
  // Report numbers are drawn at random; at 10,000 youths two episodes draw the same one now and
  // then, which law enforcement's records (a unique report number) cannot hold. A repeat takes the
  // next free number, with no further draw, so smaller worlds (no repeats) come out as before.
  const used = new Set<string>();
  for (const e of [...cw, ...prb].flat()) {
    if (e.lawEnforcementReportNumber) e.lawEnforcementReportNumber = unusedNumber(used, e.lawEnforcementReportNumber);
    if (e.ncmecReportNumber) e.ncmecReportNumber = unusedNumber(used, e.ncmecReportNumber);
  }
  return { childWelfare: cw, probation: prb };
}

/** `number` if not in `used`, else the next number after it (same width, same prefix) that is not; marked used. */
export function unusedNumber(used: Set<string>, number: string): string {
  const [, prefix, digits] = /^(.*?)(\d+)$/.exec(number) ?? [number, number, ''];
  let candidate = number;
  for (let n = Number(digits || 0); used.has(candidate);) {
    n = (n + 1) % 10 ** Math.max(digits!.length, 1);
    candidate = `${prefix}${String(n).padStart(digits!.length, '0')}`;
  }
  used.add(candidate);
  return candidate;
}
