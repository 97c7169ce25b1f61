import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  bearerToken,
  PUBLIC_CODES,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
  SIGNATURE_HEADER,
  signGatewayRequest,
  type KeyLike,
} from '@hub/protocol';
import type { EngineFactory, HubRequestContext, ResponseMediaType } from './engine.ts';
import { weighOperation } from './cost.ts';
import { maxFieldRepeatsRule } from './field-repeats.ts';
import { armorConfig, type QueryLimits } from './limits.ts';

const unavailable = (name: string) => `${name} is unavailable; its part of the record is missing`;

/** Errors that are the client's own doing: the answer is 400, whatever the library chose. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The errors of a request that is well-formed but whose document or variables are not. */
const DOCUMENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The status of an answer with no data:
 * - @apollo/gateway's "Unknown operation named" (INVALID_GRAPHQL) comes back as a 500; a client's
 *   mistake is a 400. Only a response with no data whose every error is the client's is changed.
 * - GraphQL over HTTP: in application/json a document that does not parse or validate, or
 *   variables that do not coerce, are answered 200 (the 4xx belong to
 *   application/graphql-response+json); a malformed request (a query that is not a string) stays 400.
 */
function clientStatus(status: number, text: string, media: ResponseMediaType): number {
  if (status < 400) return status;
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    const codes = (body.errors ?? []).map((e) => e.extensions?.code as string);
    if (body.data !== undefined || !codes.length) return status;
    if (media === 'application/json' && codes.every((c) => DOCUMENT_CODES.has(c))) return 200;
    return status >= 500 && codes.every((c) => CLIENT_CODES.has(c)) ? 400 : status;
  } catch {
    return status;
  }
}

/** graphql-armor's refusals, which it words as syntax errors although they are neither. */
const LIMIT_REFUSAL = /^(?:Syntax Error: )?(?:Query depth limit|Aliases limit|Directives limit|Query Cost limit) /;
/** graphql-js's words for its token limit (parseOptions.maxTokens). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;
const withoutSyntaxPrefix = (message: string) => message.replace(/^Syntax Error: (?=\S+ (?:depth |Cost )?limit)/, '');

/**
 * The query limits that need more than a validation rule:
 * - the cost, weighed for each request with its coerced variables and the schema's defaults
 *   (graphql-armor's rule alone sees only literals, so `first: $n` and a defaulted `first` weighed
 *   as 1); refused before planning, as a validation failure (400);
 * - a limit refusal is the whole answer: a document over the directive limit also breaks graphql's
 *   own rules once per extra directive, and those errors would bury the one that matters.
 */
function limitsPlugin(limits: QueryLimits): ApolloServerPlugin<HubRequestContext> {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart() {
          // Still a parse failure (the document was not read to its end), named as the limit it is.
          return async (error) => {
            const over = error && TOKEN_LIMIT.exec(error.message);
            if (over) error.message = `Token limit of ${over[1]} exceeded.`;
          };
        },
        async validationDidStart() {
          return async (errors) => {
            if (!errors?.length) return;
            const all = errors as GraphQLError[];
            const refusals = all.filter((e) => LIMIT_REFUSAL.test(e.message));
            if (refusals.length) all.splice(0, all.length, ...refusals);
            for (const e of all) e.message = withoutSyntaxPrefix(e.message);
          };
        },
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const weighed = weighOperation(schema, document, operation, request.variables, limits);
          if (!weighed.ok) {
            throw new GraphQLError(withoutSyntaxPrefix(weighed.error.message), {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * Forwards the viewer's token, the purpose and the request id, and signs each subgraph request
 * for that subgraph alone (audience) in the fetcher, which sees the final serialized body: the
 * signature binds exactly the bytes the subgraph receives.
 */
const unavailableError = (name: string) =>
  new GraphQLError(unavailable(name), { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name } });

// The gateway only ever sends string bodies, which Node's fetch takes as they are. A redirect is
// refused, never followed: a subgraph's answer must come from the subgraph, and the signed body and
// the user's token must not be sent on to wherever a Location header points.
const nodeFetch = ((input: string, init?: RequestInit) =>
  fetch(input, { ...init, redirect: 'error' })) as unknown as NonNullable<
  NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']
>;

class SigningDataSource extends RemoteGraphQLDataSource<HubRequestContext> {
  constructor(
    url: string,
    private readonly audience: string,
    key: KeyLike,
    timeoutMs: number,
  ) {
    // Node's own fetch: the default (make-fetch-happen over agent-base) builds and reads an Error's
    // stack on every request to tell http from https, which cost the gateway more CPU than planning.
    super({ url, fetcher: nodeFetch });
    const send = this.fetcher;
    this.fetcher = async (target, init) => {
      const headers: Record<string, string> = { ...(init?.headers as Record<string, string> | undefined) };
      const userToken = bearerToken(headers.authorization);
      const requestId = headers[REQUEST_ID_HEADER];
      const purpose = headers[PURPOSE_HEADER];
      if (userToken && requestId && purpose) {
        const body = typeof init?.body === 'string' ? init.body : '';
        headers[SIGNATURE_HEADER] = await signGatewayRequest({ key, audience, body, userToken, requestId, purpose });
      }
      // A subgraph that does not answer in time fails alone: its fields are null with an error
      // naming it, and nothing about how it failed.
      try {
        return await send(target, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
      } catch {
        throw unavailableError(audience);
      }
    };
  }

  /**
   * A subgraph that answers, but not with a GraphQL response for what was asked (a 500, an error
   * page, broken JSON, the wrong number of entities), is unavailable like one that is down: its
   * part is null and the error names it, never what it sent.
   */
  override async process(options: GraphQLDataSourceProcessOptions<HubRequestContext>) {
    let response;
    try {
      response = await super.process(options);
    } catch {
      throw unavailableError(this.audience);
    }
    const representations = options.request.variables?.representations;
    const data = response.data as { _entities?: unknown } | null | undefined;
    if (Array.isArray(representations) && data) {
      if (!Array.isArray(data._entities) || data._entities.length !== representations.length) {
        throw unavailableError(this.audience);
      }
    }
    return response;
  }

  /** Keeps the obligations a subgraph attached to its part, for the response to the client. */
  override async didReceiveResponse({
    response,
    context,
  }: Parameters<RemoteGraphQLDataSource<HubRequestContext>['didReceiveResponse'] & {}>[0]) {
    const obligations = (response.extensions as { obligations?: unknown } | undefined)?.obligations;
    const hub = context as Partial<HubRequestContext>;
    if (Array.isArray(obligations) && hub.obligations) {
      for (const o of obligations as { code?: unknown }[])
        if (typeof o?.code === 'string') hub.obligations.set(o.code, o);
    }
    return response;
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
      return new SigningDataSource(url, name, opts.signingKey, opts.limits.upstreamTimeoutMs);
    },
  });
  const armor = new ApolloArmor(armorConfig(opts.limits)).protect();
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { code, serviceName } = (formatted.extensions ?? {}) as { code?: unknown; serviceName?: unknown };
    const where = formatted.path ? { path: formatted.path } : {};
    if (typeof code === 'string' && (PUBLIC_CODES.has(code) || code === 'SUBGRAPH_UNAVAILABLE')) {
      // Subgraph denials and input errors pass as the subgraph wrote them, minus transport details.
      const {
        response: _response,
        stacktrace: _stack,
        exception: _exception,
        ...extensions
      } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (code === 'INVALID_GRAPHQL' && serviceName === undefined) {
      // The gateway's own planner refusing the client's document (an unknown operation name,
      // several operations and none named): the message names only what the client sent.
      return { message: formatted.message, extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } };
    }
    opts.log('error', error);
    if (typeof serviceName === 'string') {
      // A subgraph down, slow or failing: say which agency, never how.
      return {
        message: unavailable(serviceName),
        ...where,
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName },
      };
    }
    return { message: 'Internal error', ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
  const apollo = new ApolloServer<HubRequestContext>({
    gateway,
    introspection: opts.introspection,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: their cache is shared by every user, so whether a hash is
    // known tells one user what another sent. A hash-only request is refused the same for all.
    persistedQueries: false,
    // The token limit, counted by graphql-js's own parser (not armor's: see limits.ts).
    parseOptions: { maxTokens: opts.limits.maxTokens },
    formatError,
    validationRules: [...armor.validationRules, maxFieldRepeatsRule(opts.limits.maxFieldRepeats)],
    // graphql-armor's declarations name @apollo/server's CJS types; the plugins are plain objects.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<HubRequestContext>[]),
      limitsPlugin(opts.limits),
      {
        // Obligations ride with data to the client: `extensions.obligations`.
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              if (response.body.kind !== 'single' || !contextValue.obligations?.size) return;
              const result = response.body.singleResult;
              result.extensions = { ...result.extensions, obligations: [...contextValue.obligations.values()] };
            },
          };
        },
      },
    ],
    logger: {
      debug: () => {},
      info: () => {},
      warn: (m) => opts.log(String(m)),
      error: (m) => opts.log(String(m)),
    },
  });
  await apollo.start();
  return {
    async execute(body, context, media: ResponseMediaType = 'application/graphql-response+json') {
      const headers = new HeaderMap([
        ['content-type', 'application/json'],
        ['accept', media],
      ]);
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: '', body },
        context: async () => ({ ...context, obligations: new Map() }),
      });
      let text = '';
      if (result.body.kind === 'complete') text = result.body.string;
      else for await (const chunk of result.body.asyncIterator) text += chunk;
      return {
        status: clientStatus(result.status ?? 200, text, media),
        contentType: result.headers.get('content-type') ?? 'application/json',
        text,
      };
    },
    stop: () => apollo.stop(),
  };
};
