// npm run policy:diff -- <old> <new>: every point whose decision differs ("default" = the built-in rules).
// The privacy console shows the same report (`policyDiff`), from the same code (src/diff-report.ts).
import { formatPolicyDiff, policyDiffReport } from '../src/review.ts';
import { loadPolicySet } from './load-rules.ts';

const [oldSource, newSource] = process.argv.slice(2);
if (!oldSource || !newSource) {
  console.error('usage: npm run policy:diff -- <old rules.json | default> <new rules.json | default>');
  process.exit(2);
}
for (const line of formatPolicyDiff(policyDiffReport(loadPolicySet(oldSource), loadPolicySet(newSource)))) {
  console.log(line);
}
