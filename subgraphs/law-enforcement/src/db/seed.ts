import type { Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import { client, contact, investigation, missingPersonReport, protectiveOrder } from './schema.ts';

/**
 * Fills an empty database with the synthetic world's law-enforcement records (the youths whose
 * runaways it took a report of and those the DA holds as a victim or witness); false when it
 * already holds data. No real person; no suspect is named; the youth is never a suspect.
 */
export async function seedLawEnforcement(database: Database, world: SyntheticWorld): Promise<boolean> {
  const { db } = database;
  const [first] = await db.select({ id: client.localId }).from(client).limit(1);
  if (first) return false;
  const all = world.lawEnforcement;
  for (let i = 0; i < all.length; i += 200) {
    const chunk = all.slice(i, i + 200);
    await db.insert(client).values(
      chunk.map((c) => ({
        localId: c.localId,
        hubYouthId: c.youthId,
        detectiveId: c.detective.personId,
        detectiveName: c.detective.name,
      })),
    );
    const each = <T>(pick: (c: (typeof chunk)[number]) => T[]) =>
      chunk.flatMap((c) => pick(c).map((row) => ({ ...row, localId: c.localId })));
    const investigations = each((c) => c.investigations);
    if (investigations.length) await db.insert(investigation).values(investigations);
    const reports = each((c) => c.missingPersonReports);
    if (reports.length) await db.insert(missingPersonReport).values(reports);
    const orders = each((c) => c.protectiveOrders);
    if (orders.length) await db.insert(protectiveOrder).values(orders);
    const contacts = each((c) => c.contacts);
    if (contacts.length) await db.insert(contact).values(contacts);
  }
  return true;
}
