import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { persona } from '@hub/synthetic';
import { accessFacts } from '../src/db/queries.ts';
import { linkEvents } from '../src/db/links.ts';
import { linksCommand, LinksUsageError, runLinks, type LinksCommand } from '../src/links-cli.ts';
import { startRegistry, type TestRegistry } from './registry.ts';

// How the registry learns which youths an agency serves once the seed is past: an MDT
// coordinator loads the agency's crosswalk (npm run registry:links), all or nothing, and the
// database itself records every change to the crosswalk, whoever makes it.
const REASON = 'Community partner intake list for the November MDT cycle';
const cbo = persona('cbo-james');
const CARELOAD = `{ youths(first: 100) { totalCount edges { node { id } } } }`;

describe.each(TEST_ENGINES)('registry:links on %s', (engine) => {
  let registry: TestRegistry;
  let youthIds: string[];
  const cmd = (over: Partial<LinksCommand>): LinksCommand => ({
    command: 'add',
    agency: 'COMMUNITY',
    lines: [],
    by: 'coord-ortiz',
    reason: REASON,
    dryRun: false,
    ...over,
  });
  const served = async (ids: string[]) =>
    (await accessFacts(registry.database, { ...cbo, sub: cbo.id }, ids, new Date(), 'America/Los_Angeles')).map((f) =>
      f.servedBy.includes('COMMUNITY'),
    );
  const caseload = async () =>
    ((await registry.ask('cbo-james', CARELOAD)).data.youths.edges as { node: { id: string } }[]).map((e) => e.node.id);
  const events = () => linkEvents(registry.database, 'COMMUNITY');

  beforeAll(async () => {
    registry = await startRegistry(engine);
    // Youths whose team cbo-james is not on: only a link can put them on the caseload.
    const onTeam = new Set(await caseload());
    youthIds = registry.world.youths
      .map((y) => y.id)
      .filter((id) => !onTeam.has(id))
      .slice(0, 3);
    expect(youthIds).toHaveLength(3);
  });
  afterAll(() => registry?.close());

  it('refuses a bad command before touching anything', () => {
    const file = (text: string) => () => text;
    const args = ['add', '--agency', 'COMMUNITY', '--file', 'x.csv', '--by', 'coord-ortiz', '--reason', REASON];
    const good = linksCommand(args, file(`hub_youth_id,local_id\n${youthIds[0]},CBO-1\n`));
    expect(good).toMatchObject({
      command: 'add',
      agency: 'COMMUNITY',
      lines: [{ youthId: youthIds[0], localId: 'CBO-1' }],
    });
    const refused = (argv: string[], text = 'hub_youth_id,local_id\n') => {
      try {
        linksCommand(argv, file(text));
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(LinksUsageError);
        return (error as Error).message;
      }
    };
    expect(refused(args.map((a) => (a === 'COMMUNITY' ? 'HUB' : a)))).toContain('--agency must be one of');
    expect(refused(args.slice(0, 7))).toContain('--reason is required');
    expect(refused(args.slice(0, 6))).toContain("Option '--by <value>' argument missing");
    expect(refused([...args.slice(0, 5), '--reason', REASON])).toContain('--by <your person id> is required');
    expect(refused(args, 'youth,local\n')).toContain('header line');
  });

  it('applies nothing when any line is wrong, saying which and why', async () => {
    const before = await events();
    const { out, code } = await runLinks(
      registry.database,
      cmd({
        lines: [
          { youthId: youthIds[0]!, localId: 'CBO-100' },
          { youthId: '00000000-0000-4000-8000-000000000000', localId: 'CBO-101' },
          { youthId: 'not-a-uuid', localId: 'CBO-102' },
        ],
      }),
    );
    expect(code).toBe(1);
    expect(out).toEqual([
      'line 3: "not-a-uuid" is not a hub youth id (a uuid)',
      'Nothing was changed: 1 line(s) to fix.',
    ]);
    const unknown = await runLinks(
      registry.database,
      cmd({ lines: [{ youthId: '00000000-0000-4000-8000-000000000000', localId: 'CBO-101' }] }),
    );
    expect(unknown.out[0]).toBe('youth 00000000-0000-4000-8000-000000000000 is not in the registry');
    expect(await served([youthIds[0]!])).toEqual([false]);
    expect(await events()).toEqual(before);
  });

  it('a dry run only says what it would do', async () => {
    const lines = youthIds.map((youthId, i) => ({ youthId, localId: `CBO-${200 + i}` }));
    expect(await runLinks(registry.database, cmd({ lines, dryRun: true }))).toEqual({
      out: ['Would link 3 youth(s) to COMMUNITY; 0 already linked.'],
      code: 0,
    });
    expect(await served(youthIds)).toEqual([false, false, false]);
  });

  it('links the youths: the agency serves them on the very next request, and each link is recorded with who and why', async () => {
    const lines = youthIds.map((youthId, i) => ({ youthId, localId: `CBO-${200 + i}` }));
    const { out, code } = await runLinks(registry.database, cmd({ lines }));
    expect(code).toBe(0);
    expect(out[0]).toContain(
      'Did link 3 youth(s) to COMMUNITY; 0 already linked. Recorded in agency_link_event as coord-ortiz',
    );
    expect(await served(youthIds)).toEqual([true, true, true]);
    expect(await caseload()).toEqual(expect.arrayContaining(youthIds));
    const recorded = await events();
    expect(
      recorded.map(({ action, youthId, localId, recordedBy, reason }) => ({
        action,
        youthId,
        localId,
        recordedBy,
        reason,
      })),
    ).toEqual(lines.map((l) => ({ action: 'LINK', ...l, recordedBy: 'coord-ortiz', reason: REASON })));
    expect(new Set(recorded.map((e) => e.batch)).size).toBe(1);
    expect(recorded.every((e) => e.databaseUser.length > 0)).toBe(true);
    // Again: nothing to do, nothing recorded.
    expect((await runLinks(registry.database, cmd({ lines }))).out).toEqual([
      'Did link 0 youth(s) to COMMUNITY; 3 already linked.',
    ]);
    expect(await events()).toHaveLength(3);
  });

  it('refuses to repoint a youth or reuse a local id: a link is ended, then added', async () => {
    const { out, code } = await runLinks(
      registry.database,
      cmd({
        lines: [
          { youthId: youthIds[0]!, localId: 'CBO-999' },
          { youthId: registry.world.youths.at(-1)!.id, localId: 'CBO-201' },
        ],
      }),
    );
    expect(code).toBe(1);
    expect(out.slice(0, 2)).toEqual([
      `youth ${youthIds[0]} is already linked to COMMUNITY as CBO-200: end that link first (npm run registry:links -- end)`,
      `COMMUNITY local id CBO-201 already names youth ${youthIds[1]}`,
    ]);
  });

  it('ends a link: no longer served, the end recorded', async () => {
    const { code, out } = await runLinks(
      registry.database,
      cmd({
        command: 'end',
        lines: [
          { youthId: youthIds[0]!, localId: 'CBO-200' },
          { youthId: youthIds[1]!, localId: 'WRONG' },
        ],
      }),
    );
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Did end 1 youth\(s\) from COMMUNITY; 1 not linked\./);
    expect(await served(youthIds)).toEqual([false, true, true]);
    expect((await events()).at(-1)).toMatchObject({
      action: 'UNLINK',
      youthId: youthIds[0],
      localId: 'CBO-200',
      recordedBy: 'coord-ortiz',
    });
    const log = await runLinks(registry.database, cmd({ command: 'log' }));
    expect(log.out[0]).toBe("4 change(s) to COMMUNITY's links:");
    expect(log.out.at(-1)).toContain(`UNLINK ${youthIds[0]} CBO-200 by coord-ortiz as `);
  });

  it('records a link written by any other means too, and never lets the record or a link be changed in place', async () => {
    const { database } = registry;
    await database.rows(
      sql`insert into agency_link (youth_id, agency, local_id) values (${youthIds[0]}, 'COMMUNITY', 'CBO-HAND')`,
    );
    expect((await events()).at(-1)).toMatchObject({
      action: 'LINK',
      localId: 'CBO-HAND',
      recordedBy: null,
      reason: null,
    });
    for (const statement of [
      sql`update agency_link set local_id = 'CBO-X' where local_id = 'CBO-HAND'`,
      sql`truncate agency_link`,
      sql`update agency_link_event set reason = 'rewritten'`,
      sql`delete from agency_link_event`,
      sql`truncate agency_link_event`,
    ]) {
      await expect(database.rows(statement)).rejects.toThrow();
    }
    expect(await events()).toHaveLength(5);
  });
});
