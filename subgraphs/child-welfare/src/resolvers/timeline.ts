import { spoken, timelineEvents } from '@hub/subgraph-kit';
import type { ChildWelfareTimelineResolvers } from '../generated/resolvers-types.ts';
import { caseOf, indicators, placements, referrals, runaways } from '../loaders.ts';

const id = (kind: string, localId: number | string) => `child-welfare:${kind}:${localId}`;

// The same loaders as the record's fields, so a timeline costs no statement of its own.
export const ChildWelfareTimeline: ChildWelfareTimelineResolvers = {
  childWelfareCase: async ({ youthId }, _a, ctx) => {
    const [row, rows] = await Promise.all([caseOf(youthId, ctx), referrals(youthId, ctx)]);
    return timelineEvents('CHILD_WELFARE', 'CHILD_WELFARE_CASE', [
      ...rows.map((r) => ({
        id: id('referral', r.id),
        date: r.receivedOn,
        kind: 'REFERRAL_RECEIVED',
        summary: `Referral received: ${r.allegation} (${r.disposition})`,
      })),
      ...(row
        ? [
            {
              id: id('case', row.localId),
              date: row.caseOpenedOn,
              kind: 'CASE_OPENED',
              summary: `Case opened: ${row.dependencyStatus}`,
            },
          ]
        : []),
    ]);
  },
  placement: async ({ youthId }, _a, ctx) =>
    timelineEvents(
      'CHILD_WELFARE',
      'PLACEMENT',
      (await placements(youthId, ctx)).flatMap((p) => [
        {
          id: id('placement-start', p.id),
          date: p.startDate,
          kind: 'PLACEMENT_STARTED',
          summary: `Placed: ${spoken(p.kind)}, ${p.providerName}`,
        },
        {
          id: id('placement-end', p.id),
          date: p.endDate,
          kind: 'PLACEMENT_ENDED',
          summary: `Placement ended: ${spoken(p.kind)}, ${p.providerName}`,
        },
      ]),
    ),
  runaway: async ({ youthId }, _a, ctx) =>
    timelineEvents(
      'CHILD_WELFARE',
      'RUNAWAY',
      (await runaways(youthId, ctx)).flatMap((r) => [
        {
          id: id('runaway-left', r.id),
          date: r.leftOn,
          kind: 'RUNAWAY_LEFT',
          summary: 'Left placement without permission',
        },
        {
          id: id('runaway-returned', r.id),
          date: r.returnedOn,
          kind: 'RUNAWAY_RETURNED',
          summary: r.foundAt ? `Returned; found at ${r.foundAt}` : 'Returned',
        },
      ]),
    ),
  csecIndicators: async ({ youthId }, _a, ctx) =>
    timelineEvents(
      'CHILD_WELFARE',
      'CSEC_INDICATORS',
      (await indicators(youthId, ctx)).map((i) => ({
        id: id('indicator', i.id),
        date: i.observedOn,
        kind: 'CSEC_INDICATOR_OBSERVED',
        summary: `${i.indicator} (${i.source})`,
      })),
    ),
  safetyPlan: async ({ youthId }, _a, ctx) => {
    const row = await caseOf(youthId, ctx);
    return timelineEvents('CHILD_WELFARE', 'SAFETY_PLAN', [
      {
        id: id('safety-plan', youthId) /* never the case number: that is case data */,
        date: row?.safetyPlanSummary ? row.safetyPlanUpdatedOn : null,
        kind: 'SAFETY_PLAN_UPDATED',
        summary: 'Safety plan updated',
      },
    ]);
  },
};
