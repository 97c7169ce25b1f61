import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { sql } from 'drizzle-orm';
import { parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { contractSdl } from '@hub/schema';
import { defaultPolicySet, PURPOSES, type Agency, type PolicySet, type PurposeOfUse } from '@hub/policies';
import {
  bearerToken,
  countyTimeZone,
  documentStore,
  HttpError,
  keepAliveServer,
  loggableError,
  PUBLIC_CODES,
  purposeOf,
  readBody,
  sendError,
  sendFailure,
  sendJson,
  SIGNATURE_HEADER,
  SignatureError,
  UserTokenError,
  verifyGatewaySignature,
  type KeyLike,
  type UserTokenVerifier,
} from '@hub/protocol';
import { RequestAccess } from './access/request-access.ts';
import type { AccessFactsSource } from './access/facts-source.ts';
import { loaderCache, type SubgraphContext } from './context.ts';
import type { Database } from './db/database.ts';
import { DisclosureLog } from './disclosure/log.ts';
import { RequestDisclosures } from './disclosure/request.ts';
import { benchUnsafeNoEnforcement } from './bench-switch.ts';
import { enforceClassifiedFields } from './enforce.ts';
import { windowTimelines } from './timeline.ts';
import { DatabaseReplayGuard } from './replay/database-guard.ts';
import { nulFreeTextPlugin } from './text-input.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: string) => Promise<void>;

export interface SubgraphOptions {
  /** The subgraph's name in the supergraph config; gateway signatures must name it. */
  name: string;
  /** The agency that owns this subgraph's data (the policy's `owner`). */
  agency: Agency;
  /** The subgraph's own schema.graphql; the kit prepends the shared contract. */
  typeDefs: string;
  /** graphql-codegen's Resolvers for the subgraph (typed there, so loosely here). */
  resolvers: object;
  database: Database;
  gatewayKey: KeyLike;
  verifyUser: UserTokenVerifier;
  facts: AccessFactsSource;
  policy?: PolicySet;
  /** Extra POST routes outside GraphQL (the registry's access-facts endpoint). */
  routes?: Record<string, RouteHandler>;
  maxBodyBytes?: number;
  /** The county's time zone (default COUNTY_TIME_ZONE, else America/Los_Angeles). */
  timeZone?: string;
  log?: (message: string, detail?: unknown) => void;
}

export interface SubgraphServer {
  http: Server;
  /** This subgraph's disclosure log, in its own database. */
  disclosureLog: DisclosureLog;
  apollo: ApolloServer<SubgraphContext>;
  /** The parsed and validated operations, per document (Apollo's documentStore). */
  documents: ReturnType<typeof documentStore<DocumentNode>>;
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

function maskError() {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // Logged by `internalErrorLog`, with the request id; the client learns nothing of it.
    return {
      message: 'Internal error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Every internal error of a request, in the server's log as `loggableError` has it (class, code,
 * SQLSTATE, request id, stack frames; no message, no parameters, so no row values) and the path.
 */
function internalErrorLog(log: NonNullable<SubgraphOptions['log']>): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && PUBLIC_CODES.has(code)) continue;
            log('internal error', {
              ...(error.path ? { path: error.path } : {}),
              error: loggableError(error.originalError ?? error, { requestId: contextValue.requestId }),
            });
          }
        },
      };
    },
  };
}

/**
 * Obligations ride with data: when a released decision carries one (the 42 CFR 2.32 notice for
 * Part 2 data), the response says so in `extensions.obligations`; the gateway passes it on.
 */
function obligationsPlugin(): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const obligations = contextValue.access.obligations();
          if (!obligations.length) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, obligations };
        },
      };
    },
  };
}

/** Builds an agency subgraph: no side effects until `listen`. */
export async function createSubgraphServer(options: SubgraphOptions): Promise<SubgraphServer> {
  const log = options.log ?? ((message, detail) => console.error(`[${options.name}] ${message}`, detail ?? ''));
  const policy = options.policy ?? defaultPolicySet();
  const timeZone = options.timeZone ?? countyTimeZone();
  const schema = buildSubgraphSchema({
    typeDefs: parse(`${contractSdl()}\n${options.typeDefs}`),
    resolvers: options.resolvers as GraphQLResolverMap<unknown>,
  });
  windowTimelines(schema);
  // Benchmark only (see bench-switch.ts): off unless HUB_BENCH_UNSAFE_NO_ENFORCEMENT=1 and NODE_ENV=benchmark.
  const unsafeNoEnforcement = benchUnsafeNoEnforcement();
  if (unsafeNoEnforcement) log('BENCHMARK ONLY: field enforcement and the disclosure log are OFF');
  else enforceClassifiedFields(schema, policy);
  // No inline traces: timings per field would tell the gateway more than the answer does.
  const plugins: ApolloServerPlugin<SubgraphContext>[] = [
    ApolloServerPluginInlineTraceDisabled(),
    obligationsPlugin(),
    nulFreeTextPlugin(),
    internalErrorLog(log),
  ];
  // The parsed and validated operation per document: the gateway sends the same few documents
  // (its query plans are cached too), so each is parsed and validated once per process.
  const documents = documentStore<DocumentNode>(DOCUMENT_CACHE_ENTRIES);
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    documentStore: documents,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    formatError: maskError(),
    plugins,
  });
  await apollo.start();
  // In the agency's database, so a replay is refused by every replica on it (issue 15, item 7).
  const replay = new DatabaseReplayGuard(options.database);
  const disclosureLog = new DisclosureLog(options.database);
  const limit = options.maxBodyBytes ?? 1_000_000;

  async function graphql(req: IncomingMessage, res: ServerResponse, body: string) {
    const userToken = bearerToken(req.headers.authorization);
    if (!userToken) throw new HttpError(401, 'Unauthorized', 'UNAUTHENTICATED');
    let requestId: string;
    let viewer;
    try {
      ({ requestId } = await verifyGatewaySignature({
        header: req.headers[SIGNATURE_HEADER] as string | undefined,
        key: options.gatewayKey,
        audience: options.name,
        body,
        userToken,
        purpose: purposeOf(req.headers),
        replay,
      }));
      viewer = await options.verifyUser(userToken);
    } catch (error) {
      if (error instanceof SignatureError || error instanceof UserTokenError) {
        throw new HttpError(401, 'Unauthorized', 'UNAUTHENTICATED');
      }
      throw error;
    }
    const purposeHeader = purposeOf(req.headers);
    if (!PURPOSES.includes(purposeHeader as PurposeOfUse)) {
      throw new HttpError(400, `Unknown purpose of use: ${purposeHeader.slice(0, 40)}`);
    }
    const purpose = purposeHeader as PurposeOfUse;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new HttpError(400, 'Malformed JSON body');
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(key, value);
    }
    // The registry's signed facts for this operation, if the gateway carried them: the facts source
    // verifies them (key, freshness, request id, viewer, purpose) and fetches its own otherwise.
    const assertion = (parsed as { extensions?: { factsAssertion?: unknown } } | null)?.extensions?.factsAssertion;
    const facts: AccessFactsSource =
      typeof assertion === 'string'
        ? { load: (v, ids) => options.facts.load(v, ids, { requestId, purpose, assertion }) }
        : options.facts;
    const access = new RequestAccess(viewer, purpose, options.agency, policy, facts);
    const disclosures = new RequestDisclosures(access, requestId, {
      database: options.database,
      log: disclosureLog,
      report: log,
    });
    const context: SubgraphContext = {
      viewer,
      purpose,
      requestId,
      database: options.database,
      timeZone,
      access,
      disclosures,
      loader: loaderCache(),
    };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: parsed },
      context: () => Promise.resolve(context),
    });
    if (result.body.kind !== 'complete') throw new Error('incremental delivery is not supported');
    // The disclosure is written before anything leaves; if it cannot be, nothing is released.
    try {
      if (!unsafeNoEnforcement) await disclosureLog.append(disclosures.entries());
    } catch (error) {
      log('disclosure log write failed; nothing released', loggableError(error, { requestId }));
      return sendJson(res, 200, {
        data: null,
        errors: [
          {
            message: 'The disclosure could not be recorded, so nothing was released',
            extensions: { code: 'DISCLOSURE_NOT_RECORDED', subgraph: options.name },
          },
        ],
      });
    }
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) outHeaders[key] = value;
    res.writeHead(result.status ?? 200, outHeaders);
    res.end(result.body.string);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://subgraph').pathname;
    try {
      if (path === '/healthz' && req.method === 'GET') {
        await options.database.rows(sqlSelectOne);
        return sendJson(res, 200, { status: 'ok', subgraph: options.name, database: options.database.kind });
      }
      const route = path === '/graphql' ? graphql : options.routes?.[path];
      if (!route) return sendError(res, 404, 'Not found', 'NOT_FOUND');
      if (req.method !== 'POST') return sendError(res, 405, 'Only POST is accepted', 'METHOD_NOT_ALLOWED');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendError(res, 415, 'Content-Type must be application/json', 'UNSUPPORTED_MEDIA_TYPE');
      }
      const body = await readBody(req, limit);
      await route(req, res, body);
    } catch (error) {
      sendFailure(res, error, log);
    }
  }

  // Its keep-alive timeouts are the hub's internal ones: the gateway and the other subgraphs let an
  // idle connection go before this server would (INTERNAL_KEEP_ALIVE, @hub/protocol).
  const http = keepAliveServer(createServer((req, res) => void handle(req, res)));
  return {
    http,
    apollo,
    disclosureLog,
    documents,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolve) => {
        http.listen(port, host, () => {
          const address = http.address() as AddressInfo;
          resolve({ url: `http://${host}:${address.port}/graphql`, port: address.port });
        });
      }),
    close: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await apollo.stop();
    },
  };
}

const sqlSelectOne = sql`select 1`;
/** Documents whose parse and validation a subgraph keeps (a few kilobytes each). */
const DOCUMENT_CACHE_ENTRIES = 1000;
