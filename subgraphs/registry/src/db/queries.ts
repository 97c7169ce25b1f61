import { and, asc, count, desc, eq, gt, inArray, isNull, lte, or, sql, gte, type SQL } from 'drizzle-orm';
import { countyDate, isUuid, type Database, type HubDb } from '@hub/subgraph-kit';
import type {
  Agency,
  ConsentFact,
  CourtOrderFact,
  DataCategory,
  PurposeOfUse,
  Viewer,
  YouthFacts,
} from '@hub/policies';
import { memberOn } from './roster.ts';
import {
  agencyLink,
  consent,
  courtOrder,
  emergencyGrant,
  mdtTeam,
  teamMember,
  youth,
  type ConsentRow,
  type EmergencyGrantRow,
  type TeamMemberRow,
  type YouthRow,
} from './schema.ts';

export { isUuid };

export async function youthsByIds({ db }: Database, ids: readonly string[]): Promise<YouthRow[]> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return [];
  return db.select().from(youth).where(inArray(youth.id, valid));
}

export type TeamMemberWithYouth = TeamMemberRow & { youthId: string };

/** Current members of the teams of these youths. */
export async function teamMembersOf(
  { db }: Database,
  youthIds: readonly string[],
  today: string,
): Promise<TeamMemberWithYouth[]> {
  if (!youthIds.length) return [];
  const rows = await db
    .select({ member: teamMember, youthId: mdtTeam.youthId })
    .from(teamMember)
    .innerJoin(mdtTeam, eq(teamMember.teamId, mdtTeam.id))
    .where(and(inArray(mdtTeam.youthId, [...youthIds]), memberOn(sql`${teamMember}`, today)))
    .orderBy(asc(teamMember.role), asc(teamMember.name));
  return rows.map((r) => ({ ...r.member, youthId: r.youthId }));
}

/** One youth's facts as the single statement returns them: times as epoch milliseconds. */
interface FactsRow {
  youth_id: string;
  served_by: string[] | null;
  role: string | null;
  consents: {
    id: string;
    grantor: string;
    categories: string[];
    recipientAgencies: string[];
    purposes: string[];
    fromMs: number;
    toMs: number | null;
    revoked: boolean;
    formReference: string;
    withinTeam: boolean;
    teamEndedMs: number | null;
  }[];
  restrictions: {
    id: string;
    categories: string[];
    recipientAgencies: string[];
    fromMs: number;
    liftedMs: number | null;
  }[];
  in_program_of: string[] | null;
  orders: {
    id: string;
    reference: string;
    agency: string;
    categories: string[];
    purposes: string[];
    fromMs: number;
    toMs: number | null;
  }[];
  grant: { id: string; expiresAtMs: number } | null;
}

/**
 * What the policies need about (viewer, each youth), read fresh on every request in ONE statement:
 * the agencies serving each youth, the viewer's active team role, the youth's consents and court
 * orders, and the viewer's emergency grant in effect (the one that runs longest). Times come back
 * as epoch milliseconds, the same number on both engines whatever the session's time zone.
 */
export async function accessFacts(
  database: Database,
  viewer: Viewer,
  ids: readonly string[],
  now: Date,
  timeZone: string,
): Promise<YouthFacts[]> {
  // Ids compare in lower case (uuid columns print that way); each answer keeps the id as asked.
  const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
  const today = countyDate(now, timeZone);
  const rows = valid.length
    ? await database.rows<FactsRow>(sql`
      select y.youth_id::text as youth_id,
        (select json_agg(l.agency order by l.agency) from agency_link l where l.youth_id = y.youth_id) as served_by,
        (select min(m.role) from team_member m join mdt_team t on t.id = m.team_id
          where t.youth_id = y.youth_id and m.person_id = ${viewer.sub} and ${memberOn(sql`m`, today)}) as role,
        coalesce((select json_agg(json_build_object(
            'id', c.id, 'grantor', c.grantor, 'categories', c.categories,
            'recipientAgencies', c.recipient_agencies, 'purposes', c.purposes,
            'fromMs', extract(epoch from c.effective_from) * 1000,
            'toMs', extract(epoch from c.effective_to) * 1000,
            'revoked', c.revoked_at is not null, 'formReference', c.form_reference,
            'withinTeam', c.within_team,
            'teamEndedMs', (select extract(epoch from te.ended_at) * 1000 from mdt_team t
              join mdt_team_end te on te.team_id = t.id where t.youth_id = c.youth_id)) order by c.effective_from, c.id)
          from consent c where c.youth_id = y.youth_id), '[]'::json) as consents,
        coalesce((select json_agg(json_build_object(
            'id', r.id, 'categories', r.categories, 'recipientAgencies', r.recipient_agencies,
            'fromMs', extract(epoch from r.recorded_at) * 1000,
            'liftedMs', extract(epoch from l.lifted_at) * 1000) order by r.recorded_at, r.id)
          from consent_restriction r left join consent_restriction_lift l on l.restriction_id = r.id
          where r.youth_id = y.youth_id), '[]'::json) as restrictions,
        (select json_agg(distinct p.agency) from treatment_program_youth py
          join treatment_program p on p.id = py.program_id
          join treatment_program_staff st on st.program_id = p.id
          where py.youth_id = y.youth_id and st.person_id = ${viewer.sub}
            and st.from_date <= ${today}::date and (st.to_date is null or st.to_date >= ${today}::date)) as in_program_of,
        coalesce((select json_agg(json_build_object(
            'id', o.id, 'agency', o.agency, 'categories', o.categories, 'purposes', o.purposes,
            'reference', o.case_number || coalesce(', ' || o.order_reference, ''),
            'fromMs', extract(epoch from o.effective_from) * 1000,
            'toMs', extract(epoch from least(o.effective_to, e.ended_at)) * 1000) order by o.effective_from, o.id)
          from court_order o left join court_order_end e on e.order_id = o.id
          where o.youth_id = y.youth_id
            and (e.ended_at is null or e.ended_at > ${now.toISOString()}::timestamptz)), '[]'::json) as orders,
        (select json_build_object('id', g.id, 'expiresAtMs', extract(epoch from g.expires_at) * 1000)
          from emergency_grant g
          where g.youth_id = y.youth_id and g.requester_sub = ${viewer.sub}
            and g.granted_at <= ${now.toISOString()}::timestamptz and g.expires_at > ${now.toISOString()}::timestamptz
            and g.ended_at is null
          order by g.expires_at desc limit 1) as "grant"
      from unnest(${`{${valid.join(',')}}`}::uuid[]) as y(youth_id)`)
    : [];
  const byId = new Map(rows.map((r) => [r.youth_id, r]));
  return ids.map((asked): YouthFacts => {
    const row = byId.get(asked.toLowerCase());
    return {
      youthId: asked,
      servedBy: (row?.served_by ?? []) as Agency[],
      team: row?.role ? { onTeam: true, role: row.role as Viewer['role'] } : { onTeam: false },
      consents: (row?.consents ?? []).map((c): ConsentFact => ({
        id: c.id,
        grantor: c.grantor as ConsentFact['grantor'],
        categories: c.categories as DataCategory[],
        recipientAgencies: c.recipientAgencies as Agency[],
        purposes: c.purposes as PurposeOfUse[],
        status: c.revoked ? 'REVOKED' : c.toMs !== null && c.toMs <= now.getTime() ? 'EXPIRED' : 'ACTIVE',
        effectiveFrom: new Date(c.fromMs).toISOString(),
        effectiveTo: c.toMs === null ? null : new Date(c.toMs).toISOString(),
        formReference: c.formReference,
        ...(c.withinTeam
          ? { withinTeam: { teamEndedAt: c.teamEndedMs === null ? null : new Date(c.teamEndedMs).toISOString() } }
          : {}),
      })),
      restrictions: (row?.restrictions ?? []).map((r) => ({
        id: r.id,
        categories: r.categories as DataCategory[],
        recipientAgencies: r.recipientAgencies as Agency[],
        effectiveFrom: new Date(r.fromMs).toISOString(),
        endedAt: r.liftedMs === null ? null : new Date(r.liftedMs).toISOString(),
      })),
      inProgramOf: (row?.in_program_of ?? []) as Agency[],
      courtOrders: (row?.orders ?? []).map((o): CourtOrderFact => ({
        id: o.id,
        reference: o.reference,
        agency: o.agency as Agency,
        categories: o.categories as DataCategory[],
        purposes: o.purposes as PurposeOfUse[],
        effectiveFrom: new Date(o.fromMs).toISOString(),
        effectiveTo: o.toMs === null ? null : new Date(o.toMs).toISOString(),
      })),
      emergencyGrant: row?.grant
        ? { id: row.grant.id, expiresAt: new Date(row.grant.expiresAtMs).toISOString() }
        : null,
    };
  });
}

/** The requester's grants in effect at `now`: granted, not yet expired (expiry is exclusive), not ended. */
function grantInEffect(sub: string, now: Date): SQL {
  return and(
    eq(emergencyGrant.requesterSub, sub),
    lte(emergencyGrant.grantedAt, now),
    gt(emergencyGrant.expiresAt, now),
    isNull(emergencyGrant.endedAt),
  )!;
}

/** Every consent of these youths, newest first. */
export async function consentsOf({ db }: Database, youthIds: readonly string[]): Promise<ConsentRow[]> {
  const valid = youthIds.filter(isUuid);
  if (!valid.length) return [];
  return db.select().from(consent).where(inArray(consent.youthId, valid)).orderBy(desc(consent.recordedAt));
}

export async function consentById({ db }: Database, id: string): Promise<ConsentRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(consent).where(eq(consent.id, id));
  return row;
}

/** In the caller's transaction (committed with its disclosure row). */
export async function insertConsent(db: HubDb, row: typeof consent.$inferInsert): Promise<ConsentRow> {
  const [inserted] = await db.insert(consent).values(row).returning();
  return inserted!;
}

/** Revokes a consent unless it already is; returns the revoked row, or undefined if it was. */
export async function revokeConsentRow(
  db: HubDb,
  id: string,
  by: string,
  reason: string,
  at: Date,
): Promise<ConsentRow | undefined> {
  const [row] = await db
    .update(consent)
    .set({ revokedAt: at.toISOString(), revokedBy: by, revokeReason: reason })
    .where(and(eq(consent.id, id), isNull(consent.revokedAt)))
    .returning();
  return row;
}

// Emergency (break-glass) grants and their review.

export type NewEmergencyGrant = typeof emergencyGrant.$inferInsert;

/** The requester's grant for this youth in effect at `now`, if any (the latest to expire). */
export async function activeEmergencyGrant(
  { db }: Database,
  youthId: string,
  sub: string,
  now: Date,
): Promise<EmergencyGrantRow | undefined> {
  if (!isUuid(youthId)) return undefined;
  const [row] = await db
    .select()
    .from(emergencyGrant)
    .where(and(eq(emergencyGrant.youthId, youthId.toLowerCase()), grantInEffect(sub, now)))
    .orderBy(desc(emergencyGrant.expiresAt))
    .limit(1);
  return row;
}

/**
 * Records a grant unless the requester already holds one for this youth: then nothing is written
 * and the grant in effect is returned as `existing`. Run in the caller's transaction (committed
 * with its disclosure row): the check and the insert hold a transaction lock on (youth,
 * requester), so two concurrent requests cannot both grant.
 */
export async function insertEmergencyGrant(
  tx: HubDb,
  row: NewEmergencyGrant & { grantedAt: Date },
): Promise<{ granted: EmergencyGrantRow } | { existing: EmergencyGrantRow }> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${row.youthId}|${row.requesterSub}`}, 0))`);
  const [existing] = await tx
    .select()
    .from(emergencyGrant)
    .where(and(eq(emergencyGrant.youthId, row.youthId), grantInEffect(row.requesterSub, row.grantedAt)))
    .limit(1);
  if (existing) return { existing };
  const [granted] = await tx.insert(emergencyGrant).values(row).returning();
  return { granted: granted! };
}

export async function emergencyGrantById({ db }: Database, id: string): Promise<EmergencyGrantRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(emergencyGrant).where(eq(emergencyGrant.id, id.toLowerCase()));
  return row;
}

/** The review queue, oldest grant first; `after` is the last (grantedAt, id) of the previous page. */
export async function emergencyReviewPage(
  { db }: Database,
  opts: {
    status: 'OPEN' | 'CLOSED' | null;
    first: number;
    after?: { grantedAt: Date; id: string } | undefined;
  },
): Promise<{ rows: EmergencyGrantRow[]; total: number }> {
  const byStatus = opts.status ? eq(emergencyGrant.reviewStatus, opts.status) : undefined;
  const after = opts.after
    ? or(
        gt(emergencyGrant.grantedAt, opts.after.grantedAt),
        and(eq(emergencyGrant.grantedAt, opts.after.grantedAt), gt(emergencyGrant.id, opts.after.id)),
      )
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(emergencyGrant)
      .where(and(byStatus, after))
      .orderBy(asc(emergencyGrant.grantedAt), asc(emergencyGrant.id))
      .limit(opts.first + 1),
    db.select({ n: count() }).from(emergencyGrant).where(byStatus),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Closes an open review with a finding; undefined when the grant is not open (unknown or already closed). */
export async function closeEmergencyReviewRow(
  db: HubDb,
  id: string,
  review: { finding: string; note: string; by: string; at: Date },
): Promise<EmergencyGrantRow | undefined> {
  const [row] = await db
    .update(emergencyGrant)
    .set({
      reviewStatus: 'CLOSED',
      finding: review.finding,
      reviewNote: review.note,
      reviewedBy: review.by,
      reviewedAt: review.at,
    })
    .where(and(eq(emergencyGrant.id, id), eq(emergencyGrant.reviewStatus, 'OPEN')))
    .returning();
  return row;
}

/**
 * The youths an accounting request may be about: the hub id, an agency's local id (exact), or part
 * of a name (given, family, preferred, an alias). No caseload bound: the caller is a privacy officer.
 */
export async function accountingSubjects(
  { db }: Database,
  search: string,
  limit: number,
): Promise<{ row: YouthRow; matchedBy: 'HUB_ID' | 'LOCAL_ID' | 'NAME' }[]> {
  const term: string = search.trim();
  if (isUuid(term)) {
    const rows = await db.select().from(youth).where(eq(youth.id, term.toLowerCase())).limit(1);
    return rows.map((row) => ({ row, matchedBy: 'HUB_ID' as const }));
  }
  const byLocal = await db
    .select({ row: youth })
    .from(agencyLink)
    .innerJoin(youth, eq(agencyLink.youthId, youth.id))
    .where(eq(agencyLink.localId, term))
    .orderBy(asc(youth.id))
    .limit(limit);
  const pattern = `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const byName = await db
    .select()
    .from(youth)
    .where(
      sql`(${youth.givenName} ilike ${pattern} or ${youth.familyName} ilike ${pattern} or ${youth.preferredName} ilike ${pattern}
        or exists (select 1 from unnest(${youth.aliases}) a where a ilike ${pattern})
        or (${youth.givenName} || ' ' || ${youth.familyName}) ilike ${pattern})`,
    )
    .orderBy(asc(youth.familyName), asc(youth.givenName), asc(youth.id))
    .limit(limit);
  const found = new Map<string, { row: YouthRow; matchedBy: 'LOCAL_ID' | 'NAME' }>();
  for (const { row } of byLocal) found.set(row.id, { row, matchedBy: 'LOCAL_ID' });
  for (const row of byName) if (!found.has(row.id)) found.set(row.id, { row, matchedBy: 'NAME' });
  return [...found.values()].slice(0, limit);
}

/**
 * Ends a grant still in effect at `at` (in the caller's transaction, committed with its disclosure
 * row): only the end columns are written, once. Undefined when it had already ended or run out.
 */
export async function endEmergencyGrantRow(
  db: HubDb,
  id: string,
  end: { by: string; reason: string; at: Date },
): Promise<EmergencyGrantRow | undefined> {
  const [row] = await db
    .update(emergencyGrant)
    .set({ endedAt: end.at, endedBy: end.by, endedReason: end.reason })
    .where(and(eq(emergencyGrant.id, id), isNull(emergencyGrant.endedAt), gt(emergencyGrant.expiresAt, end.at)))
    .returning();
  return row;
}
