import { loadSupergraphConfig, subgraphUrlVariable } from '@hub/schema';
import type { JWK } from 'jose';

/** Everything the gateway reads from its environment; docker-compose.yml sets each of these. */
export interface GatewayEnv {
  port: number;
  host: string;
  demoMode: boolean;
  oidcIssuer: string;
  oidcAudience: string;
  /** The web app's public OIDC client (authorization code with PKCE, no secret). */
  oidcClientId: string;
  jwksUrl: string | undefined;
  signingJwk: JWK;
  subgraphUrls: Record<string, string>;
}

export const REQUIRED_GATEWAY_VARIABLES = ['GATEWAY_SIGNING_KEY', 'OIDC_ISSUER'] as const;

export function readGatewayEnv(env: NodeJS.ProcessEnv = process.env): GatewayEnv {
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  const demoMode = env.DEMO_MODE === '1' || env.DEMO_MODE === 'true';
  let signingJwk: JWK;
  try {
    signingJwk = JSON.parse(need('GATEWAY_SIGNING_KEY')) as JWK;
  } catch (error) {
    throw error instanceof SyntaxError
      ? new Error('GATEWAY_SIGNING_KEY is not valid JSON (a private Ed25519 JWK)')
      : error;
  }
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of loadSupergraphConfig()) {
    const url = env[subgraphUrlVariable(name)];
    if (url) subgraphUrls[name] = url;
  }
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '127.0.0.1',
    demoMode,
    oidcIssuer: need('OIDC_ISSUER'),
    oidcAudience: env.OIDC_AUDIENCE ?? 'csec-mdt-hub',
    oidcClientId: env.OIDC_CLIENT_ID ?? 'csec-mdt-hub-web',
    jwksUrl: demoMode ? undefined : need('JWKS_URL'),
    signingJwk,
    subgraphUrls,
  };
}
