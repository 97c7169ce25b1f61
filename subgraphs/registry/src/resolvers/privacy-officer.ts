import type { SubgraphContext } from '@hub/subgraph-kit';
import { forbidden } from './refusal.ts';

/**
 * Oversight (the review queue, view-as, the policy matrix, the chain status) is decided by the
 * policy's `oversee` rules: a privacy officer acting for the AUDIT purpose.
 */
export async function requirePrivacyOfficer(ctx: SubgraphContext, what: string): Promise<void> {
  const decision = await ctx.access.may('oversee');
  if (decision.allowed) return;
  throw forbidden(
    decision.reason === 'PURPOSE_NOT_PERMITTED'
      ? `Privacy officers ${what} with the AUDIT purpose`
      : `Only privacy officers ${what}`,
    decision,
  );
}
