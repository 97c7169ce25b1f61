import { spoken, timelineEvents } from '@hub/subgraph-kit';
import type { HealthTimelineResolvers, SexualHealthService } from '../generated/resolvers-types.ts';
import { diagnoses, mentalHealth, notes, patientOf, substanceUse, upcomingAppointments, visits } from '../loaders.ts';

// Rows kept one per patient are named by the hub youth id: the MRN is not exposed.
const id = (kind: string, localId: number | string) => `health:${kind}:${localId}`;

const SERVICE: Record<SexualHealthService, string> = {
  CONTRACEPTIVE_COUNSELING: 'contraceptive counseling',
  STI_SCREENING: 'STI screening',
  STI_TREATMENT: 'STI treatment',
  PREGNANCY_TEST: 'pregnancy test',
  HPV_VACCINATION: 'HPV vaccination',
};

// The same loaders as the record's fields, so a timeline costs no statement of its own.
export const HealthTimeline: HealthTimelineResolvers = {
  mentalHealth: async ({ youthId }, _a, ctx) => {
    const [treatment, diagnosed] = await Promise.all([mentalHealth(youthId, ctx), diagnoses(youthId, ctx)]);
    return timelineEvents('HEALTH', 'MENTAL_HEALTH', [
      ...diagnosed.map((d) => ({
        id: id('diagnosis', d.id),
        date: d.diagnosedOn,
        kind: 'DIAGNOSED',
        summary: `Diagnosed: ${d.code} ${d.text}`,
      })),
      ...(treatment
        ? [
            {
              id: id('mental-health-appointment', youthId),
              date: treatment.nextAppointmentOn,
              kind: 'APPOINTMENT_SCHEDULED',
              summary: `Mental-health appointment with ${treatment.clinicianName}, ${treatment.provider}`,
            },
          ]
        : []),
    ]);
  },
  // The field's own loader, so the viewer sees only the notes they wrote; the text stays in the note.
  psychotherapyNotes: async ({ youthId }, _a, ctx) =>
    timelineEvents(
      'HEALTH',
      'PSYCHOTHERAPY_NOTES',
      (await notes(youthId, ctx)).map((n) => ({
        id: id('note', n.id),
        date: n.writtenOn,
        kind: 'NOTE_WRITTEN',
        summary: `Psychotherapy note by ${n.author}`,
      })),
    ),
  substanceUse: async ({ youthId }, _a, ctx) => {
    const row = await substanceUse(youthId, ctx);
    return timelineEvents(
      'HEALTH',
      'SUBSTANCE_USE',
      row
        ? [
            {
              id: id('substance-use-admission', youthId),
              date: row.admittedOn,
              kind: 'ADMITTED',
              summary: `Admitted: ${row.programName} (${spoken(row.levelOfCare)})`,
            },
            {
              id: id('substance-use-discharge', youthId),
              date: row.dischargedOn,
              kind: 'DISCHARGED',
              summary: `Discharged: ${row.programName} (${spoken(row.status)})`,
            },
          ]
        : [],
    );
  },
  sexualHealth: async ({ youthId }, _a, ctx) =>
    timelineEvents(
      'HEALTH',
      'SEXUAL_HEALTH',
      (await visits(youthId, ctx)).map((v) => ({
        id: id('visit', v.id),
        date: v.visitOn,
        kind: 'VISIT_ATTENDED',
        summary: `Visit: ${SERVICE[v.service as SexualHealthService] ?? spoken(v.service)}`,
      })),
    ),
  physicalHealth: async ({ youthId }, _a, ctx) => {
    const [row, booked] = await Promise.all([patientOf(youthId, ctx), upcomingAppointments(youthId, ctx)]);
    return timelineEvents('HEALTH', 'PHYSICAL_HEALTH', [
      ...(row
        ? [
            {
              id: id('exam', youthId),
              date: row.lastExamOn,
              kind: 'EXAM_COMPLETED',
              summary: `Physical exam; primary clinician ${row.primaryClinician}`,
            },
          ]
        : []),
      ...booked.map((a) => ({
        id: id('appointment', a.id),
        date: a.scheduledOn,
        kind: 'APPOINTMENT_SCHEDULED',
        summary: `${a.kind} booked at ${a.clinic}`,
      })),
    ]);
  },
};
