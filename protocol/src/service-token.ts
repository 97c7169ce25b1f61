import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, type CryptoKey } from 'jose';
import { type OneTimeIds, sha256 } from './signature.ts';

/**
 * Subgraph-to-registry calls carry an HS256 token from a secret shared only among subgraphs:
 * 60 seconds, naming the calling service, bound to the exact body, used once.
 */
const AUDIENCE = 'csec-mdt-hub-registry';

export function serviceKey(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('SERVICE_TOKEN_SECRET must be at least 32 characters');
  return new TextEncoder().encode(secret);
}

// jose imports a raw secret (or a secret KeyObject) again on every call, which was the registry's
// largest CPU cost under load; the CryptoKey is imported once per secret.
const cryptoKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();
function hmacKey(key: Uint8Array): Promise<CryptoKey> {
  let imported = cryptoKeys.get(key);
  if (!imported) {
    imported = crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    cryptoKeys.set(key, imported);
  }
  return imported;
}

export async function signServiceToken(key: Uint8Array, service: string, body: string): Promise<string> {
  return new SignJWT({ bh: sha256(body) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(service)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .setJti(randomUUID())
    .sign(await hmacKey(key));
}

/** Returns the calling service's name, or throws. */
export async function verifyServiceToken(
  key: Uint8Array,
  token: string | undefined,
  opts: { body: string; services: readonly string[]; replay: OneTimeIds },
): Promise<string> {
  if (!token) throw new Error('missing service token');
  const { payload } = await jwtVerify(token, await hmacKey(key), {
    audience: AUDIENCE,
    algorithms: ['HS256'],
    issuer: [...opts.services],
    maxTokenAge: '60s',
    clockTolerance: 5,
    requiredClaims: ['exp', 'iat', 'jti', 'iss'],
  });
  if (payload.bh !== sha256(opts.body)) throw new Error('service token does not match the body');
  if (!(await opts.replay.claim(payload.jti!, payload.exp! * 1000))) throw new Error('replayed service token');
  return payload.iss!;
}
