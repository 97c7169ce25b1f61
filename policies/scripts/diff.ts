// npm run policy:diff -- <old> <new>: every point whose decision differs ("default" = the built-in rules).
import { describeActionPoint, describePoint, diffPolicies } from '../src/review.ts';
import { loadPolicySet } from './load-rules.ts';

const [oldSource, newSource] = process.argv.slice(2);
if (!oldSource || !newSource) {
  console.error('usage: npm run policy:diff -- <old rules.json | default> <new rules.json | default>');
  process.exit(2);
}
const before = loadPolicySet(oldSource);
const after = loadPolicySet(newSource);
const { points, differences, actionDifferences } = diffPolicies(before, after);
console.log(
  `${before.version.slice(0, 12)} -> ${after.version.slice(0, 12)}: ${points} points, ` +
    `${differences.length + actionDifferences.length} decisions differ`,
);
const show = (d: { allowed: boolean; reason: string | null; ruleId: string }) =>
  d.allowed ? `allow (${d.ruleId})` : `deny ${d.reason} (${d.ruleId})`;
for (const d of differences) console.log(`- ${describePoint(d.point)}: ${show(d.before)} -> ${show(d.after)}`);
for (const d of actionDifferences) {
  console.log(`- ${describeActionPoint(d.point)}: ${show(d.before)} -> ${show(d.after)}`);
}
