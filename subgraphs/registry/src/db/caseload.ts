import { and, asc, getTableColumns, gt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@hub/subgraph-kit';
import { labelInSearch, type CaseloadScope, type Viewer } from '@hub/policies';
import { memberOn } from './roster.ts';
import { agencyLink, mdtTeam, teamMember, youth, type YouthRow } from './schema.ts';

/** A caseload is counted up to this many youths; `capped` says more match. */
export const COUNT_LIMIT = 1000;

/** A caseload row: the youth, and whether a search matched it by label or local id (not by name). */
export type CaseloadRow = YouthRow & { plainMatch: boolean };

/**
 * How Postgres tests each youth for the caseload. A large caseload (the viewer's agency serves much
 * of the county) is paged fastest by walking the youths in id order and probing each one's team and
 * link by index until the page (or the count's limit) is full: the cost follows the page, not the
 * county. A small one is fastest as two sets built once (hashed): probing every youth of the county
 * to find a few would cost the county. Postgres cannot tell the two apart from its statistics when a
 * LIMIT is involved (it built sets of 37,000 teams and 85,000 links for every page at 100,000
 * youths), so the registry looks first: `offset 0` inside an EXISTS keeps Postgres from turning it
 * into a hashed set (simplify_EXISTS_query), and is only added where the caseload is large.
 */
export type CaseloadPlan = 'per-youth' | 'sets';

/** Up to this many memberships plus links, the caseload is small enough to build as sets. */
const SMALL_CASELOAD = 2000;

/** The plan for this viewer: two counts on indexes that stop early, so this look costs less than a page. */
export async function caseloadPlan({ db }: Database, viewer: Viewer): Promise<CaseloadPlan> {
  const bounded = (rows: SQL) => db.select({ n: sql<number>`count(*)::int` }).from(sql`(${rows}) as bounded`);
  const [[teams], [links]] = await Promise.all([
    bounded(sql`select 1 from ${teamMember} where ${teamMember.personId} = ${viewer.sub} limit ${SMALL_CASELOAD + 1}`),
    bounded(sql`select 1 from ${agencyLink} where ${agencyLink.agency} = ${viewer.agency} limit ${SMALL_CASELOAD + 1}`),
  ]);
  return (teams?.n ?? 0) + (links?.n ?? 0) > SMALL_CASELOAD ? 'per-youth' : 'sets';
}

/**
 * The viewer's caseload: on the youth's team today, or the viewer's agency serves the youth, as
 * narrowed by the scope. This is @hub/policies' CASELOAD (rule scope.linked) and inCaseloadScope
 * as SQL; a test checks the two agree on a world, scope by scope, under either plan.
 *
 * A search matches the given, family or preferred name (a substring), the initials as the page
 * shows them ("S. C."), the readable label ("Youth 187D": a range of hub ids, read off the primary
 * key), or exactly the local id the viewer's own agency holds. `plainMatch` says the label or the
 * local id matched: those the viewer already knows; a match by name alone the caller must keep only
 * where the viewer may see the youth's identity.
 */
export async function caseload(
  database: Database,
  viewer: Viewer,
  opts: {
    first: number;
    after?: string | undefined;
    search?: string | undefined;
    scope?: CaseloadScope | undefined;
    today: string;
    /** false: the page alone (a search counts what it keeps itself). */
    count?: boolean;
    /** Where the count stops (COUNT_LIMIT; smaller in tests). */
    countLimit?: number;
    /** Chosen by caseloadPlan unless given (tests give both). */
    plan?: CaseloadPlan;
  },
): Promise<{ rows: CaseloadRow[]; total: number; capped: boolean }> {
  const { db } = database;
  const plan = opts.plan ?? (await caseloadPlan(database, viewer));
  const perYouth = plan === 'per-youth' ? sql` offset 0` : sql``;
  const onTeam = sql`exists (select 1 from ${teamMember} m join ${mdtTeam} on m.team_id = ${mdtTeam.id}
    where ${mdtTeam.youthId} = ${youth.id} and m.person_id = ${viewer.sub} and ${memberOn(sql`m`, opts.today)}${perYouth})`;
  const served = sql`exists (select 1 from ${agencyLink} where ${agencyLink.youthId} = ${youth.id} and ${agencyLink.agency} = ${viewer.agency}${perYouth})`;
  const scope = opts.scope ?? 'ALL';
  const inScope =
    scope === 'ON_MY_TEAM'
      ? onTeam
      : scope === 'MY_AGENCY_SERVES'
        ? sql`(${served} and not ${onTeam})`
        : or(onTeam, served)!;
  const conditions: SQL[] = [inScope];
  let plain: SQL = sql`false`;
  if (opts.search) {
    const pattern = `%${opts.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const plainParts: SQL[] = [
      sql`exists (select 1 from ${agencyLink} where ${agencyLink.youthId} = ${youth.id}
        and ${agencyLink.agency} = ${viewer.agency} and lower(${agencyLink.localId}) = ${opts.search.trim().toLowerCase()})`,
    ];
    const code = labelInSearch(opts.search);
    if (code) {
      plainParts.push(
        sql`(${youth.id} >= ${`${code}0000-0000-0000-0000-000000000000`}::uuid and ${youth.id} <= ${`${code}ffff-ffff-ffff-ffff-ffffffffffff`}::uuid)`,
      );
    }
    plain = sql`(${sql.join(plainParts, sql` or `)})`;
    const nameParts: SQL[] = [
      sql`${youth.givenName} ilike ${pattern}`,
      sql`${youth.familyName} ilike ${pattern}`,
      sql`${youth.preferredName} ilike ${pattern}`,
    ];
    // The initials as the page shows them: "S. C.", "s.c." and "SC" all name the same youth.
    const initials = opts.search.replace(/[\s.]/g, '');
    if (/^\p{L}{2}$/u.test(initials)) {
      nameParts.push(
        sql`upper(left(coalesce(${youth.preferredName}, ${youth.givenName}), 1) || left(${youth.familyName}, 1)) = ${initials.toUpperCase()}`,
      );
    }
    conditions.push(sql`(${plain} or ${sql.join(nameParts, sql` or `)})`);
  }
  const where = and(...conditions);
  const page = db
    .select({ ...getTableColumns(youth), plainMatch: sql<boolean>`${plain}`.as('plain_match') })
    .from(youth)
    .where(opts.after ? and(where, gt(youth.id, opts.after)) : where)
    .orderBy(asc(youth.id))
    .limit(opts.first + 1);
  if (opts.count === false) return { rows: await page, total: 0, capped: false };
  // Counted up to COUNT_LIMIT and no further: a page costs the same in a county of 10,000 youths
  // as of 100,000 (a worker whose agency serves most of the county would otherwise count all of it).
  const limit = opts.countLimit ?? COUNT_LIMIT;
  const matching = db
    .select({ one: sql`1` })
    .from(youth)
    .where(where)
    .limit(limit + 1)
    .as('matching');
  const [rows, [count]] = await Promise.all([page, db.select({ n: sql<number>`count(*)::int` }).from(matching)]);
  const n = count?.n ?? 0;
  return { rows, total: Math.min(n, limit), capped: n > limit };
}
