import { readFileSync } from 'node:fs';
import { defaultPolicySet, type PolicySet } from '../src/index.ts';
import { parsePolicyRules } from '../src/review.ts';

/** `default` is the built-in rule set; anything else a JSON file holding an array of rules. */
export function loadPolicySet(source: string): PolicySet {
  if (source === 'default') return defaultPolicySet();
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    throw new Error(`cannot read rules from ${source}: ${(error as Error).message}`);
  }
  return parsePolicyRules(text, source);
}
