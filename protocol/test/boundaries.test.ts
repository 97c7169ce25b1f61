import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// What the gateway loads through this package is the wire alone (eslint.config.js keeps it so).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function refusals(source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${ROOT}protocol/src/fixture.ts` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('what the protocol may import', () => {
  it.each([
    "import { PGlite } from '@electric-sql/pglite';",
    "import { sql } from 'drizzle-orm';",
    "import { drizzle } from 'drizzle-orm/postgres-js';",
    "import postgres from 'postgres';",
    "import { ApolloServer } from '@apollo/server';",
    "import { openDatabase } from '@hub/subgraph-kit';",
    "import { isUuid } from '../../subgraphs/kit/src/ids.ts';",
  ])('refuses %s', async (source) => {
    expect(await refusals(source)).toEqual([expect.stringContaining('loads no database or server')]);
  });

  it('takes jose and the policies vocabulary', async () => {
    expect(await refusals("import { jwtVerify } from 'jose';")).toEqual([]);
    expect(await refusals("import { DEFAULT_PURPOSE } from '@hub/policies/vocabulary';")).toEqual([]);
  });

  it('depends at run time on the policies vocabulary and jose only', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies)).toEqual(['@hub/policies', 'jose']);
  });
});
