import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';

/** Query limits; each can be set by environment (see README). */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
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
  maxCost: 5000,
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
    maxTokens: read('LIMIT_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
    maxDirectives: read('LIMIT_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
    maxQueryChars: read('LIMIT_MAX_QUERY_CHARS', DEFAULT_LIMITS.maxQueryChars),
    maxFieldRepeats: read('LIMIT_MAX_FIELD_REPEATS', DEFAULT_LIMITS.maxFieldRepeats),
    maxBodyBytes: read('LIMIT_MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes),
    requestTimeoutMs: read('LIMIT_REQUEST_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs),
    upstreamTimeoutMs: read('LIMIT_UPSTREAM_TIMEOUT_MS', DEFAULT_LIMITS.upstreamTimeoutMs),
  };
}

export function armorConfig(limits: QueryLimits): GraphQLArmorConfig {
  return {
    maxDepth: { n: limits.maxDepth, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  };
}
