import { GraphQLError, responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { denialMessage, type Decision, type Viewer } from '@hub/policies';

/**
 * docs/architecture.md's denial: null at the path plus this error. A denial is an answer, not a fault, so it
 * carries no stack trace; given the field's `info` it is located already, and graphql-js passes it
 * on as it is instead of wrapping it in a second error and reading this one's stack (under load,
 * denials were a subgraph's largest CPU cost).
 */
export function forbiddenError(
  decision: Decision,
  viewer: Viewer,
  at?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'path'>,
): GraphQLError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new GraphQLError(denialMessage(decision, viewer), {
      ...(at ? { nodes: at.fieldNodes, path: responsePathAsArray(at.path) } : {}),
      extensions: {
        code: 'FORBIDDEN',
        reason: decision.reason,
        category: decision.category,
        agency: decision.agency,
        ruleId: decision.ruleId,
        legalBasis: decision.legalBasis,
      },
    });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
