import { importJWK } from 'jose';
import { committedSupergraph } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/protocol';
import { readGatewayEnv } from './config.ts';
import { createDemoIdentityProvider } from './demo-idp.ts';
import { limitsFromEnv } from './limits.ts';
import { createHubGateway } from './server.ts';
import { builtWebRoot, webOidcConfig } from './static.ts';

const env = readGatewayEnv();
const demo = env.demoMode
  ? await createDemoIdentityProvider(env.oidcIssuer, env.oidcAudience, env.demoPersonas)
  : undefined;
const jwks = demo ? demo.jwks : new URL(env.jwksUrl!);
const webRoot = builtWebRoot();
const oidc = webOidcConfig(env);
const gateway = await createHubGateway({
  supergraphSdl: committedSupergraph(),
  subgraphUrls: env.subgraphUrls,
  signingKey: await importJWK({ ...env.signingJwk, alg: 'EdDSA' }, 'EdDSA'),
  verifyUser: createUserTokenVerifier({ issuer: env.oidcIssuer, audience: env.oidcAudience, jwks }),
  ...(demo ? { demo } : {}),
  limits: limitsFromEnv(),
  factsAssertions: env.factsAssertions,
  web: webRoot ? { root: webRoot, config: demo ? { mode: 'demo' } : { mode: 'oidc', oidc } } : false,
});
const { url } = await gateway.listen(env.port, env.host);
console.log(`[gateway] listening on ${url}${demo ? ' (demo mode)' : ''}`);
const stop = () => void gateway.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
