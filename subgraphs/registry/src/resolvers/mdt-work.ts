import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Agency } from '@hub/policies';
import { countyDate, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import {
  actionItemById,
  insertActionItem,
  insertActionItemUpdate,
  insertNote,
  myOpenActionItems,
  noteById,
  notesPage,
  noteWithAmendments,
  youthActionItemsPage,
} from '../db/mdt-work.ts';
import { teamMembersOf } from '../db/queries.ts';
import type {
  ActionItemResolvers,
  ActionItemStatus,
  MdtNoteAmendmentResolvers,
  MdtNoteResolvers,
  MutationResolvers,
  QueryResolvers,
  YouthResolvers,
} from '../generated/resolvers-types.ts';
import type { ActionItemParent } from '../mappers.ts';
import { meetingForYouth } from './meetings.ts';
import { listedAgencies } from './listed-agencies.ts';
import { forbidden } from './refusal.ts';
import { badField, MAX_REASON, requiredText } from './roster.ts';

export const MAX_NOTE = 10_000;
const MAX_ITEM = 2000;
const MAX_PAGE = 100;

/** The line every note carries, on screen and in print. */
export const WIC_830_LINE =
  'Confidential MDT information (WIC 830, WIC 18961.7): shared only within the youth’s multidisciplinary ' +
  'team for its purposes; not to be disclosed further, and inadmissible in any proceeding.';

const noSuchYouth = () => badField('youthId', 'no such youth, or it is not on your caseload');

function pageArgs(first: number | null | undefined, after: string | null | undefined) {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw badField('first', `must be 1 to ${MAX_PAGE}`);
  let offset = 0;
  if (after) {
    offset = Number(Buffer.from(after, 'base64url').toString('utf8'));
    if (!Number.isInteger(offset) || offset < 1) throw badField('after', 'is not a cursor from this list');
  }
  return { first: size, offset };
}

/** A page as a connection; each edge carries its node's youth, by which the kit decides the node's category. */
function connection<T extends { youthId: string }>(rows: T[], total: number, page: { first: number; offset: number }) {
  const shown = rows.slice(0, page.first);
  const cursor = (i: number) => Buffer.from(String(page.offset + i + 1)).toString('base64url');
  return {
    edges: shown.map((node, i) => ({ cursor: cursor(i), node, youthId: node.youthId })),
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: shown.length ? cursor(shown.length - 1) : null },
    totalCount: total,
  };
}

/** The youth exists for the viewer (else a missing youth's answer), and the viewer is on its team. */
async function authorizeTeamWork(ctx: SubgraphContext, youthId: string, unknown: () => GraphQLError) {
  if (!(await ctx.access.may('see-youth', youthId)).allowed) throw unknown();
  const decision = await ctx.access.may('write-mdt-notes', youthId);
  if (!decision.allowed) {
    throw forbidden("Only a member of the youth's MDT records its notes and action items", decision);
  }
}

function dueDate(value: string, today: string): string {
  const day = value.trim();
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    throw badField('dueOn', 'must be a date as YYYY-MM-DD');
  }
  if (day < today) throw badField('dueOn', `must be today (${today}) or later`);
  return day;
}

const statusOf = (item: ActionItemParent) => (item.latest?.status ?? 'OPEN') as ActionItemStatus;

export const mdtWorkMutations: Pick<
  MutationResolvers,
  'recordMdtNote' | 'amendMdtNote' | 'createActionItem' | 'updateActionItem'
> = {
  async recordMdtNote(_root, { meetingId, youthId, text }, ctx) {
    if (!isUuid(youthId)) throw badField('youthId', 'must be a hub youth id (a UUID)');
    const id = youthId.toLowerCase();
    await authorizeTeamWork(ctx, id, noSuchYouth);
    const meeting = await meetingForYouth(ctx, meetingId, id);
    if (meeting && countyDate(meeting.meeting.startsAt, ctx.timeZone) > countyDate(new Date(), ctx.timeZone)) {
      throw badField('meetingId', "a meeting's notes are recorded from its day on");
    }
    const body = requiredText(text, 'text', MAX_NOTE);
    const row = await ctx.disclosures.commit(id, 'MDT', (tx) =>
      insertNote(tx, {
        id: randomUUID(),
        youthId: id,
        meetingId: meeting?.meeting.id ?? null,
        text: body,
        authorSub: ctx.viewer.sub,
        authorName: ctx.viewer.name ?? ctx.viewer.sub,
        authorAgency: ctx.viewer.agency,
      }),
    );
    return { ...row, amendments: [] };
  },

  async amendMdtNote(_root, { noteId, text, reason }, ctx) {
    const noSuchNote = () => badField('noteId', 'no such note, or its youth is not on your caseload');
    if (!isUuid(noteId)) throw badField('noteId', 'must be a note id (a UUID)');
    const found = await noteById(ctx.database, noteId);
    if (!found) throw noSuchNote();
    await authorizeTeamWork(ctx, found.youthId, noSuchNote);
    const body = requiredText(text, 'text', MAX_NOTE);
    const why = requiredText(reason, 'reason', MAX_REASON);
    // An amendment amends the original note, whichever of its rows was named.
    const original = found.amends ?? found.id;
    await ctx.disclosures.commit(found.youthId, 'MDT', (tx) =>
      insertNote(tx, {
        id: randomUUID(),
        youthId: found.youthId,
        text: body,
        authorSub: ctx.viewer.sub,
        authorName: ctx.viewer.name ?? ctx.viewer.sub,
        authorAgency: ctx.viewer.agency,
        amends: original,
        amendReason: why,
      }),
    );
    return (await noteWithAmendments(ctx.database, original, await listedAgencies(ctx, found.youthId)))!;
  },

  async createActionItem(_root, { input }, ctx) {
    if (!isUuid(input.youthId)) throw badField('youthId', 'must be a hub youth id (a UUID)');
    const youthId = input.youthId.toLowerCase();
    await authorizeTeamWork(ctx, youthId, noSuchYouth);
    const meeting = await meetingForYouth(ctx, input.meetingId, youthId);
    const text = requiredText(input.text, 'text', MAX_ITEM);
    const today = countyDate(new Date(), ctx.timeZone);
    const dueOn = dueDate(input.dueOn, today);
    const members = await teamMembersOf(ctx.database, [youthId], today);
    const owner = members.find((m) => m.personId === input.ownerSub.trim());
    if (!owner) throw badField('ownerSub', "is not a member of this youth's team today");
    return ctx.disclosures.commit(youthId, 'MDT', (tx) =>
      insertActionItem(tx, {
        id: randomUUID(),
        youthId,
        meetingId: meeting?.meeting.id ?? null,
        text,
        ownerSub: owner.personId,
        ownerName: owner.name,
        ownerAgency: owner.agency,
        dueOn,
        createdBy: ctx.viewer.sub,
        createdByAgency: ctx.viewer.agency,
      }),
    );
  },

  async updateActionItem(_root, { id, status, note }, ctx) {
    const noSuchItem = () => badField('id', 'no such action item, or its youth is not on your caseload');
    if (!isUuid(id)) throw badField('id', 'must be an action item id (a UUID)');
    const item = await actionItemById(ctx.database, id);
    if (!item) throw noSuchItem();
    if (!(await ctx.access.may('see-youth', item.youthId)).allowed) throw noSuchItem();
    const scope = await ctx.access.rowScope('update-action-item', item.youthId);
    if (!(scope === 'ALL' || (scope === 'OWN' && item.ownerSub === ctx.viewer.sub))) {
      throw forbidden(
        "Only the action item's owner or the youth's MDT coordinator changes it",
        await ctx.access.may('update-action-item', item.youthId),
      );
    }
    const text = note?.trim() ? requiredText(note, 'note', MAX_REASON) : null;
    if (status === 'DROPPED' && !text) throw badField('note', 'say why the item is dropped');
    if (statusOf(item) === status) throw badField('status', `the item is already ${status}`);
    return ctx.disclosures.commit(item.youthId, 'MDT', (tx) =>
      insertActionItemUpdate(tx, item, { status, note: text, by: ctx.viewer.sub }),
    );
  },
};

export const mdtWorkQuery: Pick<QueryResolvers, 'myActionItems'> = {
  async myActionItems(_root, { first, after }, ctx) {
    const page = pageArgs(first, after);
    const today = countyDate(new Date(), ctx.timeZone);
    const open = await myOpenActionItems(ctx.database, ctx.viewer.sub, today);
    const listed = await Promise.all(
      open.map((item) => ctx.access.rosterLists(item.youthId, item.createdByAgency as Agency)),
    );
    const visible = open.filter((_, i) => listed[i]);
    return connection(visible.slice(page.offset, page.offset + page.first + 1), visible.length, page);
  },
};

/** Both lists are MDT_NOTES as a whole: the kit decides the category for the youth before these run. */
export const mdtWorkYouth: Pick<YouthResolvers, 'mdtNotes' | 'actionItems'> = {
  async mdtNotes(parent, { first, after }, ctx) {
    const page = pageArgs(first, after);
    const { rows, total } = await notesPage(ctx.database, parent.id, page, await listedAgencies(ctx, parent.id));
    return connection(rows, total, page);
  },
  async actionItems(parent, { first, after }, ctx) {
    const page = pageArgs(first, after);
    const { rows, total } = await youthActionItemsPage(
      ctx.database,
      parent.id,
      page,
      await listedAgencies(ctx, parent.id),
    );
    return connection(rows, total, page);
  },
};

export const MdtNote: MdtNoteResolvers = {
  currentText: (note) => note.amendments.at(-1)?.text ?? note.text,
  recordedAt: (note) => note.recordedAt.toISOString(),
  confidentiality: () => WIC_830_LINE,
};

export const MdtNoteAmendment: MdtNoteAmendmentResolvers = {
  reason: (row) => row.amendReason ?? '',
  amendedBySub: (row) => row.authorSub,
  amendedByName: (row) => row.authorName,
  amendedAt: (row) => row.recordedAt.toISOString(),
};

export const ActionItem: ActionItemResolvers = {
  status: (item) => statusOf(item),
  overdue: (item, _args, ctx) => statusOf(item) === 'OPEN' && item.dueOn < countyDate(new Date(), ctx.timeZone),
  createdAt: (item) => item.createdAt.toISOString(),
  statusNote: (item) => item.latest?.note ?? null,
  statusChangedBy: (item) => item.latest?.by ?? null,
  statusChangedAt: (item) => item.latest?.at.toISOString() ?? null,
};
