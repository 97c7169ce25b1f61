import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';

/** Query limits; each can be set by environment (see README). */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** What a list without a page argument (placements, timeline events) is weighed as holding. */
  listSize: number;
  maxTokens: number;
  maxDirectives: number;
  /** Characters of the query text, checked before it is parsed. */
  maxQueryChars: number;
  /** Times one response key may appear in one selection set (field duplication). */
  maxFieldRepeats: number;
  maxBodyBytes: number;
  requestTimeoutMs: number;
  upstreamTimeoutMs: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 15,
  // Weighed with the request's variables and defaults (cost.ts). The heaviest requests the hub's
  // own clients send: a privacy officer's whole accounting at the default page (fifty entries of
  // each of seven agencies, thirteen fields each) 19,166; the benchmark's hundred-youth page
  // 24,050; the web app's accounting page 9,526. Twenty youths' records with their timelines, or
  // a page of fifty, are refused.
  maxCost: 30_000,
  listSize: 2,
  maxTokens: 2000,
  maxDirectives: 20,
  maxQueryChars: 20_000,
  maxFieldRepeats: 10,
  maxBodyBytes: 100_000,
  requestTimeoutMs: 15_000,
  upstreamTimeoutMs: 10_000,
};

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const read = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer`);
    return n;
  };
  return {
    maxDepth: read('LIMIT_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
    maxAliases: read('LIMIT_MAX_ALIASES', DEFAULT_LIMITS.maxAliases),
    maxCost: read('LIMIT_MAX_COST', DEFAULT_LIMITS.maxCost),
    listSize: read('LIMIT_LIST_SIZE', DEFAULT_LIMITS.listSize),
    maxTokens: read('LIMIT_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
    maxDirectives: read('LIMIT_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
    maxQueryChars: read('LIMIT_MAX_QUERY_CHARS', DEFAULT_LIMITS.maxQueryChars),
    maxFieldRepeats: read('LIMIT_MAX_FIELD_REPEATS', DEFAULT_LIMITS.maxFieldRepeats),
    maxBodyBytes: read('LIMIT_MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes),
    requestTimeoutMs: read('LIMIT_REQUEST_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs),
    upstreamTimeoutMs: read('LIMIT_UPSTREAM_TIMEOUT_MS', DEFAULT_LIMITS.upstreamTimeoutMs),
  };
}

/**
 * graphql-armor's limits as validation rules and plugins. Two are not among them for the hub's own
 * engine, which does them better itself (`apollo-engine.ts`):
 * - the cost: as a validation rule armor sees only the document, never the variables, so
 *   `first: $n` weighed as 1; the engine weighs each request with its coerced variables and the
 *   schema's defaults (`cost.ts`, by armor's own rule);
 * - the token limit: armor's Apollo plugin parses the query itself and reports a plain syntax error
 *   as a validation failure; graphql-js's own parser counts tokens (`parseOptions.maxTokens`), so a
 *   syntax error stays a parse failure (GRAPHQL_PARSE_FAILED).
 * An engine that cannot do either (the bench's Hive engine) asks for all of armor with `complete`.
 */
export function armorConfig(limits: QueryLimits, { complete = false } = {}): GraphQLArmorConfig {
  return {
    maxDepth: { n: limits.maxDepth, exposeLimits: true },
    // An alias of `__typename` is an alias like any other (armor lets them all through by default).
    maxAliases: { n: limits.maxAliases, exposeLimits: true, allowList: [] },
    costLimit: complete ? { maxCost: limits.maxCost, exposeLimits: true } : { enabled: false },
    maxTokens: complete ? { n: limits.maxTokens, exposeLimits: true } : { enabled: false },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  };
}
