import type { Viewer } from './facts.ts';
import type { Agency } from './vocabulary.ts';

/**
 * Missing youths: runaway / AWOL episodes and the 24-hour reporting clocks that start when a youth
 * in care goes missing. Child welfare and probation each hold their own episodes (category RUNAWAY).
 *
 * The clocks, as the hub reads the law (county counsel should confirm; the statute texts are not
 * reproduced in docs/domain.md, which summarises them under "Missing youths"):
 * - 42 USC 671(a)(35)(B) (Title IV-E state plan, added by the Preventing Sex Trafficking and
 *   Strengthening Families Act of 2014): report a child or youth missing from foster care
 *   immediately, and in no case later than 24 hours after receiving the information, to law
 *   enforcement for entry into NCIC, and to the National Center for Missing and Exploited Children.
 * - WIC 16501.35: California's implementation for child welfare and probation; the county reports
 *   a missing or abducted youth in care to law enforcement, and to NCMEC, within the same 24 hours.
 * - Penal Code 11166(j): the county welfare or probation department's 24-hour report to law
 *   enforcement of a known or suspected commercially sexually exploited child.
 */
export const REPORTING_CLOCKS = [
  {
    kind: 'LAW_ENFORCEMENT',
    hours: 24,
    to: 'law enforcement (for entry into NCIC)',
    legalBasis: 'WIC 16501.35; PC 11166(j); 42 USC 671(a)(35)(B)',
  },
  {
    kind: 'NCMEC',
    hours: 24,
    to: 'the National Center for Missing and Exploited Children',
    legalBasis: 'WIC 16501.35; 42 USC 671(a)(35)(B)',
  },
] as const;
export type ReportingClockKind = (typeof REPORTING_CLOCKS)[number]['kind'];

/**
 * When the youth was exploited, as WIC 16501.45 asks counties to record it: before entering care,
 * while in care (placement), while absent from care, or a risk only (no exploitation known).
 */
export const EXPLOITATION_TIMINGS = ['BEFORE_CARE', 'IN_CARE', 'WHILE_ABSENT', 'RISK_ONLY'] as const;
export type ExploitationTiming = (typeof EXPLOITATION_TIMINGS)[number];

/** What a clock needs of an episode; instants as ISO 8601 strings or Dates. */
export interface EpisodeTimes {
  startedAt: string | Date;
  returnedAt: string | Date | null;
  lawEnforcementReportedAt: string | Date | null;
  ncmecReportedAt: string | Date | null;
}

/** RUNNING: not yet reported and not yet due; OVERDUE: due and not reported; MET / MET_LATE: reported in time / late. */
export type ClockStatus = 'RUNNING' | 'OVERDUE' | 'MET' | 'MET_LATE';

export interface ReportingClock {
  kind: ReportingClockKind;
  dueAt: Date;
  reportedAt: Date | null;
  status: ClockStatus;
  legalBasis: string;
}

const ms = (t: string | Date) => (t instanceof Date ? t.getTime() : Date.parse(t));

/** The episode's two clocks at `now`: each is due 24 hours after the youth went missing. */
export function reportingClocks(episode: EpisodeTimes, now: Date): ReportingClock[] {
  const start = ms(episode.startedAt);
  return REPORTING_CLOCKS.map((clock) => {
    const dueAt = new Date(start + clock.hours * 3_600_000);
    const reported = clock.kind === 'LAW_ENFORCEMENT' ? episode.lawEnforcementReportedAt : episode.ncmecReportedAt;
    const reportedAt = reported === null ? null : new Date(ms(reported));
    const status: ClockStatus = reportedAt
      ? reportedAt.getTime() <= dueAt.getTime()
        ? 'MET'
        : 'MET_LATE'
      : now.getTime() > dueAt.getTime()
        ? 'OVERDUE'
        : 'RUNNING';
    return { kind: clock.kind, dueAt, reportedAt, status, legalBasis: clock.legalBasis };
  });
}

/**
 * Whether the youth is missing now: the latest episode to start has begun and has no return. An
 * older episode without a return is an incomplete record, not a second absence.
 */
export function missingNow<E extends EpisodeTimes>(
  episodes: readonly E[],
  now: Date,
): { episode: E; since: Date; hours: number } | null {
  const started = episodes.filter((e) => ms(e.startedAt) <= now.getTime());
  const latest = started.reduce<E | null>((a, e) => (a && ms(a.startedAt) >= ms(e.startedAt) ? a : e), null);
  if (!latest || latest.returnedAt !== null) return null;
  const since = new Date(ms(latest.startedAt));
  return { episode: latest, since, hours: Math.floor((now.getTime() - since.getTime()) / 3_600_000) };
}

/**
 * Rule `missing.clocks-owner`: the reporting clocks are the holding agency's own duty and work
 * list, shown only to its staff. Anyone else to whom RUNAWAY is released sees the episode and
 * whether the youth is missing, not the agency's compliance with its deadlines.
 */
export function maySeeReportingClocks(viewer: Viewer, owner: Agency): boolean {
  return viewer.agency === owner;
}
