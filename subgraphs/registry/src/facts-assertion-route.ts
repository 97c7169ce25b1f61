import { PURPOSES, type PurposeOfUse } from '@hub/policies';
import {
  bearerToken,
  FACTS_ASSERTION_AUDIENCE,
  purposeOf,
  sendJson,
  SIGNATURE_HEADER,
  signFactsAssertion,
  verifyGatewaySignature,
  type KeyLike,
  type ServiceSigner,
  type UserTokenVerifier,
} from '@hub/protocol';
import { type Database, DatabaseReplayGuard, type RouteHandler } from '@hub/subgraph-kit';
import { accessFacts } from './db/queries.ts';

const MAX_YOUTHS = 1000;

function youthIdsOf(body: string): string[] | undefined {
  try {
    const { youthIds } = JSON.parse(body) as { youthIds?: unknown };
    if (!Array.isArray(youthIds) || youthIds.length > MAX_YOUTHS || !youthIds.every((id) => typeof id === 'string')) {
      return undefined;
    }
    return youthIds as string[];
  } catch {
    return undefined;
  }
}

/**
 * POST /facts-assertion: the gateway, once per operation, for the youths of its agency requests.
 * Authenticated as a GraphQL request is (the gateway's signature for this route, the user's token
 * verified here); the viewer is the token's, never the gateway's word. The answer is the facts of
 * (viewer, youths) read now, signed with the registry's own service key (@hub/protocol), bound to the
 * request id and purpose the gateway signed.
 */
export function factsAssertionRoute(
  database: Database,
  deps: { gatewayKey: KeyLike; verifyUser: UserTokenVerifier; serviceSigner: ServiceSigner },
  timeZone: string,
): RouteHandler {
  const replay = new DatabaseReplayGuard(database);
  return async (req, res, body) => {
    const userToken = bearerToken(req.headers.authorization);
    const purpose = purposeOf(req.headers);
    let requestId: string;
    let viewer;
    try {
      if (!userToken) throw new Error('no user token');
      ({ requestId } = await verifyGatewaySignature({
        header: req.headers[SIGNATURE_HEADER] as string | undefined,
        key: deps.gatewayKey,
        audience: FACTS_ASSERTION_AUDIENCE,
        body,
        userToken,
        purpose,
        replay,
      }));
      viewer = await deps.verifyUser(userToken);
    } catch {
      return sendJson(res, 401, { error: 'Unauthorized' });
    }
    const youthIds = youthIdsOf(body);
    if (!youthIds || !PURPOSES.includes(purpose as PurposeOfUse)) {
      return sendJson(res, 400, { error: 'Expected { youthIds: string[] } and a known purpose' });
    }
    const facts = await accessFacts(database, viewer, youthIds, new Date(), timeZone);
    sendJson(res, 200, {
      assertion: await signFactsAssertion(deps.serviceSigner, { requestId, purpose, viewer }, facts),
    });
  };
}
