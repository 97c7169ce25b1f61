import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  bearerToken,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
  SIGNATURE_HEADER,
  signGatewayRequest,
  type KeyLike,
} from '@hub/subgraph-kit';
import type { EngineFactory, HubRequestContext } from './engine.ts';
import { armorConfig } from './limits.ts';

/**
 * Forwards the viewer's token, the purpose and the request id, and signs each subgraph request
 * for that subgraph alone (audience) in the fetcher, which sees the final serialized body: the
 * signature binds exactly the bytes the subgraph receives.
 */
class SigningDataSource extends RemoteGraphQLDataSource<HubRequestContext> {
  constructor(url: string, audience: string, key: KeyLike) {
    super({ url });
    const send = this.fetcher;
    this.fetcher = async (target, init) => {
      const headers: Record<string, string> = { ...(init?.headers as Record<string, string> | undefined) };
      const userToken = bearerToken(headers.authorization);
      const requestId = headers[REQUEST_ID_HEADER];
      if (userToken && requestId) {
        const body = typeof init?.body === 'string' ? init.body : '';
        headers[SIGNATURE_HEADER] = await signGatewayRequest({ key, audience, body, userToken, requestId });
      }
      return send(target, { ...init, headers });
    };
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<HubRequestContext>): void {
    const hub = context as Partial<HubRequestContext>;
    if (!request.http || !hub.userToken || !hub.requestId || !hub.purpose) return;
    request.http.headers.set('authorization', `Bearer ${hub.userToken}`);
    request.http.headers.set(PURPOSE_HEADER, hub.purpose);
    request.http.headers.set(REQUEST_ID_HEADER, hub.requestId);
  }
}

/** @apollo/gateway over the committed supergraph (never introspects subgraphs), in @apollo/server. */
export const createApolloEngine: EngineFactory = async (opts) => {
  const gateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    buildService: ({ name, url }) => {
      if (!url) throw new Error(`subgraph ${name} has no URL`);
      return new SigningDataSource(url, name, opts.signingKey);
    },
  });
  const armor = new ApolloArmor(armorConfig(opts.limits)).protect();
  const apollo = new ApolloServer<HubRequestContext>({
    gateway,
    introspection: opts.introspection,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    // graphql-armor's declarations name @apollo/server's CJS types; the plugins are plain objects.
    plugins: armor.plugins as unknown as ApolloServerPlugin<HubRequestContext>[],
    logger: {
      debug: () => {},
      info: () => {},
      warn: (m) => opts.log(String(m)),
      error: (m) => opts.log(String(m)),
    },
  });
  await apollo.start();
  return {
    async execute(body, context) {
      const headers = new HeaderMap([
        ['content-type', 'application/json'],
        ['accept', 'application/graphql-response+json, application/json'],
      ]);
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: '', body },
        context: async () => context,
      });
      let text = '';
      if (result.body.kind === 'complete') text = result.body.string;
      else for await (const chunk of result.body.asyncIterator) text += chunk;
      return {
        status: result.status ?? 200,
        contentType: result.headers.get('content-type') ?? 'application/json',
        text,
      };
    },
    stop: () => apollo.stop(),
  };
};
