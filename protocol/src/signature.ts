import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SignJWT, jwtVerify, type JWK, importJWK } from 'jose';
import { DEFAULT_PURPOSE } from '@hub/policies/vocabulary';
import type { KeyLike } from './keys.ts';

/**
 * The gateway signs every subgraph request with a short-lived EdDSA JWT in this header. The token
 * names the subgraph (aud), binds the exact body and the user's token by hash, carries the request
 * id and a one-time id (jti) so a captured request cannot be replayed, re-targeted or altered.
 */
export const SIGNATURE_HEADER = 'x-hub-gateway-signature';
export const REQUEST_ID_HEADER = 'x-request-id';
export const PURPOSE_HEADER = 'x-purpose-of-use';
const ISSUER = 'csec-mdt-hub-gateway';
const LIFETIME_SECONDS = 60;
const ALG = 'EdDSA';

/** The purpose a request names, as sent: a request that names none is made for the default purpose. */
export function purposeOf(headers: IncomingHttpHeaders): string {
  const value = headers[PURPOSE_HEADER];
  return typeof value === 'string' ? value : DEFAULT_PURPOSE;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

export interface SignInput {
  key: KeyLike;
  audience: string;
  body: string;
  userToken: string;
  requestId: string;
  /** The request's purpose of use, bound so it cannot be changed on the way. */
  purpose: string;
  /** When it is signed, in seconds since the epoch (default now); it expires LIFETIME_SECONDS later. */
  issuedAt?: number;
}

export async function signGatewayRequest(input: SignInput): Promise<string> {
  const issuedAt = input.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT({ bh: sha256(input.body), uth: sha256(input.userToken), rid: input.requestId, pou: input.purpose })
    .setProtectedHeader({ alg: ALG })
    .setIssuer(ISSUER)
    .setAudience(input.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + LIFETIME_SECONDS)
    .setJti(randomUUID())
    .sign(input.key);
}

export async function importGatewayPublicKey(jwk: JWK): Promise<KeyLike> {
  return importJWK({ ...jwk, alg: ALG }, ALG);
}

/**
 * Where one-time ids are remembered until they expire. `ReplayGuard` holds them in one process; a
 * service run as several replicas keeps them where every replica sees them (the kit's
 * `DatabaseReplayGuard`, in the agency's own database).
 */
export interface OneTimeIds {
  /** True the first time a jti is seen before its expiry, false on a replay. */
  claim(jti: string, expiresAtMs: number): boolean | Promise<boolean>;
}

/** Remembers one-time ids until they expire; bounded so a flood cannot exhaust memory. */
export class ReplayGuard implements OneTimeIds {
  private readonly seen = new Map<string, number>();
  constructor(private readonly max = 100_000) {}
  /** True the first time a jti is seen before its expiry, false on a replay or when full. */
  claim(jti: string, expiresAtMs: number, nowMs = Date.now()): boolean {
    if (this.seen.size >= this.max) this.sweep(nowMs);
    if (this.seen.has(jti) || this.seen.size >= this.max) return false;
    this.seen.set(jti, expiresAtMs);
    return true;
  }
  private sweep(nowMs: number) {
    for (const [jti, exp] of this.seen) if (exp <= nowMs) this.seen.delete(jti);
  }
}

export interface VerifiedSignature {
  requestId: string;
}

export class SignatureError extends Error {}

export async function verifyGatewaySignature(opts: {
  header: string | undefined;
  key: KeyLike;
  audience: string;
  body: string;
  userToken: string;
  purpose: string;
  replay: OneTimeIds;
}): Promise<VerifiedSignature> {
  if (!opts.header) throw new SignatureError('missing gateway signature');
  let payload;
  try {
    ({ payload } = await jwtVerify(opts.header, opts.key, {
      issuer: ISSUER,
      audience: opts.audience,
      algorithms: [ALG],
      maxTokenAge: `${LIFETIME_SECONDS}s`,
      clockTolerance: 5,
      requiredClaims: ['jti', 'exp', 'iat'],
    }));
  } catch {
    throw new SignatureError('invalid gateway signature');
  }
  if (payload.bh !== sha256(opts.body)) throw new SignatureError('signature does not match the body');
  if (payload.uth !== sha256(opts.userToken)) throw new SignatureError('signature does not match the user token');
  if (payload.pou !== opts.purpose) throw new SignatureError('signature does not match the purpose of use');
  if (typeof payload.rid !== 'string' || !payload.rid) throw new SignatureError('signature has no request id');
  if (!(await opts.replay.claim(payload.jti!, payload.exp! * 1000)))
    throw new SignatureError('replayed gateway signature');
  return { requestId: payload.rid };
}
