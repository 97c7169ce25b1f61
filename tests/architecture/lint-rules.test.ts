import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The architectural lint rules bite where they should: each fixture is linted as if it were the named file.
const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => /restricted-imports/.test(m.ruleId ?? '')).map((m) => m.message);
}

describe('resolvers never build SQL, the kit’s included', () => {
  it('refuses drizzle and the disclosure table in a kit resolver, and allows a query module and row types', async () => {
    const file = 'subgraphs/kit/src/resolvers/example.ts';
    expect(await restricted(file, "import { eq } from 'drizzle-orm';\nexport const x = eq;\n")).toHaveLength(1);
    expect(
      await restricted(
        file,
        "import { disclosureLog } from '../disclosure/table.ts';\nexport const x = disclosureLog;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted(
        file,
        "import type { DisclosureRow } from '../disclosure/table.ts';\nimport { accountingRows } from '../db/accounting.ts';\nexport type R = DisclosureRow;\nexport const q = accountingRows;\n",
      ),
    ).toEqual([]);
  });

  it('refuses the SQL layer in an agency subgraph resolver', async () => {
    const file = 'subgraphs/health/src/resolvers/example.ts';
    expect(await restricted(file, "import { sql } from 'drizzle-orm';\nexport const x = sql;\n")).toHaveLength(1);
  });
});

describe('the web imports only the CASL-free vocabulary of @hub/policies', () => {
  it.each([
    ["import { decide } from '@hub/policies';", 1],
    ["import { verifyPolicy } from '@hub/policies/review';", 1],
    ["import { expectedDecision } from '@hub/policies/oracle';", 1],
    ["import { createMongoAbility } from '@casl/ability';", 1],
    ["import { ROLE_AGENCY } from '@hub/policies/vocabulary';", 0],
  ])('%s', async (line, errors) => {
    const code = `${line}\nexport const x = 1;\n`;
    expect(await restricted('web/src/pages/Example.tsx', code)).toHaveLength(errors);
    expect(await restricted('web/src/example.ts', code)).toHaveLength(errors);
  });
});
