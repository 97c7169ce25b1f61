import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.ts';

// A caseload page of youths with a few fields from every agency: the SQL each subgraph runs must
// not grow with the page (no N+1), one statement per table per subgraph request.
const PAGE = `query ($first: Int) {
  youths(first: $first) {
    totalCount
    edges { node {
      id displayName
      childWelfare { caseNumber placements { kind } }
      health { mentalHealth { treatmentStatus } substanceUse { status } }
      probation { supervision { status } }
      education { schoolOfRecord { schoolName } }
      districtAttorney { cases { role } }
      publicDefender { matters { kind } }
      lawEnforcement { investigations { status } }
    } }
  }
}`;

let hub: Hub;
beforeAll(async () => {
  hub = await startHub({ youths: 200 });
});
afterAll(() => hub?.close());

async function statementsFor(first: number, counter: 'statementCount' | 'logStatementCount' = 'statementCount') {
  const before = Object.fromEntries(Object.entries(hub.databases).map(([name, db]) => [name, db[counter]]));
  const { json } = await hub.query('sw-garcia', PAGE, { first });
  expect(json.data.youths.edges).toHaveLength(first);
  return Object.fromEntries(Object.entries(hub.databases).map(([name, db]) => [name, db[counter] - before[name]!]));
}

describe('the caseload', () => {
  it('costs the same SQL statements per subgraph for 20 youths and for 50, whatever the page size', async () => {
    const one = await statementsFor(1);
    const twenty = await statementsFor(20);
    const fifty = await statementsFor(50);
    expect(fifty).toEqual(twenty);
    // A subgraph reads only what the policy released, so one youth may cost fewer statements
    // (nothing released, nothing read), never more; and every subgraph stays within its tables.
    for (const [name, count] of Object.entries(fifty)) {
      expect(one[name], name).toBeLessThanOrEqual(count);
      expect(count, name).toBeGreaterThan(0);
      expect(count, name).toBeLessThanOrEqual(name === 'mdt' ? 32 : 8);
    }
  });

  it('writes its disclosure records in the same few statements for one youth and for fifty', async () => {
    const one = await statementsFor(1, 'logStatementCount');
    const fifty = await statementsFor(50, 'logStatementCount');
    expect(fifty).toEqual(one);
    // Every subgraph the page touched logged it: a lock, the chain head, one INSERT for all its youths.
    expect(Object.values(fifty).every((count) => count > 0)).toBe(true);
  });

  it('pages with cursors through the whole caseload', async () => {
    const q = `query ($after: String) { youths(first: 40, after: $after) { totalCount totalCountCapped pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const { json } = await hub.query('po-nguyen', q, { after });
      const page = json.data.youths;
      total = page.totalCount;
      // Below the count's limit of 1,000 the count is exact.
      expect(page.totalCountCapped).toBe(false);
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});
