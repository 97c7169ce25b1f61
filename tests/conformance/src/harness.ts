import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { emptyFacts, type Viewer, type YouthFacts } from '@hub/policies';
import { bearerToken, ReplayGuard, ServiceKeyDirectory, verifyServiceToken } from '@hub/protocol';
import type { SuiteKeys } from './keys.ts';

/** What the registry stand-in was asked, so a check can tell whether the subgraph asked at all. */
export interface FactsCall {
  /** The service the token named, or null when the call carried no valid service token. */
  service: string | null;
  viewerSub: string;
  youthIds: string[];
}

export type FactsFor = (viewer: Viewer, youthId: string) => YouthFacts;

/**
 * The hub around the subgraph under test, as far as the subgraph can see: the registry's
 * `POST /access-facts` (answering from the suite's scenario, so "a viewer without access" is the
 * suite's to decide), `POST /checkpoints`, and the identity provider's JWKS.
 */
export class Harness {
  readonly factsCalls: FactsCall[] = [];
  readonly checkpoints: unknown[] = [];
  /** The suite's scenario: facts per viewer and youth. Unknown viewers have none (deny by default). */
  facts: FactsFor = (_viewer, youthId) => emptyFacts(youthId);
  private readonly server: Server;
  private readonly replay = new ReplayGuard();
  private readonly keyDirectory: ServiceKeyDirectory;
  url = '';

  constructor(
    private readonly keys: SuiteKeys,
    private readonly service: string,
  ) {
    // Only the subgraph under test's own key: a token signed otherwise is refused, as the registry does.
    this.keyDirectory = new ServiceKeyDirectory({ [service]: [keys.servicePublicJwk] });
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  listen(port = 0, host = '127.0.0.1'): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        const { port: bound } = this.server.address() as AddressInfo;
        resolve((this.url = `http://${host}:${bound}`));
      });
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const path = new URL(req.url ?? '/', 'http://harness').pathname;
    if (req.method === 'GET' && path === '/.well-known/jwks.json') return send(200, this.keys.jwks);
    if (req.method !== 'POST') return send(404, { error: 'Not found' });
    let body = '';
    for await (const chunk of req as AsyncIterable<Buffer>) body += chunk.toString('utf8');
    let service: string | null = null;
    try {
      service = await verifyServiceToken(this.keyDirectory, bearerToken(req.headers.authorization), {
        body,
        services: [this.service],
        replay: this.replay,
      });
    } catch {
      service = null;
    }
    if (path === '/checkpoints') {
      this.checkpoints.push(JSON.parse(body || 'null'));
      return send(200, { ok: true });
    }
    if (path !== '/access-facts') return send(404, { error: 'Not found' });
    let request: { viewer: Viewer; youthIds: string[] };
    try {
      request = JSON.parse(body) as { viewer: Viewer; youthIds: string[] };
      if (!request.viewer?.sub || !Array.isArray(request.youthIds)) throw new Error('bad request');
    } catch {
      return send(400, { error: 'Expected { viewer, youthIds }' });
    }
    this.factsCalls.push({ service, viewerSub: request.viewer.sub, youthIds: request.youthIds });
    // The real registry refuses an unauthenticated caller; so does the stand-in, and a check says why.
    if (!service) return send(401, { error: 'Unauthorized' });
    send(200, { facts: request.youthIds.map((id) => this.facts(request.viewer, id)) });
  }
}
