// npm run policy:verify [-- <rules.json>]: every point of the attribute space, against the invariants and the oracle.
import { describeActionPoint, describePoint, verifyPolicy } from '../src/review.ts';
import { loadPolicySet } from './load-rules.ts';

const policy = loadPolicySet(process.argv[2] ?? 'default');
const started = Date.now();
const report = verifyPolicy(policy, (done) => process.stderr.write(`\rchecked ${done} points...`));
process.stderr.write('\r');
console.log(
  `policy ${policy.version.slice(0, 12)}: ${policy.rules.length} rules; checked ${report.points} read points and ` +
    `${report.actionPoints} action points in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
const found = [
  ...report.problems,
  ...report.counterexamples.map((c) => `${c.problem}: ${describePoint(c.point)}`),
  ...report.actionCounterexamples.map((c) => `${c.problem}: ${describeActionPoint(c.point)}`),
];
if (found.length === 0) {
  console.log('no counterexample: every invariant holds and every decision matches the oracle');
} else {
  console.log(`${found.length} counterexamples; the first 20:`);
  for (const problem of found.slice(0, 20)) console.log(`- ${problem}`);
  process.exitCode = 1;
}
