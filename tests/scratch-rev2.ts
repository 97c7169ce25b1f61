import { startHub } from './src/hub.ts';
const hub = await startHub({ youths: 60 });
try {
  const fixed = hub.world.youths[0]!.id;
  const q = `{ youths(first:40){ totalCount edges{ node{ id displayName team { name } childWelfare { caseNumber placements { kind } currentPlacement { kind } csecIndicators { indicator } safetyPlan { summary } } } } } }`;
  const m0 = hub.databases.mdt.statementCount,
    c0 = hub.databases.childWelfare.statementCount;
  const r = await hub.query('sw-garcia', q);
  console.log(JSON.stringify(r.json.errors));
  console.log('status', r.status, 'edges', r.json.data?.youths?.edges?.length, 'errors', r.json.errors?.length);
  console.log(
    'mdt statements',
    hub.databases.mdt.statementCount - m0,
    'cw statements',
    hub.databases.childWelfare.statementCount - c0,
  );
  // aliases: two youth() roots
  const m1 = hub.databases.mdt.statementCount,
    c1 = hub.databases.childWelfare.statementCount;
  const ids = r.json.data.youths.edges.slice(0, 10).map((e: any) => e.node.id);
  const q2 = `{ ${ids.map((id: string, i: number) => `y${i}: youth(id:"${id}"){ displayName childWelfare{ caseNumber placements{kind} } }`).join(' ')} }`;
  const r2 = await hub.query('sw-garcia', q2);
  console.log(
    'aliases status',
    r2.status,
    r2.json.errors?.[0]?.message,
    'mdt',
    hub.databases.mdt.statementCount - m1,
    'cw',
    hub.databases.childWelfare.statementCount - c1,
  );
  // uppercase id of a linked youth
  const r3 = await hub.query('sw-garcia', `query($id:ID!){ youth(id:$id){ id displayName } }`, {
    id: fixed.toUpperCase(),
  });
  console.log('uppercase id', JSON.stringify(r3.json));
} finally {
  await hub.close();
}
