import { randomUUID } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { DEFAULT_PURPOSE, PURPOSES, type PurposeOfUse, type Viewer } from '@hub/policies';
import {
  bearerToken,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
  SIGNATURE_HEADER,
  signGatewayRequest,
  FACTS_ASSERTION_PATH,
  type KeyLike,
} from '@hub/protocol';
import { FactsAssertions, keepObligations, youthsOf } from '@hub/gateway';

/** What the plugin has verified of one incoming request, before any subgraph is asked. */
export interface HubRequest {
  viewer: Viewer;
  userToken: string;
  purpose: PurposeOfUse;
  /** The gateway's own id for the request (a client's `x-request-id` is never read). */
  requestId: string;
  /** Obligations the subgraphs attached to released data (the 42 CFR 2.32 notice), by code. */
  obligations: Map<string, unknown>;
  /** The registry's facts assertions of this operation, by set of youths (asked once each). */
  factsAssertions: Map<string, Promise<string | undefined>>;
}

export interface HubSigningOptions {
  /** The gateway's Ed25519 private key: the one the subgraphs know as the gateway's. */
  signingKey: KeyLike;
  /** Each subgraph's URL as the supergraph names it, by subgraph name (the signature's audience). */
  subgraphs: { name: string; url: string }[];
  /** Verifies a user's access token (`createUserTokenVerifier` of `@hub/protocol`). */
  verifyUser: (token: string) => Promise<Viewer>;
  /**
   * Carry the registry's signed access facts to the agency subgraphs, asked once per operation
   * (default on), as the hub's gateway does; off, each agency subgraph asks the registry itself.
   */
  factsAssertions?: boolean;
  /** How long to wait for the registry's facts assertion (then every subgraph fetches its own). */
  upstreamTimeoutMs?: number;
}

/** The registry's name in the supergraph: it answers the facts assertions. */
const REGISTRY = 'mdt';

/** The body with the registry's facts assertion for its youths, if it is an agency's entity fetch. */
async function withFactsAssertion(body: string, hub: HubRequest, assertions: FactsAssertions): Promise<string> {
  let request: { variables?: Record<string, unknown>; extensions?: Record<string, unknown> };
  try {
    request = JSON.parse(body) as typeof request;
  } catch {
    return body;
  }
  const ids = youthsOf(request.variables);
  const assertion = ids.length ? await assertions.for(hub, ids) : undefined;
  return assertion
    ? JSON.stringify({ ...request, extensions: { ...request.extensions, factsAssertion: assertion } })
    : body;
}

/**
 * A subgraph request's options with the user's token, the purpose and the request id as headers,
 * and the gateway's signature for that subgraph alone (`audience`) over the exact body.
 */
export async function signedFetchOptions<O extends { body?: unknown; headers?: unknown }>(
  options: O,
  audience: string,
  hub: Pick<HubRequest, 'userToken' | 'purpose' | 'requestId'>,
  key: KeyLike,
): Promise<O & { headers: Record<string, string> }> {
  const body = typeof options.body === 'string' ? options.body : '';
  const headers = new Headers(options.headers as HeadersInit | undefined);
  headers.set('authorization', `Bearer ${hub.userToken}`);
  headers.set(PURPOSE_HEADER, hub.purpose);
  headers.set(REQUEST_ID_HEADER, hub.requestId);
  headers.set(
    SIGNATURE_HEADER,
    await signGatewayRequest({
      key,
      audience,
      body,
      userToken: hub.userToken,
      requestId: hub.requestId,
      purpose: hub.purpose,
    }),
  );
  return { ...options, headers: Object.fromEntries(headers) };
}

function refusal(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

/**
 * The hub's gateway duties as a Hive Gateway plugin (gateway/README.md, "Other engines"):
 * - every `/graphql` request must be a POST with a valid user token and a known purpose, or it
 *   ends here (405, 401, 400) before anything is planned;
 * - every subgraph request carries the user's token, the purpose and the gateway's own request
 *   id, and is signed for that subgraph alone over its exact body (`signGatewayRequest`), as the
 *   hub's own gateway signs: the subgraphs cannot tell the engines apart, and refuse both alike
 *   when the signature is missing or wrong;
 * - the registry's signed access facts are asked once per operation and carried in each agency
 *   request's `extensions.factsAssertion`, which each subgraph verifies (or fetches its own);
 * - the obligations the subgraphs attach to released data reach the client in
 *   `extensions.obligations`.
 * Hive's in-flight de-duplication must be off (`hubHiveGatewayConfig` does it): it merges
 * identical subgraph requests by URL and body before this plugin adds the viewer's headers.
 */
export function useHubSigning(opts: HubSigningOptions): GatewayPlugin {
  const audienceByUrl = new Map(opts.subgraphs.map((s) => [s.url, s.name]));
  const registry = opts.subgraphs.find((s) => s.name === REGISTRY);
  const assertions =
    (opts.factsAssertions ?? true) && registry
      ? new FactsAssertions(
          new URL(FACTS_ASSERTION_PATH, registry.url),
          opts.signingKey,
          opts.upstreamTimeoutMs ?? 10_000,
        )
      : undefined;
  const verified = new WeakMap<Request, HubRequest>();
  const hubRequest = (context: unknown) => {
    const request = (context as { request?: Request } | undefined)?.request;
    return request ? verified.get(request) : undefined;
  };

  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/graphql') return;
      if (request.method !== 'POST') return endResponse(refusal(405, 'METHOD_NOT_ALLOWED', 'Only POST is accepted'));
      const userToken = bearerToken(request.headers.get('authorization') ?? undefined);
      if (!userToken) return endResponse(refusal(401, 'UNAUTHENTICATED', 'Sign in first: missing bearer token'));
      let viewer: Viewer;
      try {
        viewer = await opts.verifyUser(userToken);
      } catch {
        return endResponse(refusal(401, 'UNAUTHENTICATED', 'Invalid or expired token'));
      }
      const purpose = request.headers.get(PURPOSE_HEADER) ?? DEFAULT_PURPOSE;
      if (!PURPOSES.includes(purpose as PurposeOfUse)) {
        return endResponse(refusal(400, 'BAD_REQUEST', `X-Purpose-Of-Use must be one of ${PURPOSES.join(', ')}`));
      }
      verified.set(request, {
        viewer,
        userToken,
        purpose: purpose as PurposeOfUse,
        requestId: randomUUID(),
        obligations: new Map(),
        factsAssertions: new Map(),
      });
    },

    async onFetch({ url, options, setOptions, context }) {
      const audience = audienceByUrl.get(url);
      const hub = hubRequest(context);
      // Not a subgraph of the supergraph, or a request this plugin did not admit: sent unsigned,
      // which every subgraph refuses.
      if (!audience || !hub) return;
      const body = typeof options.body === 'string' ? options.body : '';
      const sent = assertions && audience !== REGISTRY ? await withFactsAssertion(body, hub, assertions) : body;
      setOptions(await signedFetchOptions({ ...options, body: sent }, audience, hub, opts.signingKey));
      return async ({ response }) => {
        if (!response.ok) return;
        const answer = (await response.clone().json()) as { extensions?: { obligations?: unknown } } | undefined;
        keepObligations(hub.obligations, answer?.extensions?.obligations);
      };
    },

    onExecutionResult({ result, setResult, context }) {
      const hub = hubRequest(context);
      if (!hub?.obligations.size || !result || Symbol.asyncIterator in result) return;
      setResult({ ...result, extensions: { ...result.extensions, obligations: [...hub.obligations.values()] } });
    },

    onResponse({ request, response }) {
      const hub = verified.get(request);
      if (hub) response.headers.set(REQUEST_ID_HEADER, hub.requestId);
      response.headers.set('cache-control', 'no-store');
    },
  };
}
