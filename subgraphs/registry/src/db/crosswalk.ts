import { and, eq, inArray } from 'drizzle-orm';
import { isUuid, type Database } from '@hub/subgraph-kit';
import { agencyLink } from './schema.ts';

/** The agency's local id for each of these youths (FHIR export's patient identifier), where it has one. */
export async function localIdsAt({ db }: Database, agency: string, youthIds: readonly string[]) {
  const valid = youthIds.filter(isUuid);
  if (!valid.length) return [];
  return db
    .select({ youthId: agencyLink.youthId, localId: agencyLink.localId })
    .from(agencyLink)
    .where(and(eq(agencyLink.agency, agency), inArray(agencyLink.youthId, valid)));
}

/** The hub youth an agency's local id names (FHIR import's patient identifier), if the crosswalk holds it. */
export async function youthAtLocalId({ db }: Database, agency: string, localId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ youthId: agencyLink.youthId })
    .from(agencyLink)
    .where(and(eq(agencyLink.agency, agency), eq(agencyLink.localId, localId)));
  return row?.youthId;
}
