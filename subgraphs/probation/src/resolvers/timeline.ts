import { spoken, timelineEvents } from '@hub/subgraph-kit';
import type { ProbationTimelineResolvers } from '../generated/resolvers-types.ts';
import {
  citations,
  conditions,
  delinquencyCase,
  detentions,
  screenings,
  supervision,
  violations,
  youthOf,
} from '../loaders.ts';

// Rows kept one per youth are named by the hub youth id: the probation number is not exposed.
const id = (kind: string, localId: number | string) => `probation:${kind}:${localId}`;

// The same loaders as the record's fields, so a timeline costs no statement of its own.
export const ProbationTimeline: ProbationTimelineResolvers = {
  probation: async ({ youthId }, _a, ctx) => {
    const [grant, imposed, violated] = await Promise.all([
      supervision(youthId, ctx),
      conditions(youthId, ctx),
      violations(youthId, ctx),
    ]);
    const completed = grant?.status === 'COMPLETED';
    return timelineEvents('PROBATION', 'PROBATION', [
      ...(grant
        ? [
            {
              id: id('supervision-start', youthId),
              date: grant.startedOn,
              kind: 'SUPERVISION_STARTED',
              summary: `Supervision started: ${spoken(grant.kind)}, officer ${grant.officerName}`,
            },
            {
              id: id('supervision-end', youthId),
              date: grant.endsOn,
              kind: completed ? 'SUPERVISION_ENDED' : 'SUPERVISION_END_SCHEDULED',
              summary: `${completed ? 'Supervision completed' : 'Supervision due to end'}: ${spoken(grant.kind)}`,
            },
          ]
        : []),
      ...imposed.map((c) => ({
        id: id('condition', c.id),
        date: c.imposedOn,
        kind: 'CONDITION_IMPOSED',
        summary: `Condition imposed: ${c.condition}`,
      })),
      ...violated.map((v) => ({
        id: id('violation', v.id),
        date: v.occurredOn,
        kind: 'VIOLATION_OCCURRED',
        summary: `Violation: ${v.description} (${spoken(v.response)})`,
      })),
    ]);
  },
  delinquency: async ({ youthId }, _a, ctx) => {
    const [court, cited, detained] = await Promise.all([
      delinquencyCase(youthId, ctx),
      citations(youthId, ctx),
      detentions(youthId, ctx),
    ]);
    return timelineEvents('PROBATION', 'DELINQUENCY', [
      ...cited.map((c) => ({
        id: id('citation', c.id),
        date: c.issuedOn,
        kind: 'CITATION_ISSUED',
        summary: `Citation: ${c.offense}, ${c.issuingAgency} (${spoken(c.disposition)})`,
      })),
      ...(court
        ? [
            {
              id: id('petition', youthId),
              date: court.petitionFiledOn,
              kind: 'PETITION_FILED',
              summary: `Petition${court.petitionNumber ? ` ${court.petitionNumber}` : ''} filed; court status: ${spoken(court.courtStatus)}`,
            },
            {
              id: id('hearing', youthId),
              date: court.nextHearingOn,
              kind: 'HEARING_SCHEDULED',
              summary: court.petitionNumber ? `Hearing on petition ${court.petitionNumber}` : 'Hearing',
            },
          ]
        : []),
      ...detained.flatMap((d) => [
        {
          id: id('detention-admitted', d.id),
          date: d.admittedOn,
          kind: 'DETENTION_ADMITTED',
          summary: `Detained: ${d.facility}`,
        },
        {
          id: id('detention-released', d.id),
          date: d.releasedOn,
          kind: 'DETENTION_RELEASED',
          summary: `Released from ${d.facility}`,
        },
      ]),
    ]);
  },
  csecIndicators: async ({ youthId }, _a, ctx) => {
    const [row, screened] = await Promise.all([youthOf(youthId, ctx), screenings(youthId, ctx)]);
    return timelineEvents('PROBATION', 'CSEC_INDICATORS', [
      ...screened.flatMap((s) => [
        {
          id: id('screening', s.id),
          date: s.screenedOn,
          kind: 'CSEC_SCREENED',
          summary: `CSEC screening (${s.tool}): ${spoken(s.result)}`,
        },
        {
          id: id('screening-report', s.id),
          date: s.reportedToChildWelfareOn,
          kind: 'REPORTED_TO_CHILD_WELFARE',
          summary: `Reported to child welfare after the ${s.tool} screening`,
        },
      ]),
      {
        id: id('csec-status', youthId),
        date: row?.csecStatus ? row.csecDocumentedOn : null,
        kind: 'CSEC_STATUS_DOCUMENTED',
        summary: `CSEC status documented: ${spoken(row?.csecStatus ?? '')}`,
      },
    ]);
  },
};
