import { GraphQLError } from 'graphql';
import type { DenialReason } from '@hub/policies';
import type { SubgraphContext } from '@hub/subgraph-kit';

function forbidden(message: string, reason: DenialReason): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason } });
}

/** Oversight (the review queue, view-as) is for privacy officers acting for the AUDIT purpose only. */
export function requirePrivacyOfficer(ctx: SubgraphContext, what: string): void {
  if (ctx.viewer.role !== 'PRIVACY_OFFICER') throw forbidden(`Only privacy officers ${what}`, 'NEVER_SHARED');
  if (ctx.purpose !== 'AUDIT') {
    throw forbidden(`Privacy officers ${what} with the AUDIT purpose`, 'PURPOSE_NOT_PERMITTED');
  }
}

export function notOnTeam(message: string): GraphQLError {
  return forbidden(message, 'NOT_ON_TEAM');
}
