import { GraphQLError } from 'graphql';
import type { SubgraphContext } from '../context.ts';
import {
  afterHoursReads,
  dailyReads,
  offTeamDenials,
  readsUnderGrants,
  type ViewerDay,
  type WorkingHours,
} from '../db/alerts.ts';
import { parseAlertsId } from '../disclosure/accounting-id.ts';
import { consentBounds } from '../time.ts';

export type PrivacyAlertKind = 'AFTER_HOURS' | 'DAILY_SPIKE' | 'OFF_TEAM_DENIALS' | 'GRANT_NOT_JUSTIFIED';

/** A signal in one agency's log for the privacy officer's queue: a viewer, a day, the rows behind it. */
export interface PrivacyAlert {
  id: string;
  kind: PrivacyAlertKind;
  agency: string;
  day: string;
  viewerSub: string;
  viewerName: string | null;
  viewerAgency: string | null;
  viewerRole: string | null;
  count: number;
  baseline: number | null;
  summary: string;
  rowIds: string[];
  emergencyGrantId: string | null;
  /** The instants bounding the rows behind it (the county day): the filter of `accessByViewer`. */
  from: string;
  to: string;
}

/** What raises an alert; each agency reads it from its environment (documented in the kit's README). */
export interface AlertConfig {
  hours: WorkingHours;
  /** AFTER_HOURS: a viewer's reads outside working hours on one day, at least this many. */
  afterHoursMinReads: number;
  /** DAILY_SPIKE: reads on one day at least `spikeFactor` times the viewer's usual and at least `spikeMinReads`. */
  spikeFactor: number;
  spikeMinReads: number;
  /** The usual: the mean of the viewer's reads per active day over this many days before... */
  spikeBaselineDays: number;
  /** ... over at least this many active days (a newcomer has no usual yet). */
  spikeHistoryDays: number;
  /** OFF_TEAM_DENIALS: distinct youths off the viewer's teams denied on one day, at least this many. */
  denialMinYouths: number;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

/**
 * The alert thresholds: `PRIVACY_WORKING_HOURS` (`07:00-19:00`, county time), `PRIVACY_WORKING_DAYS`
 * (ISO weekdays, `1-5` or `1,2,3,4,5`), `PRIVACY_AFTER_HOURS_MIN_READS` (3), `PRIVACY_SPIKE_FACTOR`
 * (3), `PRIVACY_SPIKE_MIN_READS` (20), `PRIVACY_SPIKE_BASELINE_DAYS` (28),
 * `PRIVACY_SPIKE_HISTORY_DAYS` (5), `PRIVACY_DENIAL_MIN_YOUTHS` (3).
 */
export function readAlertConfig(env: NodeJS.ProcessEnv = process.env): AlertConfig {
  const [start, end] = (env.PRIVACY_WORKING_HOURS || '07:00-19:00').split('-');
  if (!start || !end || !HHMM.test(start) || !HHMM.test(end) || start >= end) {
    throw new Error('PRIVACY_WORKING_HOURS must be HH:MM-HH:MM, start before end');
  }
  const daysText = env.PRIVACY_WORKING_DAYS || '1-5';
  const range = /^([1-7])-([1-7])$/.exec(daysText);
  const days = range
    ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
    : daysText.split(',').map(Number);
  if (!days.length || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw new Error('PRIVACY_WORKING_DAYS must be ISO weekdays (1 Monday to 7 Sunday): 1-5 or 1,2,3,4,5');
  }
  return {
    hours: { start, end, days },
    afterHoursMinReads: positive(env, 'PRIVACY_AFTER_HOURS_MIN_READS', 3),
    spikeFactor: positive(env, 'PRIVACY_SPIKE_FACTOR', 3),
    spikeMinReads: positive(env, 'PRIVACY_SPIKE_MIN_READS', 20),
    spikeBaselineDays: Math.trunc(positive(env, 'PRIVACY_SPIKE_BASELINE_DAYS', 28)),
    spikeHistoryDays: Math.trunc(positive(env, 'PRIVACY_SPIKE_HISTORY_DAYS', 5)),
    denialMinYouths: positive(env, 'PRIVACY_DENIAL_MIN_YOUTHS', 3),
  };
}

const DAY_MS = 86_400_000;
const dayShift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The alert id: what it is about, readable, and the same however often it is computed. */
export const alertId = (kind: PrivacyAlertKind, agency: string, day: string, subject: string) =>
  `${kind}/${agency}/${day}/${subject}`;

/** Reads an alert id back; null if it is not one. */
export function parseAlertId(
  id: string,
): { kind: PrivacyAlertKind; agency: string; day: string; subject: string } | null {
  const match =
    /^(AFTER_HOURS|DAILY_SPIKE|OFF_TEAM_DENIALS|GRANT_NOT_JUSTIFIED)\/([A-Z_]+)\/(\d{4}-\d{2}-\d{2})\/(.{1,200})$/.exec(
      id,
    );
  if (!match || !Number.isFinite(Date.parse(match[3]!))) return null;
  return { kind: match[1] as PrivacyAlertKind, agency: match[2]!, day: match[3]!, subject: match[4]! };
}

function toAlert(
  kind: PrivacyAlertKind,
  agency: string,
  d: ViewerDay,
  timeZone: string,
  count: number,
  summary: string,
  baseline: number | null = null,
): PrivacyAlert {
  const bounds = consentBounds(d.day, d.day, timeZone);
  return {
    id: alertId(kind, agency, d.day, d.viewerSub),
    kind,
    agency,
    day: d.day,
    viewerSub: d.viewerSub,
    viewerName: d.viewerName,
    viewerAgency: d.viewerAgency,
    viewerRole: d.viewerRole,
    count,
    baseline,
    summary,
    rowIds: d.seqs.map((seq) => `${agency}:${seq}`),
    emergencyGrantId: null,
    from: bounds.from,
    to: bounds.to!,
  };
}

/** DAILY_SPIKE: the days a viewer read far more than their own usual (the mean over the days before). */
export function dailySpikes(
  days: readonly ViewerDay[],
  config: AlertConfig,
  fromDay: string,
): (ViewerDay & { baseline: number })[] {
  const byViewer = new Map<string, ViewerDay[]>();
  for (const d of days) byViewer.set(d.viewerSub, [...(byViewer.get(d.viewerSub) ?? []), d]);
  const raised: (ViewerDay & { baseline: number })[] = [];
  for (const list of byViewer.values()) {
    for (const d of list) {
      if (d.day < fromDay || d.rows < config.spikeMinReads) continue;
      const since = dayShift(d.day, -config.spikeBaselineDays);
      const history = list.filter((h) => h.day >= since && h.day < d.day);
      if (history.length < config.spikeHistoryDays) continue;
      const baseline = history.reduce((n, h) => n + h.rows, 0) / history.length;
      if (d.rows >= config.spikeFactor * baseline) raised.push({ ...d, baseline });
    }
  }
  return raised;
}

/**
 * This agency's alerts for the period, computed now from its own log (the data owner watches its
 * own disclosures, as it accounts for them). Oversight, decided here by the policy's `oversee`
 * rules: privacy officers acting for AUDIT. An alert names a viewer, a day and row numbers, never
 * a youth; the rows behind it are read through `accessByViewer`, which logs every youth it shows.
 */
export async function privacyAlertsPart(ref: { id: string }, _args: unknown, ctx: SubgraphContext) {
  const decision = await ctx.access.may('oversee');
  if (!decision.allowed) {
    const { reason, ruleId, legalBasis } = decision;
    throw new GraphQLError('Only privacy officers acting for AUDIT read the alerts', {
      extensions: { code: 'FORBIDDEN', reason, ruleId, legalBasis },
    });
  }
  const window = parseAlertsId(ref.id);
  const config = readAlertConfig();
  const timeZone = ctx.timeZone;
  const agency = ctx.access.owner;
  const bounds = consentBounds(window.from, window.to, timeZone);
  const from = new Date(bounds.from);
  const to = new Date(bounds.to!);
  const historyFrom = new Date(consentBounds(dayShift(window.from, -config.spikeBaselineDays), null, timeZone).from);
  const grantDay = new Map((window.notJustified ?? []).map((g) => [g.grantId, g.day]));
  const [afterHours, daily, denials, underGrants] = await Promise.all([
    afterHoursReads(ctx.database, { from, to, timeZone, hours: config.hours, min: config.afterHoursMinReads }),
    dailyReads(ctx.database, { from: historyFrom, to, timeZone }),
    offTeamDenials(ctx.database, { from, to, timeZone, min: config.denialMinYouths }),
    readsUnderGrants(ctx.database, [...grantDay.keys()]),
  ]);
  const hours = `${config.hours.start}–${config.hours.end}`;
  return [
    ...afterHours.map((d) =>
      toAlert('AFTER_HOURS', agency, d, timeZone, d.rows, `${d.rows} reads outside working hours (${hours})`),
    ),
    ...dailySpikes(daily, config, window.from).map((d) =>
      toAlert(
        'DAILY_SPIKE',
        agency,
        d,
        timeZone,
        d.rows,
        `${d.rows} reads in a day against a usual ${d.baseline.toFixed(1)}`,
        Math.round(d.baseline * 10) / 10,
      ),
    ),
    ...denials.map((d) =>
      toAlert(
        'OFF_TEAM_DENIALS',
        agency,
        d,
        timeZone,
        d.youths,
        `Denied for ${d.youths} youths off the viewer's teams (${d.rows} requests)`,
      ),
    ),
    ...underGrants.map((g): PrivacyAlert => ({
      id: alertId('GRANT_NOT_JUSTIFIED', agency, grantDay.get(g.emergencyGrantId)!, g.emergencyGrantId),
      kind: 'GRANT_NOT_JUSTIFIED',
      agency,
      day: grantDay.get(g.emergencyGrantId)!,
      viewerSub: g.viewerSub,
      viewerName: g.viewerName,
      viewerAgency: g.viewerAgency,
      viewerRole: g.viewerRole,
      count: g.rows,
      baseline: null,
      summary: `${g.rows} reads of ${g.youths === 1 ? 'the youth' : `${g.youths} youths`} under a grant found not justified`,
      rowIds: g.seqs.map((seq) => `${agency}:${seq}`),
      emergencyGrantId: g.emergencyGrantId,
      from: g.first.toISOString(),
      to: new Date(g.last.getTime() + 1).toISOString(),
    })),
  ].sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id));
}
