import { GraphQLError } from 'graphql';
import type { ActionDecision } from '@hub/policies';

/** A refused action, shaped like a denied field: the reason, and the rule and law that decided it. */
export function forbidden(message: string, decision: ActionDecision): GraphQLError {
  const { reason, ruleId, legalBasis } = decision;
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason, ruleId, legalBasis } });
}
