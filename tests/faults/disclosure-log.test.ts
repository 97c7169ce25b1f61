import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hub/subgraph-kit';
import { readChain, verifyLog } from '@hub/subgraph-kit/audit';
import { startHub, type Hub } from '../src/hub.ts';

// The disclosure log's database failing. tests/hub/disclosure.test.ts has one agency refusing
// one write; here the registry's log, every agency's at once, a burst of concurrent writes
// (group commit) and a log that fails at random, where each answer must carry data exactly
// when its rows were written.
let hub: Hub;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
});
afterAll(() => hub?.close());

const RECORD = `query ($id: ID!) { youth(id: $id) {
  displayName
  childWelfare { caseNumber placements { kind } }
  health { physicalHealth { lastExamOn } mentalHealth { treatmentStatus } }
  education { schoolOfRecord { schoolName } }
} }`;
const AGENCIES = { 'child-welfare': 'childWelfare', health: 'health', education: 'education' } as const;

async function read(persona = 'clin-okafor') {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token(persona)}` },
    body: JSON.stringify({ query: RECORD, variables: { id: hub.world.youths[1]!.id } }),
  });
  return { json: (await response.json()) as any, requestId: response.headers.get('x-request-id')! };
}

/** Makes the log's inserts fail: always, or with this probability. */
async function breakLog(database: Database, probability = 1) {
  await database.rows(
    sql.raw(`create or replace function refuse_log() returns trigger language plpgsql as $$
    begin if random() < ${probability} then raise exception 'could not write block 7 of relation base/1/2'; end if; return new; end $$`),
  );
  await database.rows(
    sql`create trigger refuse_log before insert on disclosure_log for each row execute function refuse_log()`,
  );
}
async function mendLog(database: Database) {
  await database.rows(sql`drop trigger refuse_log on disclosure_log`);
}

async function rowsOf(name: string, requestId: string) {
  const rows = [];
  for await (const row of readChain(hub.databases[name]!)) if (row.requestId === requestId) rows.push(row);
  return rows;
}

describe('a disclosure log that cannot be written', () => {
  it("the registry's: no youth at all, nothing from any agency, and the registry named", async () => {
    const healthy = await read();
    expect(healthy.json.data.youth.health.mentalHealth).not.toBeNull();
    await breakLog(hub.databases.mdt!);
    try {
      const { json, requestId } = await read();
      expect(json.data).toEqual({ youth: null });
      expect(json.errors.map((e: any) => [e.message, e.extensions.code, e.extensions.subgraph])).toEqual([
        ['The disclosure could not be recorded, so nothing was released', 'DISCLOSURE_NOT_RECORDED', 'mdt'],
      ]);
      expect(JSON.stringify(json)).not.toMatch(/could not write|relation|base\/1/);
      for (const name of Object.keys(AGENCIES)) expect(await rowsOf(name, requestId)).toEqual([]);
    } finally {
      await mendLog(hub.databases.mdt!);
    }
  });

  it("every agency's at once: each agency's part is withheld and named, the registry's part still answers", async () => {
    for (const name of Object.keys(AGENCIES)) await breakLog(hub.databases[name]!);
    try {
      const { json } = await read();
      expect(json.data.youth).toEqual({
        displayName: expect.stringMatching(/^[A-Z]\. [A-Z]\.$/),
        childWelfare: null,
        health: null,
        education: null,
      });
      const failed = json.errors
        .filter((e: any) => e.extensions.code === 'DISCLOSURE_NOT_RECORDED')
        .map((e: any) => e.extensions.subgraph);
      expect(new Set(failed)).toEqual(new Set(Object.keys(AGENCIES)));
    } finally {
      for (const name of Object.keys(AGENCIES)) await mendLog(hub.databases[name]!);
    }
  });

  it('a burst of concurrent reads written in one group commit that fails: none of them gets the data', async () => {
    await breakLog(hub.databases.health!);
    try {
      const answers = await Promise.all(Array.from({ length: 8 }, () => read()));
      for (const { json, requestId } of answers) {
        expect(json.data.youth.health).toBeNull();
        expect(json.errors.some((e: any) => e.extensions.code === 'DISCLOSURE_NOT_RECORDED')).toBe(true);
        expect(await rowsOf('health', requestId)).toEqual([]);
      }
    } finally {
      await mendLog(hub.databases.health!);
    }
  });

  it('a log failing at random: every answer carries health data exactly when its row was written, and the chain holds', async () => {
    await breakLog(hub.databases.health!, 0.5);
    const outcomes = { released: 0, withheld: 0 };
    try {
      for (let i = 0; i < 24; i++) {
        const { json, requestId } = await read();
        const rows = await rowsOf('health', requestId);
        if (json.data.youth.health === null) {
          outcomes.withheld++;
          expect(json.errors.some((e: any) => e.extensions.code === 'DISCLOSURE_NOT_RECORDED')).toBe(true);
          expect(rows).toEqual([]);
        } else {
          outcomes.released++;
          expect(json.data.youth.health.mentalHealth).not.toBeNull();
          expect(rows.map((r) => [...r.released].sort())).toEqual([['MENTAL_HEALTH', 'PHYSICAL_HEALTH']]);
        }
      }
    } finally {
      await mendLog(hub.databases.health!);
    }
    // Both outcomes happened, or the test proved nothing (each has odds of 2^-24 of never happening).
    expect(outcomes.released).toBeGreaterThan(0);
    expect(outcomes.withheld).toBeGreaterThan(0);
    for (const name of ['mdt', ...Object.keys(AGENCIES)]) {
      expect((await verifyLog(hub.databases[name]!, [])).firstBroken, name).toBeNull();
    }
  });
});
