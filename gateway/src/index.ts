import { importJWK } from 'jose';
import { committedSupergraph } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/protocol';
import { readGatewayEnv } from './config.ts';
import { limitsFromEnv } from './limits.ts';
import { createHubGateway } from './server.ts';
import { builtWebRoot, webOidcConfig } from './static.ts';

// The same in production and in the demo: tokens from the OpenID provider at OIDC_ISSUER, verified
// with its JWKS_URL; the web app signs in there (code flow with PKCE). npm start's demo points both
// at its embedded provider (identity/) and sets DEMO_MODE, which only allows introspection.
const env = readGatewayEnv();
const webRoot = builtWebRoot();
const gateway = await createHubGateway({
  supergraphSdl: committedSupergraph(),
  subgraphUrls: env.subgraphUrls,
  signingKey: await importJWK({ ...env.signingJwk, alg: 'EdDSA' }, 'EdDSA'),
  verifyUser: createUserTokenVerifier({
    issuer: env.oidcIssuer,
    audience: env.oidcAudience,
    jwks: new URL(env.jwksUrl),
  }),
  introspection: env.demoMode,
  limits: limitsFromEnv(),
  factsAssertions: env.factsAssertions,
  web: webRoot ? { root: webRoot, config: { mode: 'oidc', oidc: webOidcConfig(env), demo: env.demoMode } } : false,
});
const { url } = await gateway.listen(env.port, env.host);
console.log(`[gateway] listening on ${url}${env.demoMode ? ' (demo mode)' : ''}, tokens from ${env.oidcIssuer}`);
const stop = () => void gateway.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
