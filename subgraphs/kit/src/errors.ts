import { GraphQLError } from 'graphql';
import { denialMessage, type Decision, type Viewer } from '@hub/policies';

/** DESIGN.md's denial: null at the path plus this error. */
export function forbiddenError(decision: Decision, viewer: Viewer): GraphQLError {
  return new GraphQLError(denialMessage(decision, viewer), {
    extensions: {
      code: 'FORBIDDEN',
      reason: decision.reason,
      category: decision.category,
      agency: decision.agency,
      ruleId: decision.ruleId,
      legalBasis: decision.legalBasis,
    },
  });
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Error codes whose messages are written for users; anything else is masked. */
export const PUBLIC_CODES = new Set([
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'DISCLOSURE_NOT_RECORDED',
]);
