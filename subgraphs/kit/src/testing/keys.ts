import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import type { Agency, Role } from '@hub/policies';
import { createUserTokenVerifier, importGatewayPublicKey, serviceKey, type KeyLike } from '@hub/protocol';
import type { AccessFactsSource } from '../access/facts-source.ts';
import type { SubgraphDeps } from '../run.ts';

/** Fresh keys for one test run: the gateway's signing pair, an identity provider, a service secret. */
export interface TestKeys {
  gatewayPrivate: KeyLike;
  gatewayPublicJwk: JWK;
  idpPrivate: KeyLike;
  jwks: JSONWebKeySet;
  issuer: string;
  audience: string;
  serviceSecret: string;
}

export async function createTestKeys(): Promise<TestKeys> {
  const gateway = await generateKeyPair('EdDSA', { extractable: true });
  const idp = await generateKeyPair('ES256', { extractable: true });
  return {
    gatewayPrivate: gateway.privateKey,
    gatewayPublicJwk: await exportJWK(gateway.publicKey),
    idpPrivate: idp.privateKey,
    jwks: { keys: [{ ...(await exportJWK(idp.publicKey)), kid: 'test-1', alg: 'ES256' }] },
    issuer: 'https://idp.test.invalid',
    audience: 'csec-mdt-hub',
    serviceSecret: randomBytes(32).toString('hex'),
  };
}

export interface TestPerson {
  id: string;
  name: string;
  agency: Agency;
  role: Role;
}

export function issueTestToken(
  keys: TestKeys,
  person: TestPerson,
  opts: { expiresIn?: string | number; key?: KeyLike; issuer?: string; audience?: string } = {},
): Promise<string> {
  return new SignJWT({ name: person.name, agency: person.agency, role: person.role })
    .setProtectedHeader({ alg: 'ES256', kid: 'test-1' })
    .setSubject(person.id)
    .setIssuer(opts.issuer ?? keys.issuer)
    .setAudience(opts.audience ?? keys.audience)
    .setIssuedAt(typeof opts.expiresIn === 'number' ? opts.expiresIn - 60 : undefined)
    .setExpirationTime(opts.expiresIn ?? '1h')
    .sign(opts.key ?? keys.idpPrivate);
}

export async function testDeps(keys: TestKeys, facts?: AccessFactsSource): Promise<SubgraphDeps> {
  return {
    gatewayKey: await importGatewayPublicKey(keys.gatewayPublicJwk),
    verifyUser: createUserTokenVerifier({ issuer: keys.issuer, audience: keys.audience, jwks: keys.jwks }),
    serviceKey: serviceKey(keys.serviceSecret),
    facts: facts ?? { load: () => Promise.reject(new Error('no registry in this test')) },
  };
}
