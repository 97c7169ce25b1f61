import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The gateway speaks to subgraphs through @hub/protocol; eslint.config.js keeps the kit out of it.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function refusals(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${ROOT}${path}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('what the gateway may import', () => {
  it.each([
    ['gateway/src/fixture.ts', "import { readBody } from '@hub/subgraph-kit';"],
    ['gateway/src/fixture.ts', "import { createTestKeys } from '@hub/subgraph-kit/testing';"],
    ['gateway/src/fixture.ts', "import { readChain } from '@hub/subgraph-kit/audit';"],
    ['gateway/src/fixture.ts', "import { sendJson } from '../../subgraphs/kit/src/http.ts';"],
    ['gateway/src/fixture.ts', "export { openDatabase } from '@hub/subgraph-kit';"],
    ['gateway/test/fixture.test.ts', "import type { Database } from '@hub/subgraph-kit';"],
  ])('refuses the subgraph kit in %s: %s', async (path, source) => {
    expect(await refusals(path, source)).toEqual([
      expect.stringContaining('The gateway imports the wire protocol from @hub/protocol, never the subgraph kit.'),
    ]);
  });

  it('takes the protocol', async () => {
    expect(await refusals('gateway/src/fixture.ts', "import { readBody } from '@hub/protocol';")).toEqual([]);
  });

  it('does not list the kit among its dependencies', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty(['@hub/subgraph-kit']);
    expect(pkg.dependencies).toHaveProperty(['@hub/protocol']);
  });
});
