import { startHub } from './src/hub.ts';
const hub = await startHub({ youths: 60 });
try {
  const q = `query($s:String){ youths(first:100, search:$s){ totalCount edges{ node{ id displayName givenName } } } }`;
  for (const p of ['clin-okafor', 'mentor-lee', 'cbo-james', 'school-park']) {
    const r = await hub.query(p, q, { s: null });
    const nodes = r.json.data.youths.edges;
    const denied = nodes.filter((e: any) => e.node.displayName === null);
    console.log(
      p,
      'caseload',
      r.json.data.youths.totalCount,
      'identity denied for',
      denied.length,
      r.json.errors?.[0]?.extensions?.reason,
    );
    if (denied.length) {
      const target = denied[0].node.id;
      const y = hub.world.youths.find((y) => y.id === target)!;
      // recover given name via search, letter by letter prefix-free: test substrings
      const r2 = await hub.query(p, q, { s: y.givenName });
      console.log(
        '  search for real name',
        y.givenName,
        '->',
        r2.json.data.youths.edges.map((e: any) => e.node.id).includes(target),
        'displayName',
        r2.json.data.youths.edges.find((e: any) => e.node.id === target)?.node.displayName,
      );
    }
  }
  // accessExplanation for unlinked vs nonexistent
  const me = 'school-park';
  const ex = `query($id:ID!){ accessExplanation(youthId:$id){ agency category allowed reason ruleId } }`;
  const r0 = await hub.query(me, `{ youths(first:100){ edges{ node{ id } } } }`);
  const mine = new Set(r0.json.data.youths.edges.map((e: any) => e.node.id));
  const unlinked = hub.world.youths.find((y) => !mine.has(y.id))!.id;
  const a = await hub.query(me, ex, { id: unlinked });
  const b = await hub.query(me, ex, { id: '00000000-0000-4000-8000-000000000000' });
  console.log(
    'explain unlinked == nonexistent',
    JSON.stringify(a.json) === JSON.stringify(b.json),
    a.json.data?.accessExplanation?.filter((d: any) => d.allowed).length,
  );
} finally {
  await hub.close();
}
