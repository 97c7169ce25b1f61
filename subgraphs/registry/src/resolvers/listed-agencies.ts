import { AGENCIES } from '@hub/policies';
import type { SubgraphContext } from '@hub/subgraph-kit';
import type { ListedAgencies } from '../db/mdt-work.ts';

/**
 * The agencies whose members' notes and items this viewer may see for the youth: a note's author
 * or an item's owner or creator tells their agency's involvement, so rule roster.involvement
 * decides as it does for the roster (all for the coordinator: undefined).
 */
export async function listedAgencies(ctx: SubgraphContext, youthId: string): Promise<ListedAgencies> {
  if (ctx.viewer.role === 'MDT_COORDINATOR') return undefined;
  const listed = await Promise.all(AGENCIES.map((a) => ctx.access.rosterLists(youthId, a)));
  return AGENCIES.filter((_, i) => listed[i]);
}
