import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

// `npm run fuzz -- --runs N [--seed S]`: the leak fuzzing of tests/fuzz with more runs than CI's.
const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } } });
const runs = Number(values.runs ?? 5000);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
const env = { ...process.env, FUZZ_RUNS: String(runs), ...(values.seed ? { FUZZ_SEED: values.seed } : {}) };
const result = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', 'tests/fuzz/leak.test.ts'], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
