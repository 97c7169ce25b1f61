import { randomUUID } from 'node:crypto';
import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { SERVICE_KEY_ALG, type ServiceKeyDirectory, type ServiceSigner } from './service-keys.ts';
import { type OneTimeIds, sha256 } from './signature.ts';

/**
 * Subgraph-to-registry calls carry an EdDSA token signed with the calling service's own key
 * (service-keys.ts): 60 seconds, naming the calling service, bound to the exact body, used once.
 */
const AUDIENCE = 'csec-mdt-hub-registry';

export async function signServiceToken(signer: ServiceSigner, body: string): Promise<string> {
  return new SignJWT({ bh: sha256(body) })
    .setProtectedHeader({ alg: SERVICE_KEY_ALG, kid: signer.kid })
    .setIssuer(signer.service)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .setJti(randomUUID())
    .sign(signer.key);
}

/**
 * Returns the calling service's name, or throws. The token is verified only under the public keys
 * of the service it names (its `iss`), and that service must be one of `services`.
 */
export async function verifyServiceToken(
  directory: ServiceKeyDirectory,
  token: string | undefined,
  opts: { body: string; services: readonly string[]; replay: OneTimeIds },
): Promise<string> {
  if (!token) throw new Error('missing service token');
  let issuer: unknown;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    throw new Error('malformed service token');
  }
  if (typeof issuer !== 'string' || !opts.services.includes(issuer)) throw new Error('not a service of the hub');
  const keys = directory.keySet(issuer);
  if (!keys) throw new Error('no public key for that service');
  const { payload } = await jwtVerify(token, keys, {
    audience: AUDIENCE,
    algorithms: [SERVICE_KEY_ALG],
    issuer,
    maxTokenAge: '60s',
    clockTolerance: 5,
    requiredClaims: ['exp', 'iat', 'jti', 'iss'],
  });
  if (payload.bh !== sha256(opts.body)) throw new Error('service token does not match the body');
  if (!(await opts.replay.claim(payload.jti!, payload.exp! * 1000))) throw new Error('replayed service token');
  return issuer;
}
