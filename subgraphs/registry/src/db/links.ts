import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { isUuid, type Database } from '@hub/subgraph-kit';
import { agencyLink, agencyLinkEvent, youth, type AgencyLinkEventRow } from './schema.ts';

/** One line of an agency's crosswalk: its own id for a hub youth. */
export interface LinkLine {
  youthId: string;
  localId: string;
}

/** Who asks and why: the database records both with every row it changes. */
export interface LinkActor {
  by: string;
  reason: string;
}

export interface LinkPlan {
  /** Lines to write. */
  changes: LinkLine[];
  /** Lines that already hold (adding) or are already gone (ending): nothing to do. */
  unchanged: LinkLine[];
  /** Why a line cannot be applied; any problem and nothing is applied. */
  problems: string[];
}

const LOCAL_ID = /^[\x21-\x7e]{1,100}$/;

function shapeProblems(lines: readonly LinkLine[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  lines.forEach(({ youthId, localId }, i) => {
    const at = `line ${i + 1}`;
    if (!isUuid(youthId)) problems.push(`${at}: ${JSON.stringify(youthId)} is not a hub youth id (a uuid)`);
    if (!LOCAL_ID.test(localId)) problems.push(`${at}: the local id must be 1 to 100 printable characters, no spaces`);
    const key = youthId.toLowerCase();
    if (seen.has(key) && seen.get(key) !== localId) problems.push(`${at}: youth ${youthId} is listed twice`);
    seen.set(key, localId);
  });
  return problems;
}

/** What adding these lines to the agency's crosswalk would do; nothing is written. */
export async function planLinks(database: Database, agency: string, lines: readonly LinkLine[]): Promise<LinkPlan> {
  const problems = shapeProblems(lines);
  if (problems.length) return { changes: [], unchanged: [], problems };
  const { db } = database;
  const ids = [...new Set(lines.map((l) => l.youthId.toLowerCase()))];
  const locals = [...new Set(lines.map((l) => l.localId))];
  const [known, byYouth, byLocal] = await Promise.all([
    db.select({ id: youth.id }).from(youth).where(inArray(youth.id, ids)),
    db
      .select()
      .from(agencyLink)
      .where(and(eq(agencyLink.agency, agency), inArray(agencyLink.youthId, ids))),
    db
      .select()
      .from(agencyLink)
      .where(and(eq(agencyLink.agency, agency), inArray(agencyLink.localId, locals))),
  ]);
  const plan: LinkPlan = { changes: [], unchanged: [], problems: [] };
  const unique = new Map(lines.map((l) => [l.youthId.toLowerCase(), { ...l, youthId: l.youthId.toLowerCase() }]));
  for (const line of unique.values()) {
    const current = byYouth.find((l) => l.youthId === line.youthId);
    const holder = byLocal.find((l) => l.localId === line.localId);
    if (!known.some((y) => y.id === line.youthId)) plan.problems.push(`youth ${line.youthId} is not in the registry`);
    else if (current?.localId === line.localId) plan.unchanged.push(line);
    else if (current) {
      plan.problems.push(
        `youth ${line.youthId} is already linked to ${agency} as ${current.localId}: end that link first (npm run registry:links -- end)`,
      );
    } else if (holder) plan.problems.push(`${agency} local id ${line.localId} already names youth ${holder.youthId}`);
    else plan.changes.push(line);
  }
  return plan;
}

/** What ending these links would do: lines not linked as given are unchanged. */
export async function planUnlinks(database: Database, agency: string, lines: readonly LinkLine[]): Promise<LinkPlan> {
  const problems = shapeProblems(lines);
  if (problems.length) return { changes: [], unchanged: [], problems };
  const ids = [...new Set(lines.map((l) => l.youthId.toLowerCase()))];
  const current = await database.db
    .select()
    .from(agencyLink)
    .where(and(eq(agencyLink.agency, agency), inArray(agencyLink.youthId, ids)));
  const plan: LinkPlan = { changes: [], unchanged: [], problems: [] };
  for (const line of lines) {
    const id = line.youthId.toLowerCase();
    const linked = current.some((l) => l.youthId === id && l.localId === line.localId);
    (linked ? plan.changes : plan.unchanged).push({ youthId: id, localId: line.localId });
  }
  return plan;
}

/** Sets who asks and why for this transaction only: the crosswalk's triggers copy them into each event. */
const asActor = (actor: LinkActor) =>
  sql`select set_config('hub.actor', ${actor.by}, true), set_config('hub.reason', ${actor.reason}, true)`;

/**
 * Adds the plan's links, in one transaction, re-planned inside it so that nothing changed in
 * between: all or nothing. The database records one LINK event per row, naming the actor.
 */
export async function applyLinks(
  database: Database,
  agency: string,
  lines: readonly LinkLine[],
  actor: LinkActor,
): Promise<LinkPlan> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`agency_link|${agency}`}, 0))`);
    const plan = await planLinks({ ...database, db: tx as unknown as Database['db'] }, agency, lines);
    if (plan.problems.length || !plan.changes.length) return plan;
    await tx.execute(asActor(actor));
    for (let i = 0; i < plan.changes.length; i += 1000) {
      const chunk = plan.changes.slice(i, i + 1000);
      await tx.insert(agencyLink).values(chunk.map((l) => ({ agency, youthId: l.youthId, localId: l.localId })));
    }
    return plan;
  });
}

/** Ends the plan's links, in one transaction; one UNLINK event per row, naming the actor. */
export async function applyUnlinks(
  database: Database,
  agency: string,
  lines: readonly LinkLine[],
  actor: LinkActor,
): Promise<LinkPlan> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`agency_link|${agency}`}, 0))`);
    const plan = await planUnlinks({ ...database, db: tx as unknown as Database['db'] }, agency, lines);
    if (plan.problems.length || !plan.changes.length) return plan;
    await tx.execute(asActor(actor));
    for (const line of plan.changes) {
      await tx
        .delete(agencyLink)
        .where(
          and(
            eq(agencyLink.agency, agency),
            eq(agencyLink.youthId, line.youthId),
            eq(agencyLink.localId, line.localId),
          ),
        );
    }
    return plan;
  });
}

/** The crosswalk's record for one agency, oldest first. */
export async function linkEvents({ db }: Database, agency: string): Promise<AgencyLinkEventRow[]> {
  return db.select().from(agencyLinkEvent).where(eq(agencyLinkEvent.agency, agency)).orderBy(asc(agencyLinkEvent.id));
}
