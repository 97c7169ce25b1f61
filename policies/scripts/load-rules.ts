import { readFileSync } from 'node:fs';
import { createPolicySet, defaultPolicySet, type PolicyRule, type PolicySet } from '../src/index.ts';

/** `default` is the built-in rule set; anything else a JSON file holding an array of rules. */
export function loadPolicySet(source: string): PolicySet {
  if (source === 'default') return defaultPolicySet();
  let rules: unknown;
  try {
    rules = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read rules from ${source}: ${(error as Error).message}`);
  }
  if (!Array.isArray(rules) || !rules.every((r) => r && typeof r === 'object' && typeof r.id === 'string')) {
    throw new Error(`${source} is not a JSON array of rules (each with an id)`);
  }
  return createPolicySet(rules as PolicyRule[]);
}
