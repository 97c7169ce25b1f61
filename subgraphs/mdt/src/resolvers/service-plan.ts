import type { SubgraphContext } from '@hub/subgraph-kit';
import { serviceNeedsOf } from '../db/service-plan.ts';
import type { ServiceNeedRow } from '../db/schema.ts';
import type { YouthResolvers } from '../generated/resolvers-types.ts';

/** Youth.servicePlan: every youth's needs of the operation in one statement (the kit decides MDT_NOTES first). */
export const servicePlanResolvers: Pick<YouthResolvers, 'servicePlan'> = {
  async servicePlan(parent, _args, ctx: SubgraphContext) {
    const loader = ctx.loader<string, ServiceNeedRow[]>('service-plan', async (ids) => {
      const rows = await serviceNeedsOf(ctx.database, ids);
      return ids.map((id) => rows.filter((r) => r.youthId === id));
    });
    return { youthId: parent.id, needs: await loader.load(parent.id) };
  },
};
