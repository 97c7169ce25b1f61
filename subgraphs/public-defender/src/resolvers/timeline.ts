import { spoken, timelineEvents } from '@hub/subgraph-kit';
import type { PublicDefenderTimelineResolvers } from '../generated/resolvers-types.ts';
import { communications, matters } from '../loaders.ts';

const id = (kind: string, localId: number | string) => `public-defender:${kind}:${localId}`;
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// The same loaders as the record's fields, so a timeline costs no statement of its own.
export const PublicDefenderTimeline: PublicDefenderTimelineResolvers = {
  // `matters` loads delinquency matters only: dependency petitions never become events here.
  delinquency: async ({ youthId }, _a, ctx) =>
    timelineEvents(
      'PUBLIC_DEFENDER',
      'DELINQUENCY',
      (await matters(youthId, ctx)).flatMap((m) => [
        {
          id: id('matter-opened', m.id),
          date: m.openedOn,
          kind: 'MATTER_OPENED',
          summary: `Petition ${m.matterNumber} filed; represented by the public defender`,
        },
        {
          id: id('matter-closed', m.id),
          date: m.closedOn,
          kind: 'MATTER_CLOSED',
          summary: `Matter ${m.matterNumber} ${spoken(m.status)}`,
        },
        {
          id: id('hearing', m.id),
          date: m.nextHearingOn,
          kind: 'HEARING_SCHEDULED',
          summary: `${m.nextHearingKind ? `${sentence(spoken(m.nextHearingKind))} hearing` : 'Hearing'} in ${m.matterNumber}`,
        },
      ]),
    ),
  // Privileged in full: the summary says how and with whom, never what was said.
  attorneyClient: async ({ youthId }, _a, ctx) =>
    timelineEvents(
      'PUBLIC_DEFENDER',
      'ATTORNEY_CLIENT',
      (await communications(youthId, ctx)).map((c) => ({
        id: id('communication', c.id),
        date: c.occurredOn,
        kind: 'CLIENT_COMMUNICATION',
        summary: `Attorney-client communication (${spoken(c.channel)}) with ${c.attorney}`,
      })),
    ),
};
