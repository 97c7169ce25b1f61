import { readFileSync, writeFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK } from 'jose';
import { generateServiceKeyPair } from '@hub/protocol';

/**
 * What the suite needs to act as the hub around a subgraph: the gateway's signing key, an
 * identity provider's key (to mint user tokens), the subgraph's own service key pair (it signs its
 * calls to the registry stand-in) and the registry's (its public half is what a subgraph verifies
 * the registry's facts assertions with). The subgraph under test is started trusting the public
 * halves (`subgraphEnv`), so nothing of the county's real keys is ever involved.
 */
export interface SuiteKeys {
  gatewayPrivateJwk: JWK;
  gatewayPublicJwk: JWK;
  idpPrivateJwk: JWK;
  jwks: JSONWebKeySet;
  issuer: string;
  audience: string;
  /** The subgraph under test's own pair (SERVICE_SIGNING_KEY is its private half). */
  servicePrivateJwk: JWK;
  servicePublicJwk: JWK;
  /** The registry stand-in's public key, listed in SERVICE_PUBLIC_KEYS under REGISTRY_SERVICE. */
  registryPublicJwk: JWK;
}

/** The registry's served name, under which a subgraph finds its key in SERVICE_PUBLIC_KEYS. */
export const REGISTRY_SERVICE = 'mdt';

export const SUITE_ISSUER = 'https://conformance.csec-mdt-hub.invalid';
export const KEY_ID = 'conformance-1';

export async function generateSuiteKeys(): Promise<SuiteKeys> {
  const gateway = await generateKeyPair('EdDSA', { extractable: true });
  const idp = await generateKeyPair('ES256', { extractable: true });
  return {
    gatewayPrivateJwk: await exportJWK(gateway.privateKey),
    gatewayPublicJwk: await exportJWK(gateway.publicKey),
    idpPrivateJwk: await exportJWK(idp.privateKey),
    jwks: { keys: [{ ...(await exportJWK(idp.publicKey)), kid: KEY_ID, alg: 'ES256', use: 'sig' }] },
    issuer: SUITE_ISSUER,
    audience: 'csec-mdt-hub',
    ...(await serviceKeys()),
  };
}

async function serviceKeys(): Promise<Pick<SuiteKeys, 'servicePrivateJwk' | 'servicePublicJwk' | 'registryPublicJwk'>> {
  const service = await generateServiceKeyPair('subgraph-under-test', 'conformance-service-1');
  const registry = await generateServiceKeyPair(REGISTRY_SERVICE, 'conformance-registry-1');
  return {
    servicePrivateJwk: service.privateJwk,
    servicePublicJwk: service.publicJwk,
    registryPublicJwk: registry.publicJwk,
  };
}

/** The suite's keys with the port its registry stand-in listens on, saved between `init` and a run. */
export interface SavedSuite {
  keys: SuiteKeys;
  port: number;
}

export function saveSuite(path: string, suite: SavedSuite): void {
  writeFileSync(path, `${JSON.stringify(suite, null, 2)}\n`, { mode: 0o600 });
}

export function loadSuite(path: string): SavedSuite {
  const saved = JSON.parse(readFileSync(path, 'utf8')) as SavedSuite;
  if (!saved?.keys?.gatewayPrivateJwk || !saved.port) throw new Error(`${path} is not a conformance key file`);
  return saved;
}

export const importKey = (jwk: JWK, alg: 'EdDSA' | 'ES256') => importJWK({ ...jwk, alg }, alg);

/**
 * The environment a subgraph under test starts with: the kit's variables (subgraphs/kit/README.md),
 * every one pointing at the suite. A subgraph built another way reads the same ones.
 */
export function subgraphEnv(keys: SuiteKeys, registryUrl: string): Record<string, string> {
  return {
    GATEWAY_PUBLIC_JWK: JSON.stringify(keys.gatewayPublicJwk),
    OIDC_ISSUER: keys.issuer,
    OIDC_AUDIENCE: keys.audience,
    JWKS_JSON: JSON.stringify(keys.jwks),
    JWKS_URL: new URL('/.well-known/jwks.json', registryUrl).toString(),
    SERVICE_SIGNING_KEY: JSON.stringify(keys.servicePrivateJwk),
    SERVICE_PUBLIC_KEYS: JSON.stringify({ [REGISTRY_SERVICE]: [keys.registryPublicJwk] }),
    REGISTRY_URL: registryUrl,
  };
}

/** `NAME='value'` lines, safe to `source` from a POSIX shell (`set -a; . ./subgraph.env; set +a`). */
export function envFile(env: Record<string, string>): string {
  return `${Object.entries(env)
    .map(([k, v]) => `${k}='${v.replaceAll("'", "'\\''")}'`)
    .join('\n')}\n`;
}
