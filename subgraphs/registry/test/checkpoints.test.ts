import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { signServiceToken } from '@hub/protocol';
import type { Database, SubgraphServer } from '@hub/subgraph-kit';
import {
  createTestKeys,
  openTestDatabase,
  testDeps,
  testServiceSigner,
  TEST_ENGINES,
  type TestKeys,
} from '@hub/subgraph-kit/testing';
import { checkpointsOf } from '../src/db/checkpoints.ts';
import { buildRegistry, MIGRATIONS } from '../src/server.ts';

// The registry's side of the disclosure-log checkpoints: subgraphs report their chain heads.
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
const ROW_AT = '2026-11-01T12:00:00.123Z';

describe.each(TEST_ENGINES)('POST /checkpoints on %s', (engine) => {
  let database: Database;
  let server: SubgraphServer;
  let base: string;
  let keys: TestKeys;
  const logged: string[] = [];
  beforeAll(async () => {
    keys = await createTestKeys();
    database = await openTestDatabase(engine, MIGRATIONS);
    server = await buildRegistry(database, await testDeps(keys), { log: (message) => logged.push(message) });
    base = (await server.listen(0)).url.replace('/graphql', '');
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  const post = async (body: unknown, issuer: string | null = 'health') => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const token = issuer === null ? undefined : await signServiceToken(await testServiceSigner(keys, issuer), text);
    const response = await fetch(`${base}/checkpoints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: text,
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown>, token };
  };
  const head = (subgraph: string, seq: number, hash = hashOf(`${subgraph}:${seq}`)) => ({
    subgraph,
    seq,
    hash,
    rowAt: ROW_AT,
  });

  it('records the head a subgraph reports, with the token that authenticated it', async () => {
    const before = Date.now();
    const { status, json, token } = await post(head('health', 0));
    expect([status, json]).toEqual([200, { ok: true, seq: 0 }]);
    const [row] = await checkpointsOf(database, 'health');
    expect(row).toMatchObject({ subgraph: 'health', seq: 0, hash: hashOf('health:0'), token });
    expect(row!.rowAt.toISOString()).toBe(ROW_AT);
    expect(row!.signedAt.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
    expect(row!.receivedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // The registry's own log is checkpointed too.
    expect((await post(head('mdt', 3), 'mdt')).status).toBe(200);
  });

  it("refuses a checkpoint of one subgraph's chain signed with another subgraph's key", async () => {
    const text = JSON.stringify(head('probation', 1));
    const health = await testServiceSigner(keys, 'health');
    const token = await signServiceToken({ ...health, service: 'probation' }, text);
    const response = await fetch(`${base}/checkpoints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: text,
    });
    expect(response.status).toBe(401);
    expect(await checkpointsOf(database, 'probation')).toEqual([]);
  });

  it("refuses a token for one subgraph reporting another's chain", async () => {
    const { status } = await post(head('probation', 1), 'health');
    expect(status).toBe(403);
    expect(await checkpointsOf(database, 'probation')).toEqual([]);
  });

  it.each([
    ['no token', null],
    ['a service that is not a subgraph of the hub', 'someone-else'],
  ])('refuses %s', async (_label, issuer) => {
    expect((await post(head('education', 1), issuer)).status).toBe(401);
  });

  it('refuses a token used twice', async () => {
    const body = JSON.stringify(head('education', 2));
    const token = await signServiceToken(await testServiceSigner(keys, 'education'), body);
    const send = () =>
      fetch(`${base}/checkpoints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(401);
  });

  it.each([
    ['not JSON', '{"seq": '],
    ['no subgraph', { seq: 1, hash: hashOf('x'), rowAt: ROW_AT }],
    ['a negative sequence number', head('health', -1)],
    ['a fractional sequence number', head('health', 1.5)],
    ['a sequence number as text', { ...head('health', 1), seq: '1' }],
    ['an upper-case hash', head('health', 1, hashOf('x').toUpperCase())],
    ['a short hash', head('health', 1, 'abc123')],
    ['a time that is not an instant', { ...head('health', 1), rowAt: 'yesterday' }],
    ['a date without a time', { ...head('health', 1), rowAt: '2026-11-01' }],
  ])('refuses a malformed body: %s', async (_label, body) => {
    const { status, json } = await post(body);
    expect(status).toBe(400);
    expect(json.error).toMatch(/^Expected \{ subgraph/);
  });

  it('moves forward, repeats idempotently, and refuses a rewritten chain (logged)', async () => {
    const count = async () => (await checkpointsOf(database, 'child-welfare')).length;
    expect((await post(head('child-welfare', 5), 'child-welfare')).json).toEqual({ ok: true, seq: 5 });
    expect((await post(head('child-welfare', 9), 'child-welfare')).json).toEqual({ ok: true, seq: 9 });
    expect(await count()).toBe(2);

    // The same head again: accepted, not recorded twice.
    expect((await post(head('child-welfare', 9), 'child-welfare')).json).toEqual({ ok: true, seq: 9 });
    expect(await count()).toBe(2);

    logged.length = 0;
    const behind = await post(head('child-welfare', 7), 'child-welfare');
    expect([behind.status, behind.json]).toEqual([
      409,
      { ok: false, error: 'Checkpoint refused: sequence 7 is behind the last recorded checkpoint, 9', lastSeq: 9 },
    ]);
    const rewritten = await post(head('child-welfare', 9, hashOf('another history')), 'child-welfare');
    expect([rewritten.status, rewritten.json]).toEqual([
      409,
      { ok: false, error: 'Checkpoint refused: sequence 9 was recorded with another hash', lastSeq: 9 },
    ]);
    expect(await count()).toBe(2);
    expect(logged).toEqual([
      "checkpoint refused: child-welfare's disclosure log may have been rewritten (sequence 7 is behind the last recorded checkpoint, 9)",
      "checkpoint refused: child-welfare's disclosure log may have been rewritten (sequence 9 was recorded with another hash)",
    ]);
  });

  it('lists checkpoints by subgraph, then sequence number', async () => {
    await post(head('public-defender', 4), 'public-defender');
    await post(head('public-defender', 2 ** 40), 'public-defender');
    const all = await checkpointsOf(database);
    const order = all.map((c) => `${c.subgraph}:${c.seq}`);
    expect(order).toEqual(
      [...order].sort((a, b) => {
        const [sa, na] = a.split(':');
        const [sb, nb] = b.split(':');
        return sa! < sb! ? -1 : sa! > sb! ? 1 : Number(na) - Number(nb);
      }),
    );
    expect((await checkpointsOf(database, 'public-defender')).map((c) => c.seq)).toEqual([4, 2 ** 40]);
  });

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await post(head('district-attorney', 1), 'district-attorney');
    const before = await checkpointsOf(database);
    // drizzle wraps the database's error; the trigger's words are in its cause.
    const refusal = (query: SQL) =>
      database.rows(query).then(
        () => 'allowed',
        (error: Error) => ((error.cause as Error | undefined) ?? error).message,
      );
    expect(await refusal(sql`update log_checkpoint set hash = ${hashOf('forged')}`)).toBe(
      'log_checkpoint is append-only: UPDATE refused',
    );
    expect(await refusal(sql`delete from log_checkpoint where subgraph = 'district-attorney'`)).toBe(
      'log_checkpoint is append-only: DELETE refused',
    );
    expect(await refusal(sql`truncate log_checkpoint`)).toBe('log_checkpoint is append-only: TRUNCATE refused');
    expect(await checkpointsOf(database)).toEqual(before);
  });
});
