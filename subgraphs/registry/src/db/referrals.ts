import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { isUuid, type Database, type HubDb } from '@hub/subgraph-kit';
import {
  agencyLink,
  mdtReferral,
  mdtReferralDecision,
  youth,
  type MdtReferralDecisionRow,
  type MdtReferralRow,
} from './schema.ts';

/** A referral with its decision, once decided. */
export type ReferralWithDecision = MdtReferralRow & { decision: MdtReferralDecisionRow | null };

function referrals(db: HubDb) {
  return db
    .select({ referral: mdtReferral, decision: mdtReferralDecision })
    .from(mdtReferral)
    .leftJoin(mdtReferralDecision, eq(mdtReferralDecision.referralId, mdtReferral.id));
}
const joined = (r: { referral: MdtReferralRow; decision: MdtReferralDecisionRow | null }): ReferralWithDecision => ({
  ...r.referral,
  decision: r.decision,
});

export async function referralById(db: HubDb, id: string): Promise<ReferralWithDecision | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await referrals(db).where(eq(mdtReferral.id, id.toLowerCase()));
  return row ? joined(row) : undefined;
}

/** Open referrals: urgent ones first, then oldest first (the coordinator's inbox). */
export async function openReferrals({ db }: Database, limit: number): Promise<ReferralWithDecision[]> {
  const rows = await referrals(db)
    .where(isNull(mdtReferralDecision.referralId))
    .orderBy(sql`${mdtReferral.urgency} = 'URGENT' desc`, asc(mdtReferral.submittedAt), asc(mdtReferral.id))
    .limit(limit);
  return rows.map(joined);
}

/** A referrer's own referrals, newest first. */
export async function referralsBy({ db }: Database, sub: string, limit: number): Promise<ReferralWithDecision[]> {
  const rows = await referrals(db)
    .where(eq(mdtReferral.referredBy, sub))
    .orderBy(desc(mdtReferral.submittedAt), desc(mdtReferral.id))
    .limit(limit);
  return rows.map(joined);
}

/** The hub youth an agency's local id names in the crosswalk, if any. */
export async function youthByLocalId(db: HubDb, agency: string, localId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ youthId: agencyLink.youthId })
    .from(agencyLink)
    .where(and(eq(agencyLink.agency, agency), eq(agencyLink.localId, localId)));
  return row?.youthId;
}

export async function insertReferral(tx: HubDb, row: typeof mdtReferral.$inferInsert): Promise<ReferralWithDecision> {
  const [inserted] = await tx.insert(mdtReferral).values(row).returning();
  return { ...inserted!, decision: null };
}

const lockReferral = (tx: HubDb, id: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`referral|${id}`}, 0))`);

/**
 * Records the decision inside `tx`, under a lock on the referral, unless it is decided already:
 * then `already` and nothing is written.
 */
export async function insertDecision(
  tx: HubDb,
  row: typeof mdtReferralDecision.$inferInsert,
): Promise<MdtReferralDecisionRow | { already: true }> {
  await lockReferral(tx, row.referralId);
  const [existing] = await tx
    .select({ id: mdtReferralDecision.referralId })
    .from(mdtReferralDecision)
    .where(eq(mdtReferralDecision.referralId, row.referralId));
  if (existing) return { already: true };
  const [inserted] = await tx.insert(mdtReferralDecision).values(row).returning();
  return inserted!;
}

/** Who asks and why, for the crosswalk's own record of the link (migration 0003's triggers). */
const asActor = (by: string, reason: string) =>
  sql`select set_config('hub.actor', ${by}, true), set_config('hub.reason', ${reason}, true)`;

/**
 * The youth a referral of an unregistered youth is accepted for, inside `tx`: the youth the
 * referring agency's local id already names (linked since), else `linkTo` (the crosswalk gets the
 * local id for it), else a new youth registered from the referral (its hub id the referral's id).
 * `conflict` when `linkTo` is already linked to the agency under another local id.
 */
export async function registerOrLink(
  tx: HubDb,
  referral: MdtReferralRow,
  linkTo: string | undefined,
  actor: { by: string; reason: string },
): Promise<{ youthId: string } | { conflict: string }> {
  const agency = referral.referringAgency;
  const localId = referral.localId!;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`agency_link|${agency}`}, 0))`);
  const linked = await youthByLocalId(tx, agency, localId);
  if (linked) return { youthId: linked };
  await tx.execute(asActor(actor.by, actor.reason));
  if (linkTo) {
    const [current] = await tx
      .select()
      .from(agencyLink)
      .where(and(eq(agencyLink.agency, agency), eq(agencyLink.youthId, linkTo)));
    if (current) return { conflict: current.localId };
    await tx.insert(agencyLink).values({ agency, youthId: linkTo, localId });
    return { youthId: linkTo };
  }
  await tx.insert(youth).values({
    id: referral.id,
    givenName: referral.givenName!,
    familyName: referral.familyName!,
    dateOfBirth: referral.dateOfBirth!,
  });
  await tx.insert(agencyLink).values({ agency, youthId: referral.id, localId });
  return { youthId: referral.id };
}
