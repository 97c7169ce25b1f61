import { exportJWK, importJWK, type JSONWebKeySet, type JWK } from 'jose';
import type { KeyLike } from '@hub/protocol';
import { serviceKeyEnv, type TestKeys } from '@hub/subgraph-kit/testing';

/** What a gateway child needs of the bench's test keys, in a form that crosses to it (JWKs). */
export interface WireKeys {
  gatewayPrivateJwk: JWK;
  jwks: JSONWebKeySet;
  issuer: string;
  audience: string;
}

export async function toWire(keys: TestKeys): Promise<WireKeys> {
  return {
    gatewayPrivateJwk: await exportJWK(keys.gatewayPrivate),
    jwks: keys.jwks,
    issuer: keys.issuer,
    audience: keys.audience,
  };
}

export async function fromWire(
  wire: WireKeys,
): Promise<Omit<WireKeys, 'gatewayPrivateJwk'> & { gatewayPrivate: KeyLike }> {
  const { gatewayPrivateJwk, ...rest } = wire;
  return { ...rest, gatewayPrivate: (await importJWK(gatewayPrivateJwk, 'EdDSA')) as KeyLike };
}

/**
 * The environment of a subgraph trusting the bench's keys (see the kit's config.ts), for its own entry
 * point or serve-subgraph.ts: on `databaseUrl`, else a fresh in-memory PGlite seeded with `youths`,
 * whatever the caller's environment says.
 */
export function subgraphEnv(
  keys: TestKeys,
  service: string,
  opts: { databaseUrl?: string; youths?: number; registryUrl?: string } = {},
): Record<string, string> {
  return {
    GATEWAY_PUBLIC_JWK: JSON.stringify(keys.gatewayPublicJwk),
    OIDC_ISSUER: keys.issuer,
    OIDC_AUDIENCE: keys.audience,
    JWKS_JSON: JSON.stringify(keys.jwks),
    JWKS_URL: '',
    ...serviceKeyEnv(keys, service),
    SEED_YOUTHS: String(opts.youths ?? 0),
    DATABASE_URL: opts.databaseUrl ?? '',
    DATA_DIR: opts.databaseUrl ? '' : 'memory',
    HOST: '127.0.0.1',
    PORT: '0',
    REGISTRY_URL: opts.registryUrl ?? '',
  };
}

/** The environment of serve-gateway.ts: the bench's keys and where each subgraph listens. */
export async function gatewayEnv(
  keys: TestKeys,
  subgraphUrls: Record<string, string>,
): Promise<Record<string, string>> {
  return {
    BENCH_GATEWAY_KEYS: JSON.stringify(await toWire(keys)),
    BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
  };
}
