/**
 * Bench child: one gateway, alone in its process so that its process.cpuUsage() is the gateway's and
 * nothing else's: createHubGateway serving the committed supergraph against BENCH_SUBGRAPH_URLS, with
 * the engine the hub ships (`apollo`, the default) or the Hive Gateway runtime the library comparison
 * measures against it (`hive`, gateway/hive-engine.ts). Counts the requests it serves.
 */
import { committedSupergraph } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/protocol';
import { fromWire, type WireKeys } from './keys.ts';
import { serveChild } from './process/child.ts';

const engine = process.argv[2] ?? 'apollo';
if (engine !== 'hive' && engine !== 'apollo') throw new Error(`usage: serve-gateway.ts [apollo|hive] (got ${engine})`);
let close: (() => Promise<void>) | undefined;
let served = 0;

serveChild({
  async start() {
    const keys = await fromWire(JSON.parse(process.env.BENCH_GATEWAY_KEYS!) as WireKeys);
    const options = {
      supergraphSdl: committedSupergraph(),
      subgraphUrls: JSON.parse(process.env.BENCH_SUBGRAPH_URLS!) as Record<string, string>,
      signingKey: keys.gatewayPrivate,
      // The same verifier the hub uses, against the bench's identity provider's keys.
      verifyUser: createUserTokenVerifier({ issuer: keys.issuer, audience: keys.audience, jwks: keys.jwks }),
      log: (m: string, d?: unknown) => {
        // autocannon closes its connections mid-request when a round ends: not an error of the gateway.
        if ((d as { code?: string } | undefined)?.code === 'ECONNRESET') return;
        console.error(`[${engine}] ${m}`, d ?? '');
      },
    };
    // Only the engine under test is loaded, so the process's memory is that gateway's.
    const { createHubGateway } = await import('@hub/gateway');
    const gateway = await createHubGateway(
      engine === 'hive'
        ? { ...options, engine: (await import('../gateway/hive-engine.ts')).createHiveEngine }
        : options,
    );
    gateway.http.on('request', () => served++);
    close = () => gateway.close();
    return gateway.listen(0);
  },
  counters: () => ({ requests: served }),
  async stop() {
    await close?.();
  },
});
