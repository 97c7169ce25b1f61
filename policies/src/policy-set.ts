import { createHash } from 'node:crypto';
import { buildDefaultRules } from './rules.ts';
import type { PolicyRule } from './types.ts';

/** A rule set and its version: the SHA-256 of its canonical JSON, recorded with every disclosure. */
export interface PolicySet {
  rules: readonly PolicyRule[];
  version: string;
  byId: ReadonlyMap<string, PolicyRule>;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function policyVersion(rules: readonly PolicyRule[]): string {
  return createHash('sha256').update(canonical(rules)).digest('hex');
}

export function createPolicySet(rules: readonly PolicyRule[]): PolicySet {
  const byId = new Map<string, PolicyRule>();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return { rules, version: policyVersion(rules), byId };
}

let defaultSet: PolicySet | undefined;
export function defaultPolicySet(): PolicySet {
  return (defaultSet ??= createPolicySet(buildDefaultRules()));
}
