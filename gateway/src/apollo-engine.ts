import { STATUS_CODES } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import {
  bearerToken,
  DELIVERY_FAILURE_AUDIENCE,
  DELIVERY_FAILURE_PATH,
  documentStore,
  FACTS_ASSERTION_AUDIENCE,
  FACTS_ASSERTION_PATH,
  internalAgent,
  internalPost,
  loggableError,
  PUBLIC_CODES,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
  SIGNATURE_HEADER,
  signGatewayRequest,
  type InternalAnswer,
  type KeyLike,
} from '@hub/protocol';
import type { EngineFactory, HubRequestContext, ResponseMediaType } from './engine.ts';
import { weighOperation } from './cost.ts';
import { FactsAssertions, MAX_ASSERTED_YOUTHS, youthsOf } from './facts-assertions.ts';
import { keepObligations } from './obligations.ts';
import { maxFieldRepeatsRule } from './field-repeats.ts';
import { armorConfig, type QueryLimits } from './limits.ts';

/** The registry's name in the supergraph: it answers the facts assertions. */
const REGISTRY = 'mdt';

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
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const maxCost = contextValue.maxCost ?? limits.maxCost;
          const weighed = weighOperation(schema, document, operation, request.variables, { ...limits, maxCost });
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

/** More than any honest subgraph answer (a page of records): a bigger one is refused, not buffered. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

/**
 * What RemoteGraphQLDataSource reads of a fetch response (ok, status, headers.get, json, text), over
 * an answer read by node:http. No redirect is ever followed (node:http does not): a 3xx is an
 * answer that is not a GraphQL response, so the subgraph is unavailable, and the signed body and
 * the user's token never go where a Location header points.
 */
function fetcherResponse(url: string, answer: InternalAnswer) {
  const { status, headers, text } = answer;
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: STATUS_CODES[status] ?? '',
    url,
    redirected: false,
    bodyUsed: false,
    headers: {
      get: (name: string) => {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
      has: (name: string) => headers[name.toLowerCase()] !== undefined,
    },
    text: () => Promise.resolve(text),
    json: () => Promise.resolve(JSON.parse(text) as unknown),
  };
}

/** A subgraph document the gateway may send twice: a query (the planner writes the operation first). */
function isRead(body: string): boolean {
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query === 'string' && /^\s*(query\b|\{)/.test(query);
  } catch {
    return false;
  }
}

type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;

class SigningDataSource extends RemoteGraphQLDataSource<HubRequestContext> {
  constructor(
    url: string,
    private readonly audience: string,
    key: KeyLike,
    timeoutMs: number,
    /** For an agency subgraph when the gateway carries the registry's facts assertions. */
    private readonly assertions?: FactsAssertions,
    /** Tells the registry of a part the viewer did not receive (issue 15, item 2). */
    private readonly deliveries?: DeliveryFailures,
  ) {
    super({ url });
    // node:http on a kept-alive pool whose idle sockets close before the subgraph's server would
    // (INTERNAL_KEEP_ALIVE). Not the library's default fetcher (make-fetch-happen over agent-base
    // reads an Error's stack on every request), nor WHATWG fetch (its streams cost more CPU).
    const target = new URL(url);
    const agent = internalAgent(target);
    this.fetcher = (async (_target: string, init?: { headers?: unknown; body?: unknown }) => {
      const given: Record<string, string> = { ...(init?.headers as Record<string, string> | undefined) };
      const body = typeof init?.body === 'string' ? init.body : '';
      const userToken = bearerToken(given.authorization);
      const requestId = given[REQUEST_ID_HEADER];
      const purpose = given[PURPOSE_HEADER];
      // Signed for each attempt: a second attempt carries a new one-time id, not a replay.
      const headers = async () => {
        if (!userToken || !requestId || !purpose) return given;
        const signature = await signGatewayRequest({ key, audience, body, userToken, requestId, purpose });
        return { ...given, [SIGNATURE_HEADER]: signature };
      };
      // A subgraph that does not answer in time fails alone: its fields are null with an error
      // naming it, and nothing about how it failed. A query whose kept-alive connection was reset
      // before any answer is asked once more on a new one; a mutation never is.
      try {
        const answer = await internalPost(target, {
          agent,
          body,
          headers,
          timeoutMs,
          maxAnswerBytes: MAX_ANSWER_BYTES,
          retryable: () => isRead(body),
        });
        return fetcherResponse(url, answer);
      } catch {
        throw unavailableError(audience);
      }
    }) as unknown as Fetcher;
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
      throw this.undelivered(options);
    }
    const representations = options.request.variables?.representations;
    const data = response.data as { _entities?: unknown } | null | undefined;
    if (Array.isArray(representations) && data) {
      if (!Array.isArray(data._entities) || data._entities.length !== representations.length) {
        throw this.undelivered(options);
      }
    }
    return response;
  }

  /**
   * The subgraph's part will not reach the viewer, though the subgraph may have logged it as
   * released: report that to the registry (not awaited: the answer does not wait on it), and
   * return the error the viewer gets.
   */
  private undelivered(options: GraphQLDataSourceProcessOptions<HubRequestContext>): GraphQLError {
    const hub = options.context as Partial<HubRequestContext>;
    if (this.deliveries && hub.userToken && hub.requestId && hub.purpose) {
      const youthIds = new Set<string>();
      const representations = options.request.variables?.representations;
      if (Array.isArray(representations)) {
        for (const r of representations as { __typename?: unknown; id?: unknown }[]) {
          if (r?.__typename === 'Youth' && typeof r.id === 'string') youthIds.add(r.id);
        }
      }
      this.deliveries.report(hub as HubRequestContext, this.audience, [...youthIds]);
    }
    return unavailableError(this.audience);
  }

  /** Keeps the obligations a subgraph attached to its part, for the response to the client. */
  override async didReceiveResponse({
    response,
    context,
  }: Parameters<RemoteGraphQLDataSource<HubRequestContext>['didReceiveResponse'] & {}>[0]) {
    const obligations = (response.extensions as { obligations?: unknown } | undefined)?.obligations;
    const hub = context as Partial<HubRequestContext>;
    if (hub.obligations) keepObligations(hub.obligations, obligations);
    return response;
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<HubRequestContext>): Promise<void> {
    const hub = context as Partial<HubRequestContext>;
    if (!request.http || !hub.userToken || !hub.requestId || !hub.purpose) return;
    request.http.headers.set('authorization', `Bearer ${hub.userToken}`);
    request.http.headers.set(PURPOSE_HEADER, hub.purpose);
    request.http.headers.set(REQUEST_ID_HEADER, hub.requestId);
    // An agency's part of youths: the registry's signed facts for them, asked once per operation
    // and carried in the body the gateway signs. The subgraph verifies them or fetches its own.
    const ids = youthsOf(request.variables);
    if (this.assertions && ids.length) {
      const assertion = await this.assertions.for(hub as HubRequestContext, ids);
      if (assertion) request.extensions = { ...request.extensions, factsAssertion: assertion };
    }
  }
}

/**
 * Reports to the registry's /delivery-failures that a subgraph's part of a request did not reach
 * the viewer, signed as the gateway's requests are (audience DELIVERY_FAILURE_AUDIENCE). Once per
 * request and subgraph; a failure to report is logged by code only and changes no answer.
 */
class DeliveryFailures {
  private readonly agent;

  constructor(
    private readonly url: URL,
    private readonly key: KeyLike,
    private readonly timeoutMs: number,
    private readonly log: (message: string, detail?: unknown) => void,
  ) {
    this.agent = internalAgent(url);
  }

  report(context: HubRequestContext, subgraph: string, youthIds: string[]): void {
    const reported = (context.undelivered ??= new Set());
    if (reported.has(subgraph)) return;
    reported.add(subgraph);
    this.send(context, subgraph, youthIds.slice(0, MAX_ASSERTED_YOUTHS)).catch((error: unknown) =>
      this.log('could not report an undelivered part', { code: (error as { code?: unknown })?.code ?? 'ERROR' }),
    );
  }

  private async send(context: HubRequestContext, subgraph: string, youthIds: string[]): Promise<void> {
    const { userToken, requestId, purpose } = context;
    const body = JSON.stringify({ subgraph, youthIds });
    const answer = await internalPost(this.url, {
      agent: this.agent,
      body,
      headers: async () => ({
        'content-type': 'application/json',
        authorization: `Bearer ${userToken}`,
        [PURPOSE_HEADER]: purpose,
        [REQUEST_ID_HEADER]: requestId,
        [SIGNATURE_HEADER]: await signGatewayRequest({
          key: this.key,
          audience: DELIVERY_FAILURE_AUDIENCE,
          body,
          userToken,
          requestId,
          purpose,
        }),
      }),
      timeoutMs: this.timeoutMs,
      maxAnswerBytes: MAX_ANSWER_BYTES,
      retryable: () => true,
    });
    if (answer.status !== 204) throw Object.assign(new Error('refused'), { code: `HTTP_${answer.status}` });
  }
}

/** @apollo/gateway over the committed supergraph (never introspects subgraphs), in @apollo/server. */
export const createApolloEngine: EngineFactory = async (opts) => {
  const registry = opts.subgraphs.find((s) => s.name === REGISTRY);
  const assertions =
    opts.factsAssertions && registry
      ? new FactsAssertions(new URL(FACTS_ASSERTION_PATH, registry.url), opts.signingKey, opts.limits.upstreamTimeoutMs)
      : undefined;
  const deliveries = registry
    ? new DeliveryFailures(
        new URL(DELIVERY_FAILURE_PATH, registry.url),
        opts.signingKey,
        opts.limits.upstreamTimeoutMs,
        (m, d) => opts.log(m, d),
      )
    : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    buildService: ({ name, url }) => {
      if (!url) throw new Error(`subgraph ${name} has no URL`);
      const agency = name === REGISTRY ? undefined : assertions;
      return new SigningDataSource(url, name, opts.signingKey, opts.limits.upstreamTimeoutMs, agency, deliveries);
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
    opts.log('error', loggableError(error));
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
  // The parsed and validated operation per document (graphql-armor's token count runs while parsing,
  // so a document seen before skips it too); @apollo/gateway keeps the query plan per document.
  const documents = documentStore<DocumentNode>(DOCUMENT_CACHE_ENTRIES);
  const apollo = new ApolloServer<HubRequestContext>({
    gateway,
    documentStore: documents,
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
              if (response.body.kind !== 'single') return;
              const result = response.body.singleResult;
              // Errors in the order of their paths, not of which subgraph answered first: the
              // same question over the same permissions gets the same bytes back.
              if (result.errors && result.errors.length > 1) result.errors = [...result.errors].sort(byPath);
              if (!contextValue.obligations?.size) return;
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
      error: (m) => (m instanceof Error ? opts.log('apollo error', loggableError(m)) : opts.log(String(m))),
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
        context: async () => ({ ...context, obligations: new Map(), factsAssertions: new Map() }),
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
    documents: documents.cache,
  };
};

/** Client documents whose parse and validation the gateway keeps (a few kilobytes each). */
const DOCUMENT_CACHE_ENTRIES = 1000;

/** Orders errors by path (indexes as numbers), then message; errors without a path come first. */
function byPath(
  a: { path?: readonly (string | number)[] | undefined; message: string },
  b: { path?: readonly (string | number)[] | undefined; message: string },
): number {
  const pa = a.path ?? [];
  const pb = b.path ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return pa.length - pb.length || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
