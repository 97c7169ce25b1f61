import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT, type CryptoKey } from 'jose';
import type { Viewer, YouthFacts } from '@hub/policies';

/**
 * Access facts once per operation. The registry reads the facts of an operation's youths for the
 * viewer once and signs them as an assertion bound to the request id, the viewer, the purpose and
 * the youths, valid for FACTS_ASSERTION_SECONDS; the gateway asks for it once per operation and
 * passes it to each agency subgraph in the GraphQL request's `extensions.factsAssertion`; each
 * subgraph verifies it locally and decides from it as from facts it fetched itself, or fetches its
 * own when it is absent, expired, for another request, viewer or purpose, or lacks a youth.
 *
 * The key is derived from SERVICE_TOKEN_SECRET, which the registry and the subgraphs hold and the
 * gateway does not: the gateway can carry an assertion, never make or change one. It is not the
 * service-token key itself (a service token is never an assertion, nor the reverse).
 */
export const FACTS_ASSERTION_SECONDS = 10;
/** The audience of the gateway's signature on its request for an assertion (not a subgraph's name). */
export const FACTS_ASSERTION_AUDIENCE = 'mdt/facts-assertion';
export const FACTS_ASSERTION_PATH = '/facts-assertion';
const ISSUER = 'csec-mdt-hub-registry';
const AUDIENCE = 'csec-mdt-hub-subgraphs';
const TYPE = 'hub-facts+jwt';

const keys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

/** The assertion key, derived once per service secret (HMAC-SHA-256 of a fixed label). */
export function factsAssertionKey(serviceKey: Uint8Array): Promise<CryptoKey> {
  let key = keys.get(serviceKey);
  if (!key) {
    const derived = createHmac('sha256', serviceKey).update('csec-mdt-hub/facts-assertion/v1').digest();
    key = crypto.subtle.importKey('raw', new Uint8Array(derived), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.set(serviceKey, key);
  }
  return key;
}

export interface FactsBinding {
  requestId: string;
  purpose: string;
  viewer: Viewer;
}

export async function signFactsAssertion(
  serviceKey: Uint8Array,
  binding: FactsBinding,
  facts: readonly YouthFacts[],
): Promise<string> {
  const { sub, agency, role } = binding.viewer;
  return new SignJWT({ rid: binding.requestId, pou: binding.purpose, viewer: { sub, agency, role }, facts })
    .setProtectedHeader({ alg: 'HS256', typ: TYPE })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${FACTS_ASSERTION_SECONDS}s`)
    .sign(await factsAssertionKey(serviceKey));
}

export class FactsAssertionError extends Error {}

/**
 * The facts of an assertion by youth id, if it is the registry's, fresh, and for this request,
 * viewer and purpose; throws FactsAssertionError otherwise.
 */
export async function verifyFactsAssertion(
  serviceKey: Uint8Array,
  assertion: string,
  binding: FactsBinding,
): Promise<Map<string, YouthFacts>> {
  let payload;
  try {
    ({ payload } = await jwtVerify(assertion, await factsAssertionKey(serviceKey), {
      issuer: ISSUER,
      audience: AUDIENCE,
      typ: TYPE,
      algorithms: ['HS256'],
      maxTokenAge: `${FACTS_ASSERTION_SECONDS}s`,
      clockTolerance: 2,
      requiredClaims: ['exp', 'iat'],
    }));
  } catch (cause) {
    throw new FactsAssertionError('not a fresh assertion of the registry', { cause });
  }
  const { rid, pou, viewer, facts } = payload as {
    rid?: unknown;
    pou?: unknown;
    viewer?: Partial<Viewer>;
    facts?: unknown;
  };
  if (rid !== binding.requestId || pou !== binding.purpose) {
    throw new FactsAssertionError('an assertion for another request');
  }
  const { sub, agency, role } = binding.viewer;
  if (viewer?.sub !== sub || viewer.agency !== agency || viewer.role !== role) {
    throw new FactsAssertionError('an assertion for another viewer');
  }
  if (!Array.isArray(facts)) throw new FactsAssertionError('an assertion without facts');
  return new Map((facts as YouthFacts[]).map((f) => [f.youthId, f]));
}
