// npm run policy:export: the built-in rules as JSON (the starting point for a proposed change).
import { defaultPolicySet } from '../src/index.ts';

console.log(JSON.stringify(defaultPolicySet().rules, null, 2));
