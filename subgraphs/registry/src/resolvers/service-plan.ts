import { rowsPerYouth } from '@hub/subgraph-kit';
import { serviceNeedsOf } from '../db/service-plan.ts';
import type { YouthResolvers } from '../generated/resolvers-types.ts';

/** Every youth's needs of the operation in one statement (the kit decides MDT_NOTES first). */
const serviceNeeds = rowsPerYouth('service-plan', (ctx, ids) => serviceNeedsOf(ctx.database, ids));

export const servicePlanResolvers: Pick<YouthResolvers, 'servicePlan'> = {
  async servicePlan(parent, _args, ctx) {
    return { youthId: parent.id, needs: await serviceNeeds(parent.id, ctx) };
  },
};
