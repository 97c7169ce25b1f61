import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Hub } from './hub.ts';

/**
 * A meeting under way (started five minutes ago) written into the registry as the seed writes
 * them: the API schedules meetings in the future only. Returns its id.
 */
export async function meetingUnderWay(
  hub: Hub,
  youthIds: readonly string[],
  invitees: readonly { sub: string; name: string; agency: string; role: string }[],
): Promise<string> {
  const id = randomUUID();
  const mdt = hub.databases.mdt!;
  await mdt.rows(sql`insert into mdt_meeting (id, starts_at, kind, scheduled_by, scheduled_by_name)
    values (${id}, now() - interval '5 minutes', 'MONTHLY', 'coord-ortiz', 'Marisol Ortiz')`);
  for (const [i, youthId] of youthIds.entries()) {
    await mdt.rows(sql`insert into mdt_meeting_youth (meeting_id, youth_id, slot_starts_at, minutes)
      values (${id}, ${youthId}, now() - interval '5 minutes' + ${i} * interval '1 hour', 60)`);
  }
  for (const p of invitees) {
    await mdt.rows(sql`insert into mdt_meeting_invitee (meeting_id, person_sub, name, agency, role, not_shown)
      values (${id}, ${p.sub}, ${p.name}, ${p.agency}, ${p.role}, '{}')`);
  }
  return id;
}
