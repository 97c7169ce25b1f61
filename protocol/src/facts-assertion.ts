import { jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { Viewer, YouthFacts } from '@hub/policies';
import { SERVICE_KEY_ALG, type ServiceSigner } from './service-keys.ts';

/**
 * Access facts once per operation. The registry reads the facts of an operation's youths for the
 * viewer once and signs them as an assertion bound to the request id, the viewer, the purpose and
 * the youths, valid for FACTS_ASSERTION_SECONDS; the gateway asks for it once per operation and
 * passes it to each agency subgraph in the GraphQL request's `extensions.factsAssertion`; each
 * subgraph verifies it locally and decides from it as from facts it fetched itself, or fetches its
 * own when it is absent, expired, for another request, viewer or purpose, or lacks a youth.
 *
 * The registry signs with its own service key (service-keys.ts) and the subgraphs verify with its
 * public keys: the gateway, which holds no service key, can carry an assertion, never make or
 * change one; nor can an agency subgraph, whose own key is not the registry's. The `typ` keeps an
 * assertion from passing as a service token and the reverse.
 */
export const FACTS_ASSERTION_SECONDS = 10;
/** The audience of the gateway's signature on its request for an assertion (not a subgraph's name). */
export const FACTS_ASSERTION_AUDIENCE = 'mdt/facts-assertion';
export const FACTS_ASSERTION_PATH = '/facts-assertion';
const ISSUER = 'csec-mdt-hub-registry';
const AUDIENCE = 'csec-mdt-hub-subgraphs';
const TYPE = 'hub-facts+jwt';

export interface FactsBinding {
  requestId: string;
  purpose: string;
  viewer: Viewer;
}

export async function signFactsAssertion(
  registry: ServiceSigner,
  binding: FactsBinding,
  facts: readonly YouthFacts[],
): Promise<string> {
  const { sub, agency, role } = binding.viewer;
  return new SignJWT({ rid: binding.requestId, pou: binding.purpose, viewer: { sub, agency, role }, facts })
    .setProtectedHeader({ alg: SERVICE_KEY_ALG, typ: TYPE, kid: registry.kid })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${FACTS_ASSERTION_SECONDS}s`)
    .sign(registry.key);
}

export class FactsAssertionError extends Error {}

/**
 * The facts of an assertion by youth id, if it is the registry's, fresh, and for this request,
 * viewer and purpose; throws FactsAssertionError otherwise.
 */
export async function verifyFactsAssertion(
  registryKeys: JWTVerifyGetKey,
  assertion: string,
  binding: FactsBinding,
): Promise<Map<string, YouthFacts>> {
  let payload;
  try {
    ({ payload } = await jwtVerify(assertion, registryKeys, {
      issuer: ISSUER,
      audience: AUDIENCE,
      typ: TYPE,
      algorithms: [SERVICE_KEY_ALG],
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
