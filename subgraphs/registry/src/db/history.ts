import type { DisclosureEntry } from '@hub/subgraph-kit/audit';
import type { Database } from '@hub/subgraph-kit';
import { emergencyGrant } from './schema.ts';

interface Person {
  id: string;
  name: string;
  agency: string;
  role: string;
}

/** An emergency grant of the past, already reviewed: what a demo's history (or an import) records. */
export interface ReviewedGrant {
  id: string;
  youthId: string;
  requester: Person;
  reason: string;
  grantedAt: Date;
  expiresAt: Date;
  finding: 'JUSTIFIED' | 'NOT_JUSTIFIED' | 'NEEDS_FOLLOW_UP';
  reviewNote: string;
  reviewer: Person;
  reviewedAt: Date;
}

/**
 * Records a past grant with its review (reviewed after it ran out, so nothing ends it) and returns
 * the two disclosure rows that go with it (EMERGENCY_GRANT at its grant, EMERGENCY_REVIEW at its
 * review), for the caller to write through the log (`DisclosureLog.appendHistory`) in time order.
 */
export async function recordReviewedGrant(
  { db }: Database,
  grant: ReviewedGrant,
  policyVersion: string,
): Promise<(DisclosureEntry & { at: Date })[]> {
  await db.insert(emergencyGrant).values({
    id: grant.id,
    youthId: grant.youthId,
    requesterSub: grant.requester.id,
    requesterName: grant.requester.name,
    requesterAgency: grant.requester.agency,
    requesterRole: grant.requester.role,
    reason: grant.reason,
    grantedAt: grant.grantedAt,
    expiresAt: grant.expiresAt,
    reviewStatus: 'CLOSED',
    finding: grant.finding,
    reviewNote: grant.reviewNote,
    reviewedBy: grant.reviewer.id,
    reviewedAt: grant.reviewedAt,
  });
  return (
    [
      [grant.requester, 'EMERGENCY_GRANT', 'EMERGENCY', grant.grantedAt],
      [grant.reviewer, 'EMERGENCY_REVIEW', 'AUDIT', grant.reviewedAt],
    ] as const
  ).map(([who, access, purpose, at]) => ({
    at,
    requestId: `history-${access.toLowerCase()}-${grant.id}`,
    viewerSub: who.id,
    viewerName: who.name,
    viewerAgency: who.agency,
    viewerRole: who.role,
    purpose,
    access,
    youthId: grant.youthId,
    released: [],
    denied: [],
    policyVersion,
    emergencyGrantId: grant.id,
    basis: [],
  }));
}
