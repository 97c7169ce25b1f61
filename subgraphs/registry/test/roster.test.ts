import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberOnDay, type DatedMembership } from '@hub/policies';
import { countyDate, countyTimeZone } from '@hub/subgraph-kit';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { personaViewer } from '@hub/synthetic';
import { accessFacts } from '../src/db/queries.ts';
import { memberOn } from '../src/db/roster.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

const MEMBER = `id personId name agency role fromDate toDate addedBy reason recordedAt endedOn endedAt endedBy endReason current`;
const ADD = `mutation ($youthId: ID!, $memberSub: ID!, $reason: String!) {
  addTeamMember(youthId: $youthId, memberSub: $memberSub, reason: $reason) { ${MEMBER} } }`;
const END = `mutation ($membershipId: ID!, $reason: String!) {
  endTeamMembership(membershipId: $membershipId, reason: $reason) { ${MEMBER} } }`;
const HISTORY = `query ($id: ID!) { youth(id: $id) { teamHistory { id personId current endedBy endReason } team { personId } } }`;
const DIRECTORY = `query ($search: String, $first: Int) { mdtMemberDirectory(search: $search, first: $first) { sub name agency role } }`;
const NOWHERE = '00000000-0000-4000-8000-000000000000';

describe.each(TEST_ENGINES)('the MDT roster on %s', (engine) => {
  let registry: TestRegistry;
  let youth0: string; // everyone but probation on the team (the coordinator among them)
  let untended: string; // a youth with no team: the coordinator is not linked to them
  const today = () => countyDate(new Date(), countyTimeZone());
  const onTeam = async (personaId: string, youthId: string) =>
    (await accessFacts(registry.database, personaViewer(personaId), [youthId], new Date(), countyTimeZone()))[0]!.team
      .onTeam;
  const mdtRows = async (youthId: string) =>
    registry.database.rows<{ viewer_sub: string; access: string }>(
      sql`select viewer_sub, access from disclosure_log where youth_id = ${youthId} and access = 'MDT' order by seq`,
    );

  beforeAll(async () => {
    registry = await startRegistry(engine);
    youth0 = registry.world.youths[0]!.id;
    const teamed = new Set(registry.world.teams.map((t) => t.youthId));
    untended = registry.world.youths.find((y) => !teamed.has(y.id))?.id ?? NOWHERE;
  });
  afterAll(() => registry?.close());

  it('adds a member from today, with who and why, opens the team to them at once, and logs it with the change', async () => {
    expect(await onTeam('po-nguyen', youth0)).toBe(false);
    const before = (await mdtRows(youth0)).length;
    const added = await registry.ask('coord-ortiz', ADD, {
      youthId: youth0,
      memberSub: 'po-nguyen',
      reason: 'Probation opened a supervision case for the youth',
    });
    expect(added.errors).toBeUndefined();
    expect(added.data.addTeamMember).toMatchObject({
      personId: 'po-nguyen',
      name: 'Sam Nguyen',
      agency: 'PROBATION',
      role: 'PROBATION_OFFICER',
      fromDate: today(),
      toDate: null,
      addedBy: 'coord-ortiz',
      reason: 'Probation opened a supervision case for the youth',
      endedOn: null,
      current: true,
    });
    expect(await onTeam('po-nguyen', youth0)).toBe(true);
    expect((await mdtRows(youth0)).slice(before)).toEqual([{ viewer_sub: 'coord-ortiz', access: 'MDT' }]);

    const again = await registry.ask('coord-ortiz', ADD, { youthId: youth0, memberSub: 'po-nguyen', reason: 'twice' });
    expect(refusal(again).errors).toEqual([
      { message: "memberSub: Sam Nguyen is already on this youth's team", code: 'BAD_USER_INPUT', field: 'memberSub' },
    ]);
    expect((await mdtRows(youth0)).length).toBe(before + 1);
  });

  it('ends a membership from today, keeping it, and closes the team to that member on the next request', async () => {
    const history = await registry.ask('coord-ortiz', HISTORY, { id: youth0 });
    const membership = history.data.youth.teamHistory.find(
      (m: { personId: string; current: boolean }) => m.personId === 'clin-okafor' && m.current,
    );
    expect(await onTeam('clin-okafor', youth0)).toBe(true);
    const ended = await registry.ask('coord-ortiz', END, {
      membershipId: membership.id,
      reason: 'The youth changed clinics',
    });
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endTeamMembership).toMatchObject({
      id: membership.id,
      personId: 'clin-okafor',
      endedOn: today(),
      endedBy: 'coord-ortiz',
      endReason: 'The youth changed clinics',
      current: false,
    });
    expect(await onTeam('clin-okafor', youth0)).toBe(false);
    const after = await registry.ask('coord-ortiz', HISTORY, { id: youth0 });
    // The ended membership is kept in the history; the current team no longer lists the member.
    expect(after.data.youth.teamHistory).toContainEqual({
      id: membership.id,
      personId: 'clin-okafor',
      current: false,
      endedBy: 'coord-ortiz',
      endReason: 'The youth changed clinics',
    });
    expect(after.data.youth.team.map((m: { personId: string }) => m.personId)).not.toContain('clin-okafor');

    const twice = await registry.ask('coord-ortiz', END, { membershipId: membership.id, reason: 'again' });
    expect(refusal(twice).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'membershipId' });

    // Back on the team with a new membership, the old one still ended.
    const back = await registry.ask('coord-ortiz', ADD, {
      youthId: youth0,
      memberSub: 'clin-okafor',
      reason: 'Returned to the county clinic',
    });
    expect(back.data.addTeamMember.id).not.toBe(membership.id);
    expect(await onTeam('clin-okafor', youth0)).toBe(true);
  });

  it('refuses anyone but the coordinator with FORBIDDEN, the reason and the rule, and changes nothing', async () => {
    const before = (await mdtRows(youth0)).length;
    const asWorker = await registry.ask('sw-garcia', ADD, { youthId: youth0, memberSub: 'mentor-lee', reason: 'x' });
    expect(refusal(asWorker).errors).toEqual([
      {
        message: "Only the youth's MDT coordinator adds members to the team or ends a membership",
        code: 'FORBIDDEN',
        reason: 'NEVER_SHARED',
        ruleId: 'roster.coordinator-only',
        legalBasis: 'WIC 18961.7; WIC 830; WIC 827',
      },
    ]);
    // Anyone else on the team sees only the memberships open today: the history is the coordinator's.
    const history = await registry.ask('sw-garcia', HISTORY, { id: youth0 });
    expect(history.errors).toBeUndefined();
    expect(history.data.youth.teamHistory.every((m: { current: boolean }) => m.current)).toBe(true);
    expect(history.data.youth.teamHistory.map((m: { id: string }) => m.id)).not.toContain(
      (await registry.ask('coord-ortiz', HISTORY, { id: youth0 })).data.youth.teamHistory.find(
        (m: { current: boolean }) => !m.current,
      ).id,
    );
    const { data } = await registry.ask('coord-ortiz', HISTORY, { id: youth0 });
    const any = data.youth.teamHistory.find((m: { current: boolean }) => m.current);
    const end = await registry.ask('sw-garcia', END, { membershipId: any.id, reason: 'x' });
    expect(refusal(end).errors[0]).toMatchObject({ code: 'FORBIDDEN', ruleId: 'roster.coordinator-only' });
    expect((await mdtRows(youth0)).length).toBe(before);
  });

  it('gives the coordinator the member directory (name, role, agency, nothing else); refuses anyone else', async () => {
    const all = await registry.ask('coord-ortiz', DIRECTORY, {});
    expect(all.errors).toBeUndefined();
    const people = all.data.mdtMemberDirectory;
    expect(people).toContainEqual({ sub: 'mentor-lee', name: 'Jo Lee', agency: 'COMMUNITY', role: 'SURVIVOR_MENTOR' });
    // By name; no privacy officer (they never join a team).
    expect(people.map((p: { name: string }) => p.name)).toEqual(
      [...people.map((p: { name: string }) => p.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    expect(people.some((p: { role: string }) => p.role === 'PRIVACY_OFFICER')).toBe(false);
    const found = await registry.ask('coord-ortiz', DIRECTORY, { search: 'nguy' });
    expect(found.data.mdtMemberDirectory.map((p: { sub: string }) => p.sub)).toEqual(['po-nguyen']);
    const byRole = await registry.ask('coord-ortiz', DIRECTORY, { search: 'survivor_m' });
    expect(byRole.data.mdtMemberDirectory.map((p: { sub: string }) => p.sub)).toEqual(['mentor-lee']);
    // LIKE's wildcards are text here, not patterns.
    expect((await registry.ask('coord-ortiz', DIRECTORY, { search: '%' })).data.mdtMemberDirectory).toEqual([]);
    expect((await registry.ask('coord-ortiz', DIRECTORY, { first: 2 })).data.mdtMemberDirectory).toHaveLength(2);
    expect(refusal(await registry.ask('coord-ortiz', DIRECTORY, { first: 0 })).errors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    for (const personaId of ['sw-garcia', 'mentor-lee', 'privacy-shah']) {
      expect(refusal(await registry.ask(personaId, DIRECTORY, {}))).toEqual({
        data: null,
        errors: [
          {
            message: 'Only the MDT coordinator reads the MDT member directory',
            code: 'FORBIDDEN',
            reason: 'NEVER_SHARED',
            ruleId: personaId === 'privacy-shah' ? expect.any(String) : 'directory.coordinator-only',
            legalBasis: expect.any(String),
          },
        ],
      });
    }
  });

  it('answers for a youth off the coordinator’s teams exactly as for a missing one', async () => {
    const off = await registry.ask('coord-ortiz', ADD, { youthId: untended, memberSub: 'sw-garcia', reason: 'x' });
    const missing = await registry.ask('coord-ortiz', ADD, { youthId: NOWHERE, memberSub: 'sw-garcia', reason: 'x' });
    expect(refusal(off)).toEqual(refusal(missing));
    expect(refusal(missing).errors).toEqual([
      {
        message: 'youthId: no such youth, or it is not on your caseload',
        code: 'BAD_USER_INPUT',
        field: 'youthId',
      },
    ]);
    const unknown = await registry.ask('coord-ortiz', END, { membershipId: NOWHERE, reason: 'x' });
    expect(refusal(unknown).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'membershipId' });
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const before = (await mdtRows(youth0)).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ memberSub: 'nobody-here', reason: 'x' }, 'memberSub'],
      [{ memberSub: 'privacy-shah', reason: 'x' }, 'memberSub'],
      [{ memberSub: '', reason: 'x' }, 'memberSub'],
      [{ memberSub: 'x'.repeat(201), reason: 'x' }, 'memberSub'],
      [{ memberSub: 'po-nguyen', reason: '   ' }, 'reason'],
      [{ memberSub: 'po-nguyen', reason: 'x'.repeat(1001) }, 'reason'],
      [{ youthId: 'not-a-uuid', memberSub: 'po-nguyen', reason: 'x' }, 'youthId'],
    ];
    for (const [vars, field] of cases) {
      const answer = await registry.ask('coord-ortiz', ADD, { youthId: youth0, ...vars });
      expect([field, refusal(answer).errors[0]]).toMatchObject([field, { code: 'BAD_USER_INPUT' }]);
      expect(refusal(answer).errors[0].message.startsWith(field)).toBe(true);
    }
    const nul = await registry.ask('coord-ortiz', ADD, {
      youthId: youth0,
      memberSub: 'mentor-lee',
      reason: 'a\u0000b',
    });
    expect(refusal(nul).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^reason/) });
    expect((await mdtRows(youth0)).length).toBe(before);
  });

  it('keeps the roster append-only in the database itself', async () => {
    for (const statement of [
      sql`update team_member set to_date = '2000-01-01'`,
      sql`delete from team_member`,
      sql`truncate team_member cascade`,
      sql`update team_membership_end set reason = 'rewritten'`,
      sql`delete from team_membership_end`,
    ]) {
      await expect(registry.database.rows(statement)).rejects.toThrow();
    }
  });

  it('writes nothing when its disclosure row cannot be written', async () => {
    const roster = await registry.ask('coord-ortiz', HISTORY, { id: youth0 });
    const cbo = roster.data.youth.teamHistory.find(
      (m: { personId: string; current: boolean }) => m.personId === 'cbo-james' && m.current,
    );
    expect(
      (await registry.ask('coord-ortiz', END, { membershipId: cbo.id, reason: 'Program ended' })).errors,
    ).toBeUndefined();
    await registry.database.rows(sql`create function refuse_mdt_rows() returns trigger language plpgsql as $$
      begin if new.access = 'MDT' then raise exception 'log down'; end if; return new; end; $$`);
    await registry.database.rows(
      sql`create trigger refuse_mdt_rows before insert on disclosure_log for each row execute function refuse_mdt_rows()`,
    );
    try {
      const failed = await registry.ask('coord-ortiz', ADD, {
        youthId: youth0,
        memberSub: 'cbo-james',
        reason: 'The program took the youth on',
      });
      expect(failed.errors?.length).toBeGreaterThan(0);
      const added = await registry.database.rows<{ n: number }>(
        sql`select count(*)::int as n from team_member where reason = 'The program took the youth on'`,
      );
      expect(added[0]!.n).toBe(0);
      const { data } = await registry.ask('coord-ortiz', HISTORY, { id: youth0 });
      const po = data.youth.teamHistory.find(
        (m: { personId: string; current: boolean }) => m.personId === 'po-nguyen' && m.current,
      );
      const notEnded = await registry.ask('coord-ortiz', END, { membershipId: po.id, reason: 'Supervision closed' });
      expect(notEnded.errors?.length).toBeGreaterThan(0);
      expect(await onTeam('po-nguyen', youth0)).toBe(true);
    } finally {
      await registry.database.rows(sql`drop trigger refuse_mdt_rows on disclosure_log`);
    }
  });

  it('decides "on the team" in SQL exactly as the policy does, for every dated membership', async () => {
    const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'];
    const optional = [null, ...days];
    const youthId = randomUUID();
    const teamId = randomUUID();
    await registry.database.rows(sql`insert into youth (id, given_name, family_name, date_of_birth)
      values (${youthId}, 'Dated', 'Member', '2011-01-01')`);
    await registry.database.rows(
      sql`insert into mdt_team (id, youth_id, convened_on) values (${teamId}, ${youthId}, '2026-01-01')`,
    );
    const memberships: (DatedMembership & { id: string })[] = [];
    for (const from of days)
      for (const to of optional)
        for (const endedOn of optional) memberships.push({ id: randomUUID(), from, to, endedOn });
    for (const m of memberships) {
      await registry.database
        .rows(sql`insert into team_member (id, team_id, person_id, name, agency, role, from_date, to_date)
        values (${m.id}, ${teamId}, ${m.id}, 'Dated', 'CHILD_WELFARE', 'CW_SOCIAL_WORKER', ${m.from}, ${m.to}::date)`);
      if (m.endedOn) {
        await registry.database.rows(sql`insert into team_membership_end (membership_id, ended_on, ended_by, reason)
          values (${m.id}, ${m.endedOn}, 'test', 'dated')`);
      }
    }
    for (const day of days) {
      const open = await registry.database.rows<{ id: string }>(
        sql`select m.id::text as id from team_member m where m.team_id = ${teamId} and ${memberOn(sql`m`, day)}`,
      );
      const expected = memberships.filter((m) => memberOnDay(m, day)).map((m) => m.id);
      expect([day, open.map((r) => r.id).sort()]).toEqual([day, expected.sort()]);
    }
  });
});
