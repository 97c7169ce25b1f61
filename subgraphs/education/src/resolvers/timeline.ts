import { spoken, timelineEvents, type DatedEvent } from '@hub/subgraph-kit';
import type { EducationTimelineResolvers } from '../generated/resolvers-types.ts';
import { enrollments, specialEducation, studentOf } from '../loaders.ts';
import type { SpecialEducationParent } from '../mappers.ts';

// Rows kept one per student are named by the hub youth id: the SSID is not exposed.
const id = (kind: string, localId: number | string) => `education:${kind}:${localId}`;

function iepEvents(youthId: string, row: SpecialEducationParent | undefined): DatedEvent[] {
  if (!row) return [];
  const pending = row.status === 'ASSESSMENT_PENDING';
  return [
    {
      id: id('iep', youthId),
      date: row.iepDate,
      kind: 'IEP_HELD',
      summary: row.eligibility ? `IEP meeting; eligible under ${spoken(row.eligibility)}` : 'IEP meeting',
    },
    {
      id: id('iep-review', youthId),
      date: row.nextReviewOn,
      kind: 'IEP_REVIEW_DUE',
      summary: pending ? 'Initial IEP meeting due after the assessment' : 'Annual IEP review due',
    },
    {
      id: id('reevaluation', youthId),
      date: row.nextReevaluationOn,
      kind: 'REEVALUATION_DUE',
      summary: 'Three-yearly special-education reevaluation due',
    },
  ];
}

// The same loaders as the record's fields, so a timeline costs no statement of its own. Attendance
// is kept by school year, not by day, so it has no place here.
export const EducationTimeline: EducationTimelineResolvers = {
  education: async ({ youthId }, _a, ctx) => {
    const [student, enrolled, iep] = await Promise.all([
      studentOf(youthId, ctx),
      enrollments(youthId, ctx),
      specialEducation(youthId, ctx),
    ]);
    return timelineEvents('EDUCATION', 'EDUCATION', [
      ...enrolled.flatMap((e) => [
        {
          id: id('enrollment-start', e.id),
          date: e.enteredOn,
          kind: 'ENROLLED',
          summary: `Enrolled: ${e.schoolName}, ${e.district}`,
        },
        {
          id: id('enrollment-end', e.id),
          date: e.exitedOn,
          kind: 'EXITED',
          summary: `Left ${e.schoolName} in grade ${e.gradeLevel}${e.exitReason ? `: ${e.exitReason}` : ''}`,
        },
      ]),
      ...iepEvents(youthId, iep),
      ...(student?.creditsEarned != null && student.creditsRequired != null
        ? [
            {
              id: id('credits', youthId),
              date: student.creditsAsOf,
              kind: 'CREDITS_REPORTED',
              summary: `Transcript: ${student.creditsEarned} of ${student.creditsRequired} credits toward a diploma`,
            },
          ]
        : []),
    ]);
  },
};
