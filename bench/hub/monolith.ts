/**
 * The monolith floor, (b) in the bench: the hub's seven subgraphs - each subgraph's own executable
 * schema, resolvers, loaders, field enforcement, policy decisions and disclosure-log writes, built
 * by the subgraph's own build function through the kit - in ONE process, with no federation: no
 * gateway, no query planning, no HTTP between the parts, no gateway signatures. It serves only the
 * bench's five operations (queries.ts), each orchestrated by hand: the registry's root field first,
 * then every agency's part as `_entities` of the registry's answer, all at once, merged here. Q1-Q3
 * are planned here; Q4 and Q5, the web app's own documents, by youth-plan.ts from the supergraph.
 *
 * Per operation and per subgraph, exactly as the kit's server does for one subgraph request: a
 * context with the viewer, purpose, request id, a RequestAccess for that subgraph's agency, its
 * RequestDisclosures and per-request batch loaders; the subgraph's ApolloServer executes (the
 * kit's classified-field enforcement, error masking and obligations plugin included); then that
 * subgraph's DisclosureLog is appended before its part is used, and if the write fails its part is
 * null with DISCLOSURE_NOT_RECORDED. So one operation writes at most one disclosure record per
 * subgraph database, as through the hub.
 *
 * Access facts come from the registry's own query function over the registry's database, in
 * process (`localFactsSource`, the same function behind the registry's /access-facts). By default
 * they are read once per operation for all seven subgraphs (`facts: 'operation'`), as one process
 * would; `facts: 'subgraph'` reads them once per subgraph part, as the hub must.
 *
 * What the gateway does besides planning is mirrored: the user's token verified with jose (the
 * kit's createUserTokenVerifier, as the gateway is given), the purpose header checked, subgraph
 * errors re-pathed to the client's paths with `serviceName`, masked errors named as the gateway
 * names them, obligations passed on in `extensions.obligations`. Not mirrored: the gateway's
 * query limits (graphql-armor) and its validation of arbitrary documents, since only three known
 * documents are accepted (the gateway caches its parse, validation and plan per document anyway).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLFormattedError } from 'graphql';
import { generateKeyPair } from 'jose';
import {
  defaultPolicySet,
  PURPOSES,
  type Agency,
  type PolicySet,
  type PurposeOfUse,
  type Viewer,
  type YouthFacts,
} from '@hub/policies';
import {
  bearerToken,
  HttpError,
  PUBLIC_CODES,
  PURPOSE_HEADER,
  readBody,
  REQUEST_ID_HEADER,
  sendFailure,
  sendJson,
  ServiceKeyDirectory,
  type KeyLike,
  type UserTokenVerifier,
} from '@hub/protocol';
import {
  countyTimeZone,
  loaderCache,
  type AccessFactsSource,
  type Database,
  type SubgraphContext,
  type SubgraphDeps,
  type SubgraphServer,
} from '@hub/subgraph-kit';
import { RequestDisclosures } from '@hub/subgraph-kit/audit';
import { RequestAccess } from '@hub/subgraph-kit/registry';
import { loadSupergraphConfig } from '@hub/schema';
import { buildRegistry, localFactsSource } from '@hub/subgraph-registry';
import { AGENCY_SUBGRAPHS } from '@hub/tests/agencies';
import {
  ACCOUNTING_PARTS,
  ACCOUNTING_REGISTRY_SELECTION,
  Q1,
  Q2,
  Q3,
  Q4,
  Q5,
  YOUTH_PARTS,
  YOUTH_REGISTRY_SELECTION,
  type AgencyPart,
} from './queries.ts';
import { planYouthDocument } from './youth-plan.ts';

/** The agency that owns each subgraph's records (schema/supergraph.config.json), as its build gives the kit. */
export const SUBGRAPH_AGENCY: Record<string, Agency> = Object.fromEntries(
  loadSupergraphConfig().map((e) => [e.name, e.agency as Agency]),
);
export const MONOLITH_SUBGRAPHS = Object.keys(SUBGRAPH_AGENCY);

type Json = Record<string, unknown>;
type Path = (string | number)[];

/** How one known operation is run: the registry's part, then the agencies' parts on its entities. */
interface Plan {
  registryQuery: string;
  typename: 'Youth' | 'Accounting';
  /** The registry's fields the client asked for; the entity key and __typename are dropped unless asked. */
  registryFields: string[];
  /** Each agency's `_entities` query, the response keys it answers under each entity, the variables it uses. */
  parts: { subgraph: string; query: string; keys: string[]; variables: string[] }[];
  /** The entities in the registry's answer, with their paths in the client's answer. */
  locate(data: Json | null | undefined): { path: Path; object: Json }[];
}

const fieldsOf = (selection: string) =>
  selection
    .replace(/\{[^{}]*\}/g, '')
    .split(/\s+/)
    .filter(Boolean);
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

const entitiesQuery = (typename: string, part: AgencyPart) =>
  `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${part.field} { ${part.selection} } } } }`;
const handParts = (typename: string, parts: AgencyPart[]) =>
  parts.map((p) => ({ subgraph: p.subgraph, query: entitiesQuery(typename, p), keys: [p.field], variables: [] }));

const PLANS = new Map<string, Plan>([
  [
    Q1,
    {
      registryQuery: `query ($id: ID!) { youth(id: $id) { __typename id ${YOUTH_REGISTRY_SELECTION} } }`,
      typename: 'Youth',
      registryFields: fieldsOf(YOUTH_REGISTRY_SELECTION),
      parts: handParts('Youth', YOUTH_PARTS),
      locate: (data) => (isObject(data?.youth) ? [{ path: ['youth'], object: data.youth }] : []),
    },
  ],
  [
    Q2,
    {
      registryQuery: `query ($first: Int) { youths(first: $first) { totalCount edges { node { __typename id ${YOUTH_REGISTRY_SELECTION} } } } }`,
      typename: 'Youth',
      registryFields: fieldsOf(YOUTH_REGISTRY_SELECTION),
      parts: handParts('Youth', YOUTH_PARTS),
      locate: (data) => {
        const edges = isObject(data?.youths) && Array.isArray(data.youths.edges) ? data.youths.edges : [];
        return edges.flatMap((edge: unknown, i) =>
          isObject(edge) && isObject(edge.node) ? [{ path: ['youths', 'edges', i, 'node'], object: edge.node }] : [],
        );
      },
    },
  ],
  [
    Q3,
    {
      registryQuery: `query ($id: ID!) { accountingOfDisclosures(youthId: $id) { __typename id ${ACCOUNTING_REGISTRY_SELECTION} } }`,
      typename: 'Accounting',
      registryFields: fieldsOf(ACCOUNTING_REGISTRY_SELECTION),
      parts: handParts('Accounting', ACCOUNTING_PARTS),
      locate: (data) =>
        isObject(data?.accountingOfDisclosures)
          ? [{ path: ['accountingOfDisclosures'], object: data.accountingOfDisclosures }]
          : [],
    },
  ],
  // The web app's youth summary and caseload page, planned from the supergraph.
  [Q4, planYouthDocument(Q4, 'mdt')],
  [Q5, planYouthDocument(Q5, 'mdt')],
]);

/**
 * One operation's access facts, read once for all seven subgraphs: the first subgraph to ask for a
 * youth reads them (asks in the same tick are one call, as a DataLoader batches), the rest reuse them.
 */
function operationFacts(source: AccessFactsSource): AccessFactsSource {
  const known = new Map<string, Promise<YouthFacts>>();
  let queue: { id: string; resolve: (f: YouthFacts) => void; reject: (e: unknown) => void }[] = [];
  const flush = (viewer: Viewer) => {
    const batch = queue;
    queue = [];
    source
      .load(
        viewer,
        batch.map((b) => b.id),
      )
      .then(
        (facts) => batch.forEach((b, i) => b.resolve(facts[i]!)),
        (error: unknown) => batch.forEach((b) => b.reject(error)),
      );
  };
  return {
    load(viewer, ids) {
      return Promise.all(
        ids.map((id) => {
          let facts = known.get(id);
          if (!facts) {
            facts = new Promise<YouthFacts>((resolve, reject) => {
              if (!queue.length) void Promise.resolve().then(() => process.nextTick(() => flush(viewer)));
              queue.push({ id, resolve, reject });
            });
            known.set(id, facts);
          }
          return facts;
        }),
      );
    },
  };
}

export interface MonolithOptions {
  /** Each subgraph's database, opened and migrated (name as in MONOLITH_SUBGRAPHS). */
  databases: Record<string, Database>;
  verifyUser: UserTokenVerifier;
  policy?: PolicySet;
  /** Access facts read once per operation (default) or once per subgraph part, as the hub reads them. */
  facts?: 'operation' | 'subgraph';
  maxBodyBytes?: number;
  log?: (message: string, detail?: unknown) => void;
}

export interface Monolith {
  http: Server;
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  /** Operations served, subgraph parts executed in process, access-facts reads. */
  counters(): { operations: number; executions: number; factsCalls: number };
  close(): Promise<void>;
}

interface PartResult {
  data: Json | null;
  errors: GraphQLFormattedError[];
  obligations: { code?: unknown }[];
}

export async function createMonolith(options: MonolithOptions): Promise<Monolith> {
  const log = options.log ?? ((m, d) => console.error(`[monolith] ${m}`, d ?? ''));
  const policy = options.policy ?? defaultPolicySet();
  const timeZone = countyTimeZone();
  const counts = { operations: 0, executions: 0, factsCalls: 0 };
  const registryDb = options.databases.mdt;
  if (!registryDb) throw new Error('the monolith needs the registry (mdt) database');
  const registryFacts = localFactsSource(registryDb, timeZone);
  const facts: AccessFactsSource = {
    load(viewer, ids) {
      counts.factsCalls++;
      return registryFacts.load(viewer, ids);
    },
  };
  // The subgraphs are built by their own build functions. Their HTTP side (gateway signatures,
  // service tokens) is never reached: nothing calls them over HTTP, so these keys are unused.
  const unused = await generateKeyPair('EdDSA');
  const deps: SubgraphDeps = {
    gatewayKey: unused.publicKey as KeyLike,
    verifyUser: options.verifyUser,
    serviceSigner: { service: 'unused', key: unused.privateKey as KeyLike, kid: 'unused' },
    serviceKeys: new ServiceKeyDirectory({}),
    facts,
    policy,
  };
  const servers: Record<string, SubgraphServer> = {};
  for (const name of MONOLITH_SUBGRAPHS) {
    const database = options.databases[name];
    if (!database) throw new Error(`the monolith needs the ${name} database`);
    const agency = AGENCY_SUBGRAPHS.find((a) => a.name === name);
    servers[name] = agency ? await agency.build(database, deps) : await buildRegistry(database, deps, { log });
  }

  /** One subgraph's part of an operation, as the kit serves one subgraph request. */
  async function runPart(
    name: string,
    query: string,
    variables: Json,
    request: { viewer: Viewer; purpose: PurposeOfUse; requestId: string; facts: AccessFactsSource },
  ): Promise<PartResult> {
    const server = servers[name]!;
    const access = new RequestAccess(request.viewer, request.purpose, SUBGRAPH_AGENCY[name]!, policy, request.facts);
    const disclosures = new RequestDisclosures(access, request.requestId);
    const context: SubgraphContext = {
      viewer: request.viewer,
      purpose: request.purpose,
      requestId: request.requestId,
      database: options.databases[name]!,
      timeZone,
      access,
      disclosures,
      loader: loaderCache(),
    };
    counts.executions++;
    const response = await server.apollo.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported');
    const result = response.body.singleResult;
    // The disclosure is written before the part is used; if it cannot be, the part is not released.
    try {
      await server.disclosureLog.append(disclosures.entries());
    } catch (error) {
      log(`${name}: disclosure log write failed; nothing released`, error);
      return {
        data: null,
        errors: [
          {
            message: 'The disclosure could not be recorded, so nothing was released',
            extensions: { code: 'DISCLOSURE_NOT_RECORDED', subgraph: name },
          },
        ],
        obligations: [],
      };
    }
    const obligations = (result.extensions as { obligations?: unknown } | undefined)?.obligations;
    return {
      data: (result.data ?? null) as Json | null,
      errors: [...(result.errors ?? [])],
      obligations: Array.isArray(obligations) ? (obligations as { code?: unknown }[]) : [],
    };
  }

  /** A subgraph's error as the gateway hands it to the client: the client's path, the subgraph named. */
  function clientError(error: GraphQLFormattedError, serviceName: string, path: Path | undefined) {
    const where = path ? { path } : {};
    const code = error.extensions?.code;
    if (typeof code === 'string' && (PUBLIC_CODES.has(code) || code === 'SUBGRAPH_UNAVAILABLE')) {
      return { message: error.message, ...where, extensions: { ...error.extensions, serviceName } };
    }
    return {
      message: `${serviceName} is unavailable; its part of the record is missing`,
      ...where,
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName },
    };
  }

  async function execute(plan: Plan, variables: Json, viewer: Viewer, purpose: PurposeOfUse, requestId: string) {
    const request = {
      viewer,
      purpose,
      requestId,
      facts: options.facts === 'subgraph' ? facts : operationFacts(facts),
    };
    const registry = await runPart('mdt', plan.registryQuery, variables, request);
    const errors = registry.errors.map((e) => clientError(e, 'mdt', e.path as Path | undefined));
    const obligations = new Map<string, unknown>();
    const keep = (list: { code?: unknown }[]) => {
      for (const o of list) if (typeof o?.code === 'string') obligations.set(o.code, o);
    };
    keep(registry.obligations);
    const entities = plan.locate(registry.data);
    if (entities.length) {
      const representations = entities.map((e) => ({ __typename: plan.typename, id: e.object.id }));
      const parts = await Promise.all(
        plan.parts.map((part) =>
          runPart(
            part.subgraph,
            part.query,
            { representations, ...Object.fromEntries(part.variables.map((v) => [v, variables[v]])) },
            request,
          ),
        ),
      );
      plan.parts.forEach((part, k) => {
        const result = parts[k]!;
        keep(result.obligations);
        const answers = result.data?._entities;
        const complete = Array.isArray(answers) && answers.length === entities.length;
        for (const e of result.errors) {
          const [head, index, ...rest] = (e.path ?? []) as Path;
          const at = head === '_entities' && typeof index === 'number' ? entities[index]?.path : undefined;
          errors.push(clientError(e, part.subgraph, at ? [...at, ...rest] : undefined));
        }
        if (!complete && !result.errors.length) errors.push(clientError({ message: '' }, part.subgraph, undefined));
        entities.forEach((entity, i) => {
          const answer = complete ? (answers[i] as Json | null) : null;
          for (const key of part.keys) entity.object[key] = isObject(answer) ? (answer[key] ?? null) : null;
        });
      });
    }
    // The registry's key and __typename leave only where the client asked for them.
    for (const { object } of entities) {
      delete object.__typename;
      if (!plan.registryFields.includes('id')) delete object.id;
    }
    return {
      ...(errors.length ? { errors } : {}),
      data: registry.data,
      ...(obligations.size ? { extensions: { obligations: [...obligations.values()] } } : {}),
    };
  }

  const limit = options.maxBodyBytes ?? 100_000;
  async function graphql(req: IncomingMessage, res: ServerResponse, requestId: string) {
    if (req.method !== 'POST') throw new HttpError(405, 'Only POST is accepted', 'METHOD_NOT_ALLOWED');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpError(415, 'Content-Type must be application/json', 'UNSUPPORTED_MEDIA_TYPE');
    }
    const userToken = bearerToken(req.headers.authorization);
    if (!userToken) throw new HttpError(401, 'Sign in first: missing bearer token', 'UNAUTHENTICATED');
    let viewer: Viewer;
    try {
      viewer = await options.verifyUser(userToken);
    } catch {
      throw new HttpError(401, 'Invalid or expired token', 'UNAUTHENTICATED');
    }
    const purpose = (req.headers[PURPOSE_HEADER] as string | undefined) ?? 'CARE_COORDINATION';
    if (!PURPOSES.includes(purpose as PurposeOfUse)) {
      throw new HttpError(400, `X-Purpose-Of-Use must be one of ${PURPOSES.join(', ')}`);
    }
    let parsed: { query?: unknown; variables?: unknown };
    try {
      parsed = JSON.parse(await readBody(req, limit)) as typeof parsed;
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, 'Malformed JSON body');
    }
    const plan = typeof parsed?.query === 'string' ? PLANS.get(parsed.query) : undefined;
    if (!plan)
      throw new HttpError(400, "The monolith floor serves only the bench's five operations", 'UNKNOWN_OPERATION');
    counts.operations++;
    const variables = isObject(parsed.variables) ? parsed.variables : {};
    const body = await execute(plan, variables, viewer, purpose as PurposeOfUse, requestId);
    sendJson(res, 200, body, { [REQUEST_ID_HEADER]: requestId });
  }

  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://monolith').pathname;
    if (path !== '/graphql') return sendJson(res, 404, { errors: [{ message: 'Not found' }] });
    graphql(req, res, randomUUID()).catch((error: unknown) => sendFailure(res, error, log));
  });
  return {
    http,
    counters: () => ({ ...counts }),
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
      await Promise.all(Object.values(servers).map((s) => s.apollo.stop()));
    },
  };
}
