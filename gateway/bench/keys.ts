import { exportJWK, importJWK, type JSONWebKeySet, type JWK } from 'jose';
import type { KeyLike } from '@hub/protocol';
import type { TestKeys } from '@hub/subgraph-kit/testing';

/** What a gateway child needs of the test keys, in a form that crosses the IPC channel (JWKs). */
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

/** The environment of a subgraph's own entry point (subgraphs/<name>/src/index.ts, see kit/src/config.ts). */
export function subgraphEnv(keys: TestKeys, opts: { youths: number; registryUrl?: string }): Record<string, string> {
  return {
    GATEWAY_PUBLIC_JWK: JSON.stringify(keys.gatewayPublicJwk),
    OIDC_ISSUER: keys.issuer,
    OIDC_AUDIENCE: keys.audience,
    JWKS_JSON: JSON.stringify(keys.jwks),
    JWKS_URL: '',
    SERVICE_TOKEN_SECRET: keys.serviceSecret,
    SEED_YOUTHS: String(opts.youths),
    // A fresh in-memory PGlite, whatever the caller's environment says.
    DATABASE_URL: '',
    DATA_DIR: 'memory',
    HOST: '127.0.0.1',
    PORT: '0',
    REGISTRY_URL: opts.registryUrl ?? '',
  };
}
