import { Faker, en } from '@faker-js/faker';
import { generateLawEnforcement, type LawEnforcementCase } from './law-enforcement.ts';
import { DEFAULT_PURPOSE, type Agency } from '@hub/policies/vocabulary';
import { generateDistrictAttorney, type DistrictAttorneyCase } from './district-attorney.ts';
import { generateEducation, type EducationCase } from './education.ts';
import { generateHealth, type HealthCase } from './health.ts';
import { generateProbation, type ProbationCase } from './probation.ts';
import { generatePublicDefender, type PublicDefenderCase } from './public-defender.ts';
import { generateChildWelfareScreenings } from './screening.ts';
import type { ChildWelfareCase } from './child-welfare.ts';
import { generateMissing } from './missing.ts';
import { NO_DETAIL, type RunawayEpisode } from './runaway.ts';
import { PERSONAS } from './personas.ts';
import { generatePrograms, type TreatmentProgram } from './programs.ts';
import type { SyntheticConsent, SyntheticCourtOrder, SyntheticTeam, SyntheticYouth } from './types.ts';

export interface SyntheticWorld {
  youths: SyntheticYouth[];
  teams: SyntheticTeam[];
  consents: SyntheticConsent[];
  courtOrders: SyntheticCourtOrder[];
  childWelfare: ChildWelfareCase[];
  /** The health agency's records, for the youths it serves. */
  health: HealthCase[];
  /** The programs treating youths (Health's Part 2 programs), their staff and youths: the registry's. */
  treatmentPrograms: TreatmentProgram[];
  probation: ProbationCase[];
  education: EducationCase[];
  districtAttorney: DistrictAttorneyCase[];
  publicDefender: PublicDefenderCase[];
  lawEnforcement: LawEnforcementCase[];
}

const SEED = 20140;
const INDICATORS = [
  'Repeated running away',
  'Relationship with an older adult',
  'Controlling "boyfriend"',
  'Unexplained money or goods',
  'Not in control of own money',
  'Uses "the life" slang',
  'Unaccounted time and late hours',
  'Online sexual profile',
  'Frequent law-enforcement contact',
  'Unexplained injuries',
  'Branding tattoo',
];
const PLACEMENTS = ['FOSTER_HOME', 'GROUP_HOME', 'SHELTER', 'RELATIVE', 'STRTP'];
const ALLEGATIONS = [
  'Commercial sexual exploitation',
  'General neglect',
  'Sexual abuse',
  'Physical abuse',
  'Caretaker absence',
];
const STATUSES = ['DEPENDENT', 'VOLUNTARY_FAMILY_MAINTENANCE', 'NON_MINOR_DEPENDENT', 'INVESTIGATION'];
const AGENCY_SHARE: [Agency, number][] = [
  ['CHILD_WELFARE', 0.85],
  ['PROBATION', 0.45],
  ['HEALTH', 0.75],
  ['EDUCATION', 0.9],
  ['DISTRICT_ATTORNEY', 0.25],
  ['PUBLIC_DEFENDER', 0.35],
];
const LOCAL_PREFIX: Partial<Record<Agency, string>> = {
  CHILD_WELFARE: 'CW',
  PROBATION: 'PRB',
  HEALTH: 'MRN',
  EDUCATION: 'SSID',
  DISTRICT_ATTORNEY: 'DA',
  PUBLIC_DEFENDER: 'PD',
};
const TODAY = new Date('2026-11-01T00:00:00Z');

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A deterministic world (fixed seed): youths whose involvement overlaps across agencies, loosely
 * following the SAGE 2014 intake profile (most in foster care, most with runaway history).
 * Youth 0 is the demo's fixed youth: served by every agency, with a full team except probation.
 */
export function generateWorld(options: { youths?: number } = {}): SyntheticWorld {
  const count = options.youths ?? 200;
  const f = new Faker({ locale: [en] });
  f.seed(SEED);
  f.setDefaultRefDate(TODAY);
  const world: SyntheticWorld = {
    youths: [],
    teams: [],
    consents: [],
    courtOrders: [],
    childWelfare: [],
    health: [],
    treatmentPrograms: [],
    probation: [],
    education: [],
    districtAttorney: [],
    publicDefender: [],
    lawEnforcement: [],
  };
  // The detective joins teams from law enforcement's own generator (law-enforcement.ts): drawing for
  // them here would change every value drawn after.
  const teamPersonas = PERSONAS.filter((p) => p.role !== 'PRIVACY_OFFICER' && p.agency !== 'LAW_ENFORCEMENT');

  for (let i = 0; i < count; i++) {
    const fixed = i < 2;
    const id = f.string.uuid();
    const givenName = f.person.firstName();
    const familyName = f.person.lastName();
    const localIds: Partial<Record<Agency, string>> = {};
    for (const [agency, share] of AGENCY_SHARE) {
      if (fixed || f.number.float() < share) localIds[agency] = `${LOCAL_PREFIX[agency]}-${String(100000 + i)}`;
    }
    world.youths.push({
      id,
      givenName,
      familyName,
      preferredName: f.number.float() < 0.3 ? f.person.firstName() : null,
      dateOfBirth: day(f.date.birthdate({ mode: 'age', min: 12, max: 17, refDate: TODAY })),
      aliases: Array.from({ length: f.number.int({ min: 0, max: 2 }) }, () => f.person.firstName()),
      localIds,
    });

    // Teams: youth 0 has everyone but probation; youth 1 everyone; others by chance.
    if (fixed || f.number.float() < 0.6) {
      const convened = f.date.past({ years: 2 });
      const members = teamPersonas.filter((p) => {
        if (i === 0) return p.role !== 'PROBATION_OFFICER';
        if (i === 1) return true;
        return p.role === 'MDT_COORDINATOR' || (localIds[p.agency] ? f.number.float() < 0.7 : f.number.float() < 0.2);
      });
      world.teams.push({
        id: f.string.uuid(),
        youthId: id,
        convenedOn: day(convened),
        members: members.map((p) => ({
          personId: p.id,
          name: p.name,
          agency: p.agency,
          role: p.role,
          fromDate: day(convened),
          toDate: !fixed && f.number.float() < 0.1 ? day(f.date.recent({ days: 60 })) : null,
        })),
      });
    }

    if (localIds.CHILD_WELFARE) world.childWelfare.push(childWelfareCase(f, id, localIds.CHILD_WELFARE, fixed));
    if (!fixed && f.number.float() < 0.3) {
      const from = f.date.past({ years: 1 });
      const state = f.helpers.arrayElement(['active', 'revoked', 'expired'] as const);
      world.consents.push({
        id: f.string.uuid(),
        youthId: id,
        grantor: f.helpers.arrayElement(['YOUTH', 'YOUTH', 'GUARDIAN', 'ATTORNEY'] as const),
        categories: f.helpers.arrayElements(['SUBSTANCE_USE', 'MENTAL_HEALTH', 'EDUCATION', 'SEXUAL_HEALTH'], {
          min: 1,
          max: 2,
        }),
        recipientAgencies: f.helpers.arrayElements(['PROBATION', 'CHILD_WELFARE', 'COMMUNITY', 'EDUCATION'], {
          min: 1,
          max: 2,
        }),
        // The purpose a request names by default, so the demo's ordinary requests meet these consents.
        purposes: [DEFAULT_PURPOSE],
        effectiveFrom: from.toISOString(),
        effectiveTo:
          state === 'expired' ? f.date.recent({ days: 30 }).toISOString() : f.date.future({ years: 1 }).toISOString(),
        revokedAt: state === 'revoked' ? f.date.recent({ days: 30 }).toISOString() : null,
        formReference: `CONSENT-${String(5000 + i)}`,
      });
    }
    if (!fixed && localIds.DISTRICT_ATTORNEY && f.number.float() < 0.3) {
      world.courtOrders.push({
        id: f.string.uuid(),
        youthId: id,
        agency: 'DISTRICT_ATTORNEY',
        categories: ['EDUCATION', 'PHYSICAL_HEALTH'],
        effectiveFrom: f.date.past({ years: 1 }).toISOString(),
        effectiveTo: f.date.future({ years: 1 }).toISOString(),
        caseNumber: `JV-${String(20000 + i)}`,
      });
    }
  }
  // After the loop and from its own seed: the values drawn above stay as they were.
  world.health = generateHealth(world.youths, TODAY);
  // Each agency's generator draws from its own seed, so adding one changes no other's data.
  world.probation = generateProbation(world.youths, TODAY);
  world.education = generateEducation(world.youths, TODAY);
  world.districtAttorney = generateDistrictAttorney(world.youths, TODAY);
  world.publicDefender = generatePublicDefender(world.youths, TODAY);
  const missing = generateMissing(world.youths, world.childWelfare, world.probation, TODAY);
  world.childWelfare.forEach((c, i) => (c.runaways = missing.childWelfare[i]!));
  world.probation.forEach((c, i) => (c.runaways = missing.probation[i]!));
  const screenings = generateChildWelfareScreenings(world.youths, TODAY);
  const youthIndex = new Map(world.youths.map((y, i) => [y.id, i]));
  world.childWelfare.forEach((c) => (c.screenings = screenings[youthIndex.get(c.youthId)!]!));
  const programs = generatePrograms(world.youths, world.health, TODAY);
  world.treatmentPrograms = programs.programs;
  const notesOf = new Map<string, typeof programs.notes>(); // by local id, once (a filter per case was quadratic)
  for (const n of programs.notes) notesOf.set(n.localId, [...(notesOf.get(n.localId) ?? []), n]);
  world.health.forEach((h) => (h.sudCounselingNotes = notesOf.get(h.localId) ?? []));
  world.lawEnforcement = generateLawEnforcement(
    world.youths,
    world.teams,
    world.childWelfare,
    world.probation,
    world.districtAttorney,
    TODAY,
  );
  return world;
}

function childWelfareCase(f: Faker, youthId: string, localId: string, fixed: boolean): ChildWelfareCase {
  const opened = f.date.past({ years: 4 });
  const worker =
    fixed || f.number.float() < 0.5
      ? { id: 'sw-garcia', name: 'Dana Garcia' }
      : { id: `sw-${f.string.alphanumeric(6)}`, name: f.person.fullName() };
  const placementCount = f.number.int({ min: 1, max: 4 });
  let start = opened;
  return {
    localId,
    youthId,
    dependencyStatus: f.helpers.arrayElement(STATUSES),
    caseOpenedOn: day(opened),
    workerId: worker.id,
    workerName: worker.name,
    referrals: Array.from({ length: f.number.int({ min: 1, max: 3 }) }, () => ({
      receivedOn: day(f.date.between({ from: opened, to: TODAY })),
      allegation: f.helpers.arrayElement(ALLEGATIONS),
      disposition: f.helpers.arrayElement(['SUBSTANTIATED', 'INCONCLUSIVE', 'UNFOUNDED']),
      canraReport: f.number.float() < 0.8,
    })),
    placements: Array.from({ length: placementCount }, (_, k) => {
      const end = k === placementCount - 1 ? null : f.date.between({ from: start, to: TODAY });
      const placement = {
        kind: f.helpers.weightedArrayElement([
          { weight: 4, value: PLACEMENTS[1]! },
          { weight: 3, value: PLACEMENTS[0]! },
          { weight: 2, value: PLACEMENTS[2]! },
          { weight: 1, value: PLACEMENTS[3]! },
          { weight: 1, value: PLACEMENTS[4]! },
        ]),
        providerName: `${f.location.city()} ${f.helpers.arrayElement(['Family Home', 'Youth Center', 'Shelter', 'Residence'])}`,
        startDate: day(start),
        endDate: end ? day(end) : null,
      };
      if (end) start = end;
      return placement;
    }),
    // The day each episode began and ended; missing.ts fills in the rest from its own seed.
    runaways: Array.from({ length: f.number.int({ min: fixed ? 2 : 0, max: 5 }) }, (): RunawayEpisode => {
      const left = f.date.between({ from: opened, to: TODAY });
      const returned = f.number.float() < 0.85;
      return {
        ...NO_DETAIL,
        leftOn: day(left),
        returnedOn: returned ? day(new Date(left.getTime() + f.number.int({ min: 1, max: 20 }) * 86_400_000)) : null,
        foundAt: returned ? f.location.city() : null,
      };
    }),
    screenings: [],
    indicators: f.helpers.arrayElements(INDICATORS, { min: 1, max: 4 }).map((indicator) => ({
      indicator,
      observedOn: day(f.date.between({ from: opened, to: TODAY })),
      source: f.helpers.arrayElement(['Screening (CSE-IT)', 'Social worker observation', 'Law enforcement report']),
    })),
    safetyPlan:
      fixed || f.number.float() < 0.6
        ? {
            summary:
              'Check-in twice weekly; safe adult identified; phone with trusted contacts; no contact with identified exploiter.',
            updatedOn: day(f.date.recent({ days: 90 })),
          }
        : null,
  };
}
