import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  canonicalEncoding,
  DisclosureLog,
  readChain,
  rowHash,
  verifyChain,
  type DisclosureEntry,
} from '../src/audit.ts';
import type { Database } from '../src/db/database.ts';
import { openTestDatabase, TEST_ENGINES } from '../src/testing/index.ts';

const migrations = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));
const YOUTH = '11111111-1111-4111-8111-111111111111';

function entry(n: number, overrides: Partial<DisclosureEntry> = {}): DisclosureEntry {
  return {
    requestId: `req-${n}`,
    viewerSub: 'po-1',
    viewerName: 'P. O.',
    viewerAgency: 'PROBATION',
    viewerRole: 'PROBATION_OFFICER',
    purpose: 'CARE_COORDINATION',
    access: 'RECORD',
    youthId: YOUTH,
    released: ['PROBATION', 'DELINQUENCY'],
    denied: ['SUBSTANCE_USE'],
    policyVersion: 'v-test',
    emergencyGrantId: null,
    ...overrides,
  };
}

/** The database's own message (drizzle wraps it as the cause). */
async function refusal(work: Promise<unknown>): Promise<string> {
  const error = (await work.then(
    () => undefined,
    (e: unknown) => e,
  )) as (Error & { cause?: Error }) | undefined;
  return error ? `${error.message} ${error.cause?.message ?? ''}` : 'no error';
}

async function all(database: Database) {
  const rows = [];
  for await (const row of readChain(database, 7)) rows.push(row);
  return rows;
}

describe.each(TEST_ENGINES)('the disclosure log on %s', (engine) => {
  let database: Database;
  let log: DisclosureLog;
  beforeEach(async () => {
    database = await openTestDatabase(engine, migrations);
    log = new DisclosureLog(database);
  });
  afterEach(() => database.close());

  it('numbers rows from 1 and chains each to the one before, from the genesis hash', async () => {
    const first = await log.append([entry(1)]);
    const second = await log.append([entry(2), entry(3, { youthId: '22222222-2222-4222-8222-222222222222' })]);
    expect(first.map((r) => r.seq)).toEqual([1]);
    expect(first[0]!.prevHash).toBe('0'.repeat(64));
    expect(second.map((r) => r.seq)).toEqual([2, 3]);
    expect(second[0]!.prevHash).toBe(first[0]!.hash);
    expect(second[1]!.prevHash).toBe(second[0]!.hash);
    const stored = await all(database);
    expect(stored.map((r) => r.hash)).toEqual([...first, ...second].map((r) => r.hash));
    for (const row of stored) expect(rowHash(row)).toBe(row.hash);
    expect(await log.head()).toMatchObject({ seq: 3, hash: second[1]!.hash });
    expect(verifyChain(stored)).toMatchObject({ rowsChecked: 3, firstBroken: null });
  });

  it('keeps one unbroken chain under many concurrent requests, and pages through it in order', async () => {
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => log.append([entry(i), entry(i + 100)])));
    // Each request gets back exactly its own rows, in its own order.
    results.forEach((rows, i) => expect(rows.map((r) => r.requestId)).toEqual([`req-${i}`, `req-${i + 100}`]));
    const stored = await all(database);
    expect(stored.map((r) => r.seq)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(verifyChain(stored).firstBroken).toBeNull();
  });

  it('writes a group commit larger than one statement may carry (Postgres: 65,535 parameters)', async () => {
    const rows = await log.append(Array.from({ length: 4500 }, (_, i) => entry(i)));
    expect(rows.at(-1)!.seq).toBe(4500);
    expect(verifyChain(await all(database))).toMatchObject({ rowsChecked: 4500, firstBroken: null });
  });

  it('keeps one chain when several writers share the database (processes, or replicas), in waves of concurrent appends', async () => {
    const writers = [log, new DisclosureLog(database), new DisclosureLog(database)];
    // Waves of concurrent appends: each writer's idea of the head is stale at some wave's start.
    for (let wave = 0; wave < 4; wave++) {
      await Promise.all(Array.from({ length: 15 }, (_, i) => writers[(i + wave) % 3]!.append([entry(wave * 100 + i)])));
    }
    expect(verifyChain(await all(database))).toMatchObject({ rowsChecked: 60, firstBroken: null });
  });

  it('appends with one statement while it knows the head, and falls back to the lock when another writer moved it', async () => {
    const other = new DisclosureLog(database);
    await log.append([entry(1)]); // learns the head under the lock
    const before = database.logStatementCount;
    await log.append([entry(2), entry(3)]);
    expect(database.logStatementCount - before).toBe(1);
    // Sequential turns: every turn finds its own idea of the head stale and must not fork the chain.
    for (let i = 4; i < 16; i++) await (i % 2 ? other : log).append([entry(i)]);
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 3 ? log : other).append([entry(100 + i)])));
    const stored = await all(database);
    expect(stored.map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(new Set(stored.map((r) => r.requestId)).size).toBe(25);
    expect(verifyChain(stored)).toMatchObject({ rowsChecked: 25, firstBroken: null });
  });

  it('continues from the true head when the database lost rows this writer remembers (a failover, a restore)', async () => {
    for (let i = 1; i <= 5; i++) await log.append([entry(i)]);
    // Stand-in for an asynchronous standby that lost the last two commits.
    await database.rows(sql`alter table disclosure_log disable trigger user`);
    await database.rows(sql`delete from disclosure_log where seq > 3`);
    await database.rows(sql`alter table disclosure_log enable trigger user`);
    const [row] = await log.append([entry(6)]);
    expect(row!.seq).toBe(4);
    const stored = await all(database);
    expect(stored.map((r) => r.requestId)).toEqual(['req-1', 'req-2', 'req-3', 'req-6']);
    expect(verifyChain(stored)).toMatchObject({ rowsChecked: 4, firstBroken: null });
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    await log.append([entry(1), entry(2)]);
    expect(await refusal(database.rows(sql`update disclosure_log set purpose = 'AUDIT' where seq = 1`))).toMatch(
      /append-only: UPDATE refused/,
    );
    expect(await refusal(database.rows(sql`delete from disclosure_log where seq = 2`))).toMatch(
      /append-only: DELETE refused/,
    );
    expect(await refusal(database.rows(sql`truncate disclosure_log`))).toMatch(/append-only: TRUNCATE refused/);
    expect((await all(database)).length).toBe(2);
  });

  it('rejects the caller when the write fails, and goes on writing afterwards', async () => {
    await database.rows(sql`create function refuse() returns trigger language plpgsql as $$
      begin raise exception 'disk full'; end $$`);
    await database.rows(sql`create trigger refuse before insert on disclosure_log execute function refuse()`);
    expect(await refusal(log.append([entry(1)]))).toMatch(/disk full/);
    await database.rows(sql`drop trigger refuse on disclosure_log`);
    await log.append([entry(2)]);
    expect((await all(database)).map((r) => [r.seq, r.requestId])).toEqual([[1, 'req-2']]);
  });
});

describe('the canonical hash', () => {
  it('changes when any field changes, and not when a category list is reordered', async () => {
    const base = { ...entry(1), seq: 1, at: new Date('2026-11-22T10:00:00.000Z'), prevHash: '0'.repeat(64) };
    const hash = rowHash(base);
    expect(rowHash({ ...base, released: ['DELINQUENCY', 'PROBATION'] })).toBe(hash);
    const changes: Partial<typeof base>[] = [
      { seq: 2 },
      { at: new Date('2026-11-22T10:00:00.001Z') },
      { requestId: 'other' },
      { viewerSub: 'other' },
      { viewerName: null },
      { viewerAgency: 'HEALTH' },
      { viewerRole: 'CLINICIAN' },
      { purpose: 'EMERGENCY' },
      { access: 'ACCOUNTING' },
      { youthId: 'other' },
      { released: ['PROBATION'] },
      { denied: [] },
      { policyVersion: 'v2' },
      { emergencyGrantId: 'grant-1' },
      { prevHash: '1'.repeat(64) },
    ];
    for (const change of changes) expect(rowHash({ ...base, ...change }), JSON.stringify(change)).not.toBe(hash);
  });
});

describe('the versioned encoding (v1 rows without a basis, v2 rows with one)', () => {
  const BASIS = [
    { category: 'PROBATION', allowed: true, ruleId: 'table.probation', legalBasis: 'WIC 827' },
    { category: 'SUBSTANCE_USE', allowed: false, ruleId: 'invariant.part2', legalBasis: '42 CFR 2.12' },
  ];
  const base = { ...entry(1), seq: 1, at: new Date('2026-11-22T10:00:00.000Z'), prevHash: '0'.repeat(64) };

  it('hashes a row written before the basis (v1) exactly as before, and chains the basis of a v2 row', () => {
    expect(canonicalEncoding(base).startsWith('csec-mdt-hub/disclosure/v1\n')).toBe(true);
    expect(canonicalEncoding({ ...base, basis: null })).toBe(canonicalEncoding(base));
    const v2 = { ...base, basis: BASIS };
    expect(canonicalEncoding(v2).startsWith('csec-mdt-hub/disclosure/v2\n')).toBe(true);
    // Neither the order of the basis nor of an entry's keys (jsonb keeps none) changes the hash.
    expect(rowHash({ ...v2, basis: [...BASIS].reverse() })).toBe(rowHash(v2));
    const [first, second] = BASIS as [(typeof BASIS)[0], (typeof BASIS)[0]];
    const reordered = { legalBasis: first.legalBasis, ruleId: first.ruleId, allowed: true, category: first.category };
    expect(rowHash({ ...v2, basis: [reordered, second] })).toBe(rowHash(v2));
    for (const basis of [
      null,
      [],
      [first],
      [{ ...first, ruleId: 'other' }, second],
      [{ ...first, allowed: false }, second],
    ]) {
      expect(rowHash({ ...v2, basis }), JSON.stringify(basis)).not.toBe(rowHash(v2));
    }
  });

  describe.each(TEST_ENGINES)('on %s', (engine) => {
    let database: Database;
    beforeEach(async () => {
      database = await openTestDatabase(engine, migrations);
    });
    afterEach(() => database.close());

    it('keeps old rows verifying after new ones carry a basis, and catches a basis changed or cleared', async () => {
      const log = new DisclosureLog(database);
      await log.append([entry(1), entry(2)]);
      await log.append([entry(3, { basis: BASIS }), entry(4, { basis: [] })]);
      const rows = await all(database);
      expect(rows.map((r) => r.basis)).toEqual([null, null, BASIS, []]);
      expect(verifyChain(rows).firstBroken).toBeNull();
      await database.rows(sql`alter table disclosure_log disable trigger user`);
      await database.rows(
        sql`update disclosure_log set basis = jsonb_set(basis, '{0,ruleId}', '"table.forged"') where seq = 3`,
      );
      await database.rows(sql`update disclosure_log set basis = null where seq = 4`);
      const tampered = await all(database);
      expect(verifyChain(tampered).firstBroken).toEqual({ seq: 3, problem: 'row 3 was modified after it was written' });
      expect(tampered[3]!.basis).toBeNull();
      expect(verifyChain([...rows.slice(0, 3), tampered[3]!]).firstBroken).toEqual({
        seq: 4,
        problem: 'row 4 was modified after it was written',
      });
    });
  });
});
