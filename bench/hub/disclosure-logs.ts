import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { defaultPolicySet } from '@hub/policies';
import { GENESIS_HASH, rowHash, type ChainedFields } from '@hub/subgraph-kit/audit';
import { PERSONAS } from '@hub/synthetic';
import { dbUrl, LOG_ROWS, log, SUBGRAPHS } from './flags.ts';

/**
 * Step 1, continued: fills each disclosure log to LOG_ROWS rows per youth: synthetic accesses by the personas over the
 * last two years, hash-chained from the log's head exactly as the kit chains them.
 */
export async function fillDisclosureLogs(youthIds: string[]): Promise<Record<string, number>> {
  const policyVersion = defaultPolicySet().version;
  const target = youthIds.length * LOG_ROWS;
  const categories = [
    'IDENTITY',
    'CHILD_WELFARE_CASE',
    'PLACEMENT',
    'MENTAL_HEALTH',
    'PROBATION',
    'EDUCATION',
    'VICTIM_WITNESS',
  ];
  let rand = 12345;
  const next = () => (rand = (rand * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const counts: Record<string, number> = {};
  for (const name of SUBGRAPHS) {
    const sql = postgres(dbUrl(name), { max: 1, onnotice: () => {} });
    const [head] = await sql`select seq::int as seq, hash from disclosure_log order by seq desc limit 1`;
    let seq = head?.seq ?? 0;
    let prevHash: string = head?.hash ?? GENESIS_HASH;
    const start = Date.now() - 2 * 365 * 86400_000;
    const t0 = Date.now();
    while (seq < target) {
      const batch: Record<string, unknown>[] = [];
      for (let i = 0; i < 5000 && seq < target; i++) {
        const p = PERSONAS[Math.floor(next() * PERSONAS.length)]!;
        const released = categories.filter(() => next() < 0.4);
        const fields: ChainedFields = {
          seq: ++seq,
          // Time advances with seq, as it does in a real log.
          at: new Date(start + Math.floor(((seq / target) * 2 * 365 - 1) * 86400_000)),
          requestId: randomUUID(),
          viewerSub: p.id,
          viewerName: p.name,
          viewerAgency: p.agency,
          viewerRole: p.role,
          purpose: next() < 0.9 ? 'CARE_COORDINATION' : 'AUDIT',
          access: 'RECORD',
          youthId: youthIds[Math.floor(next() * youthIds.length)]!,
          released,
          denied: categories.filter((c) => !released.includes(c) && next() < 0.2),
          policyVersion,
          emergencyGrantId: null,
          prevHash,
        };
        const hash = rowHash(fields);
        prevHash = hash;
        batch.push({
          seq: fields.seq,
          at: fields.at.toISOString(),
          request_id: fields.requestId,
          viewer_sub: fields.viewerSub,
          viewer_name: fields.viewerName,
          viewer_agency: fields.viewerAgency,
          viewer_role: fields.viewerRole,
          purpose: fields.purpose,
          access: fields.access,
          youth_id: fields.youthId,
          released: fields.released,
          denied: fields.denied,
          policy_version: fields.policyVersion,
          emergency_grant_id: null,
          prev_hash: fields.prevHash,
          hash,
        });
      }
      await sql`insert into disclosure_log select * from json_populate_recordset(null::disclosure_log, ${JSON.stringify(batch)}::text::json)`;
    }
    const [{ n }] = (await sql`select count(*)::int as n from disclosure_log`) as unknown as [{ n: number }];
    counts[name] = n;
    if (Date.now() - t0 > 1000)
      log(`filled ${name}'s disclosure log to ${n} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // Every table, not only the log: freshly seeded tables have no statistics, and the planner's
    // guesses (99 rows for 33,751) made the 100,000-youth caseload count a 3 s plan.
    await sql`analyze`;
    await sql.end();
  }
  return counts;
}
