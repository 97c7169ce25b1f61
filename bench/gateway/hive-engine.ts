import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { KeyLike } from '@hub/protocol';
import { signedFetchOptions, withoutRequiresFields } from '@hub/hive-gateway';
import { armorConfig, type EngineFactory, type HubRequestContext, type SubgraphLocation } from '@hub/gateway';

/** Signs each subgraph request as the hub's gateway does (the Hive plugin's own signer). */
function signSubgraphRequests(key: KeyLike, subgraphs: SubgraphLocation[]): GatewayPlugin {
  const byUrl = new Map(subgraphs.map((s) => [s.url, s.name]));
  return {
    async onFetch({ url, options, setOptions, context }) {
      const audience = byUrl.get(url);
      const hub = context as Partial<HubRequestContext>;
      if (!audience || !hub.userToken || !hub.requestId || !hub.purpose) return;
      setOptions(
        await signedFetchOptions(
          options,
          audience,
          { userToken: hub.userToken, requestId: hub.requestId, purpose: hub.purpose },
          key,
        ),
      );
    },
  };
}

/**
 * The Hive Gateway engine, kept for the library benchmark only (compare.ts). The hub does not ship
 * it: it puts a denial inside a list of entities at the wrong index (all at 0; graphql-tools
 * batch-delegate), and uses more CPU per request than @apollo/gateway (gateway/README.md).
 */
export const createHiveEngine: EngineFactory = async (opts) => {
  const runtime = createGatewayRuntime<HubRequestContext>({
    supergraph: withoutRequiresFields(opts.supergraphSdl),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: 'warn',
    maskedErrors: true,
    disableIntrospection: opts.introspection ? undefined : { disableIf: () => true },
    // Identical in-flight subgraph requests must never be merged: each carries its own viewer.
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    upstreamTimeout: opts.limits.upstreamTimeoutMs,
    requestId: false,
    plugins: () => [
      EnvelopArmorPlugin(armorConfig(opts.limits, { complete: true })),
      signSubgraphRequests(opts.signingKey, opts.subgraphs),
    ],
  });
  return {
    async execute(body, context) {
      const request = new Request('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify(body),
      });
      const response = await runtime.fetch(request, context);
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? 'application/json',
        text: await response.text(),
      };
    },
    stop: async () => void (await runtime.dispose()),
  };
};
