import { inArray } from 'drizzle-orm';
import { crosswalkRows, isUuid, type Crosswalk, type Database } from '@hub/subgraph-kit';
import { client, contact, investigation, missingPersonReport, protectiveOrder, type ClientRow } from './schema.ts';

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** One statement for all the youths of an operation. */
export async function clientsByYouthIds({ db }: Database, ids: readonly string[]): Promise<ClientRow[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  return db.select().from(client).where(inArray(client.hubYouthId, wanted));
}

/** The client table maps the agency's local id of a youth to the hub youth id. */
const CLIENTS: Crosswalk = { table: client, localId: client.localId, hubYouthId: client.hubYouthId };

/** Every investigation of many youths at once, oldest first, each tagged with its hub youth id. */
export const investigationsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, CLIENTS, investigation, ids, { orderBy: [investigation.openedOn, investigation.id] });

/** Every missing-person report of many youths at once, oldest first. */
export const missingPersonReportsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, CLIENTS, missingPersonReport, ids, {
    orderBy: [missingPersonReport.reportedAt, missingPersonReport.id],
  });

/** Every protective order of many youths at once, oldest first. */
export const protectiveOrdersOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, CLIENTS, protectiveOrder, ids, { orderBy: [protectiveOrder.issuedOn, protectiveOrder.id] });

/** Every contact of many youths at once, oldest first. */
export const contactsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, CLIENTS, contact, ids, { orderBy: [contact.occurredOn, contact.id] });
