import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyDate, countyTimeZone } from '@hub/subgraph-kit';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { WIC_830_LINE } from '../src/resolvers/mdt-work.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

const NOTE = `id youthId meetingId text currentText authorSub authorName recordedAt confidentiality
  amendments { text reason amendedBySub amendedByName amendedAt }`;
const RECORD = `mutation ($youthId: ID!, $text: String!, $meetingId: ID) {
  recordMdtNote(youthId: $youthId, text: $text, meetingId: $meetingId) { ${NOTE} } }`;
const AMEND = `mutation ($noteId: ID!, $text: String!, $reason: String!) {
  amendMdtNote(noteId: $noteId, text: $text, reason: $reason) { ${NOTE} } }`;
const NOTES = `query ($id: ID!, $first: Int) { youth(id: $id) { mdtNotes(first: $first) {
  totalCount pageInfo { hasNextPage } edges { node { id text currentText confidentiality } } } } }`;
const ITEM = `id youthId text ownerSub ownerName dueOn status overdue createdBy statusNote statusChangedBy`;
const CREATE = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { ${ITEM} } }`;
const UPDATE = `mutation ($id: ID!, $status: ActionItemStatus!, $note: String) {
  updateActionItem(id: $id, status: $status, note: $note) { ${ITEM} } }`;
const MINE = `query ($first: Int, $after: String) { myActionItems(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id youthId text dueOn overdue status } } } }`;
const ITEMS = `query ($id: ID!) { youth(id: $id) { actionItems { totalCount edges { node { id status } } } } }`;
const HISTORY = `query ($id: ID!) { youth(id: $id) { teamHistory { id personId current } } }`;
const END = `mutation ($membershipId: ID!, $reason: String!) { endTeamMembership(membershipId: $membershipId, reason: $reason) { id } }`;
const NOWHERE = '00000000-0000-4000-8000-000000000000';
const day = (offset: number) => countyDate(new Date(Date.now() + offset * 86_400_000), countyTimeZone());

describe.each(TEST_ENGINES)("the MDT's notes and action items on %s", (engine) => {
  let registry: TestRegistry;
  let youth0: string; // everyone but probation on the team; served by every agency
  let untended: string;
  const mdtRows = async () =>
    (
      await registry.database.rows<{ n: number }>(
        sql`select count(*)::int as n from disclosure_log where access = 'MDT'`,
      )
    )[0]!.n;

  beforeAll(async () => {
    registry = await startRegistry(engine);
    youth0 = registry.world.youths[0]!.id;
    const teamed = new Set(registry.world.teams.map((t) => t.youthId));
    untended = registry.world.youths.find((y) => !teamed.has(y.id))?.id ?? NOWHERE;
  });
  afterAll(() => registry?.close());

  it('records a note with the WIC 830 line, amends it keeping the original, and logs each with the change', async () => {
    const before = await mdtRows();
    const recorded = await registry.ask('sw-garcia', RECORD, {
      youthId: youth0,
      text: 'Team agreed to look for a specialized placement closer to school.',
    });
    expect(recorded.errors).toBeUndefined();
    const note = recorded.data.recordMdtNote;
    expect(note).toMatchObject({
      youthId: youth0,
      meetingId: null,
      authorSub: 'sw-garcia',
      authorName: 'Dana Garcia',
      confidentiality: WIC_830_LINE,
      amendments: [],
    });
    const amended = await registry.ask('clin-okafor', AMEND, {
      noteId: note.id,
      text: 'Team agreed to look for a specialized placement within 10 miles of school.',
      reason: 'Distance agreed at the meeting was 10 miles',
    });
    expect(amended.errors).toBeUndefined();
    expect(amended.data.amendMdtNote).toMatchObject({
      id: note.id,
      text: 'Team agreed to look for a specialized placement closer to school.',
      currentText: 'Team agreed to look for a specialized placement within 10 miles of school.',
      amendments: [
        {
          text: 'Team agreed to look for a specialized placement within 10 miles of school.',
          reason: 'Distance agreed at the meeting was 10 miles',
          amendedBySub: 'clin-okafor',
          amendedByName: 'Ada Okafor',
        },
      ],
    });
    expect(await mdtRows()).toBe(before + 2);
    await expect(registry.database.rows(sql`update mdt_note set text = 'rewritten'`)).rejects.toThrow();

    const listed = await registry.ask('coord-ortiz', NOTES, { id: youth0 });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.youth.mdtNotes.edges[0].node).toMatchObject({ id: note.id, confidentiality: WIC_830_LINE });
  });

  it('keeps notes from anyone off the team, and refuses them writing', async () => {
    // Probation serves youth 0 but is not on the team.
    const read = await registry.ask('po-nguyen', NOTES, { id: youth0 });
    expect(read.data.youth.mdtNotes).toBeNull();
    expect(refusal(read).errors[0]).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ON_TEAM', category: 'MDT_NOTES' });
    const write = await registry.ask('po-nguyen', RECORD, { youthId: youth0, text: 'x' });
    expect(refusal(write).errors).toEqual([
      {
        message: "Only a member of the youth's MDT records its notes and action items",
        code: 'FORBIDDEN',
        reason: 'NOT_ON_TEAM',
        ruleId: 'mdt-work.team-only',
        legalBasis: 'WIC 18961.7; WIC 830; WIC 827',
      },
    ]);
    const off = await registry.ask('sw-garcia', RECORD, { youthId: untended, text: 'x' });
    const missing = await registry.ask('sw-garcia', RECORD, { youthId: NOWHERE, text: 'x' });
    expect(refusal(off)).toEqual(refusal(missing));
    expect(refusal(missing).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'youthId' });
  });

  it('lists a note only where rule roster.involvement lists its author’s agency: the same answer as without it', async () => {
    // The nurse may not see the DA's involvement (victim/witness is N for her): a DA member's note
    // would tell it. Her answer is byte-identical before and after the prosecutor writes one.
    const before = await registry.ask('phn-silva', NOTES, { id: youth0, first: 100 });
    expect(before.errors).toBeUndefined();
    const written = await registry.ask('da-reyes', RECORD, { youthId: youth0, text: 'DA update for the team.' });
    expect(written.errors).toBeUndefined();
    const after = await registry.ask('phn-silva', NOTES, { id: youth0, first: 100 });
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    const worker = await registry.ask('sw-garcia', NOTES, { id: youth0, first: 100 });
    expect(worker.data.youth.mdtNotes.edges.map((e: any) => e.node.id)).toContain(written.data.recordMdtNote.id);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await mdtRows();
    const cases: [string, Record<string, unknown>, string][] = [
      [RECORD, { youthId: youth0, text: '  ' }, 'text'],
      [RECORD, { youthId: youth0, text: 'x'.repeat(10_001) }, 'text'],
      [RECORD, { youthId: youth0, text: 'x', meetingId: NOWHERE }, 'meetingId'],
      [AMEND, { noteId: NOWHERE, text: 'x', reason: 'y' }, 'noteId'],
      [CREATE, { input: { youthId: youth0, text: 'x', ownerSub: 'po-nguyen', dueOn: day(7) } }, 'ownerSub'],
      [CREATE, { input: { youthId: youth0, text: 'x', ownerSub: 'nobody', dueOn: day(7) } }, 'ownerSub'],
      [CREATE, { input: { youthId: youth0, text: 'x', ownerSub: 'sw-garcia', dueOn: day(-3) } }, 'dueOn'],
      [CREATE, { input: { youthId: youth0, text: 'x', ownerSub: 'sw-garcia', dueOn: '2026-02-30' } }, 'dueOn'],
      [CREATE, { input: { youthId: youth0, text: '', ownerSub: 'sw-garcia', dueOn: day(7) } }, 'text'],
      [MINE, { first: 101 }, 'first'],
      [MINE, { after: 'bm9wZQ' }, 'after'],
    ];
    for (const [query, variables, field] of cases) {
      const answer = await registry.ask('sw-garcia', query, variables);
      expect([field, refusal(answer).errors[0]]).toMatchObject([field, { code: 'BAD_USER_INPUT', field }]);
    }
    const nul = await registry.ask('sw-garcia', RECORD, { youthId: youth0, text: 'a\u0000b' });
    expect(refusal(nul).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^text/) });
    expect(await mdtRows()).toBe(before);
  });

  it('creates action items, lists the owner’s overdue first, and lets only the owner or the coordinator change them', async () => {
    const seeded = (await registry.ask('sw-garcia', MINE, { first: 100 })).data.myActionItems.totalCount as number;
    const created = await registry.ask('clin-okafor', CREATE, {
      input: { youthId: youth0, text: 'Call the group home about a bed', ownerSub: 'sw-garcia', dueOn: day(14) },
    });
    expect(created.errors).toBeUndefined();
    const item = created.data.createActionItem;
    expect(item).toMatchObject({
      ownerSub: 'sw-garcia',
      ownerName: 'Dana Garcia',
      dueOn: day(14),
      status: 'OPEN',
      overdue: false,
      createdBy: 'clin-okafor',
    });
    // An item from an earlier meeting, now overdue (written as the seed writes them).
    const overdueId = randomUUID();
    await registry.database
      .rows(sql`insert into mdt_action_item (id, youth_id, text, owner_sub, owner_name, owner_agency, due_on, created_by, created_by_agency)
      values (${overdueId}, ${youth0}, 'Enrol the youth in tutoring', 'sw-garcia', 'Dana Garcia', 'CHILD_WELFARE', ${day(-400)}, 'coord-ortiz', 'HUB')`);

    const mine = await registry.ask('sw-garcia', MINE, { first: 1 });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.myActionItems.totalCount).toBe(seeded + 2);
    expect(mine.data.myActionItems.edges[0].node).toMatchObject({ id: overdueId, overdue: true, status: 'OPEN' });
    const next = await registry.ask('sw-garcia', MINE, {
      first: 100,
      after: mine.data.myActionItems.pageInfo.endCursor,
    });
    const rest = next.data.myActionItems.edges.map((e: any) => e.node);
    expect(rest.map((n: any) => n.id)).toContain(item.id);
    expect(rest.map((n: any) => n.dueOn)).toEqual([...rest.map((n: any) => n.dueOn)].sort());
    expect(next.data.myActionItems.pageInfo.hasNextPage).toBe(false);

    const notOwner = await registry.ask('clin-okafor', UPDATE, { id: item.id, status: 'DONE' });
    expect(refusal(notOwner).errors[0]).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NEVER_SHARED',
      ruleId: 'action-items.owner-or-coordinator',
    });
    const noReason = await registry.ask('sw-garcia', UPDATE, { id: item.id, status: 'DROPPED' });
    expect(refusal(noReason).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const done = await registry.ask('sw-garcia', UPDATE, { id: item.id, status: 'DONE', note: 'Bed confirmed' });
    expect(done.data.updateActionItem).toMatchObject({
      status: 'DONE',
      statusNote: 'Bed confirmed',
      statusChangedBy: 'sw-garcia',
    });
    const dropped = await registry.ask('coord-ortiz', UPDATE, {
      id: overdueId,
      status: 'DROPPED',
      note: 'The youth declined tutoring',
    });
    expect(dropped.data.updateActionItem).toMatchObject({
      status: 'DROPPED',
      overdue: false,
      statusChangedBy: 'coord-ortiz',
    });
    expect((await registry.ask('sw-garcia', MINE, {})).data.myActionItems.totalCount).toBe(seeded);
    const all = await registry.ask('coord-ortiz', ITEMS, { id: youth0 });
    const statuses = all.data.youth.actionItems.edges.map((e: any) => e.node.status);
    expect(
      statuses.indexOf('OPEN') === -1 ||
        statuses.lastIndexOf('OPEN') < statuses.findIndex((s: string) => s !== 'OPEN') ||
        !statuses.some((s: string) => s !== 'OPEN'),
    ).toBe(true);
  });

  it('closes the notes and the items to a member ended from the team, on the next request', async () => {
    const seeded = (await registry.ask('mentor-lee', MINE, { first: 100 })).data.myActionItems.totalCount as number;
    await registry.ask('coord-ortiz', CREATE, {
      input: { youthId: youth0, text: 'Mentor check-in weekly', ownerSub: 'mentor-lee', dueOn: day(3) },
    });
    expect((await registry.ask('mentor-lee', MINE, {})).data.myActionItems.totalCount).toBe(seeded + 1);
    expect((await registry.ask('mentor-lee', NOTES, { id: youth0 })).errors).toBeUndefined();
    const { data } = await registry.ask('coord-ortiz', HISTORY, { id: youth0 });
    const membership = data.youth.teamHistory.find((m: any) => m.personId === 'mentor-lee' && m.current);
    await registry.ask('coord-ortiz', END, { membershipId: membership.id, reason: 'Mentor left the program' });
    const notes = await registry.ask('mentor-lee', NOTES, { id: youth0 });
    expect(notes.data.youth).toBeNull(); // the mentor's agency does not serve the youth: no longer on the caseload
    const left = (await registry.ask('mentor-lee', MINE, { first: 100 })).data.myActionItems;
    expect(left.edges.filter((e: any) => e.node.youthId === youth0)).toEqual([]);
  });
});
