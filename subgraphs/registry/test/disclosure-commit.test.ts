import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChain, verifyLog } from '@hub/subgraph-kit/audit';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { startRegistry, type TestRegistry } from './registry.ts';

// Issue 15, item 8: a consent or an emergency grant is committed with its disclosure row in ONE
// transaction. When the row cannot be written, nothing of the change remains and the client is
// told DISCLOSURE_NOT_RECORDED; when it can, both are there and the chain still verifies.

const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeConsent(id: $id, reason: $reason) { id status } }`;
const REQUEST = `mutation ($youthId: ID!, $reason: String!) { requestEmergencyAccess(youthId: $youthId, reason: $reason) { id } }`;
const CLOSE = `mutation ($grantId: ID!, $finding: EmergencyReviewFinding!, $note: String!) {
  closeEmergencyReview(grantId: $grantId, finding: $finding, note: $note) { id reviewStatus } }`;
const REASON = 'Youth missing since last night; police need the current placement address.';
const hour = 3_600_000;

describe.each(TEST_ENGINES)('a change committed with its disclosure row, on %s', (engine) => {
  let registry: TestRegistry;
  let youth0: string;
  let youth1: string;
  beforeAll(async () => {
    registry = await startRegistry(engine);
    [youth0, youth1] = registry.world.youths.map((y) => y.id) as [string, string];
  });
  afterAll(() => registry?.close());

  const consentInput = () => ({
    youthId: youth0,
    grantor: 'YOUTH',
    categories: ['PLACEMENT'],
    recipientAgencies: ['COMMUNITY'],
    purposes: ['CARE_COORDINATION'],
    effectiveFrom: new Date(Date.now() - hour).toISOString(),
    formReference: 'CSEC-ROI-2026-0042',
  });

  /** Makes every insert into the disclosure log fail, as a full disk would. */
  async function breakLog() {
    await registry.database.rows(
      sql.raw(`create or replace function refuse_log() returns trigger language plpgsql as $$
      begin raise exception 'could not extend file base/1/2: No space left on device'; end $$`),
    );
    await registry.database.rows(
      sql`create trigger refuse_log before insert on disclosure_log for each row execute function refuse_log()`,
    );
  }
  const mendLog = () => registry.database.rows(sql`drop trigger refuse_log on disclosure_log`);
  async function whileBroken<T>(run: () => Promise<T>): Promise<T> {
    await breakLog();
    try {
      return await run();
    } finally {
      await mendLog();
    }
  }
  const count = async (query: ReturnType<typeof sql>) =>
    Number((await registry.database.rows<{ n: number }>(query))[0]!.n);
  async function logRows(access: string) {
    const rows = [];
    for await (const row of readChain(registry.database)) if (row.access === access) rows.push(row);
    return rows;
  }
  const notRecorded = (answer: { data?: any; errors?: any[] }, field: string) => {
    expect(answer.data?.[field] ?? null).toBeNull();
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: 'The disclosure could not be recorded, so the change was not made',
        extensions: expect.objectContaining({ code: 'DISCLOSURE_NOT_RECORDED' }),
      }),
    ]);
  };

  it('records a consent with its CONSENT row, or neither', async () => {
    const before = await count(sql`select count(*) as n from consent`);
    const failed = await whileBroken(() => registry.ask('sw-garcia', RECORD, { input: consentInput() }));
    notRecorded(failed, 'recordConsent');
    expect(await count(sql`select count(*) as n from consent`)).toBe(before);
    expect(await logRows('CONSENT')).toEqual([]);

    const recorded = await registry.ask('sw-garcia', RECORD, { input: consentInput() });
    expect(recorded.errors).toBeUndefined();
    expect(await count(sql`select count(*) as n from consent`)).toBe(before + 1);
    expect(await logRows('CONSENT')).toEqual([
      expect.objectContaining({ youthId: youth0, viewerSub: 'sw-garcia', released: [], denied: [] }),
    ]);
  });

  it('revokes a consent with its CONSENT row, or neither', async () => {
    const recorded = await registry.ask('sw-garcia', RECORD, { input: consentInput() });
    const id = recorded.data.recordConsent.id as string;
    const rowsBefore = (await logRows('CONSENT')).length;
    const failed = await whileBroken(() =>
      registry.ask('sw-garcia', REVOKE, { id, reason: 'The youth withdrew it at the meeting' }),
    );
    notRecorded(failed, 'revokeConsent');
    expect(await count(sql`select count(*) as n from consent where id = ${id} and revoked_at is null`)).toBe(1);
    expect(await logRows('CONSENT')).toHaveLength(rowsBefore);

    const revoked = await registry.ask('sw-garcia', REVOKE, { id, reason: 'The youth withdrew it at the meeting' });
    expect(revoked.data.revokeConsent).toEqual({ id, status: 'REVOKED' });
    expect(await logRows('CONSENT')).toHaveLength(rowsBefore + 1);
  });

  it('grants emergency access with its EMERGENCY_GRANT row naming the grant, or neither', async () => {
    const failed = await whileBroken(() => registry.ask('mentor-lee', REQUEST, { youthId: youth1, reason: REASON }));
    notRecorded(failed, 'requestEmergencyAccess');
    expect(await count(sql`select count(*) as n from emergency_grant`)).toBe(0);
    expect(await logRows('EMERGENCY_GRANT')).toEqual([]);

    // Nothing was granted, so the requester may ask again at once.
    const granted = await registry.ask('mentor-lee', REQUEST, { youthId: youth1, reason: REASON });
    expect(granted.errors).toBeUndefined();
    const grantId = granted.data.requestEmergencyAccess.id as string;
    expect(await logRows('EMERGENCY_GRANT')).toEqual([
      expect.objectContaining({ youthId: youth1, viewerSub: 'mentor-lee', emergencyGrantId: grantId }),
    ]);

    // A second request is refused, and the refusal writes no row.
    const again = await registry.ask('mentor-lee', REQUEST, { youthId: youth1, reason: REASON });
    expect(again.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await logRows('EMERGENCY_GRANT')).toHaveLength(1);
  });

  it('closes an emergency review with its EMERGENCY_REVIEW row, or neither', async () => {
    const [grant] = await registry.database.rows<{ id: string }>(sql`select id from emergency_grant limit 1`);
    const close = () =>
      registry.ask(
        'privacy-shah',
        CLOSE,
        { grantId: grant!.id, finding: 'JUSTIFIED', note: 'Placement address was needed.' },
        'AUDIT',
      );
    notRecorded(await whileBroken(close), 'closeEmergencyReview');
    expect(await count(sql`select count(*) as n from emergency_grant where review_status = 'OPEN'`)).toBe(1);
    expect(await logRows('EMERGENCY_REVIEW')).toEqual([]);

    expect((await close()).data.closeEmergencyReview).toEqual({ id: grant!.id, reviewStatus: 'CLOSED' });
    expect(await logRows('EMERGENCY_REVIEW')).toEqual([
      expect.objectContaining({ viewerSub: 'privacy-shah', emergencyGrantId: grant!.id, purpose: 'AUDIT' }),
    ]);
  });

  it('keeps one chain when committed changes race the ordinary log writes', async () => {
    const read = `query ($id: ID!) { youth(id: $id) { displayName consents { id } } }`;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2
          ? registry.ask('sw-garcia', RECORD, { input: consentInput() })
          : registry.ask('sw-garcia', read, { id: youth0 }),
      ),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect((await logRows('RECORD')).length).toBeGreaterThanOrEqual(6);
    const report = await verifyLog(registry.database, []);
    expect(report.firstBroken).toBeNull();
    const seqs = [];
    for await (const row of readChain(registry.database)) seqs.push(row.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });
});
