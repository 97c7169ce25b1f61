import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '@hub/subgraph-kit';
import { openTestDatabase, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { personaViewer as persona } from '@hub/synthetic';
import { caseload, caseloadPlan, COUNT_LIMIT } from '../src/db/caseload.ts';
import { MIGRATIONS } from '../src/server.ts';

// The plan follows the size of the viewer's caseload: a county-sized one is walked youth by youth,
// a small one built as sets. The unit worlds are all small, so this county is made here: 2,001
// youths probation serves (one over the limit of the sets) and 10 that child welfare serves.
const today = '2026-11-01';

describe.each(TEST_ENGINES)('caseload plan on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine, MIGRATIONS);
    await db.rows(sql`insert into youth (id, given_name, family_name, date_of_birth)
      select md5('plan-' || i)::uuid, 'Given' || i, 'Family' || i, date '2010-01-01' + i % 1000
      from generate_series(1, 2001) as i`);
    await db.rows(sql`insert into agency_link (youth_id, agency, local_id)
      select md5('plan-' || i)::uuid, 'PROBATION', 'P-' || i from generate_series(1, 2001) as i`);
    await db.rows(sql`insert into agency_link (youth_id, agency, local_id)
      select md5('plan-' || i)::uuid, 'CHILD_WELFARE', 'CW-' || i from generate_series(1, 10) as i`);
  });
  afterAll(() => db?.close());

  it('walks youth by youth for a county-sized caseload and builds sets for a small one', async () => {
    expect(await caseloadPlan(db, persona('po-nguyen'))).toBe('per-youth');
    expect(await caseloadPlan(db, persona('sw-garcia'))).toBe('sets');
  });

  it('pages and counts the large caseload the same under either plan, the count stopping at its limit', async () => {
    const viewer = persona('po-nguyen');
    const chosen = await caseload(db, viewer, { first: 5, today });
    const sets = await caseload(db, viewer, { first: 5, today, plan: 'sets' });
    expect(chosen).toMatchObject({ total: COUNT_LIMIT, capped: true });
    expect(sets).toMatchObject({ total: COUNT_LIMIT, capped: true });
    expect(chosen.rows.map((r) => r.id)).toEqual(sets.rows.map((r) => r.id));
    // One over the page, which tells the caller there is a next page.
    expect(chosen.rows).toHaveLength(6);
    const small = await caseload(db, persona('sw-garcia'), { first: 20, today });
    expect(small).toMatchObject({ total: 10, capped: false });
  });
});
