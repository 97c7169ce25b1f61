import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type JWK, type JWTVerifyGetKey } from 'jose';
import type { KeyLike } from './keys.ts';

/**
 * Each service of the hub (every agency subgraph and the registry) has its own Ed25519 key pair.
 * It signs its calls to the registry (service tokens, checkpoints) and, for the registry, its facts
 * assertions, with its private key; whoever verifies holds every service's public keys by name, so
 * a token is accepted only under the key of the service it names: one agency (or anyone holding its
 * key) can neither forge another's checkpoint nor ask facts as another agency.
 *
 * During a rotation a service lists two public keys (the old and the new, told apart by `kid`).
 */
export const SERVICE_KEY_ALG = 'EdDSA';

/** What a service signs with: its served name, its private key and that key's id. */
export interface ServiceSigner {
  service: string;
  key: KeyLike;
  kid: string;
}

export class ServiceKeyError extends Error {}

/** Every service's public keys by served name, as verifiers use them. */
export class ServiceKeyDirectory {
  private readonly sets = new Map<string, JWTVerifyGetKey>();
  constructor(readonly publicKeys: Readonly<Record<string, readonly JWK[]>>) {
    for (const [service, keys] of Object.entries(publicKeys)) {
      this.sets.set(service, createLocalJWKSet({ keys: keys.map((k) => ({ ...k, alg: SERVICE_KEY_ALG })) }));
    }
  }
  /** The keys a token of this service is verified with, or undefined for a service with none. */
  keySet(service: string): JWTVerifyGetKey | undefined {
    return this.sets.get(service);
  }
}

const isEd25519 = (k: unknown): k is JWK =>
  typeof k === 'object' && k !== null && (k as JWK).kty === 'OKP' && (k as JWK).crv === 'Ed25519';

/**
 * SERVICE_PUBLIC_KEYS: `{ "<service>": [<public JWK with kid>, ...], ... }`. Refuses anything else,
 * naming the service at fault, and refuses a private key where a public one belongs.
 */
export function parseServicePublicKeys(text: string): Record<string, JWK[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ServiceKeyError('SERVICE_PUBLIC_KEYS is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ServiceKeyError('SERVICE_PUBLIC_KEYS must map each service name to a list of public keys');
  }
  const keys: Record<string, JWK[]> = {};
  for (const [service, list] of Object.entries(parsed)) {
    if (!Array.isArray(list) || list.length === 0) {
      throw new ServiceKeyError(`SERVICE_PUBLIC_KEYS: ${service} needs a list of one or more keys`);
    }
    for (const k of list as unknown[]) {
      if (!isEd25519(k) || typeof k.x !== 'string' || typeof k.kid !== 'string' || !k.kid) {
        throw new ServiceKeyError(`SERVICE_PUBLIC_KEYS: each key of ${service} must be an Ed25519 JWK with a kid`);
      }
      if ('d' in k) throw new ServiceKeyError(`SERVICE_PUBLIC_KEYS: a key of ${service} is a private key`);
    }
    keys[service] = (list as JWK[]).map(({ kty, crv, x, kid }) => ({ kty, crv, x, kid }) as JWK);
  }
  return keys;
}

/** SERVICE_SIGNING_KEY: this service's private Ed25519 JWK, with the kid its public half is listed under. */
export async function importServiceSigner(service: string, jwk: unknown): Promise<ServiceSigner> {
  if (!isEd25519(jwk) || typeof jwk.d !== 'string' || typeof jwk.kid !== 'string' || !jwk.kid) {
    throw new ServiceKeyError('SERVICE_SIGNING_KEY must be a private Ed25519 JWK with a kid');
  }
  return {
    service,
    key: (await importJWK({ ...jwk, alg: SERVICE_KEY_ALG }, SERVICE_KEY_ALG)) as KeyLike,
    kid: jwk.kid,
  };
}

/** A fresh key pair for a service (npm start, scripts/generate-keys.ts, tests). */
export async function generateServiceKeyPair(
  service: string,
  kid = `${service}-${new Date().toISOString().slice(0, 10)}`,
): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const pair = await generateKeyPair(SERVICE_KEY_ALG, { crv: 'Ed25519', extractable: true });
  return {
    privateJwk: { ...(await exportJWK(pair.privateKey)), kid },
    publicJwk: { ...(await exportJWK(pair.publicKey)), kid },
  };
}
