import { and, asc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import type { Database } from '@hub/subgraph-kit';
import { emergencyGrant, privacyAlertFinding, youth, type PrivacyAlertFindingRow } from './schema.ts';

/** The findings kept on alerts of the county days `from` to `to` (inclusive). */
export function alertFindings({ db }: Database, from: string, to: string): Promise<PrivacyAlertFindingRow[]> {
  return db
    .select()
    .from(privacyAlertFinding)
    .where(and(gte(privacyAlertFinding.day, from), lte(privacyAlertFinding.day, to)))
    .orderBy(asc(privacyAlertFinding.day), asc(privacyAlertFinding.alertId));
}

/** Keeps a finding; null if the alert already has one (an alert closes once). */
export async function insertAlertFinding(
  { db }: Database,
  row: PrivacyAlertFindingRow,
): Promise<PrivacyAlertFindingRow | null> {
  const [kept] = await db.insert(privacyAlertFinding).values(row).onConflictDoNothing().returning();
  return kept ?? null;
}

/** The grants whose review found them not justified between two instants (from inclusive, to exclusive). */
export function grantsFoundNotJustified(
  { db }: Database,
  from: Date,
  to: Date,
): Promise<{ id: string; reviewedAt: Date | null }[]> {
  return db
    .select({ id: emergencyGrant.id, reviewedAt: emergencyGrant.reviewedAt })
    .from(emergencyGrant)
    .where(
      and(
        eq(emergencyGrant.finding, 'NOT_JUSTIFIED'),
        gte(emergencyGrant.reviewedAt, from),
        lt(emergencyGrant.reviewedAt, to),
      ),
    );
}

/** The youths' names and dates of birth, for the initials an oversight screen may show. */
export function youthsByIds({ db }: Database, ids: readonly string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select({
      id: youth.id,
      givenName: youth.givenName,
      preferredName: youth.preferredName,
      familyName: youth.familyName,
      dateOfBirth: youth.dateOfBirth,
    })
    .from(youth)
    .where(inArray(youth.id, [...ids]));
}
