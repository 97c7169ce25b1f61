import { loadSupergraphConfig, subgraphUrlVariable } from '@hub/schema';
import type { JWK } from 'jose';

/** Everything the gateway reads from its environment; docker-compose.yml sets each of these. */
export interface GatewayEnv {
  port: number;
  host: string;
  /**
   * DEMO_MODE (npm start's demo): introspection is allowed. Tokens come from a provider all the
   * same (npm start's embedded one, identity/), verified by OIDC_ISSUER and JWKS_URL as in production.
   */
  demoMode: boolean;
  oidcIssuer: string;
  oidcAudience: string;
  /** The web app's public OIDC client (authorization code with PKCE, no secret). */
  oidcClientId: string;
  /** OIDC_SCOPE: what the web app asks for (default `openid profile`). */
  oidcScope: string;
  /**
   * OIDC_RESOURCE: the resource indicator (RFC 8707) the web app sends with the authorization and
   * token requests, by which a provider such as oidc-provider issues a JWT access token for the
   * hub; by default the audience; `none` sends none.
   */
  oidcResource: string | undefined;
  /** OIDC_AUDIENCE_PARAMETER: sent as `audience` only when set (Auth0 and its kind want it). */
  oidcAudienceParameter: string | undefined;
  jwksUrl: string;
  signingJwk: JWK;
  subgraphUrls: Record<string, string>;
  /** FACTS_ASSERTIONS (default on; `0` turns off): carry the registry's facts once per operation. */
  factsAssertions: boolean;
}

export const REQUIRED_GATEWAY_VARIABLES = ['GATEWAY_SIGNING_KEY', 'OIDC_ISSUER', 'JWKS_URL'] as const;

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
    oidcAudience: env.OIDC_AUDIENCE || 'csec-mdt-hub',
    oidcClientId: env.OIDC_CLIENT_ID || 'csec-mdt-hub-web',
    oidcScope: env.OIDC_SCOPE || 'openid profile',
    oidcResource: env.OIDC_RESOURCE === 'none' ? undefined : env.OIDC_RESOURCE || env.OIDC_AUDIENCE || 'csec-mdt-hub',
    oidcAudienceParameter: env.OIDC_AUDIENCE_PARAMETER || undefined,
    jwksUrl: need('JWKS_URL'),
    signingJwk,
    subgraphUrls,
    factsAssertions: env.FACTS_ASSERTIONS !== '0',
  };
}
