import type { Viewer, YouthFacts } from '@hub/policies';
import type { JWTVerifyGetKey } from 'jose';
import { internalAgent, internalPost, signServiceToken, verifyFactsAssertion, type ServiceSigner } from '@hub/protocol';

/** The request a load is for, and the registry's assertion of its facts if the gateway carried one. */
export interface FactsRequest {
  requestId: string;
  purpose: string;
  /** `extensions.factsAssertion` of the GraphQL request, as received (verified here, never trusted). */
  assertion?: string;
}

/** Where a subgraph learns, per request, what the registry knows of (viewer, youths). */
export interface AccessFactsSource {
  /** One call for all the youths of an operation; returns facts in the order asked. */
  load(viewer: Viewer, youthIds: readonly string[], request?: FactsRequest): Promise<YouthFacts[]>;
}

export class AccessFactsUnavailable extends Error {}

/** More than any honest answer for MAX_YOUTHS youths: a bigger one is refused, not buffered. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/**
 * The registry's /access-facts endpoint, authenticated as this service. Every request of every
 * subgraph makes this call, so it goes over node:http with kept-alive connections (the WHATWG
 * fetch cost each subgraph more CPU than its own GraphQL execution under load), each idle one
 * closed by this side before the registry would (INTERNAL_KEEP_ALIVE).
 */
export function httpFactsSource(opts: {
  registryUrl: string;
  /** This service's own key, for its token to the registry. */
  signer: ServiceSigner;
  /** The registry's public keys, for its facts assertions. */
  registryKeys: JWTVerifyGetKey;
  timeoutMs?: number;
  /** Told when an assertion could not be used (absent is not told): the fetch that follows is counted. */
  onAssertionRefused?: (reason: string) => void;
}): AccessFactsSource {
  const url = new URL('/access-facts', opts.registryUrl);
  const agent = internalAgent(url);
  return {
    async load(viewer, youthIds, request) {
      // The registry's own assertion of these facts for this request, viewer and purpose, verified
      // here: used only if it covers every youth asked; otherwise the facts are fetched as always.
      if (request?.assertion) {
        try {
          const asserted = await verifyFactsAssertion(opts.registryKeys, request.assertion, { ...request, viewer });
          const facts = youthIds.map((id) => asserted.get(id));
          if (facts.every((f) => f !== undefined)) return facts;
          opts.onAssertionRefused?.('the assertion lacks a youth of the request');
        } catch (error) {
          opts.onAssertionRefused?.((error as Error).message);
        }
      }
      const body = JSON.stringify({ viewer, youthIds });
      let answer;
      try {
        // A kept-alive socket the registry closed as this request went out: nothing was read, so
        // the read is asked once more, on a new connection and with a new token (@hub/protocol).
        answer = await internalPost(url, {
          agent,
          body,
          headers: async () => ({
            'content-type': 'application/json',
            authorization: `Bearer ${await signServiceToken(opts.signer, body)}`,
          }),
          timeoutMs: opts.timeoutMs ?? 5000,
          maxAnswerBytes: MAX_ANSWER_BYTES,
          retryable: () => true,
        });
      } catch (cause) {
        throw new AccessFactsUnavailable('the registry did not answer', { cause });
      }
      if (answer.status !== 200) throw new AccessFactsUnavailable(`the registry answered ${answer.status}`);
      let facts: unknown;
      try {
        facts = (JSON.parse(answer.text) as { facts?: unknown }).facts;
      } catch (cause) {
        throw new AccessFactsUnavailable('the registry answered with something other than JSON', { cause });
      }
      if (
        !Array.isArray(facts) ||
        facts.length !== youthIds.length ||
        facts.some((f: YouthFacts | null, i) => f?.youthId !== youthIds[i])
      ) {
        throw new AccessFactsUnavailable('the registry answered for other youths');
      }
      return facts as YouthFacts[];
    },
  };
}
