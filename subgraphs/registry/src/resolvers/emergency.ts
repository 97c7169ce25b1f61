import { randomUUID } from 'node:crypto';
import { badInput, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import {
  activeEmergencyGrant,
  closeEmergencyReviewRow,
  emergencyGrantById,
  emergencyReviewPage,
  endEmergencyGrantRow,
  insertEmergencyGrant,
} from '../db/queries.ts';
import { youthsByIds } from '../db/privacy-alerts.ts';
import type { EmergencyGrantRow } from '../db/schema.ts';
import type {
  Agency,
  EmergencyGrantResolvers,
  EmergencyReviewFinding,
  EmergencyReviewStatus,
  MutationResolvers,
  QueryResolvers,
  Role,
} from '../generated/resolvers-types.ts';
import { requirePrivacyOfficer } from './privacy-officer.ts';
import { forbidden } from './refusal.ts';

const initial = (name: string | null) => (name?.trim() ? `${name.trim().charAt(0).toUpperCase()}.` : '');
const MIN_REASON = 20;
const MAX_TEXT = 2000;
const MAX_PAGE = 100;
const REVIEW = 'review emergency access';

const cursorOf = (row: EmergencyGrantRow) =>
  Buffer.from(`${row.grantedAt.toISOString()}|${row.id}`).toString('base64url');
function afterCursor(cursor: string): { grantedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const grantedAt = new Date(at ?? '');
  if (!isUuid(id) || Number.isNaN(grantedAt.getTime())) throw badInput('after is not a cursor from this connection');
  return { grantedAt, id };
}

function text(value: string, name: string, min: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min) {
    throw badInput(min > 1 ? `${name} must be at least ${min} characters` : `${name} must not be empty`);
  }
  if (trimmed.length > MAX_TEXT) throw badInput(`${name} must be at most ${MAX_TEXT} characters`);
  return trimmed;
}

/** Emergency access: the request, the requester's countdown, and the privacy officers' review. */
export function emergencyResolvers(accessMs: number): {
  Query: Pick<QueryResolvers, 'myEmergencyGrant' | 'emergencyReviewQueue'>;
  Mutation: Pick<MutationResolvers, 'requestEmergencyAccess' | 'closeEmergencyReview' | 'endEmergencyGrant'>;
  EmergencyGrant: EmergencyGrantResolvers;
} {
  return {
    Query: {
      async myEmergencyGrant(_root, { youthId }, ctx) {
        if (!isUuid(youthId)) throw badInput('youthId must be a UUID');
        return (await activeEmergencyGrant(ctx.database, youthId, ctx.viewer.sub, new Date())) ?? null;
      },

      async emergencyReviewQueue(_root, { status, first, after }, ctx) {
        await requirePrivacyOfficer(ctx, REVIEW);
        const size = first ?? 20;
        if (size < 1 || size > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`);
        const { rows, total } = await emergencyReviewPage(ctx.database, {
          status: status ?? null,
          first: size,
          after: after ? afterCursor(after) : undefined,
        });
        const page = rows.slice(0, size);
        // A grant's reason may describe the youth: the reviewer's read is logged like the accounting's.
        for (const grant of page) ctx.disclosures.note(grant.youthId, 'ACCOUNTING');
        return {
          edges: page.map((node) => ({ cursor: cursorOf(node), node })),
          pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? cursorOf(page.at(-1)!) : null },
          totalCount: total,
        };
      },
    },

    Mutation: {
      async requestEmergencyAccess(_root, { youthId, reason }, ctx) {
        await authorizeRequester(ctx, youthId);
        const why = text(reason, 'reason', MIN_REASON);
        const now = new Date();
        const id = randomUUID();
        const youth = youthId.toLowerCase();
        // The grant and its disclosure row are committed together; a second grant is refused and
        // rolls back with nothing written.
        return ctx.disclosures.commit(
          youth,
          'EMERGENCY_GRANT',
          async (tx) => {
            const result = await insertEmergencyGrant(tx, {
              id,
              youthId: youth,
              requesterSub: ctx.viewer.sub,
              requesterName: ctx.viewer.name ?? ctx.viewer.sub,
              requesterAgency: ctx.viewer.agency,
              requesterRole: ctx.viewer.role,
              reason: why,
              grantedAt: now,
              expiresAt: new Date(now.getTime() + accessMs),
            });
            if ('existing' in result) {
              throw badInput(
                `You already hold emergency access to this youth until ${result.existing.expiresAt.toISOString()}`,
              );
            }
            return result.granted;
          },
          { emergencyGrantId: id },
        );
      },

      async closeEmergencyReview(_root, { grantId, finding, note }, ctx) {
        await requirePrivacyOfficer(ctx, REVIEW);
        if (!isUuid(grantId)) throw badInput('grantId must be a UUID');
        const reviewNote = text(note, 'note', 1);
        const existing = await emergencyGrantById(ctx.database, grantId);
        if (!existing) throw badInput('No such emergency grant');
        if (existing.reviewStatus !== 'OPEN') throw badInput('This emergency review is already closed');
        const at = new Date();
        // A grant found not justified ends with the finding, if it is still in effect.
        const ends = finding === 'NOT_JUSTIFIED' && inEffect(existing, at);
        return ctx.disclosures.commit(
          existing.youthId,
          ends ? ['EMERGENCY_REVIEW', 'EMERGENCY_GRANT_ENDED'] : 'EMERGENCY_REVIEW',
          async (tx) => {
            const closed = await closeEmergencyReviewRow(tx, existing.id, {
              finding,
              note: reviewNote,
              by: ctx.viewer.sub,
              at,
            });
            if (!closed) throw badInput('This emergency review is already closed');
            if (!ends) return closed;
            const ended = await endEmergencyGrantRow(tx, existing.id, {
              by: ctx.viewer.sub,
              reason: `Review finding NOT_JUSTIFIED: ${reviewNote}`.slice(0, MAX_TEXT),
              at,
            });
            // Ended meanwhile by its requester: nothing is kept, the review is closed again.
            if (!ended) throw badInput('The grant ended meanwhile; close the review again');
            return ended;
          },
          { emergencyGrantId: existing.id },
        );
      },

      async endEmergencyGrant(_root, { grantId, reason }, ctx) {
        if (!isUuid(grantId)) throw badInput('grantId must be a UUID');
        const existing = await emergencyGrantById(ctx.database, grantId);
        const own = existing?.requesterSub === ctx.viewer.sub;
        const decision = await ctx.access.may('end-emergency', undefined, { own });
        if (!decision.allowed) {
          // A privacy officer sees every grant anyway; to anyone else another's grant is as missing.
          if (ctx.viewer.role === 'PRIVACY_OFFICER') {
            throw forbidden('Only a privacy officer acting for AUDIT, or its requester, may end a grant', decision);
          }
          throw badInput('No such emergency grant, or it is not yours');
        }
        if (!existing) throw badInput('No such emergency grant, or it is not yours');
        const why = text(reason, 'reason', 1);
        const at = new Date();
        if (existing.endedAt) throw badInput('This emergency grant has already ended');
        if (!inEffect(existing, at)) throw badInput('This emergency grant has already run out');
        return ctx.disclosures.commit(
          existing.youthId,
          'EMERGENCY_GRANT_ENDED',
          async (tx) => {
            const ended = await endEmergencyGrantRow(tx, existing.id, { by: ctx.viewer.sub, reason: why, at });
            if (!ended) throw badInput('This emergency grant has already ended');
            return ended;
          },
          { emergencyGrantId: existing.id },
        );
      },
    },

    EmergencyGrant: {
      /**
       * The youth as the oversight rule lets a privacy officer under AUDIT see them: initials and
       * date of birth (as accountingSubjects shows them); the read is logged as the queue's is.
       */
      async subject(row, _args, ctx) {
        if (!(await ctx.access.may('oversee')).allowed) return null;
        const [found] = await youthsByIds(ctx.database, [row.youthId]);
        if (!found) return null;
        ctx.disclosures.note(row.youthId, 'ACCOUNTING');
        return {
          youthId: found.id,
          initials: `${initial(found.preferredName ?? found.givenName)} ${initial(found.familyName)}`,
          dateOfBirth: found.dateOfBirth,
        };
      },
      requestedBy: (row) => ({
        sub: row.requesterSub,
        name: row.requesterName,
        agency: row.requesterAgency as Agency,
        role: row.requesterRole as Role,
      }),
      grantedAt: (row) => row.grantedAt.toISOString(),
      expiresAt: (row) => row.expiresAt.toISOString(),
      active: (row) => inEffect(row, new Date()),
      reviewStatus: (row) => row.reviewStatus as EmergencyReviewStatus,
      finding: (row) => row.finding as EmergencyReviewFinding | null,
      reviewedAt: (row) => row.reviewedAt?.toISOString() ?? null,
      endedAt: (row) => row.endedAt?.toISOString() ?? null,
    },
  };
}

/** Granted, not yet expired (expiry is exclusive) and not ended: what the access facts carry. */
function inEffect(row: EmergencyGrantRow, at: Date): boolean {
  return !row.endedAt && row.grantedAt.getTime() <= at.getTime() && row.expiresAt.getTime() > at.getTime();
}

/**
 * Only a current member of the youth's MDT may ask (rule emergency.request). A youth that does not
 * exist and one the viewer is not linked to get the same answer (as recordConsent gives).
 */
async function authorizeRequester(ctx: SubgraphContext, youthId: string): Promise<void> {
  if (!isUuid(youthId)) throw badInput('youthId must be a UUID');
  const id = youthId.toLowerCase();
  if (!(await ctx.access.may('see-youth', id)).allowed) throw badInput('No such youth, or it is not on your caseload');
  const decision = await ctx.access.may('request-emergency', id);
  if (!decision.allowed) throw forbidden("Only a member of the youth's MDT may request emergency access", decision);
}
