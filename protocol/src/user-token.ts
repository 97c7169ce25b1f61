import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import type { Viewer } from '@hub/policies';
import { AGENCIES, ROLE_AGENCY, ROLES, type Agency, type Role } from '@hub/policies/vocabulary';

/** Asymmetric algorithms only: a shared-secret token could be minted by anyone holding the secret. */
const USER_TOKEN_ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];

export interface UserTokenConfig {
  /** The identity provider's issuer (OIDC `iss`). */
  issuer: string;
  /** The audience the hub's tokens are issued for. */
  audience: string;
  /** The provider's keys: a JWKS URL, or the key set itself (tests, embedded demo). */
  jwks: URL | JSONWebKeySet;
}

export type UserTokenVerifier = (token: string) => Promise<Viewer>;

export class UserTokenError extends Error {}

/** Verifies the user's JWT against the identity provider's keys and reads the viewer from it. */
export function createUserTokenVerifier(config: UserTokenConfig): UserTokenVerifier {
  const keys = config.jwks instanceof URL ? createRemoteJWKSet(config.jwks) : createLocalJWKSet(config.jwks);
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ['sub', 'exp'],
        algorithms: USER_TOKEN_ALGORITHMS,
        clockTolerance: 5,
      }));
    } catch {
      throw new UserTokenError('invalid user token');
    }
    const { sub, name, agency, role } = payload as Record<string, unknown>;
    if (typeof sub !== 'string' || !AGENCIES.includes(agency as Agency) || !ROLES.includes(role as Role)) {
      throw new UserTokenError('user token lacks agency or role');
    }
    // A role belongs to one agency: a prosecutor's token claiming to be a social worker is refused.
    if (ROLE_AGENCY[role as Role] !== agency)
      throw new UserTokenError('user token names a role its agency does not have');
    return { sub, name: typeof name === 'string' ? name : sub, agency: agency as Agency, role: role as Role };
  };
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? '');
  return match?.[1];
}
