import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Viewer } from '@hub/policies';
import type { RegistryScenario } from './context.ts';

/**
 * The scenario written into the registry's own tables (subgraphs/registry/drizzle: `youth`,
 * `mdt_team`, `team_member`), as the registry's seed and its coordinators' tools write them: the
 * registry decides from those tables, so this is how the suite tells it who is on a team. Run
 * against a test database only: the rows are synthetic and stay (the suite's viewers are named
 * `conformance:<run>:...`).
 */
export function registryScenario(rows: (query: SQL) => Promise<unknown[]>): RegistryScenario {
  const teams = new Map<string, string>();
  return {
    async enrolYouth(team: readonly Viewer[], { sparse }: { sparse: boolean }) {
      const youthId = randomUUID();
      const teamId = randomUUID();
      await rows(sql`insert into youth (id, given_name, family_name, preferred_name, date_of_birth, aliases)
        values (${youthId}, 'Test', 'Conformance', ${sparse ? null : 'Tee'}, '2011-03-04',
          ${sparse ? sql`'{}'::text[]` : sql`array['T. C.']::text[]`})`);
      await rows(
        sql`insert into mdt_team (id, youth_id, convened_on) values (${teamId}, ${youthId}, current_date - 30)`,
      );
      for (const viewer of team) {
        await rows(sql`insert into team_member (team_id, person_id, name, agency, role, from_date)
          values (${teamId}, ${viewer.sub}, ${viewer.name ?? viewer.sub}, ${viewer.agency}, ${viewer.role}, current_date - 30)`);
      }
      teams.set(youthId, teamId);
      return youthId;
    },
    async leaveTeam(viewer: Viewer, youthId: string) {
      const teamId = teams.get(youthId);
      if (!teamId) throw new Error(`youth ${youthId} was not enrolled by this run`);
      // The roster is append-only: a membership is ended by an end row, as the coordinator's endTeamMembership does.
      await rows(sql`insert into team_membership_end (membership_id, ended_on, ended_by, reason)
        select id, current_date - 1, 'conformance', 'left the team' from team_member m
        where team_id = ${teamId} and person_id = ${viewer.sub}
          and not exists (select 1 from team_membership_end e where e.membership_id = m.id)`);
    },
  };
}

/** The scenario against the registry's Postgres (`--database-url`): committed rows, in a test database only. */
export async function registryDatabase(url: string): Promise<{ scenario: RegistryScenario; close(): Promise<void> }> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const db = drizzle(client);
  return {
    scenario: registryScenario(async (query) => [...(await db.execute(query))]),
    close: () => client.end(),
  };
}
