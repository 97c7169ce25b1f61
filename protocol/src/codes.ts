/**
 * Error codes whose messages are written for users; anything else is masked. The gateway and
 * every subgraph pass these on as they are and answer "Internal error" for the rest.
 */
export const PUBLIC_CODES: ReadonlySet<string> = new Set([
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
