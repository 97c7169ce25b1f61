import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REFERENCE_YOUTH } from '../fixtures/reference-subgraph.ts';

// `npm run conformance -- --command ...` as an agency runs it against its own process: here the
// reference subgraph (not built with the kit), once whole and once broken.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const conformance = (faults: string) =>
  spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'tests/conformance/src/cli.ts',
      '--command',
      `"${process.execPath}" --import tsx tests/conformance/fixtures/reference-main.ts`,
      '--name',
      'mentoring',
      '--agency',
      'COMMUNITY',
      '--youth',
      REFERENCE_YOUTH,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, REFERENCE_FAULTS: faults }, timeout: 120_000 },
  );

describe('npm run conformance -- --command', () => {
  it('starts the subgraph with the suite environment, runs every check and exits 0 when it keeps the contract', () => {
    const run = conformance('');
    expect(run.stdout, run.stderr).toContain('26 of 27 checks passed, 1 skipped');
    expect(run.status).toBe(0);
  });

  it('exits 1 naming what a subgraph that does not log failed', () => {
    const run = conformance('noLog');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✗ disclosure.recorded');
    expect(run.stdout).toContain('4 of 27 checks failed, 1 skipped');
  });
});
