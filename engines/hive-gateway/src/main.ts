import { importJWK } from 'jose';
import { committedSupergraph } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/protocol';
import { limitsFromEnv, readGatewayEnv } from '@hub/gateway';
import { createHubHiveGateway } from './config.ts';

// The same environment as the hub's gateway (gateway/README.md), production only: the users' keys
// come from JWKS_URL (the demo identity provider lives in the hub's own gateway).
const env = readGatewayEnv();
if (!env.jwksUrl) throw new Error('JWKS_URL is not set (the Hive engine has no demo sign-in)');
const gateway = createHubHiveGateway({
  supergraphSdl: committedSupergraph(),
  subgraphUrls: env.subgraphUrls,
  signingKey: await importJWK({ ...env.signingJwk, alg: 'EdDSA' }, 'EdDSA'),
  verifyUser: createUserTokenVerifier({
    issuer: env.oidcIssuer,
    audience: env.oidcAudience,
    jwks: new URL(env.jwksUrl),
  }),
  limits: limitsFromEnv(),
});
const { url } = await gateway.listen(env.port, env.host);
console.log(`[hive-gateway] listening on ${url}`);
const stop = () => void gateway.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
