import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The kit has a benchmark-only switch that turns field enforcement and the disclosure log off
// (subgraphs/kit/src/bench-switch.ts). An attacker who could set it would need nothing else.
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('the unsafe benchmark switch', () => {
  it.each(['docker-compose.yml', 'Dockerfile', 'scripts/start.ts', '.ci/run'])('is set nowhere in %s', (path) => {
    const text = read(path);
    expect(text).not.toContain('HUB_BENCH_UNSAFE_NO_ENFORCEMENT');
    expect(text).not.toMatch(/NODE_ENV[=:]\s*"?benchmark/);
  });

  it('is off in the process that runs these suites', () => {
    expect(process.env.HUB_BENCH_UNSAFE_NO_ENFORCEMENT ?? '').toBe('');
    expect(process.env.NODE_ENV).not.toBe('benchmark');
  });
});
