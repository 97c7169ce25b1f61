import { describe, expect, it } from 'vitest';
import { committedSupergraph } from '@hub/schema';
import { limitsFromEnv, DEFAULT_LIMITS } from '../src/limits.ts';
import { readGatewayEnv } from '../src/config.ts';
import { webOidcConfig } from '../src/static.ts';
import { locateSubgraphs } from '../src/supergraph.ts';

describe('gateway configuration', () => {
  it('puts each subgraph at the URL it is given, keeping the others', () => {
    const { sdl, subgraphs } = locateSubgraphs(committedSupergraph(), (name) =>
      name === 'child-welfare' ? 'http://cw.internal:4001/graphql' : undefined,
    );
    expect(subgraphs).toEqual([
      { name: 'child-welfare', url: 'http://cw.internal:4001/graphql' },
      { name: 'district-attorney', url: 'http://127.0.0.1:4006/graphql' },
      { name: 'education', url: 'http://127.0.0.1:4005/graphql' },
      { name: 'health', url: 'http://127.0.0.1:4003/graphql' },
      { name: 'law-enforcement', url: 'http://127.0.0.1:4008/graphql' },
      { name: 'mdt', url: 'http://127.0.0.1:4001/graphql' },
      { name: 'probation', url: 'http://127.0.0.1:4004/graphql' },
      { name: 'public-defender', url: 'http://127.0.0.1:4007/graphql' },
    ]);
    expect(sdl).toContain('url: "http://cw.internal:4001/graphql"');
  });

  it('reads limits from the environment and refuses nonsense', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnv({ LIMIT_MAX_DEPTH: '8' }).maxDepth).toBe(8);
    expect(() => limitsFromEnv({ LIMIT_MAX_DEPTH: 'deep' })).toThrow('LIMIT_MAX_DEPTH must be a positive integer');
  });

  it('says which variable is missing or malformed', () => {
    expect(() => readGatewayEnv({})).toThrow('GATEWAY_SIGNING_KEY is not set');
    expect(() => readGatewayEnv({ GATEWAY_SIGNING_KEY: '{oops', OIDC_ISSUER: 'x' })).toThrow(/not valid JSON/);
    expect(() => readGatewayEnv({ GATEWAY_SIGNING_KEY: '{}', OIDC_ISSUER: 'https://idp' })).toThrow(
      'JWKS_URL is not set',
    );
    // Demo mode is production with introspection: it verifies tokens by a provider's JWKS all the same.
    const demoEnv = { GATEWAY_SIGNING_KEY: '{}', OIDC_ISSUER: 'http://127.0.0.1:4100', DEMO_MODE: '1' };
    expect(() => readGatewayEnv(demoEnv)).toThrow('JWKS_URL is not set');
    const demo = readGatewayEnv({
      ...demoEnv,
      JWKS_URL: 'http://127.0.0.1:4100/jwks',
      SUBGRAPH_URL_MDT: 'http://m/graphql',
    });
    expect(demo).toMatchObject({
      demoMode: true,
      jwksUrl: 'http://127.0.0.1:4100/jwks',
      subgraphUrls: { mdt: 'http://m/graphql' },
    });
    expect(demo).not.toHaveProperty('demoPersonas');
  });

  it("makes the web app's sign-in configuration: client id, scope, resource (the audience by default), audience only where set", () => {
    const base = {
      GATEWAY_SIGNING_KEY: '{}',
      OIDC_ISSUER: 'https://idp.example.org',
      JWKS_URL: 'https://idp.example.org/jwks',
    };
    expect(webOidcConfig(readGatewayEnv(base))).toEqual({
      issuer: 'https://idp.example.org',
      clientId: 'csec-mdt-hub-web',
      scope: 'openid profile',
      resource: 'csec-mdt-hub',
    });
    const oidcProvider = readGatewayEnv({
      ...base,
      OIDC_AUDIENCE: 'https://hub.county.example/',
      OIDC_CLIENT_ID: 'mdt-web',
      OIDC_SCOPE: 'openid profile hub',
    });
    expect(webOidcConfig(oidcProvider)).toEqual({
      issuer: 'https://idp.example.org',
      clientId: 'mdt-web',
      scope: 'openid profile hub',
      resource: 'https://hub.county.example/',
    });
    const auth0 = readGatewayEnv({ ...base, OIDC_RESOURCE: 'none', OIDC_AUDIENCE_PARAMETER: 'csec-mdt-hub' });
    expect(webOidcConfig(auth0)).toEqual({
      issuer: 'https://idp.example.org',
      clientId: 'csec-mdt-hub-web',
      scope: 'openid profile',
      audience: 'csec-mdt-hub',
    });
    // docker-compose passes an unset variable as empty: the default, not an empty value.
    expect(webOidcConfig(readGatewayEnv({ ...base, OIDC_CLIENT_ID: '', OIDC_SCOPE: '', OIDC_RESOURCE: '' }))).toEqual(
      webOidcConfig(readGatewayEnv(base)),
    );
  });
});
