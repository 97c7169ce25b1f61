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
 *   POST /youth-summary {"ids": [youthId]}    Q4: the registry's youth, team and service plan, and
 *                                             every agency's rows about the youth (below)
 *   POST /worklist {"viewer": "...", "first": 50}  Q5: the caseload page (with the viewer's own
 *                                             last look) and the rows of the agencies the page asks
 *                                             (child welfare, probation, district attorney)
 *
 * Q4 and Q5 are the web app's own documents, too large to rewrite as SQL by hand one field at a time,
 * so their agency parts are one statement per database built from the database's own catalog: the
 * row of the agency's root table (the one with hub_youth_id) and every row of each table keyed by
 * its local_id (and, one level down, of each table with a declared foreign key to one of those), as
 * JSON, neither filtered nor shaped as the resolvers shape them (a current placement is every
 * placement here). A floor for reading the data, not for building the answer; its answers are not
 * compared with the hub's.
 */
import { createServer } from 'node:http';
import postgres from 'postgres';
import { serveChild } from '../src/process/child.ts';
import { Q4, Q5 } from './queries.ts';
import { planYouthDocument } from './youth-plan.ts';

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
  'law-enforcement': {
    field: 'lawEnforcement',
    sql: `select c.hub_youth_id::text as youth_id, json_build_object('investigations',
            coalesce((select json_agg(json_build_object('youthRole', i.youth_role) order by i.opened_on, i.id) from law_enforcement_investigation i where i.local_id = c.local_id), '[]')) as part
          from law_enforcement_client c where c.hub_youth_id = any($1::uuid[])`,
  },
};
const DISPLAY = `upper(left(trim(coalesce(y.preferred_name, y.given_name)), 1)) || '. ' || upper(left(trim(y.family_name), 1)) || '.'`;
const MDT_SUMMARY = `select y.id::text as youth_id, json_build_object('id', y.id, 'displayName', ${DISPLAY}) as part
  from youth y where y.id = any($1::uuid[])`;
// The viewer's caseload: youths on a team the viewer is a current member of, by id; and the count.
const CASELOAD_WHERE = `exists (select 1 from mdt_team t join team_member m on m.team_id = t.id
  where t.youth_id = y.id and m.person_id = $1 and m.from_date <= current_date and (m.to_date is null or m.to_date >= current_date))`;
// Counted up to 1,000 as the registry counts it (YouthConnection.totalCountCapped).
const BOUNDED_COUNT = `(select count(*) from (select 1 from youth y where ${CASELOAD_WHERE} limit 1001) c)`;
const MDT_CASELOAD = `select '' as youth_id, json_build_object('totalCount', ${BOUNDED_COUNT},
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
  'law-enforcement': 'lawEnforcement',
};

/** Per database: one statement giving, per youth, its root row and every row keyed by its local id. */
const rowsStatement = new Map<string, Promise<string | null>>();
function agencyRows(name: string): Promise<string | null> {
  let statement = rowsStatement.get(name);
  if (!statement) {
    statement = (async () => {
      const sql = db[name]!;
      const roots = await sql<{ t: string }[]>`select table_name as t from information_schema.columns
        where table_schema = 'public' and column_name = 'hub_youth_id' order by table_name`;
      const keyed = await sql<{ t: string }[]>`select table_name as t from information_schema.columns
        where table_schema = 'public' and column_name = 'local_id' and table_name <> 'disclosure_log' order by table_name`;
      const children = await sql<{ child: string; fk: string; parent: string; pk: string }[]>`
        select cl.relname as child, a.attname as fk, pl.relname as parent, pa.attname as pk
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid join pg_class pl on pl.oid = c.confrelid
        join pg_namespace n on n.oid = cl.relnamespace and n.nspname = 'public'
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
        where c.contype = 'f' and array_length(c.conkey, 1) = 1 order by cl.relname`;
      const root = roots[0]?.t;
      if (!root) return null;
      const tables = keyed.map((k) => k.t).filter((t) => t !== root);
      const parts = [`'${root}', to_json(r)`];
      for (const t of tables) {
        parts.push(`'${t}', (select coalesce(json_agg(x), '[]') from "${t}" x where x.local_id = r.local_id)`);
      }
      for (const c of children.filter((c) => tables.includes(c.parent) && c.child !== root)) {
        parts.push(
          `'${c.child}', (select coalesce(json_agg(x), '[]') from "${c.child}" x join "${c.parent}" p on x."${c.fk}" = p."${c.pk}" where p.local_id = r.local_id)`,
        );
      }
      // json_build_object takes at most 100 arguments: nested objects of up to 40 pairs.
      const chunks = [];
      for (let i = 0; i < parts.length; i += 40) chunks.push(`json_build_object(${parts.slice(i, i + 40).join(', ')})`);
      const object = chunks.length === 1 ? chunks[0] : `(${chunks.map((c) => `${c}::jsonb`).join(' || ')})::json`;
      return `select r.hub_youth_id::text as youth_id, ${object} as part from "${root}" r where r.hub_youth_id = any($1::uuid[])`;
    })();
    rowsStatement.set(name, statement);
  }
  return statement;
}

const AGENCY_FIELD: Record<string, string> = Object.fromEntries(Object.entries(PARTS).map(([n, p]) => [n, p.field]));
AGENCY_FIELD['law-enforcement'] = 'lawEnforcement';
/** The agencies each app document asks (the summary six, the worklist three), from the monolith's plan of it. */
const SUMMARY_AGENCIES = planYouthDocument(Q4, 'mdt').parts.map((p) => p.subgraph);
const WORKLIST_AGENCIES = planYouthDocument(Q5, 'mdt').parts.map((p) => p.subgraph);

/** The youths with every row of each named agency's tables about them. */
async function rowsOf(base: { id: string }[], agencies: string[]) {
  const ids = base.map((n) => n.id);
  const parts = await Promise.all(
    agencies.map(async (name) => {
      const statement = await agencyRows(name);
      return [AGENCY_FIELD[name]!, statement ? await q(name, statement, [ids]) : []] as const;
    }),
  );
  return base.map((n) => {
    const node: Record<string, unknown> = { ...n };
    for (const [field, rows] of parts) node[field] = rows.find((r) => r.youth_id === n.id)?.part ?? null;
    return node;
  });
}

const MDT_YOUTH_SUMMARY = `select y.id::text as youth_id, json_build_object('id', y.id, 'displayName', ${DISPLAY},
    'preferredName', y.preferred_name, 'dateOfBirth', y.date_of_birth,
    'team', coalesce((select json_agg(json_build_object('personId', m.person_id, 'name', m.name, 'agency', m.agency, 'role', m.role) order by m.from_date, m.id)
      from mdt_team t join team_member m on m.team_id = t.id
      where t.youth_id = y.id and m.from_date <= current_date and (m.to_date is null or m.to_date >= current_date)), '[]'),
    'servicePlan', json_build_object('needs', coalesce((select json_agg(json_build_object('id', n.id, 'domain', n.domain,
      'identifiedOn', n.identified_on, 'status', n.status, 'provider', n.provider, 'startedOn', n.started_on) order by n.identified_on, n.id)
      from service_need n where n.youth_id = y.id), '[]'))) as part
  from youth y where y.id = any($1::uuid[])`;
const MDT_WORKLIST = `select '' as youth_id, json_build_object('totalCount', ${BOUNDED_COUNT},
  'nodes', coalesce((select json_agg(json_build_object('id', p.id, 'displayName', p.dn, 'dateOfBirth', p.date_of_birth,
    'myLastLook', (select l.looked_at from youth_look l where l.youth_id = p.id and l.viewer_sub = $1)) order by p.id) from
    (select y.id, ${DISPLAY} as dn, y.date_of_birth from youth y where ${CASELOAD_WHERE} order by y.id limit $2) p), '[]')) as part`;

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
  if (path === '/youth-summary') {
    const base = await q('mdt', MDT_YOUTH_SUMMARY, [input.ids]);
    const [youth] = await rowsOf(
      base.map((r) => r.part as { id: string }),
      SUMMARY_AGENCIES,
    );
    return { data: { youth: youth ?? null } };
  }
  if (path === '/worklist') {
    const [row] = await q('mdt', MDT_WORKLIST, [input.viewer, input.first ?? 50]);
    const page = row!.part as { totalCount: number; nodes: ({ id: string } & Record<string, unknown>)[] };
    const edges = (await rowsOf(page.nodes, WORKLIST_AGENCIES)).map(({ myLastLook, ...node }) => ({
      myLastLook,
      node,
    }));
    return { data: { youths: { totalCount: page.totalCount, edges } } };
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
