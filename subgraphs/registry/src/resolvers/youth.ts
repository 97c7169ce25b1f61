import type { Agency } from '@hub/policies';
import { countyDate, type SubgraphContext } from '@hub/subgraph-kit';
import { teamMembersOf, youthsByIds } from '../db/queries.ts';
import type { YouthRow } from '../db/schema.ts';
import type { YouthResolvers } from '../generated/resolvers-types.ts';
import type { YouthParent } from '../mappers.ts';
import { visibleConsents } from './consent.ts';

/** The youth's row, loaded once per request for all youths of the operation. */
async function rowOf(parent: YouthParent, ctx: SubgraphContext): Promise<YouthRow | undefined> {
  if (parent.row) return parent.row;
  const loader = ctx.loader<string, YouthRow | undefined>('youth', async (ids) => {
    const rows = await youthsByIds(ctx.database, ids);
    return ids.map((id) => rows.find((r) => r.id === id));
  });
  return loader.load(parent.id);
}

const initial = (name: string | null | undefined) => (name ? `${name.trim().charAt(0).toUpperCase()}.` : '');

export const Youth: YouthResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  displayName: async (p, _a, ctx) => {
    const row = await rowOf(p, ctx);
    return row ? `${initial(row.preferredName ?? row.givenName)} ${initial(row.familyName)}` : null;
  },
  givenName: async (p, _a, ctx) => (await rowOf(p, ctx))?.givenName ?? null,
  familyName: async (p, _a, ctx) => (await rowOf(p, ctx))?.familyName ?? null,
  preferredName: async (p, _a, ctx) => (await rowOf(p, ctx))?.preferredName ?? null,
  dateOfBirth: async (p, _a, ctx) => (await rowOf(p, ctx))?.dateOfBirth ?? null,
  aliases: async (p, _a, ctx) => (await rowOf(p, ctx))?.aliases ?? null,
  consents: (p, _a, ctx) => visibleConsents(p.id, ctx),
  team: async (p, _a, ctx) => {
    const today = countyDate(new Date(), ctx.timeZone);
    const loader = ctx.loader<string, Awaited<ReturnType<typeof teamMembersOf>>>('team', async (ids) => {
      const rows = await teamMembersOf(ctx.database, ids, today);
      return ids.map((id) => rows.filter((r) => r.youthId === id));
    });
    const members = await loader.load(p.id);
    // Rule roster.involvement: a member is listed only where the viewer may see that member's
    // agency's involvement with the youth (policies/src/roster.ts).
    const listed = await Promise.all(members.map((m) => ctx.access.rosterLists(p.id, m.agency as Agency)));
    return members.filter((_, i) => listed[i]);
  },
};
