import { loadSupergraphConfig } from '@hub/schema';
import { bearerToken, sendJson, type ServiceKeyDirectory, verifyServiceToken } from '@hub/protocol';
import { type Database, DatabaseReplayGuard, type RouteHandler } from '@hub/subgraph-kit';
import { recordCheckpoint } from './db/checkpoints.ts';

const HASH = /^[0-9a-f]{64}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const USAGE = 'Expected { subgraph: string, seq: integer >= 0, hash: 64 lower-case hex, rowAt: ISO 8601 instant }';

interface Checkpoint {
  subgraph: string;
  seq: number;
  hash: string;
  rowAt: Date;
}

function parseCheckpoint(body: string): Checkpoint | undefined {
  try {
    const { subgraph, seq, hash, rowAt } = JSON.parse(body) as Record<string, unknown>;
    if (
      typeof subgraph !== 'string' ||
      typeof seq !== 'number' ||
      !Number.isSafeInteger(seq) ||
      seq < 0 ||
      typeof hash !== 'string' ||
      !HASH.test(hash) ||
      typeof rowAt !== 'string' ||
      !ISO_INSTANT.test(rowAt) ||
      Number.isNaN(Date.parse(rowAt))
    ) {
      return undefined;
    }
    return { subgraph, seq, hash, rowAt: new Date(rowAt) };
  } catch {
    return undefined;
  }
}

/** When the (already verified) service token was signed: its `iat`. */
function signedAt(token: string): Date {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { iat: number };
  return new Date(payload.iat * 1000);
}

/**
 * POST /checkpoints: a subgraph reports the head of its disclosure-log chain. For subgraphs only
 * (service token, bound to the body, used once), never routed by the gateway. The body must name
 * the subgraph the token was issued to. A head behind the last one recorded, or the same sequence
 * number with another hash, is refused (409) and logged: that subgraph's chain was rewritten.
 */
export function checkpointsRoute(
  database: Database,
  keys: ServiceKeyDirectory,
  log: (message: string, detail?: unknown) => void,
): RouteHandler {
  // Every subgraph of the hub, the registry included: its own disclosure log is checkpointed too.
  const services = loadSupergraphConfig().map((s) => s.name);
  const replay = new DatabaseReplayGuard(database);
  return async (req, res, body) => {
    const token = bearerToken(req.headers.authorization);
    let issuer: string;
    try {
      issuer = await verifyServiceToken(keys, token, { body, services, replay });
    } catch {
      return sendJson(res, 401, { error: 'Unauthorized' });
    }
    const checkpoint = parseCheckpoint(body);
    if (!checkpoint) return sendJson(res, 400, { error: USAGE });
    if (checkpoint.subgraph !== issuer) {
      return sendJson(res, 403, {
        error: `A service token for ${issuer} cannot report ${checkpoint.subgraph}'s chain`,
      });
    }
    const outcome = await recordCheckpoint(database, { ...checkpoint, signedAt: signedAt(token!), token: token! });
    if (outcome.kind === 'recorded' || outcome.kind === 'unchanged') {
      return sendJson(res, 200, { ok: true, seq: checkpoint.seq });
    }
    const { last } = outcome;
    const why =
      outcome.kind === 'regression'
        ? `sequence ${checkpoint.seq} is behind the last recorded checkpoint, ${last.seq}`
        : `sequence ${checkpoint.seq} was recorded with another hash`;
    log(`checkpoint refused: ${checkpoint.subgraph}'s disclosure log may have been rewritten (${why})`, {
      subgraph: checkpoint.subgraph,
      reported: { seq: checkpoint.seq, hash: checkpoint.hash },
      recorded: { seq: last.seq, hash: last.hash, rowAt: last.rowAt.toISOString() },
    });
    sendJson(res, 409, { ok: false, error: `Checkpoint refused: ${why}`, lastSeq: last.seq });
  };
}
