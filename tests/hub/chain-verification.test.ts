import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCheckpoints } from '@hub/subgraph-kit/audit';
import { startHub, type Hub } from '../src/hub.ts';

// The chain verified live (issue 18, item 5): each agency walks its own disclosure log, with the
// code of `npm run audit:verify`, against the registry's latest checkpoint of it, when a privacy
// officer asks. A row changed in an agency's database turns its verdict to broken, with the row.
const PARTS: Record<string, string> = {
  registry: 'mdt',
  childWelfare: 'child-welfare',
  health: 'health',
  probation: 'probation',
  education: 'education',
  districtAttorney: 'district-attorney',
  publicDefender: 'public-defender',
};
const FIELDS = `agency verdict rows headSeq headHash checkpointSeq checkpointedAt checkpointAgeSeconds firstBrokenSeq problem note`;
const VERIFY = `{ auditChainVerification { checkpoints { agency seq } ${Object.keys(PARTS)
  .map((p) => `${p} { ${FIELDS} }`)
  .join(' ')} } }`;
const RECORD = `query ($id: ID!) { youth(id: $id) { displayName childWelfare { caseNumber } health { mentalHealth { treatmentStatus } }
  probation { supervision { status } } education { schoolOfRecord { schoolName } } districtAttorney { cases { role } }
  publicDefender { matters { kind } } } }`;

let hub: Hub;
beforeAll(async () => {
  hub = await startHub({ youths: 6 });
  const youthId = hub.world.youths[1]!.id;
  for (const who of ['sw-garcia', 'po-nguyen', 'sw-garcia']) await hub.query(who, RECORD, { id: youthId });
  for (const name of Object.values(PARTS)) {
    const publisher = startCheckpoints({
      log: hub.servers[name]!.disclosureLog,
      registryUrl: hub.subgraphUrls.mdt!,
      subgraph: name,
      signer: await hub.signer(name),
      intervalMs: 3_600_000,
    });
    expect(await publisher.publish(), name).toBeGreaterThan(0);
    await publisher.stop();
  }
});
afterAll(() => hub?.close());

const verify = async () => {
  const { json } = await hub.query('privacy-shah', VERIFY, {}, { purpose: 'AUDIT' });
  expect(json.errors).toBeUndefined();
  return json.data.auditChainVerification;
};

describe('the disclosure logs, verified live', () => {
  it('gives every agency intact, with its rows, head and last checkpoint and its age', async () => {
    const result = await verify();
    expect(result.checkpoints).toHaveLength(7);
    for (const part of Object.keys(PARTS)) {
      const v = result[part];
      const head = (await hub.servers[PARTS[part]!]!.disclosureLog.head())!;
      expect(v, part).toMatchObject({ verdict: 'INTACT', firstBrokenSeq: null, problem: null, note: null });
      // The walk saw every row up to the head as it stood (rows written after the checkpoint included).
      expect(v.rows, part).toBeGreaterThanOrEqual(3);
      expect(v.headSeq, part).toBe(v.rows);
      expect(v.checkpointSeq, part).toBeGreaterThan(0);
      expect(v.checkpointSeq, part).toBeLessThanOrEqual(head.seq);
      expect(v.checkpointAgeSeconds, part).toBeGreaterThanOrEqual(0);
      expect(v.checkpointAgeSeconds, part).toBeLessThan(600);
    }
  });

  it('turns to broken, naming the row, when a row is changed in the agency database', async () => {
    const health = hub.databases.health!;
    await health.rows(sql`alter table disclosure_log disable trigger user`);
    await health.rows(sql`update disclosure_log set viewer_sub = 'someone-else' where seq = 2`);
    await health.rows(sql`alter table disclosure_log enable trigger user`);
    const result = await verify();
    expect(result.health).toMatchObject({
      verdict: 'BROKEN',
      firstBrokenSeq: 2,
      problem: 'row 2 was modified after it was written',
    });
    for (const part of Object.keys(PARTS).filter((p) => p !== 'health')) {
      expect(result[part].verdict, part).toBe('INTACT');
    }
  });

  it('refuses anyone but a privacy officer under AUDIT, in every agency', async () => {
    for (const [who, purpose] of [
      ['sw-garcia', undefined],
      ['privacy-shah', 'CARE_COORDINATION'],
    ] as const) {
      const { json } = await hub.query(who, VERIFY, {}, purpose ? { purpose } : {});
      expect(json.data?.auditChainVerification ?? null, who).toBeNull();
      expect(json.errors[0].extensions.code, who).toBe('FORBIDDEN');
    }
  });
});
