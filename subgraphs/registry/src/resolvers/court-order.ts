import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { courtOrderProblems, type Agency, type DataCategory, type PurposeOfUse } from '@hub/policies';
import { badInput, consentBounds, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import { courtOrderById, endCourtOrderRow, insertCourtOrder, type CourtOrderWithEnd } from '../db/court-orders.ts';
import type { AmendCourtOrderInput, CourtOrderResolvers, MutationResolvers } from '../generated/resolvers-types.ts';
import { forbidden } from './refusal.ts';

const MAX_REASON = 2000;
const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

/** Same words as a youth that does not exist: an order of a youth off the caller's teams is as missing. */
const notFound = () => badInput('No such youth or court order, or it is not on your caseload');

export function courtOrderStatus(
  order: CourtOrderWithEnd,
  now = new Date(),
): 'ACTIVE' | 'ENDED' | 'SUPERSEDED' | 'EXPIRED' {
  if (order.end && Date.parse(order.end.endedAt) <= now.getTime())
    return order.end.supersededBy ? 'SUPERSEDED' : 'ENDED';
  if (order.effectiveTo && Date.parse(order.effectiveTo) <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

/**
 * The youth must be linked to the viewer (else the answer for a youth that does not exist), and
 * the viewer the youth's MDT coordinator (the policy's `manage-court-orders` rules).
 */
async function authorize(ctx: SubgraphContext, youthId: string): Promise<string> {
  if (!isUuid(youthId)) throw badInput('youthId must be a UUID');
  const id = youthId.toLowerCase();
  if (!(await ctx.access.may('see-youth', id)).allowed) throw notFound();
  const decision = await ctx.access.may('manage-court-orders', id);
  if (!decision.allowed) {
    throw forbidden("Only the youth's MDT coordinator may record, end or amend court orders", decision);
  }
  return id;
}

type Terms = AmendCourtOrderInput;

/** The order's terms checked (each problem names its field) and bounded like a consent's dates. */
function terms(input: Terms, timeZone: string) {
  const problems = courtOrderProblems({
    ...input,
    categories: input.categories as DataCategory[],
    agency: input.agency as Agency,
    purposes: input.purposes as PurposeOfUse[],
  });
  if (problems.length) {
    throw new GraphQLError(`Court order not recorded: ${problems.join('; ')}`, {
      extensions: { code: 'BAD_USER_INPUT', problems },
    });
  }
  const bounds = consentBounds(input.effectiveFrom, input.effectiveTo, timeZone);
  return {
    court: input.court.trim(),
    caseNumber: input.caseNumber.trim(),
    orderReference: input.orderReference.trim(),
    categories: [...input.categories],
    agency: input.agency,
    purposes: [...input.purposes],
    effectiveFrom: bounds.from,
    effectiveTo: bounds.to,
  };
}

function reasonText(reason: string): string {
  const why = reason.trim();
  if (!why) throw badInput('reason must not be empty');
  if (why.length > MAX_REASON) throw badInput(`reason must be at most ${MAX_REASON} characters`);
  if (why.includes('\u0000')) throw badInput('reason must not contain NUL characters');
  return why;
}

/** An order to end or amend: one the caller manages, still in effect (or not yet in effect). */
async function managedOrder(ctx: SubgraphContext, id: string): Promise<CourtOrderWithEnd> {
  if (!isUuid(id)) throw badInput('id must be a UUID');
  const existing = await courtOrderById(ctx.database, id);
  if (!existing) throw notFound();
  await authorize(ctx, existing.youthId);
  const status = courtOrderStatus(existing);
  if (status !== 'ACTIVE') throw badInput(`This court order has already ${status === 'EXPIRED' ? 'expired' : 'ended'}`);
  return existing;
}

export const courtOrderMutations: Pick<MutationResolvers, 'recordCourtOrder' | 'endCourtOrder' | 'amendCourtOrder'> = {
  async recordCourtOrder(_root, { input }, ctx) {
    const youthId = await authorize(ctx, input.youthId);
    const order = terms(input, ctx.timeZone);
    // The order and its disclosure row are committed together: neither is kept without the other.
    return ctx.disclosures.commit(youthId, 'COURT_ORDER', (tx) =>
      insertCourtOrder(tx, { id: randomUUID(), youthId, ...order, recordedBy: ctx.viewer.sub }),
    );
  },

  async endCourtOrder(_root, { id, reason }, ctx) {
    const existing = await managedOrder(ctx, id);
    const why = reasonText(reason);
    return ctx.disclosures.commit(existing.youthId, 'COURT_ORDER', async (tx) => {
      const end = await endCourtOrderRow(tx, {
        orderId: existing.id,
        endedAt: new Date().toISOString(),
        endedBy: ctx.viewer.sub,
        reason: why,
      });
      if (!end) throw badInput('This court order has already ended');
      return { ...existing, end };
    });
  },

  async amendCourtOrder(_root, { id, input, reason }, ctx) {
    const existing = await managedOrder(ctx, id);
    const order = terms(input, ctx.timeZone);
    const why = reasonText(reason);
    const newId = randomUUID();
    // The amendment is a new order; the old one ends at the same instant, superseded by it.
    return ctx.disclosures.commit(existing.youthId, 'COURT_ORDER', async (tx) => {
      const amended = await insertCourtOrder(tx, {
        id: newId,
        youthId: existing.youthId,
        ...order,
        supersedes: existing.id,
        recordedBy: ctx.viewer.sub,
      });
      const end = await endCourtOrderRow(tx, {
        orderId: existing.id,
        endedAt: new Date().toISOString(),
        endedBy: ctx.viewer.sub,
        reason: why,
        supersededBy: newId,
      });
      if (!end) throw badInput('This court order has already ended');
      return amended;
    });
  },
};

export const CourtOrder: CourtOrderResolvers = {
  status: (order) => courtOrderStatus(order),
  effectiveFrom: (order) => iso(order.effectiveFrom)!,
  effectiveTo: (order) => iso(order.effectiveTo),
  recordedAt: (order) => iso(order.recordedAt),
  endedAt: (order) => iso(order.end?.endedAt ?? null),
  endedBy: (order) => order.end?.endedBy ?? null,
  endReason: (order) => order.end?.reason ?? null,
  supersededBy: (order) => order.end?.supersededBy ?? null,
};
