import { SignJWT, jwtVerify } from 'jose';

/** Subgraph-to-registry calls carry an HS256 token from a secret shared only among subgraphs. */
const AUDIENCE = 'csec-mdt-hub-registry';

export function serviceKey(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('SERVICE_TOKEN_SECRET must be at least 32 characters');
  return new TextEncoder().encode(secret);
}

export async function signServiceToken(key: Uint8Array, service: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(service)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key);
}

/** Returns the calling service's name, or throws. */
export async function verifyServiceToken(key: Uint8Array, token: string | undefined): Promise<string> {
  if (!token) throw new Error('missing service token');
  const { payload } = await jwtVerify(token, key, { audience: AUDIENCE, algorithms: ['HS256'] });
  if (!payload.iss) throw new Error('service token names no service');
  return payload.iss;
}
