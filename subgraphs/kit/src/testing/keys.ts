import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import type { Agency, Role } from '@hub/policies';
import {
  createUserTokenVerifier,
  generateServiceKeyPair,
  importGatewayPublicKey,
  importServiceSigner,
  ServiceKeyDirectory,
  type KeyLike,
  type ServiceSigner,
} from '@hub/protocol';
import { loadSupergraphConfig } from '@hub/schema';
import type { AccessFactsSource } from '../access/facts-source.ts';
import type { SubgraphDeps } from '../run.ts';

/** Fresh keys for one test run: the gateway's signing pair, an identity provider, each service's pair. */
export interface TestKeys {
  gatewayPrivate: KeyLike;
  gatewayPublicJwk: JWK;
  idpPrivate: KeyLike;
  jwks: JSONWebKeySet;
  issuer: string;
  audience: string;
  /** Each service of the hub (schema/supergraph.config.json): its own key pair. */
  services: Record<string, { privateJwk: JWK; publicJwk: JWK }>;
  /** SERVICE_PUBLIC_KEYS as the services are given it. */
  servicePublicKeys: Record<string, JWK[]>;
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
    ...(await serviceKeyPairs(loadSupergraphConfig().map((s) => s.name))),
  };
}

async function serviceKeyPairs(names: string[]): Promise<Pick<TestKeys, 'services' | 'servicePublicKeys'>> {
  const services: TestKeys['services'] = {};
  for (const name of names) services[name] = await generateServiceKeyPair(name, `${name}-test`);
  const servicePublicKeys = Object.fromEntries(Object.entries(services).map(([n, p]) => [n, [p.publicJwk]]));
  return { services, servicePublicKeys };
}

/** A service's signer: its own key, or for a name that is no service of the hub, a key nobody lists. */
export async function testServiceSigner(keys: TestKeys, service: string): Promise<ServiceSigner> {
  const pair = keys.services[service] ?? (await generateServiceKeyPair(service, `${service}-unlisted`));
  return importServiceSigner(service, pair.privateJwk);
}

/** The service-key environment of one service (SERVICE_SIGNING_KEY, SERVICE_PUBLIC_KEYS). */
export function serviceKeyEnv(keys: TestKeys, service: string): Record<string, string> {
  const pair = keys.services[service];
  if (!pair) throw new Error(`no test key for ${service}`);
  return {
    SERVICE_SIGNING_KEY: JSON.stringify(pair.privateJwk),
    SERVICE_PUBLIC_KEYS: JSON.stringify(keys.servicePublicKeys),
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

/** A subgraph's dependencies for a test; `service` names whose key it signs with (the registry's by default). */
export async function testDeps(keys: TestKeys, facts?: AccessFactsSource, service = 'mdt'): Promise<SubgraphDeps> {
  return {
    gatewayKey: await importGatewayPublicKey(keys.gatewayPublicJwk),
    verifyUser: createUserTokenVerifier({ issuer: keys.issuer, audience: keys.audience, jwks: keys.jwks }),
    serviceSigner: await testServiceSigner(keys, service),
    serviceKeys: new ServiceKeyDirectory(keys.servicePublicKeys),
    facts: facts ?? { load: () => Promise.reject(new Error('no registry in this test')) },
  };
}
