import { Faker, en } from '@faker-js/faker';
import type { SyntheticYouth } from './types.ts';

/** The health agency's record of one youth, under its medical record number (e.g. MRN-100000). */
export interface HealthCase {
  localId: string;
  youthId: string;
  primaryClinician: string;
  lastExamOn: string | null;
  mentalHealth: {
    provider: string;
    clinicianName: string;
    treatmentStatus: 'ACTIVE' | 'WAITLISTED' | 'COMPLETED' | 'DISCONTINUED';
    nextAppointmentOn: string | null;
    diagnoses: { code: string; text: string; diagnosedOn: string }[];
  } | null;
  /** Kept apart from the rest of the record (45 CFR 164.501); `authorId` is the clinician's person id. */
  psychotherapyNotes: { writtenOn: string; authorId: string; author: string; text: string }[];
  /** A 42 CFR Part 2 program's record. */
  substanceUse: {
    programName: string;
    levelOfCare: 'EARLY_INTERVENTION' | 'OUTPATIENT' | 'INTENSIVE_OUTPATIENT' | 'RESIDENTIAL';
    admittedOn: string;
    dischargedOn: string | null;
    status: 'IN_TREATMENT' | 'COMPLETED' | 'LEFT_BEFORE_COMPLETION';
  } | null;
  /** The Part 2 counsellor's own notes, kept apart (42 CFR 2.11, 2024); from programs.ts, its own seed. */
  sudCounselingNotes: { writtenOn: string; authorId: string; author: string; text: string }[];
  /** Minor-consent services (Family Code 6925, 6926). */
  sexualHealthVisits: { visitOn: string; service: string }[];
  medications: { name: string; dose: string }[];
  appointments: { scheduledOn: string; kind: string; clinic: string; status: 'BOOKED' | 'FULFILLED' | 'NO_SHOW' }[];
}

// Its own seed, drawn after the rest of the world, so adding health changed no existing value.
const HEALTH_SEED = 20141;
const DIAGNOSES = [
  { code: 'F43.10', text: 'Post-traumatic stress disorder, unspecified' },
  { code: 'F32.1', text: 'Major depressive disorder, single episode, moderate' },
  { code: 'F41.1', text: 'Generalized anxiety disorder' },
  { code: 'F90.2', text: 'Attention-deficit hyperactivity disorder, combined type' },
  { code: 'F43.23', text: 'Adjustment disorder with mixed anxiety and depressed mood' },
  { code: 'F51.01', text: 'Primary insomnia' },
];
const NOTES = [
  'Session focused on grounding skills; youth practiced a breathing exercise and named two safe adults.',
  'Reviewed sleep routine and school stress; youth set one small goal for the week.',
  'Explored feelings about the recent placement change; youth engaged and asked to continue next week.',
  'Worked on identifying early signs of distress and a plan for reaching out to supports.',
  'Youth described progress with peers at school; practised assertive communication through role-play.',
];
const SEXUAL_HEALTH_SERVICES = [
  'CONTRACEPTIVE_COUNSELING',
  'STI_SCREENING',
  'STI_TREATMENT',
  'PREGNANCY_TEST',
  'HPV_VACCINATION',
];
// Physical-health medications only: psychotropic, contraceptive and addiction medications belong to
// the stricter categories and are never listed here.
const MEDICATIONS = [
  { name: 'Albuterol inhaler', dose: '90 mcg, 2 puffs as needed' },
  { name: 'Cetirizine', dose: '10 mg daily' },
  { name: 'Ferrous sulfate', dose: '325 mg daily' },
  { name: 'Multivitamin', dose: '1 tablet daily' },
  { name: 'Ibuprofen', dose: '400 mg as needed' },
  { name: 'Fluticasone nasal spray', dose: '1 spray each nostril daily' },
];
const APPOINTMENTS = [
  'Well-child exam',
  'Immunization follow-up',
  'Dental cleaning',
  'Vision screening',
  'Asthma check',
];

const name = (f: Faker) => `${f.person.firstName()} ${f.person.lastName()}`;

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Health records for the youths the health agency serves, loosely following the SAGE 2014 intake
 * profile: most with mental-health needs (some waiting for services), about 40% in substance-use
 * treatment, some minor-consent sexual-health visits, physical exams for most. Youths 0 and 1 (the
 * demo's) have every part.
 */
export function generateHealth(youths: readonly SyntheticYouth[], today: Date): HealthCase[] {
  const f = new Faker({ locale: [en] });
  f.seed(HEALTH_SEED);
  f.setDefaultRefDate(today);
  const cases: HealthCase[] = [];
  youths.forEach((youth, i) => {
    const localId = youth.localIds.HEALTH;
    if (localId) cases.push(healthCase(f, youth.id, localId, i < 2, today));
  });
  return cases;
}

function healthCase(f: Faker, youthId: string, localId: string, fixed: boolean, today: Date): HealthCase {
  const clinic = `${f.location.city()} Youth Health Center`;
  const mentalHealth = fixed || f.number.float() < 0.75;
  const clinician =
    fixed || f.number.float() < 0.5
      ? { id: 'clin-okafor', name: 'Ada Okafor' }
      : { id: `clin-${f.string.alphanumeric(6)}`, name: name(f) };
  const treatmentStatus = fixed
    ? 'ACTIVE'
    : f.helpers.weightedArrayElement([
        { weight: 6, value: 'ACTIVE' as const },
        { weight: 2, value: 'WAITLISTED' as const },
        { weight: 1, value: 'COMPLETED' as const },
        { weight: 1, value: 'DISCONTINUED' as const },
      ]);
  const admitted = f.date.past({ years: 2 });
  const suStatus = fixed
    ? 'IN_TREATMENT'
    : f.helpers.arrayElement(['IN_TREATMENT', 'COMPLETED', 'LEFT_BEFORE_COMPLETION'] as const);
  const substanceUse = fixed || f.number.float() < 0.4;
  const sexualHealth = fixed || f.number.float() < 0.3;
  return {
    localId,
    youthId,
    primaryClinician: name(f),
    lastExamOn: fixed || f.number.float() < 0.85 ? day(f.date.past({ years: 1 })) : null,
    mentalHealth: mentalHealth
      ? {
          provider: `${f.location.city()} Youth Behavioral Health`,
          clinicianName: clinician.name,
          treatmentStatus,
          nextAppointmentOn: treatmentStatus === 'ACTIVE' ? day(f.date.soon({ days: 30 })) : null,
          diagnoses: f.helpers
            .arrayElements(DIAGNOSES, { min: 1, max: 3 })
            .map((d) => ({ ...d, diagnosedOn: day(f.date.past({ years: 3 })) }))
            .sort((a, b) => a.diagnosedOn.localeCompare(b.diagnosedOn)),
        }
      : null,
    psychotherapyNotes:
      mentalHealth && treatmentStatus !== 'WAITLISTED'
        ? Array.from({ length: f.number.int({ min: fixed ? 2 : 0, max: 4 }) }, () => ({
            writtenOn: day(f.date.recent({ days: 180 })),
            authorId: clinician.id,
            author: clinician.name,
            text: f.helpers.arrayElement(NOTES),
          })).sort((a, b) => a.writtenOn.localeCompare(b.writtenOn))
        : [],
    substanceUse: substanceUse
      ? {
          programName: `${f.location.city()} Adolescent Recovery Program`,
          levelOfCare: f.helpers.arrayElement([
            'EARLY_INTERVENTION',
            'OUTPATIENT',
            'INTENSIVE_OUTPATIENT',
            'RESIDENTIAL',
          ] as const),
          admittedOn: day(admitted),
          dischargedOn: suStatus === 'IN_TREATMENT' ? null : day(f.date.between({ from: admitted, to: today })),
          status: suStatus,
        }
      : null,
    sudCounselingNotes: [],
    sexualHealthVisits: sexualHealth
      ? Array.from({ length: f.number.int({ min: 1, max: 3 }) }, () => ({
          visitOn: day(f.date.past({ years: 1 })),
          service: f.helpers.arrayElement(SEXUAL_HEALTH_SERVICES),
        })).sort((a, b) => a.visitOn.localeCompare(b.visitOn))
      : [],
    medications: f.helpers.arrayElements(MEDICATIONS, { min: fixed ? 1 : 0, max: 2 }),
    appointments: [
      ...Array.from({ length: f.number.int({ min: 0, max: 2 }) }, () => ({
        scheduledOn: day(f.date.past({ years: 1 })),
        kind: f.helpers.arrayElement(APPOINTMENTS),
        clinic,
        status: f.number.float() < 0.8 ? ('FULFILLED' as const) : ('NO_SHOW' as const),
      })),
      ...Array.from({ length: f.number.int({ min: fixed ? 1 : 0, max: 2 }) }, () => ({
        scheduledOn: day(f.date.soon({ days: 90 })),
        kind: f.helpers.arrayElement(APPOINTMENTS),
        clinic,
        status: 'BOOKED' as const,
      })),
    ].sort((a, b) => a.scheduledOn.localeCompare(b.scheduledOn)),
  };
}
