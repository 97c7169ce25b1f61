import { createServer } from 'node:http';
import { committedSupergraph } from '@hub/schema';
import { createHubGateway } from '@hub/gateway';
import { testDeps } from '@hub/subgraph-kit/testing';
import { startHub } from './src/hub.ts';
const hub = await startHub({ youths: 20 });
const hang = createServer(() => { /* never answers */ });
await new Promise<void>((r) => hang.listen(0, '127.0.0.1', () => r()));
const hangUrl = `http://127.0.0.1:${(hang.address() as any).port}/graphql`;
const deps = await testDeps(hub.keys);
async function gw(cwUrl: string) {
  const g = await createHubGateway({ supergraphSdl: committedSupergraph(), subgraphUrls: { mdt: hub.subgraphUrls.mdt, 'child-welfare': cwUrl }, signingKey: hub.keys.gatewayPrivate, verifyUser: deps.verifyUser, log: () => {} });
  const { url } = await g.listen(0);
  return { g, url };
}
const token = await hub.token('sw-garcia');
const fixed = hub.world.youths[0]!.id;
const body = JSON.stringify({ query: `query($id:ID!){ youth(id:$id){ id displayName childWelfare{ caseNumber } } }`, variables: { id: fixed } });
try {
  for (const [label, cwUrl] of [['down', 'http://127.0.0.1:1/graphql'], ['hang', hangUrl]] as const) {
    const { g, url } = await gw(cwUrl);
    const t = Date.now();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    console.log(label, res.status, Date.now() - t, 'ms', (await res.text()).slice(0, 600));
    await g.close();
  }
  // 401 from subgraph: gateway with wrong signing key
  const { generateKeyPair } = await import('jose');
  const other = await generateKeyPair('EdDSA');
  const g2 = await createHubGateway({ supergraphSdl: committedSupergraph(), subgraphUrls: hub.subgraphUrls, signingKey: other.privateKey, verifyUser: deps.verifyUser, log: () => {} });
  const { url: u2 } = await g2.listen(0);
  const res2 = await fetch(`${u2}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  console.log('401 upstream', res2.status, (await res2.text()).slice(0, 800));
  await g2.close();
} finally { hang.closeAllConnections(); hang.close(); await hub.close(); }
