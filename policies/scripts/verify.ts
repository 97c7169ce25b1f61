// npm run policy:verify [-- <rules.json>]: every point of the attribute space, against the invariants and the table.
import { describePoint, verifyPolicy } from '../src/index.ts';
import { loadPolicySet } from './load-rules.ts';

const policy = loadPolicySet(process.argv[2] ?? 'default');
const started = Date.now();
const report = verifyPolicy(policy, (done) => process.stderr.write(`\rchecked ${done} points...`));
process.stderr.write('\r');
console.log(
  `policy ${policy.version.slice(0, 12)}: checked ${report.points} points in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
if (report.counterexamples.length === 0) {
  console.log('no counterexample: every invariant holds and every decision matches the table');
} else {
  console.log(`${report.counterexamples.length} counterexamples; the first 20:`);
  for (const c of report.counterexamples.slice(0, 20)) console.log(`- ${c.problem}: ${describePoint(c.point)}`);
  process.exitCode = 1;
}
