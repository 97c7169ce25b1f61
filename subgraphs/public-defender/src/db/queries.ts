import { inArray } from 'drizzle-orm';
import { crosswalkRows, isUuid, type Crosswalk, type Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import { client, communication, matter, type ClientRow } from './schema.ts';

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** One statement for all the youths of an operation. */
export async function clientsByYouthIds({ db }: Database, ids: readonly string[]): Promise<ClientRow[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  return db.select().from(client).where(inArray(client.hubYouthId, wanted));
}

/** The client table maps the defender's local id of a youth to the hub youth id. */
const CLIENTS: Crosswalk = { table: client, localId: client.localId, hubYouthId: client.hubYouthId };

/**
 * Delinquency matters only: a dependency petition is child-welfare case data, which the table
 * shares more narrowly than DELINQUENCY, so dependency matters stay in the defender's database
 * until they have a field of their own classified CHILD_WELFARE_CASE.
 */
export const mattersOf = async (d: Database, ids: readonly string[]) =>
  (await crosswalkRows(d, CLIENTS, matter, ids, { orderBy: [matter.openedOn, matter.id] })).filter(
    (m) => m.kind === 'DELINQUENCY',
  );
export const communicationsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, CLIENTS, communication, ids, { orderBy: [communication.occurredOn, communication.id] });

/** Fills an empty public-defender database with its part of the synthetic world. */
export async function seedPublicDefender(database: Database, world: SyntheticWorld): Promise<boolean> {
  const { db } = database;
  const [first] = await db.select({ id: client.localId }).from(client).limit(1);
  if (first) return false;
  for (let i = 0; i < world.publicDefender.length; i += 500) {
    const chunk = world.publicDefender.slice(i, i + 500);
    await db.insert(client).values(
      chunk.map((c) => ({
        localId: c.localId,
        hubYouthId: c.youthId,
        defenderId: c.defenderId,
        defenderName: c.defenderName,
      })),
    );
    const matters = chunk.flatMap((c) => c.matters.map((m) => ({ ...m, localId: c.localId })));
    const communications = chunk.flatMap((c) => c.communications.map((m) => ({ ...m, localId: c.localId })));
    if (matters.length) await db.insert(matter).values(matters);
    if (communications.length) await db.insert(communication).values(communications);
  }
  return true;
}
