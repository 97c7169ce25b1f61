import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DisclosureLog, rowHash, verifyLog, type Checkpoint, type DisclosureEntry } from '../src/audit.ts';
import type { Database } from '../src/index.ts';
import { openTestDatabase, TEST_ENGINES } from '../src/testing/index.ts';

const migrations = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));

const entry = (n: number, overrides: Partial<DisclosureEntry> = {}): DisclosureEntry => ({
  requestId: `req-${n}`,
  viewerSub: n % 2 ? 'sw-1' : 'po-1',
  viewerName: null,
  viewerAgency: n % 2 ? 'CHILD_WELFARE' : 'PROBATION',
  viewerRole: n % 2 ? 'CW_SOCIAL_WORKER' : 'PROBATION_OFFICER',
  purpose: 'CARE_COORDINATION',
  access: 'RECORD',
  youthId: `youth-${n % 3}`,
  released: ['PLACEMENT'],
  denied: ['SUBSTANCE_USE'],
  policyVersion: 'v-test',
  emergencyGrantId: null,
  ...overrides,
});

// What a database owner could do behind the application's back: switch the guard triggers off.
const unguarded = async (database: Database, work: string[]) => {
  await database.rows(sql.raw('alter table disclosure_log disable trigger user'));
  for (const statement of work) await database.rows(sql.raw(statement));
  await database.rows(sql.raw('alter table disclosure_log enable trigger user'));
};

describe.each(TEST_ENGINES)('audit verification of a disclosure log on %s', (engine) => {
  let database: Database;
  let checkpoints: Checkpoint[];
  beforeEach(async () => {
    database = await openTestDatabase(engine, migrations);
    const log = new DisclosureLog(database);
    for (let n = 1; n <= 10; n++) {
      const [row] = await log.append([entry(n)]);
      // The registry was told the head at rows 5 and 10.
      if (n === 5 || n === 10) checkpoints = [...(n === 5 ? [] : checkpoints), { seq: row!.seq, hash: row!.hash }];
    }
  });
  afterEach(() => database.close());

  it('verifies an untouched log clean, every row and checkpoint checked', async () => {
    expect(await verifyLog(database, checkpoints)).toEqual({
      rowsChecked: 10,
      checkpointsChecked: 2,
      head: checkpoints[1],
      firstBroken: null,
    });
  });

  it('catches a modified row', async () => {
    await unguarded(database, [`update disclosure_log set released = '{PLACEMENT,SUBSTANCE_USE}' where seq = 3`]);
    expect((await verifyLog(database, checkpoints)).firstBroken).toEqual({
      seq: 3,
      problem: 'row 3 was modified after it was written',
    });
  });

  it('catches a deleted row', async () => {
    await unguarded(database, ['delete from disclosure_log where seq = 4']);
    expect((await verifyLog(database, checkpoints)).firstBroken).toEqual({
      seq: 4,
      problem: 'rows 4..4 are missing (deleted)',
    });
  });

  it('catches an inserted row, even one given a valid hash of its own', async () => {
    // Between rows 2 and 3, linked to row 2 and hashed correctly; the rows after it renumbered.
    const [two] = await database.rows<{ hash: string }>(sql`select hash from disclosure_log where seq = 2`);
    const forged = {
      ...entry(99, { viewerSub: 'nobody' }),
      seq: 3,
      at: new Date('2026-01-01T00:00:00.000Z'),
      prevHash: two!.hash,
    };
    await unguarded(database, [
      'update disclosure_log set seq = seq + 100 where seq >= 3',
      'update disclosure_log set seq = seq - 99 where seq >= 103',
      `insert into disclosure_log (seq, at, request_id, viewer_sub, viewer_name, viewer_agency, viewer_role, purpose,
         access, youth_id, released, denied, policy_version, emergency_grant_id, prev_hash, hash)
       values (3, '${forged.at.toISOString()}', 'req-99', 'nobody', null, '${forged.viewerAgency}',
         '${forged.viewerRole}', 'CARE_COORDINATION', 'RECORD', '${forged.youthId}', '{PLACEMENT}',
         '{SUBSTANCE_USE}', 'v-test', null, '${forged.prevHash}', '${rowHash(forged)}')`,
    ]);
    const report = await verifyLog(database, checkpoints);
    expect(report.rowsChecked).toBe(11);
    expect(report.firstBroken).toEqual({ seq: 4, problem: 'row 4 does not link to row 3 (inserted or rewritten)' });
  });

  it('catches a truncated tail, which leaves a chain consistent in itself', async () => {
    await unguarded(database, ['delete from disclosure_log where seq > 7']);
    expect((await verifyLog(database, checkpoints)).firstBroken).toEqual({
      seq: 8,
      problem: 'the log ends at row 7 but was checkpointed at row 10 (truncated)',
    });
  });

  it('catches a rewritten chain, consistent in itself but not at the checkpoints', async () => {
    await unguarded(database, ['delete from disclosure_log']);
    const rewrite = new DisclosureLog(database);
    for (let n = 1; n <= 10; n++) await rewrite.append([entry(n, n === 2 ? { released: [] } : {})]);
    const report = await verifyLog(database, checkpoints);
    expect(report.rowsChecked).toBe(10);
    expect(report.firstBroken).toEqual({
      seq: 5,
      problem: 'row 5 differs from its checkpoint (the chain was rewritten)',
    });
  });

  it('reports progress on a long walk', async () => {
    const seen: number[] = [];
    await verifyLog(database, checkpoints, { progress: (n) => seen.push(n), every: 4, pageSize: 3 });
    expect(seen).toEqual([4, 8]);
  });
});
