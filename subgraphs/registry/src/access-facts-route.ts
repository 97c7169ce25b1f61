import { AGENCIES, ROLES, type Viewer } from '@hub/policies';
import { loadSupergraphConfig } from '@hub/schema';
import { bearerToken, sendJson, type ServiceKeyDirectory, verifyServiceToken } from '@hub/protocol';
import { type Database, DatabaseReplayGuard, type RouteHandler } from '@hub/subgraph-kit';
import { accessFacts } from './db/queries.ts';

const MAX_YOUTHS = 1000;

function parseRequest(body: string): { viewer: Viewer; youthIds: string[] } | undefined {
  try {
    const { viewer, youthIds } = JSON.parse(body) as { viewer?: Partial<Viewer>; youthIds?: unknown };
    if (
      typeof viewer?.sub !== 'string' ||
      !AGENCIES.includes(viewer.agency as Viewer['agency']) ||
      !ROLES.includes(viewer.role as Viewer['role']) ||
      !Array.isArray(youthIds) ||
      youthIds.length > MAX_YOUTHS ||
      !youthIds.every((id) => typeof id === 'string')
    ) {
      return undefined;
    }
    return { viewer: viewer as Viewer, youthIds: youthIds as string[] };
  } catch {
    return undefined;
  }
}

/** POST /access-facts: for subgraphs only (service token), never routed by the gateway. */
export function accessFactsRoute(database: Database, keys: ServiceKeyDirectory, timeZone: string): RouteHandler {
  const services = loadSupergraphConfig()
    .map((s) => s.name)
    .filter((name) => name !== 'mdt');
  const replay = new DatabaseReplayGuard(database);
  return async (req, res, body) => {
    try {
      await verifyServiceToken(keys, bearerToken(req.headers.authorization), { body, services, replay });
    } catch {
      return sendJson(res, 401, { error: 'Unauthorized' });
    }
    const request = parseRequest(body);
    if (!request)
      return sendJson(res, 400, { error: 'Expected { viewer: { sub, agency, role }, youthIds: string[] }' });
    const facts = await accessFacts(database, request.viewer, request.youthIds, new Date(), timeZone);
    sendJson(res, 200, { facts });
  };
}
