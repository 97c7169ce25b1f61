import { sql, type SQL } from 'drizzle-orm';
import { disclosureLog } from '../disclosure/table.ts';
import type { Database } from './database.ts';

/** The rule a denial carries when the youth is off the viewer's teams and caseload. */
export const OFF_TEAM_RULE = 'scope.not-on-team';
/** At most this many row numbers are handed back per alert (the rest are reached by its filter). */
export const ALERT_ROWS = 50;

/** One viewer's rows of one county day that matched a signal. */
export interface ViewerDay {
  viewerSub: string;
  viewerName: string | null;
  viewerAgency: string;
  viewerRole: string;
  /** The county day, ISO. */
  day: string;
  /** Rows counted. */
  rows: number;
  /** Distinct youths among them. */
  youths: number;
  /** Their sequence numbers, newest first, at most ALERT_ROWS. */
  seqs: number[];
}

export interface WorkingHours {
  /** 'HH:MM', county time: reads from this minute on are in hours... */
  start: string;
  /** ... up to (not including) this one. */
  end: string;
  /** ISO weekdays worked (1 Monday ... 7 Sunday). */
  days: readonly number[];
}

/** A read: the youth's records, something released. Accounting reads and denials are not. */
const READ = sql`${disclosureLog.access} = 'RECORD' and cardinality(${disclosureLog.released}) > 0`;

async function rowsOf(db: Database['logDb'], query: SQL): Promise<Record<string, unknown>[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as Record<string, unknown>[];
}

function viewerDays(
  db: Database['logDb'],
  timeZone: string,
  where: SQL,
  having: SQL = sql`true`,
): Promise<ViewerDay[]> {
  // The county day is computed once, inside, so the grouping is by one expression.
  return rowsOf(
    db,
    sql`select viewer_sub, max(viewer_name) as viewer_name, max(viewer_agency) as viewer_agency,
          max(viewer_role) as viewer_role, to_char(day, 'YYYY-MM-DD') as day, count(*)::int as rows,
          count(distinct youth_id)::int as youths,
          (array_agg(seq order by seq desc))[1:${sql.raw(String(ALERT_ROWS))}] as seqs
        from (select ${disclosureLog.viewerSub} as viewer_sub, ${disclosureLog.viewerName} as viewer_name,
            ${disclosureLog.viewerAgency} as viewer_agency, ${disclosureLog.viewerRole} as viewer_role,
            ${disclosureLog.youthId} as youth_id, ${disclosureLog.seq} as seq,
            (${disclosureLog.at} at time zone ${timeZone})::date as day
          from ${disclosureLog} where ${where}) as matched
        group by viewer_sub, day having ${having}
        order by day, viewer_sub`,
  ).then((rows) =>
    rows.map((r) => ({
      viewerSub: String(r.viewer_sub),
      viewerName: (r.viewer_name as string | null) ?? null,
      viewerAgency: String(r.viewer_agency),
      viewerRole: String(r.viewer_role),
      day: String(r.day),
      rows: Number(r.rows),
      youths: Number(r.youths),
      seqs: ((r.seqs as (number | string)[] | null) ?? []).map(Number),
    })),
  );
}

// Instants as ISO text: postgres.js takes no Date as a raw statement's parameter.
const inPeriod = (from: Date, to: Date) =>
  sql`${disclosureLog.at} >= ${from.toISOString()}::timestamptz and ${disclosureLog.at} < ${to.toISOString()}::timestamptz`;

/** Each viewer's reads outside working hours (county time), per day, where there were at least `min`. */
export function afterHoursReads(
  { logDb }: Database,
  q: { from: Date; to: Date; timeZone: string; hours: WorkingHours; min: number },
): Promise<ViewerDay[]> {
  const local = sql`(${disclosureLog.at} at time zone ${q.timeZone})`;
  const days = sql.raw(q.hours.days.map((d) => String(Math.trunc(d))).join(',') || '0');
  const outside = sql`(extract(isodow from ${local})::int not in (${days})
    or ${local}::time < ${q.hours.start}::time or ${local}::time >= ${q.hours.end}::time)`;
  return viewerDays(
    logDb,
    q.timeZone,
    sql`${READ} and ${inPeriod(q.from, q.to)} and ${outside}`,
    sql`count(*) >= ${q.min}`,
  );
}

/** Each viewer's reads per day (the days with any), for the daily-volume signal and its baseline. */
export function dailyReads({ logDb }: Database, q: { from: Date; to: Date; timeZone: string }): Promise<ViewerDay[]> {
  return viewerDays(logDb, q.timeZone, sql`${READ} and ${inPeriod(q.from, q.to)}`);
}

/** Each viewer's rows denied because the youth is off their teams, per day, where at least `min` youths. */
export function offTeamDenials(
  { logDb }: Database,
  q: { from: Date; to: Date; timeZone: string; min: number },
): Promise<ViewerDay[]> {
  const offTeam = JSON.stringify([{ allowed: false, ruleId: OFF_TEAM_RULE }]);
  return viewerDays(
    logDb,
    q.timeZone,
    sql`${disclosureLog.access} = 'RECORD' and cardinality(${disclosureLog.denied}) > 0
      and ${disclosureLog.basis} @> ${offTeam}::jsonb and ${inPeriod(q.from, q.to)}`,
    sql`count(distinct youth_id) >= ${q.min}`,
  );
}

/** Reads made under these emergency grants, per grant and viewer (the grant's requester). */
export async function readsUnderGrants(
  { logDb }: Database,
  grantIds: readonly string[],
): Promise<(Omit<ViewerDay, 'day'> & { emergencyGrantId: string; first: Date; last: Date })[]> {
  if (!grantIds.length) return [];
  const rows = await rowsOf(
    logDb,
    sql`select ${disclosureLog.emergencyGrantId} as grant_id, ${disclosureLog.viewerSub} as viewer_sub,
          max(${disclosureLog.viewerName}) as viewer_name, max(${disclosureLog.viewerAgency}) as viewer_agency,
          max(${disclosureLog.viewerRole}) as viewer_role, count(*)::int as rows,
          count(distinct ${disclosureLog.youthId})::int as youths,
          min(${disclosureLog.at}) as first_at, max(${disclosureLog.at}) as last_at,
          (array_agg(${disclosureLog.seq} order by ${disclosureLog.seq} desc))[1:${sql.raw(String(ALERT_ROWS))}] as seqs
        from ${disclosureLog}
        where ${disclosureLog.access} = 'RECORD' and ${disclosureLog.emergencyGrantId} in (${sql.join(
          grantIds.map((id) => sql`${id}`),
          sql`, `,
        )})
        group by ${disclosureLog.emergencyGrantId}, ${disclosureLog.viewerSub}`,
  );
  return rows.map((r) => ({
    emergencyGrantId: String(r.grant_id),
    viewerSub: String(r.viewer_sub),
    viewerName: (r.viewer_name as string | null) ?? null,
    viewerAgency: String(r.viewer_agency),
    viewerRole: String(r.viewer_role),
    rows: Number(r.rows),
    youths: Number(r.youths),
    first: new Date(r.first_at as string | Date),
    last: new Date(r.last_at as string | Date),
    seqs: ((r.seqs as (number | string)[] | null) ?? []).map(Number),
  }));
}
