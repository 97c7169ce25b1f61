import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PURPOSES, type PurposeOfUse } from '@hub/policies';
import {
  bearerToken,
  HttpError,
  keepAliveServer,
  purposeOf,
  readBody,
  REQUEST_ID_HEADER,
  sendError,
  sendFailure,
  sendJson,
  type KeyLike,
  type UserTokenVerifier,
} from '@hub/protocol';
import type { DemoIdentityProvider } from './demo-idp.ts';
import { demoRoute, landingPage } from './http-routes.ts';
import { DEFAULT_LIMITS, type QueryLimits } from './limits.ts';
import { createApolloEngine } from './apollo-engine.ts';
import type { EngineFactory, HubRequestContext, ResponseMediaType } from './engine.ts';
import { locateSubgraphs } from './supergraph.ts';
import { serveWeb, type WebAppOptions } from './static.ts';
import { exportStatement, statementFormat, statementRequest } from './statement-export.ts';

export interface HubGatewayOptions {
  /** The committed supergraph SDL. */
  supergraphSdl: string;
  /** Subgraph name -> URL, overriding the URLs in the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** The gateway's private EdDSA key for signing subgraph requests. */
  signingKey: KeyLike;
  verifyUser: UserTokenVerifier;
  /**
   * The built-in stand-in provider and its routes (`/auth/demo/*`), for in-process test hubs only;
   * the shipped entry point never mounts it (npm start's demo uses the embedded OpenID provider).
   */
  demo?: DemoIdentityProvider;
  /** Allow introspection (npm start's demo, DEMO_MODE); by default only with `demo`. */
  introspection?: boolean;
  limits?: QueryLimits;
  log?: (message: string, detail?: unknown) => void;
  /** Which library plans and executes: @apollo/gateway unless told otherwise (the benchmark compares). */
  engine?: EngineFactory;
  /**
   * Carry the registry's signed access facts once per operation to the agency subgraphs (the
   * shipped entry point turns it on; FACTS_ASSERTIONS=0 turns it off). Off, each fetches its own.
   */
  factsAssertions?: boolean;
  /** The web app at `/` with its sign-in settings; none when absent or false. */
  web?: WebAppOptions | false;
}

export interface HubGateway {
  http: Server;
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

/**
 * `application/json`, with parameters (`; charset=utf-8`) or without, in any letter case; nothing
 * that merely starts with it (`application/jsonfoo`, `application/json-seq`).
 */
export function isJsonMediaType(header: string | undefined): boolean {
  return (header ?? '').split(';', 1)[0]!.trim().toLowerCase() === 'application/json';
}

/**
 * The media type of the answer, from the client's Accept (GraphQL over HTTP):
 * `application/graphql-response+json` when the client takes it at least as gladly as
 * `application/json` (`*\/*` included, as the web app and curl send), `application/json` when that
 * is what it prefers or all it takes (older clients and scripts) or it sends no Accept at all;
 * undefined (406) when it takes neither.
 */
export function responseMediaType(accept: string | undefined): ResponseMediaType | undefined {
  if (!accept?.trim()) return 'application/json';
  const best = { 'application/graphql-response+json': { q: 0, rank: -1 }, 'application/json': { q: 0, rank: -1 } };
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q)) continue;
    for (const [type, found] of Object.entries(best)) {
      // The most specific range that matches decides the type's quality.
      const rank = range === type ? 2 : range === 'application/*' ? 1 : range === '*/*' ? 0 : -1;
      if (rank > found.rank) Object.assign(found, { q, rank });
    }
  }
  const graphql = best['application/graphql-response+json'].q;
  const json = best['application/json'].q;
  if (graphql > 0 && graphql >= json) return 'application/graphql-response+json';
  return json > 0 ? 'application/json' : undefined;
}

/** Builds the gateway; no side effects until `listen`. */
export async function createHubGateway(opts: HubGatewayOptions): Promise<HubGateway> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const log = opts.log ?? ((m, d) => console.error(`[gateway] ${m}`, d ?? ''));
  const { sdl, subgraphs } = locateSubgraphs(opts.supergraphSdl, (name) => opts.subgraphUrls?.[name]);
  const engine = await (opts.engine ?? createApolloEngine)({
    supergraphSdl: sdl,
    subgraphs,
    signingKey: opts.signingKey,
    limits,
    introspection: opts.introspection ?? Boolean(opts.demo),
    factsAssertions: opts.factsAssertions ?? false,
    log,
  });

  const web = opts.web || undefined;

  async function graphql(req: IncomingMessage, res: ServerResponse, requestId: string) {
    if (req.method !== 'POST') throw new HttpError(405, 'Only POST is accepted', 'METHOD_NOT_ALLOWED');
    if (!isJsonMediaType(req.headers['content-type'])) {
      throw new HttpError(415, 'Content-Type must be application/json', 'UNSUPPORTED_MEDIA_TYPE');
    }
    const media = responseMediaType(req.headers.accept);
    if (!media) {
      throw new HttpError(
        406,
        'Accept must allow application/graphql-response+json or application/json',
        'NOT_ACCEPTABLE',
      );
    }
    await answer(req, res, requestId, media);
  }

  /** The caller as the token and purpose header say, verified; refused as `POST /graphql` refuses. */
  async function caller(req: IncomingMessage) {
    const userToken = bearerToken(req.headers.authorization);
    if (!userToken) throw new HttpError(401, 'Sign in first: missing bearer token', 'UNAUTHENTICATED');
    let viewer;
    try {
      viewer = await opts.verifyUser(userToken);
    } catch {
      throw new HttpError(401, 'Invalid or expired token', 'UNAUTHENTICATED');
    }
    const purpose = purposeOf(req.headers);
    if (!PURPOSES.includes(purpose as PurposeOfUse)) {
      throw new HttpError(400, `X-Purpose-Of-Use must be one of ${PURPOSES.join(', ')}`);
    }
    return { viewer, userToken, purpose: purpose as PurposeOfUse };
  }

  /**
   * The statement of disclosures as a file (`statement-export.ts`): paged through the engine on the
   * caller's behalf, each page decided and logged by the data owners. A failure after the first
   * byte cuts the connection, so a partial file is never taken for a whole one.
   */
  async function statementFile(req: IncomingMessage, res: ServerResponse, requestId: string, format: 'csv' | 'pdf') {
    if (req.method !== 'GET') throw new HttpError(405, 'Only GET is accepted', 'METHOD_NOT_ALLOWED');
    const who = await caller(req);
    const request = statementRequest(new URL(req.url ?? '/', 'http://gateway'));
    try {
      await exportStatement(engine, who, request, format, res, requestId);
    } catch (error) {
      if (!res.headersSent) throw error;
      log('statement export failed after its first byte', { requestId, error: (error as Error).message });
      res.destroy();
    }
  }

  async function answer(req: IncomingMessage, res: ServerResponse, requestId: string, media: ResponseMediaType) {
    const { viewer, userToken, purpose } = await caller(req);
    const body = await readBody(req, limits.maxBodyBytes);
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(body) as Record<string, unknown>;
      if (Array.isArray(parsed)) throw new HttpError(400, 'Batched requests are not accepted');
      if (!parsed || typeof parsed !== 'object') throw new Error('not an object');
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, 'Malformed JSON body');
    }
    // Checked before graphql-armor parses anything: a long query costs parsing time however it ends.
    if (typeof parsed.query === 'string' && parsed.query.length > limits.maxQueryChars) {
      throw new HttpError(400, `Query text over the limit of ${limits.maxQueryChars} characters`, 'QUERY_TOO_LONG');
    }
    const context: HubRequestContext = { viewer, userToken, purpose, requestId };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new HttpError(504, 'The request took too long', 'TIMEOUT')),
        limits.requestTimeoutMs,
      );
    });
    try {
      const { status, contentType, text } = await Promise.race([engine.execute(parsed, context, media), timeout]);
      res.writeHead(status, {
        'content-type': contentType,
        'cache-control': 'no-store',
        [REQUEST_ID_HEADER]: requestId,
      });
      res.end(text);
    } finally {
      clearTimeout(timer);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const requestId = randomUUID();
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    try {
      if (path === '/graphql') return await graphql(req, res, requestId);
      if (path === '/healthz' && req.method === 'GET') return sendJson(res, 200, { status: 'ok' });
      const format = statementFormat(path);
      if (format) return await statementFile(req, res, requestId, format);
      if (opts.demo && (await demoRoute(opts.demo, req, res, path))) return;
      if (web && (await serveWeb(web, req, res, path))) return;
      if (path === '/' && req.method === 'GET') return landingPage(res, Boolean(opts.demo));
      sendError(res, 404, 'Not found', 'NOT_FOUND');
    } catch (error) {
      sendFailure(res, error, log);
    }
  }

  // The same keep-alive timeouts as the subgraphs' servers, set rather than Node's defaults.
  const http = keepAliveServer(createServer((req, res) => void handle(req, res)));
  return {
    http,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolve) =>
        http.listen(port, host, () => {
          const { port: bound } = http.address() as AddressInfo;
          resolve({ url: `http://${host}:${bound}`, port: bound });
        }),
      ),
    close: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await engine.stop();
    },
  };
}

export { createApolloEngine } from './apollo-engine.ts';
export type { EngineFactory, EngineOptions, GraphQLEngine, HubRequestContext, ResponseMediaType } from './engine.ts';
export { locateSubgraphs } from './supergraph.ts';
export type { SubgraphLocation } from './supergraph.ts';
export { createDemoIdentityProvider } from './demo-idp.ts';
export type { DemoIdentityProvider, DemoPersona } from './demo-idp.ts';
export { armorConfig, DEFAULT_LIMITS, limitsFromEnv } from './limits.ts';
export { maxFieldRepeatsRule } from './field-repeats.ts';
export { FactsAssertions, youthsOf } from './facts-assertions.ts';
export { keepObligations } from './obligations.ts';
export { weighableDocument, weighOperation } from './cost.ts';
export type { CostOptions, CostResult } from './cost.ts';
export type { QueryLimits } from './limits.ts';
export { builtWebRoot, contentSecurityPolicy } from './static.ts';
export type { WebAppOptions, WebClientConfig } from './static.ts';
export { readGatewayEnv, REQUIRED_GATEWAY_VARIABLES } from './config.ts';
export type { GatewayEnv } from './config.ts';
