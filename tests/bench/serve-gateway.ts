/** Bench child: the hub's gateway as shipped (createHubGateway, @apollo/gateway), alone in its process. */
import { importJWK, type JSONWebKeySet, type JWK } from 'jose';
import { committedSupergraph } from '@hub/schema';
import { createHubGateway, type HubGateway } from '@hub/gateway';
import { createUserTokenVerifier, type KeyLike } from '@hub/protocol';
import { serveChild } from './child.ts';

const wire = JSON.parse(process.env.BENCH_GATEWAY_KEYS!) as {
  gatewayPrivateJwk: JWK;
  jwks: JSONWebKeySet;
  issuer: string;
  audience: string;
};
const subgraphUrls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS!) as Record<string, string>;
let gateway: HubGateway | undefined;
let served = 0;

serveChild({
  async start() {
    gateway = await createHubGateway({
      supergraphSdl: committedSupergraph(),
      subgraphUrls,
      signingKey: (await importJWK(wire.gatewayPrivateJwk, 'EdDSA')) as KeyLike,
      verifyUser: createUserTokenVerifier({ issuer: wire.issuer, audience: wire.audience, jwks: wire.jwks }),
      log: (m, d) => {
        // autocannon cuts its connections when a run ends: not the gateway's error.
        if ((d as { code?: string } | undefined)?.code === 'ECONNRESET') return;
        console.error(`[gateway] ${m}`, d ?? '');
      },
    });
    gateway.http.on('request', () => served++);
    return gateway.listen(0);
  },
  counters: () => ({ requests: served }),
  async stop() {
    await gateway?.close();
  },
});
