import {
  bearerToken,
  DELIVERY_FAILURE_AUDIENCE,
  purposeOf,
  sendJson,
  SIGNATURE_HEADER,
  verifyGatewaySignature,
  type KeyLike,
  type UserTokenVerifier,
} from '@hub/protocol';
import { loadSupergraphConfig } from '@hub/schema';
import { type Database, DatabaseReplayGuard, isUuid, type RouteHandler } from '@hub/subgraph-kit';
import { recordDeliveryFailure } from './db/delivery.ts';

const MAX_YOUTHS = 1000;
const SUBGRAPHS = new Set(loadSupergraphConfig().map((e) => e.name));
const SUBGRAPH = /^[a-z][a-z0-9-]{0,62}$/;

function reportOf(body: string): { subgraph: string; youthIds: string[] } | undefined {
  try {
    const { subgraph, youthIds } = JSON.parse(body) as { subgraph?: unknown; youthIds?: unknown };
    if (typeof subgraph !== 'string' || !SUBGRAPH.test(subgraph)) return undefined;
    if (!Array.isArray(youthIds) || youthIds.length > MAX_YOUTHS) return undefined;
    if (!youthIds.every((id): id is string => typeof id === 'string' && isUuid(id))) return undefined;
    return { subgraph, youthIds: youthIds.map((id) => id.toLowerCase()) };
  } catch {
    return undefined;
  }
}

/**
 * POST /delivery-failures: the gateway reports that a subgraph's part of a request did not reach
 * the viewer (issue 15, item 2). Authenticated as the facts assertion is: the gateway's signature
 * for this route over the body, bound to the user's token, request id and purpose; the viewer is
 * the token's. Kept once per (request, subgraph); 204 whether new or already known.
 */
export function deliveryFailureRoute(
  database: Database,
  deps: { gatewayKey: KeyLike; verifyUser: UserTokenVerifier },
): RouteHandler {
  const replay = new DatabaseReplayGuard(database);
  return async (req, res, body) => {
    const userToken = bearerToken(req.headers.authorization);
    let requestId: string;
    let viewerSub: string;
    try {
      if (!userToken) throw new Error('no user token');
      ({ requestId } = await verifyGatewaySignature({
        header: req.headers[SIGNATURE_HEADER] as string | undefined,
        key: deps.gatewayKey,
        audience: DELIVERY_FAILURE_AUDIENCE,
        body,
        userToken,
        purpose: purposeOf(req.headers),
        replay,
      }));
      viewerSub = (await deps.verifyUser(userToken)).sub;
    } catch {
      return sendJson(res, 401, { error: 'Unauthorized' });
    }
    const report = reportOf(body);
    // Only subgraphs the hub has: anything else is not a part the viewer could have missed.
    if (!report || !SUBGRAPHS.has(report.subgraph))
      return sendJson(res, 400, { error: 'Expected { subgraph: string, youthIds: UUID[] }' });
    await recordDeliveryFailure(database, { requestId, viewerSub, ...report });
    res.writeHead(204).end();
  };
}
