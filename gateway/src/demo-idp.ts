import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet } from 'jose';
import type { KeyLike } from '@hub/protocol';

/** Someone the demo identity provider signs in (npm start passes the synthetic world's personas). */
export interface DemoPersona {
  id: string;
  name: string;
  agency: string;
  role: string;
}

/**
 * The demo identity provider: issues the same kind of token a real OIDC provider would
 * (sub, name, agency, role) for the seeded personas. Only mounted in demo mode.
 */
export interface DemoIdentityProvider {
  issuer: string;
  audience: string;
  jwks: JSONWebKeySet;
  personas: readonly DemoPersona[];
  issue(personaId: string, options?: { expiresIn?: string }): Promise<string>;
}

/** The gateway itself holds no personas: they come from whoever runs the demo (DEMO_PERSONAS). */
export async function createDemoIdentityProvider(
  issuer: string,
  audience: string,
  personas: readonly DemoPersona[],
): Promise<DemoIdentityProvider> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'demo-1', alg: 'ES256', use: 'sig' };
  return {
    issuer,
    audience,
    jwks: { keys: [jwk] },
    personas,
    async issue(personaId, options = {}) {
      const persona = personas.find((p) => p.id === personaId);
      if (!persona) throw new Error('unknown persona');
      return signUserToken(privateKey, {
        issuer,
        audience,
        kid: 'demo-1',
        ...persona,
        expiresIn: options.expiresIn ?? '8h',
      });
    },
  };
}

export function signUserToken(
  key: KeyLike,
  claims: {
    issuer: string;
    audience: string;
    kid: string;
    id: string;
    name: string;
    agency: string;
    role: string;
    expiresIn: string;
  },
): Promise<string> {
  return new SignJWT({ name: claims.name, agency: claims.agency, role: claims.role })
    .setProtectedHeader({ alg: 'ES256', kid: claims.kid })
    .setSubject(claims.id)
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn)
    .sign(key);
}
