import { spoken, timelineEvents } from '@hub/subgraph-kit';
import type { DistrictAttorneyTimelineResolvers } from '../generated/resolvers-types.ts';
import { cases, protectiveOrders, upcomingCourtDates, victimOf } from '../loaders.ts';

// The advocate is kept one per youth, so named by the hub youth id: the DA file number is not exposed.
const id = (kind: string, localId: number | string) => `district-attorney:${kind}:${localId}`;
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// The same loaders as the record's fields, so a timeline costs no statement of its own. Court dates
// are those still on calendar, as in `upcomingCourtDates`.
export const DistrictAttorneyTimeline: DistrictAttorneyTimelineResolvers = {
  victimWitness: async ({ youthId }, _a, ctx) => {
    const [victim, prosecutions, hearings, orders] = await Promise.all([
      victimOf(youthId, ctx),
      cases(youthId, ctx),
      upcomingCourtDates(youthId, ctx),
      protectiveOrders(youthId, ctx),
    ]);
    return timelineEvents('DISTRICT_ATTORNEY', 'VICTIM_WITNESS', [
      ...(victim?.advocateName
        ? [
            {
              id: id('advocate', youthId),
              date: victim.advocateAssignedOn,
              kind: 'ADVOCATE_ASSIGNED',
              summary: `Victim advocate assigned: ${victim.advocateName}`,
            },
          ]
        : []),
      ...prosecutions.flatMap((c) => [
        {
          id: id('case-referred', c.id),
          date: c.referredOn,
          kind: 'CASE_REFERRED',
          summary: `Case ${c.caseNumber} referred to the DA; the youth is a ${spoken(c.role)}`,
        },
        {
          id: id('case-filed', c.id),
          date: c.filedOn,
          kind: 'CASE_FILED',
          summary: `Charges filed in ${c.caseNumber}; now ${spoken(c.status)}`,
        },
      ]),
      ...hearings.map((d) => ({
        id: id('court-date', d.id),
        date: d.scheduledOn,
        kind: 'HEARING_SCHEDULED',
        summary: `${sentence(spoken(d.kind))} in ${d.caseNumber}, ${d.department}${
          d.appearanceRequired ? '; the youth is subpoenaed to appear' : ''
        }`,
      })),
      ...orders.flatMap((o) => [
        {
          id: id('protective-order-issued', o.id),
          date: o.issuedOn,
          kind: 'PROTECTIVE_ORDER_ISSUED',
          summary: `${sentence(spoken(o.kind))} issued in ${o.caseNumber} against ${o.restrainedParty.toLowerCase()}`,
        },
        // A terminated order ended on a day not recorded here; its planned expiry would mislead.
        {
          id: id('protective-order-expiry', o.id),
          date: o.status === 'TERMINATED' ? null : o.expiresOn,
          kind: o.status === 'EXPIRED' ? 'PROTECTIVE_ORDER_EXPIRED' : 'PROTECTIVE_ORDER_EXPIRES',
          summary: `${sentence(spoken(o.kind))} in ${o.caseNumber} ${o.status === 'EXPIRED' ? 'expired' : 'expires'}`,
        },
      ]),
    ]);
  },
};
