/**
 * Bench child: one gateway, createHubGateway with the `apollo` engine (what the hub ships) or the `hive` one
 * serving the committed supergraph against the subgraph URLs it is given. Runs alone in its process so
 * that process.cpuUsage() here is the gateway's CPU and nothing else's.
 */
import { committedSupergraph } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/protocol';
import { fromWire, type WireKeys } from './keys.ts';
import { serveChild } from './ipc.ts';

const kind = process.argv[2];
if (kind !== 'hive' && kind !== 'apollo') throw new Error(`usage: serve-gateway.ts hive|apollo (got ${kind})`);

let close: (() => Promise<void>) | undefined;

serveChild({
  async start(message) {
    const keys = await fromWire(message.keys as WireKeys);
    const options = {
      supergraphSdl: committedSupergraph(),
      subgraphUrls: message.subgraphUrls as Record<string, string>,
      signingKey: keys.gatewayPrivate,
      // The same verifier the hub uses, against the test identity provider's keys.
      verifyUser: createUserTokenVerifier({ issuer: keys.issuer, audience: keys.audience, jwks: keys.jwks }),
      log: (m: string, d?: unknown) => {
        // autocannon closes its connections mid-request when a round ends: not an error of the gateway.
        if ((d as { code?: string } | undefined)?.code === 'ECONNRESET') return;
        console.error(`[${kind}] ${m}`, d ?? '');
      },
    };
    // Only the gateway under test is loaded, so the process's memory is that gateway's.
    const { createHubGateway } = await import('../src/server.ts');
    const gateway = await createHubGateway(
      kind === 'hive' ? { ...options, engine: (await import('./hive-engine.ts')).createHiveEngine } : options,
    );
    close = () => gateway.close();
    const { url } = await gateway.listen(0);
    return { type: 'ready', url, pid: process.pid };
  },
  async stop() {
    await close?.();
  },
});
