import { badInput, isUuid } from '@hub/subgraph-kit';
import { lastLooks, recordLook } from '../db/looks.ts';
import type { MutationResolvers, YouthEdgeResolvers } from '../generated/resolvers-types.ts';

export const lookMutations: Pick<MutationResolvers, 'markYouthSeen'> = {
  async markYouthSeen(_root, { youthId }, ctx) {
    if (!isUuid(youthId)) throw badInput('youthId must be a UUID');
    const id = youthId.toLowerCase();
    // Not linked (rule scope.linked) and not existing look the same: null, nothing written.
    if (!(await ctx.access.may('see-youth', id)).allowed) return null;
    const { previous, lookedAt } = await recordLook(ctx.database, ctx.viewer.sub, id, new Date());
    return { youthId: id, previousLookAt: previous?.toISOString() ?? null, lookedAt: lookedAt.toISOString() };
  },
};

/** The viewer's own last look at each youth of a caseload page, in one statement for the page. */
export const YouthEdge: YouthEdgeResolvers = {
  myLastLook: async ({ node }, _a, ctx) => {
    const loader = ctx.loader<string, Date | undefined>('last-look', async (ids) => {
      const looks = await lastLooks(ctx.database, ctx.viewer.sub, ids);
      return ids.map((id) => looks.get(id));
    });
    return (await loader.load(node.id))?.toISOString() ?? null;
  },
};
