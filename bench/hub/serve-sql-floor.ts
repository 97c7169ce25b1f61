/**
 * Bench child: the SQL floor. Bare node:http, no GraphQL, no policies, no disclosure log, no
 * authentication. For each request, ONE SQL statement per subgraph database (seven, sent at once)
 * builds that database's part of the answer as JSON; node joins the seven parts into the same JSON
 * document the hub returns. The seeded data lives in one database per subgraph, as the hub keeps it.
 *
 *   POST /summary  {"ids": [youthId, ...]}   Q1 (one id) and Q2 (the page's 50 ids, found by the
 *                                             registry statement from the viewer's caseload)
 *   POST /caseload {"viewer": "sw-garcia", "first": 50}
 *   POST /accounting {"youthId": "..."}      Q3: each database's disclosure rows about the youth
 */
import { createServer } from 'node:http';
import postgres from 'postgres';
import { serveChild } from '../src/process/child.ts';

const urls = JSON.parse(process.env.BENCH_DATABASE_URLS!) as Record<string, string>;
const pool = Number(process.env.BENCH_POOL ?? 10);
const db = Object.fromEntries(
  Object.entries(urls).map(([name, url]) => [
    name,
    postgres(url, { max: pool, onnotice: () => {}, prepare: true, connection: { jit: 'off' } }),
  ]),
);
let statements = 0;
let served = 0;

type Part = { youth_id: string; part: unknown }[];
const q = async (name: string, text: string, params: unknown[]) => {
  statements++;
  return (await db[name]!.unsafe(text, params as never[])) as unknown as Part;
};

// Each agency's part of the summary, per youth, in the order and shape the subgraph resolves it.
const PARTS: Record<string, { field: string; sql: string }> = {
  'child-welfare': {
    field: 'childWelfare',
    sql: `select c.hub_youth_id::text as youth_id, json_build_object('caseNumber', c.local_id, 'placements',
            coalesce((select json_agg(json_build_object('kind', p.kind) order by p.sequence) from cw_placement p where p.local_id = c.local_id), '[]')) as part
          from cw_case c where c.hub_youth_id = any($1::uuid[])`,
  },
  health: {
    field: 'health',
    sql: `select h.hub_youth_id::text as youth_id, json_build_object(
            'mentalHealth', (select json_build_object('treatmentStatus', m.treatment_status) from mental_health_treatment m where m.local_id = h.local_id),
            'substanceUse', (select json_build_object('status', s.status) from substance_use_treatment s where s.local_id = h.local_id)) as part
          from health_patient h where h.hub_youth_id = any($1::uuid[])`,
  },
  probation: {
    field: 'probation',
    sql: `select y.hub_youth_id::text as youth_id, json_build_object(
            'supervision', (select json_build_object('status', s.status) from supervision s where s.local_id = y.local_id)) as part
          from probation_youth y where y.hub_youth_id = any($1::uuid[])`,
  },
  education: {
    field: 'education',
    sql: `select s.hub_youth_id::text as youth_id, json_build_object('schoolOfRecord',
            (select json_build_object('schoolName', e.school_name) from edu_enrollment e where e.local_id = s.local_id
              order by (e.exited_on is null) desc, e.entered_on desc, e.id desc limit 1)) as part
          from edu_student s where s.hub_youth_id = any($1::uuid[])`,
  },
  'district-attorney': {
    field: 'districtAttorney',
    sql: `select v.hub_youth_id::text as youth_id, json_build_object('cases',
            coalesce((select json_agg(json_build_object('role', c.role) order by c.referred_on, c.id) from da_case c where c.local_id = v.local_id), '[]')) as part
          from da_victim v where v.hub_youth_id = any($1::uuid[])`,
  },
  'public-defender': {
    field: 'publicDefender',
    sql: `select c.hub_youth_id::text as youth_id, json_build_object('matters',
            coalesce((select json_agg(json_build_object('kind', m.kind) order by m.opened_on, m.id) from pd_matter m where m.local_id = c.local_id and m.kind = 'DELINQUENCY'), '[]')) as part
          from pd_client c where c.hub_youth_id = any($1::uuid[])`,
  },
};
const DISPLAY = `upper(left(trim(coalesce(y.preferred_name, y.given_name)), 1)) || '. ' || upper(left(trim(y.family_name), 1)) || '.'`;
const MDT_SUMMARY = `select y.id::text as youth_id, json_build_object('id', y.id, 'displayName', ${DISPLAY}) as part
  from youth y where y.id = any($1::uuid[])`;
// The viewer's caseload: youths on a team the viewer is a current member of, by id; and the count.
const CASELOAD_WHERE = `exists (select 1 from mdt_team t join team_member m on m.team_id = t.id
  where t.youth_id = y.id and m.person_id = $1 and m.from_date <= current_date and (m.to_date is null or m.to_date >= current_date))`;
const MDT_CASELOAD = `select '' as youth_id, json_build_object('totalCount', (select count(*) from youth y where ${CASELOAD_WHERE}),
  'nodes', coalesce((select json_agg(json_build_object('id', p.id, 'displayName', p.dn) order by p.id) from
    (select y.id, ${DISPLAY} as dn from youth y where ${CASELOAD_WHERE} order by y.id limit $2) p), '[]')) as part`;
const ACCOUNTING = `select '' as youth_id, json_build_object(
  'totalCount', (select count(*) from disclosure_log where youth_id = $1),
  'entries', coalesce((select json_agg(json_build_object('at', l.at, 'viewerSub', l.viewer_sub, 'access', l.access,
      'released', l.released, 'denied', l.denied) order by l.seq desc)
    from (select * from disclosure_log where youth_id = $1 order by seq desc limit 50) l), '[]')) as part`;
const ACCOUNTING_PART: Record<string, string> = {
  mdt: 'registry',
  'child-welfare': 'childWelfare',
  health: 'health',
  probation: 'probation',
  education: 'education',
  'district-attorney': 'districtAttorney',
  'public-defender': 'publicDefender',
};

async function nodes(base: { id: string; displayName: string }[]) {
  const ids = base.map((n) => n.id);
  const parts = await Promise.all(
    Object.entries(PARTS).map(async ([name, p]) => [p.field, await q(name, p.sql, [ids])] as const),
  );
  return base.map((n) => {
    const node: Record<string, unknown> = { ...n };
    for (const [field, rows] of parts) node[field] = rows.find((r) => r.youth_id === n.id)?.part ?? null;
    return node;
  });
}

async function answer(path: string, input: { ids?: string[]; viewer?: string; first?: number; youthId?: string }) {
  if (path === '/summary') {
    const [base] = await Promise.all([q('mdt', MDT_SUMMARY, [input.ids])]);
    const [youth] = await nodes(base.map((r) => r.part as { id: string; displayName: string }));
    return { data: { youth: youth ?? null } };
  }
  if (path === '/caseload') {
    const [row] = await q('mdt', MDT_CASELOAD, [input.viewer, input.first ?? 50]);
    const page = row!.part as { totalCount: number; nodes: { id: string; displayName: string }[] };
    return {
      data: { youths: { totalCount: page.totalCount, edges: (await nodes(page.nodes)).map((node) => ({ node })) } },
    };
  }
  if (path === '/accounting') {
    const parts = await Promise.all(
      Object.keys(ACCOUNTING_PART).map(async (name) => [
        ACCOUNTING_PART[name],
        (await q(name, ACCOUNTING, [input.youthId]))[0]!.part,
      ]),
    );
    return { data: { accountingOfDisclosures: { youthId: input.youthId, ...Object.fromEntries(parts) } } };
  }
  return null;
}

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    served++;
    answer(req.url ?? '/', JSON.parse(body || '{}') as never).then(
      (out) => {
        res.writeHead(out ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(out ?? { error: 'not found' }));
      },
      (error: unknown) => {
        console.error('[sql-floor]', error);
        res.writeHead(500).end('{"error":"internal"}');
      },
    );
  });
});

serveChild({
  start: () =>
    new Promise((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        const address = server.address() as { port: number };
        resolve({ url: `http://127.0.0.1:${address.port}` });
      }),
    ),
  counters: () => ({ statements, requests: served }),
  async stop() {
    server.closeAllConnections();
    server.close();
    await Promise.all(Object.values(db).map((c) => c.end({ timeout: 2 })));
  },
});
