import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointLag, DisclosureLog, startCheckpoints, type DisclosureEntry } from '../src/audit.ts';
import type { Database } from '../src/index.ts';
import { createTestKeys, openTestDatabase, TEST_ENGINES, testServiceSigner } from '../src/testing/index.ts';

// Issue 15, item 9: a subgraph checkpoints at most once per interval while it writes, never while
// it is idle, and once more at shutdown; audit:verify's lag flags rows left uncheckpointed too long.

const migrations = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));
const INTERVAL = 400;
const entry = (n: number): DisclosureEntry => ({
  requestId: `req-${n}`,
  viewerSub: 'sw-1',
  viewerName: null,
  viewerAgency: 'CHILD_WELFARE',
  viewerRole: 'CW_SOCIAL_WORKER',
  purpose: 'CARE_COORDINATION',
  access: 'RECORD',
  youthId: 'youth-1',
  released: ['PLACEMENT'],
  denied: [],
  policyVersion: 'v-test',
  emergencyGrantId: null,
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(TEST_ENGINES)('checkpoints of a disclosure log, on %s', (engine) => {
  let database: Database;
  let registry: Server;
  let registryUrl: string;
  let received: { at: number; seq: number }[];
  beforeEach(async () => {
    database = await openTestDatabase(engine, migrations);
    received = [];
    registry = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ at: Date.now(), seq: (JSON.parse(body) as { seq: number }).seq });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    registryUrl = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
  });
  afterEach(async () => {
    await new Promise((resolve) => registry.close(resolve));
    await database.close();
  });

  it('sends at most one checkpoint per interval while writing, none while idle, and the last head at stop', async () => {
    const log = new DisclosureLog(database);
    const publisher = startCheckpoints({
      log,
      registryUrl,
      subgraph: 'probation',
      signer: await testServiceSigner(await createTestKeys(), 'probation'),
      intervalMs: INTERVAL,
    });
    // Idle, with an empty log: nothing to send.
    await sleep(2 * INTERVAL);
    expect(received).toEqual([]);

    // Writing for five intervals.
    const started = Date.now();
    let n = 0;
    while (Date.now() - started < 5 * INTERVAL) {
      await log.append([entry(++n)]);
      await sleep(20);
    }
    await sleep(INTERVAL + 200);
    expect(received.length).toBeGreaterThanOrEqual(3);
    expect(received.length).toBeLessThanOrEqual(7);
    // An interval apart when sent (received with the jitter of a busy machine: a head read behind
    // the writes, a signature, a request), against a write every ~20 ms: on average at least an
    // interval apart, each a head further on.
    const spacing = (received.at(-1)!.at - received[0]!.at) / (received.length - 1);
    expect(spacing).toBeGreaterThanOrEqual(INTERVAL * 0.9);
    for (let i = 1; i < received.length; i++) expect(received[i]!.seq).toBeGreaterThan(received[i - 1]!.seq);
    // Every row written is covered once the writes stop and an interval has passed.
    expect(received.at(-1)!.seq).toBe((await log.head())!.seq);

    // Idle again: no more checkpoints.
    const quiet = received.length;
    await sleep(2 * INTERVAL);
    expect(received.length).toBe(quiet);

    // A last write just before shutdown is sent by stop(), not left for an interval that never comes.
    await log.append([entry(++n)]);
    expect(await publisher.stop()).toBe((await log.head())!.seq);
    expect(received.at(-1)!.seq).toBe((await log.head())!.seq);
    await sleep(INTERVAL + 100);
    expect(received.length).toBe(quiet + 1);
  });

  it('flags a log whose rows have waited longer than interval + margin without a checkpoint', async () => {
    const log = new DisclosureLog(database);
    for (let n = 1; n <= 5; n++) await log.append([entry(n)]);
    const head = (await log.head())!;
    const opts = { intervalMs: 10_000, marginMs: 20_000 };
    const at = (ms: number) => new Date(head.at.getTime() + ms);

    // Checkpointed to the head: not stale however old the checkpoint (an idle agency).
    expect(await checkpointLag(database, { seq: 5, receivedAt: head.at }, { ...opts, now: at(3_600_000) })).toEqual({
      lastCheckpointSeq: 5,
      lastCheckpointAgeSeconds: 3600,
      uncheckpointedRows: 0,
      oldestUncheckpointedAgeSeconds: null,
      stale: false,
    });
    // Two rows after the last checkpoint, within interval + margin: not yet stale.
    const lag = await checkpointLag(database, { seq: 3, receivedAt: head.at }, { ...opts, now: at(29_000) });
    expect(lag).toMatchObject({ lastCheckpointSeq: 3, uncheckpointedRows: 2, stale: false });
    expect(lag.oldestUncheckpointedAgeSeconds).toBeGreaterThanOrEqual(29);
    // Past interval + margin: stale.
    expect(await checkpointLag(database, { seq: 3, receivedAt: head.at }, { ...opts, now: at(31_000) })).toMatchObject({
      uncheckpointedRows: 2,
      stale: true,
    });
    // Never checkpointed at all.
    expect(await checkpointLag(database, null, { ...opts, now: at(60_000) })).toMatchObject({
      lastCheckpointSeq: null,
      lastCheckpointAgeSeconds: null,
      uncheckpointedRows: 5,
      stale: true,
    });
  });
});
