import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { isUuid, type Database, type HubDb } from '@hub/subgraph-kit';
import type { ActionItemParent, MdtNoteParent } from '../mappers.ts';
import { memberOn } from './roster.ts';
import {
  mdtActionItem,
  mdtActionItemUpdate,
  mdtNote,
  mdtTeam,
  teamMember,
  type MdtActionItemRow,
  type MdtNoteRow,
} from './schema.ts';

// Notes.

/** Writes a note (or an amendment) inside the caller's transaction (which writes its disclosure row). */
export async function insertNote(tx: HubDb, row: typeof mdtNote.$inferInsert): Promise<MdtNoteRow> {
  const [inserted] = await tx.insert(mdtNote).values(row).returning();
  return inserted!;
}

export async function noteById({ db }: Database, id: string): Promise<MdtNoteRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(mdtNote).where(eq(mdtNote.id, id.toLowerCase()));
  return row;
}

/** Which authors', owners' and creators' agencies the viewer may see listed (rule roster.involvement); all when undefined. */
export type ListedAgencies = readonly string[] | undefined;
const listedBy = (column: Parameters<typeof inArray>[0], agencies: ListedAgencies) =>
  agencies === undefined ? undefined : agencies.length ? inArray(column, [...agencies]) : sql`false`;

async function withAmendments(db: HubDb, notes: MdtNoteRow[], agencies?: ListedAgencies): Promise<MdtNoteParent[]> {
  if (!notes.length) return [];
  const amendments = await db
    .select()
    .from(mdtNote)
    .where(
      and(
        inArray(
          mdtNote.amends,
          notes.map((n) => n.id),
        ),
        listedBy(mdtNote.authorAgency, agencies),
      ),
    )
    .orderBy(asc(mdtNote.recordedAt), asc(mdtNote.id));
  return notes.map((n) => ({ ...n, amendments: amendments.filter((a) => a.amends === n.id) }));
}

export async function noteWithAmendments(
  { db }: Database,
  id: string,
  agencies?: ListedAgencies,
): Promise<MdtNoteParent | undefined> {
  const [note] = await db.select().from(mdtNote).where(eq(mdtNote.id, id));
  return note ? (await withAmendments(db, [note], agencies))[0] : undefined;
}

/** A youth's notes (originals), newest first, a page from `offset`, each with its amendments. */
export async function notesPage(
  { db }: Database,
  youthId: string,
  page: { first: number; offset: number },
  agencies: ListedAgencies,
): Promise<{ rows: MdtNoteParent[]; total: number }> {
  const where = and(eq(mdtNote.youthId, youthId), isNull(mdtNote.amends), listedBy(mdtNote.authorAgency, agencies));
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mdtNote)
      .where(where)
      .orderBy(desc(mdtNote.recordedAt), desc(mdtNote.id))
      .limit(page.first + 1)
      .offset(page.offset),
    db.select({ n: count() }).from(mdtNote).where(where),
  ]);
  return { rows: await withAmendments(db, rows, agencies), total: Number(total?.n ?? 0) };
}

// Action items.

/** The latest status change of each item (none means OPEN). */
const latestUpdate = sql`(select u.id from mdt_action_item_update u where u.item_id = ${mdtActionItem.id} order by u.id desc limit 1)`;
const statusOf = sql`coalesce(${mdtActionItemUpdate.status}, 'OPEN')`;

function itemsQuery(db: HubDb, where: SQL | undefined) {
  return db
    .select({ item: mdtActionItem, latest: mdtActionItemUpdate })
    .from(mdtActionItem)
    .leftJoin(mdtActionItemUpdate, eq(mdtActionItemUpdate.id, latestUpdate))
    .where(where);
}
const toParent = (r: { item: MdtActionItemRow; latest: ActionItemParent['latest'] }): ActionItemParent => ({
  ...r.item,
  latest: r.latest,
});

export async function actionItemById({ db }: Database, id: string): Promise<ActionItemParent | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await itemsQuery(db, eq(mdtActionItem.id, id.toLowerCase()));
  return row ? toParent(row) : undefined;
}

/** An action item, inside the caller's transaction (which writes its disclosure row). */
export async function insertActionItem(tx: HubDb, row: typeof mdtActionItem.$inferInsert): Promise<ActionItemParent> {
  const [inserted] = await tx.insert(mdtActionItem).values(row).returning();
  return { ...inserted!, latest: null };
}

/** A status change of an item, inside the caller's transaction. */
export async function insertActionItemUpdate(
  tx: HubDb,
  item: ActionItemParent,
  change: { status: string; note: string | null; by: string },
): Promise<ActionItemParent> {
  const [latest] = await tx
    .insert(mdtActionItemUpdate)
    .values({ itemId: item.id, ...change })
    .returning();
  return { ...item, latest: latest! };
}

/** A youth's action items: open first, then by due date. */
export async function youthActionItemsPage(
  { db }: Database,
  youthId: string,
  page: { first: number; offset: number },
  agencies: ListedAgencies,
): Promise<{ rows: ActionItemParent[]; total: number }> {
  const where = and(
    eq(mdtActionItem.youthId, youthId),
    listedBy(mdtActionItem.ownerAgency, agencies),
    listedBy(mdtActionItem.createdByAgency, agencies),
  );
  const [rows, [total]] = await Promise.all([
    itemsQuery(db, where)
      .orderBy(sql`${statusOf} <> 'OPEN'`, asc(mdtActionItem.dueOn), asc(mdtActionItem.id))
      .limit(page.first + 1)
      .offset(page.offset),
    db.select({ n: count() }).from(mdtActionItem).where(where),
  ]);
  return { rows: rows.map(toParent), total: Number(total?.n ?? 0) };
}

/**
 * The viewer's open items on the teams they are on today: by due date, so overdue ones come
 * first. Items of a youth whose team they left are not theirs to see any more.
 */
export const MAX_MY_ITEMS = 1000;

/**
 * The viewer's open items on the teams they are on today, by due date, so overdue ones come first
 * (at most MAX_MY_ITEMS; the caller filters by rule roster.involvement, then pages). Items of a
 * youth whose team they left are not theirs to see any more.
 */
export async function myOpenActionItems({ db }: Database, sub: string, today: string): Promise<ActionItemParent[]> {
  const onTeam = sql`exists (select 1 from ${teamMember} m join ${mdtTeam} t on t.id = m.team_id
    where t.youth_id = ${mdtActionItem.youthId} and m.person_id = ${sub} and ${memberOn(sql`m`, today)})`;
  const where = and(eq(mdtActionItem.ownerSub, sub), sql`${statusOf} = 'OPEN'`, onTeam);
  const rows = await itemsQuery(db, where).orderBy(asc(mdtActionItem.dueOn), asc(mdtActionItem.id)).limit(MAX_MY_ITEMS);
  return rows.map(toParent);
}
