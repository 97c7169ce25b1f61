import { createHash } from 'node:crypto';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  jwtVerify,
  type CryptoKey,
  type JSONWebKeySet,
  type JWTHeaderParameters,
} from 'jose';
import type { Viewer } from '@hub/policies';
import { BoundedCache } from './bounded-cache.ts';
import { AGENCIES, ROLE_AGENCY, ROLES, type Agency, type Role } from '@hub/policies/vocabulary';

/** Asymmetric algorithms only: a shared-secret token could be minted by anyone holding the secret. */
const USER_TOKEN_ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];
/** Seconds of clock skew allowed on `exp` and `nbf`, the same on a first verification and every reuse. */
const CLOCK_TOLERANCE_SECONDS = 5;
/** Tokens remembered per process (a few hundred bytes each); the least recently used is forgotten. */
export const DEFAULT_VERIFIED_TOKENS = 10_000;

export interface UserTokenConfig {
  /** The identity provider's issuer (OIDC `iss`). */
  issuer: string;
  /** The audience the hub's tokens are issued for. */
  audience: string;
  /** The provider's keys: a JWKS URL, or the key set itself (tests, embedded demo). */
  jwks: URL | JSONWebKeySet;
  /** How long a fetched JWKS is used before it is fetched again (jose's default: 10 minutes). */
  jwksCacheMaxAgeMs?: number;
  /** How many verified tokens to remember (default DEFAULT_VERIFIED_TOKENS; 0 verifies every time). */
  maxCachedTokens?: number;
}

/** What is remembered of a verified token, under the SHA-256 of the whole token. */
interface Verified {
  viewer: Viewer;
  exp: number;
  nbf: number | undefined;
  header: JWTHeaderParameters;
  /** The key that verified it: a reuse is refused unless the provider's key set still gives this key. */
  key: CryptoKey;
}

export type UserTokenVerifier = (token: string) => Promise<Viewer>;

export class UserTokenError extends Error {}

/**
 * Verifies the user's JWT against the identity provider's keys and reads the viewer from it.
 *
 * A token is verified once per process while it is valid: the answer is remembered under the
 * SHA-256 of the whole token (header, payload and signature, so a token with the same claims and
 * another signature is a different entry and is verified on its own), in a bounded cache. Every
 * reuse checks `exp` and `nbf` again against the clock, and asks the key set for the token's key
 * again: a key the provider removed (a remote JWKS is fetched again once its cache age is over, as
 * on a first verification) refuses the token, and a key set that changed verifies it in full.
 */
export function createUserTokenVerifier(config: UserTokenConfig): UserTokenVerifier {
  const keys =
    config.jwks instanceof URL
      ? createRemoteJWKSet(config.jwks, { cacheMaxAge: config.jwksCacheMaxAgeMs })
      : createLocalJWKSet(config.jwks);
  const maxCached = config.maxCachedTokens ?? DEFAULT_VERIFIED_TOKENS;
  const cache = maxCached > 0 ? new BoundedCache<Verified>(maxCached) : undefined;

  async function verify(token: string): Promise<Verified> {
    let result;
    try {
      result = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ['sub', 'exp'],
        algorithms: USER_TOKEN_ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
    } catch {
      throw new UserTokenError('invalid user token');
    }
    const { payload, protectedHeader, key } = result;
    const { sub, name, agency, role } = payload as Record<string, unknown>;
    if (typeof sub !== 'string' || !AGENCIES.includes(agency as Agency) || !ROLES.includes(role as Role)) {
      throw new UserTokenError('user token lacks agency or role');
    }
    // A role belongs to one agency: a prosecutor's token claiming to be a social worker is refused.
    if (ROLE_AGENCY[role as Role] !== agency)
      throw new UserTokenError('user token names a role its agency does not have');
    return {
      viewer: { sub, name: typeof name === 'string' ? name : sub, agency: agency as Agency, role: role as Role },
      exp: payload.exp!,
      nbf: payload.nbf,
      header: protectedHeader,
      key: key as CryptoKey,
    };
  }

  async function stillValid(entry: Verified): Promise<boolean> {
    const now = Math.floor(Date.now() / 1000);
    if (entry.exp <= now - CLOCK_TOLERANCE_SECONDS) throw new UserTokenError('invalid user token');
    if (entry.nbf !== undefined && entry.nbf > now + CLOCK_TOLERANCE_SECONDS) {
      throw new UserTokenError('invalid user token');
    }
    let current;
    try {
      current = await keys(entry.header);
    } catch {
      throw new UserTokenError('invalid user token');
    }
    return current === entry.key;
  }

  return async (token) => {
    if (!cache) return (await verify(token)).viewer;
    const hash = createHash('sha256').update(token).digest('base64url');
    const entry = cache.get(hash);
    if (entry) {
      try {
        if (await stillValid(entry)) return entry.viewer;
      } catch (error) {
        cache.delete(hash);
        throw error;
      }
      cache.delete(hash);
    }
    const verified = await verify(token);
    cache.set(hash, verified);
    return verified.viewer;
  };
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? '');
  return match?.[1];
}
