import { and, eq, inArray, isNotNull, isNull, notExists, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { crosswalkRows, episodeInstants, isUuid, type Crosswalk, type Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import {
  citation,
  csecScreening,
  delinquencyCase,
  detentionEpisode,
  probationYouth,
  runawayEpisode,
  supervision,
  supervisionCondition,
  violation,
  type YouthRow,
} from './schema.ts';

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** One statement for all the youths of an operation. */
export async function youthsByHubIds({ db }: Database, ids: readonly string[]): Promise<YouthRow[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  return db.select().from(probationYouth).where(inArray(probationYouth.hubYouthId, wanted));
}

/** The youth table maps Probation's local id of a youth to the hub youth id. */
const YOUTHS: Crosswalk = {
  table: probationYouth,
  localId: probationYouth.localId,
  hubYouthId: probationYouth.hubYouthId,
};

export const supervisionOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, YOUTHS, supervision, ids, { orderBy: [supervision.localId] });
export const conditionsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, YOUTHS, supervisionCondition, ids, {
    orderBy: [supervisionCondition.imposedOn, supervisionCondition.id],
  });
export const violationsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, YOUTHS, violation, ids, { orderBy: [violation.occurredOn, violation.id] });
/**
 * A sealed petition and its events are deemed never to have occurred (WIC 781, 786): unless the
 * request may see sealed records (`RequestAccess.seesSealed`), a youth's delinquency case, its
 * citations and detention episodes are left out when the case is sealed, as if never recorded.
 */
function notSealed({ db }: Database, localId: PgColumn): SQL {
  return notExists(
    db
      .select({ one: sql`1` })
      .from(delinquencyCase)
      .where(and(eq(delinquencyCase.localId, localId), isNotNull(delinquencyCase.sealedOn))),
  );
}
export const delinquencyCaseOf = (d: Database, ids: readonly string[], seesSealed: boolean) =>
  crosswalkRows(d, YOUTHS, delinquencyCase, ids, {
    orderBy: [delinquencyCase.localId],
    where: seesSealed ? undefined : isNull(delinquencyCase.sealedOn),
  });
export const citationsOf = (d: Database, ids: readonly string[], seesSealed: boolean) =>
  crosswalkRows(d, YOUTHS, citation, ids, {
    orderBy: [citation.issuedOn, citation.id],
    where: seesSealed ? undefined : notSealed(d, citation.localId),
  });
export const detentionsOf = (d: Database, ids: readonly string[], seesSealed: boolean) =>
  crosswalkRows(d, YOUTHS, detentionEpisode, ids, {
    orderBy: [detentionEpisode.admittedOn, detentionEpisode.id],
    where: seesSealed ? undefined : notSealed(d, detentionEpisode.localId),
  });
export const runawaysOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, YOUTHS, runawayEpisode, ids, { orderBy: [runawayEpisode.startedAt, runawayEpisode.id] });
export const screeningsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, YOUTHS, csecScreening, ids, { orderBy: [csecScreening.screenedOn, csecScreening.id] });

/** Fills an empty probation database with its part of the synthetic world. */
export async function seedProbation(database: Database, world: SyntheticWorld): Promise<boolean> {
  const { db } = database;
  const [first] = await db.select({ id: probationYouth.localId }).from(probationYouth).limit(1);
  if (first) return false;
  for (let i = 0; i < world.probation.length; i += 500) {
    const chunk = world.probation.slice(i, i + 500);
    await db.insert(probationYouth).values(
      chunk.map((c) => ({
        localId: c.localId,
        hubYouthId: c.youthId,
        csecStatus: c.csecIdentification?.status ?? null,
        csecDocumentedOn: c.csecIdentification?.documentedOn ?? null,
      })),
    );
    const of = <R>(rows: (c: (typeof chunk)[number]) => R[]) =>
      chunk.flatMap((c) => rows(c).map((r) => ({ ...r, localId: c.localId })));
    const grants = of((c) => (c.supervision ? [c.supervision] : [])).map(
      ({ conditions: _conditions, violations: _violations, ...grant }) => grant,
    );
    const conditions = of((c) => c.supervision?.conditions ?? []);
    const violations = of((c) => c.supervision?.violations ?? []);
    const cases = of((c) => [c.delinquencyCase]);
    const citations = of((c) => c.citations);
    const detentions = of((c) => c.detentionEpisodes);
    const screenings = of((c) => c.csecScreenings);
    const runaways = of((c) => c.runaways.map(episodeInstants));
    if (grants.length) await db.insert(supervision).values(grants);
    if (conditions.length) await db.insert(supervisionCondition).values(conditions);
    if (violations.length) await db.insert(violation).values(violations);
    if (cases.length) await db.insert(delinquencyCase).values(cases);
    if (citations.length) await db.insert(citation).values(citations);
    if (detentions.length) await db.insert(detentionEpisode).values(detentions);
    if (screenings.length) await db.insert(csecScreening).values(screenings);
    if (runaways.length) await db.insert(runawayEpisode).values(runaways);
  }
  return true;
}
