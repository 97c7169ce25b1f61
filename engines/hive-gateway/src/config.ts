import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, Kind, parse, print, visit, type FieldDefinitionNode } from 'graphql';
import { PUBLIC_CODES } from '@hub/protocol';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { armorConfig, DEFAULT_LIMITS, locateSubgraphs, maxFieldRepeatsRule, type QueryLimits } from '@hub/gateway';
import { useHubSigning, type HubSigningOptions } from './plugin.ts';

export interface HubHiveGatewayOptions {
  /** The committed supergraph (`committedSupergraph()` of `@hub/schema`). */
  supergraphSdl: string;
  /** Where each subgraph runs, by name; a subgraph not named keeps the supergraph's URL. */
  subgraphUrls?: Record<string, string>;
  signingKey: HubSigningOptions['signingKey'];
  verifyUser: HubSigningOptions['verifyUser'];
  limits?: QueryLimits;
  /** Introspection, as the hub's gateway allows it: in demo mode only. */
  introspection?: boolean;
}

/**
 * As the hub's gateway masks: an error whose code is public (a denial, bad input, ...) goes to the
 * client as the subgraph wrote it; anything else becomes "Internal error" at its path. (Hive's own
 * mask also hid the subgraphs' denials when requests ran concurrently.)
 */
function hubMaskError(error: unknown, message: string): Error {
  const graphqlError = error as Partial<GraphQLError> | undefined;
  const code = graphqlError?.extensions?.code;
  if (error instanceof Error && typeof code === 'string' && PUBLIC_CODES.has(code)) return error;
  // A GraphQL error raised as such (a refusal of the document, a limit) is meant for the client.
  const cause = graphqlError?.originalError as Partial<GraphQLError> | undefined;
  const raisedAsGraphQL = !cause || Array.isArray(cause.path) || cause.extensions !== undefined;
  if (error instanceof Error && 'extensions' in error && raisedAsGraphQL) return error;
  return new GraphQLError(message, {
    path: graphqlError?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** Adds one validation rule to every operation (the hub's field-repeat limit, which armor lacks). */
function useValidationRule(rule: ReturnType<typeof maxFieldRepeatsRule>): GatewayPlugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(rule) };
}

const requiresFields = (field: FieldDefinitionNode) =>
  field.directives?.some(
    (d) => d.name.value === 'join__field' && d.arguments?.some((a) => a.name.value === 'requires'),
  ) ?? false;

/**
 * The supergraph without its fields computed with `@requires` (today only the privacy officer's live
 * chain verification, `ChainAudit.childWelfare` and its kind): Hive Gateway 2.12.1 cannot build a
 * schema from an entity that six subgraphs extend with `@requires` ("Multiple canonical definitions"
 * in @graphql-tools/stitch). A client of this engine gets "Cannot query field" for them.
 */
export function withoutRequiresFields(supergraphSdl: string): string {
  return print(
    visit(parse(supergraphSdl), {
      [Kind.OBJECT_TYPE_DEFINITION](node) {
        const fields = node.fields?.filter((f) => !requiresFields(f));
        return fields?.length === node.fields?.length ? undefined : { ...node, fields };
      },
    }),
  );
}

/**
 * Hive Gateway serving the hub's supergraph with the hub's duties (the signer plugin) and the
 * limits the hub's gateway sets in its own HTTP layer, re-created here since they do not travel
 * with the supergraph: graphql-armor (depth, aliases, directives, tokens, cost as armor weighs it),
 * the field-repeat rule, no field suggestions, introspection off, masked errors, the upstream
 * timeout, and in-flight de-duplication OFF (it would hand one viewer another's answer).
 * Not re-created: the body and query-text limits before parsing, the cost weighed with variables
 * (armor's cost sees literals only) and the report of undelivered parts (gateway/README.md).
 */
export function hubHiveGatewayConfig(opts: HubHiveGatewayOptions) {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const { sdl, subgraphs } = locateSubgraphs(opts.supergraphSdl, (name) => opts.subgraphUrls?.[name]);
  return {
    supergraph: withoutRequiresFields(sdl),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: 'warn' as const,
    maskedErrors: { maskError: hubMaskError },
    batching: false,
    disableIntrospection: opts.introspection ? undefined : { disableIf: () => true },
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    upstreamTimeout: limits.upstreamTimeoutMs,
    requestId: false,
    plugins: () => [
      useHubSigning({
        signingKey: opts.signingKey,
        verifyUser: opts.verifyUser,
        subgraphs,
        upstreamTimeoutMs: limits.upstreamTimeoutMs,
      }),
      EnvelopArmorPlugin(armorConfig(limits, { complete: true })),
      useValidationRule(maxFieldRepeatsRule(limits.maxFieldRepeats)),
    ],
  };
}

export interface HubHiveGateway {
  server: Server;
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

/** The configured runtime behind a Node HTTP server. */
export function createHubHiveGateway(opts: HubHiveGatewayOptions): HubHiveGateway {
  const runtime = createGatewayRuntime(hubHiveGatewayConfig(opts));
  const server = createServer(runtime);
  return {
    server,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolve) =>
        server.listen(port, host, () => {
          const { port: bound } = server.address() as AddressInfo;
          resolve({ url: `http://${host}:${bound}`, port: bound });
        }),
      ),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}
