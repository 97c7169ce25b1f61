import { Faker, en } from '@faker-js/faker';
import type { RunawayEpisode } from './runaway.ts';
import type { SyntheticYouth } from './types.ts';

type SupervisionKind = 'INFORMAL' | 'NON_WARD' | 'WARD' | 'DEFERRED_ENTRY_OF_JUDGMENT';
type CourtStatus = 'NOT_FILED' | 'PETITION_PENDING' | 'DEFERRED_ENTRY' | 'SUSTAINED' | 'DISMISSED';
type ScreeningResult = 'NO_CONCERN' | 'POSSIBLE_CONCERN' | 'CLEAR_CONCERN';

/** Probation's record of one youth, under its own probation number (e.g. PRB-100000). */
export interface ProbationCase {
  localId: string;
  youthId: string;
  /** The current or latest grant of supervision; null when the referral never led to one. */
  supervision: {
    kind: SupervisionKind;
    status: 'ACTIVE' | 'COMPLETED';
    startedOn: string;
    /** The scheduled end while active, the day it ended once completed. */
    endsOn: string | null;
    officerId: string;
    officerName: string;
    conditions: { condition: string; imposedOn: string }[];
    violations: {
      occurredOn: string;
      description: string;
      response: 'COUNSELED' | 'CONDITIONS_MODIFIED' | 'NOTICE_FILED';
    }[];
  } | null;
  /** The juvenile court case (WIC 602): every youth probation serves came to it by a referral. */
  delinquencyCase: {
    petitionNumber: string | null;
    petitionFiledOn: string | null;
    courtStatus: CourtStatus;
    nextHearingOn: string | null;
    /** A dismissed petition is sealed (WIC 786(b)): deemed never to have occurred. */
    sealedOn?: string | null;
    sealedUnder?: string | null;
  };
  /** Never for commercial sex conduct: a minor is its victim, not its offender (SB 1322). */
  citations: {
    issuedOn: string;
    offense: string;
    issuingAgency: string;
    disposition: 'COUNSELED_AND_CLOSED' | 'DIVERTED' | 'PETITION_REQUESTED';
  }[];
  detentionEpisodes: { admittedOn: string; releasedOn: string | null; facility: string }[];
  /** Probation's own CSEC identification (WIC 16501.35): the status its latest screening documents. */
  csecIdentification: { status: 'IDENTIFIED' | 'AT_RISK' | 'NOT_IDENTIFIED'; documentedOn: string } | null;
  csecScreenings: {
    screenedOn: string;
    tool: string;
    result: ScreeningResult;
    indicators: string[];
    /** The CANRA report to child welfare (Penal Code 11165.1 includes trafficking of a child). */
    reportedToChildWelfareOn: string | null;
  }[];
  /** AWOL episodes: from home supervision or a placement probation made (filled in by missing.ts). */
  runaways: RunawayEpisode[];
}

// Its own seed, drawn after the rest of the world, so adding probation changed no existing value.
const PROBATION_SEED = 20142;
const CONDITIONS = [
  'Attend school regularly and on time',
  'Report to the probation officer as directed',
  'Observe the curfew the probation officer sets',
  'Participate in the program the probation officer directs',
  'Complete 20 hours of community service',
  'Do not possess weapons',
  'No contact with the persons named in the court order',
];
const VIOLATIONS = [
  'Missed a scheduled check-in',
  'Curfew not observed',
  'School attendance condition not met',
  'Community service hours not completed by the due date',
  'Missed a program session',
];
// Ordinary misdemeanours and infractions only. Commercial sex conduct of a minor is never cited:
// it is exploitation, screened and reported as such (SB 1322; WIC 16501.35).
const OFFENSES = [
  'Petty theft (PC 484(a))',
  'Vandalism (PC 594(a))',
  'Trespass (PC 602)',
  'Disturbing the peace (PC 415)',
  'Fare evasion (PC 640(c))',
  'Battery (PC 242)',
  'Receiving stolen property (PC 496(a))',
];
const INDICATORS = [
  'Repeated running away',
  'Relationship with an older adult',
  'Controlling "boyfriend"',
  'Unexplained money or goods',
  'Not in control of own money',
  'Uses "the life" slang',
  'Unaccounted time and late hours',
  'Online sexual profile',
  'Unexplained injuries',
  'Branding tattoo',
  'Law-enforcement contact as a suspected victim of exploitation (no citation: SB 1322)',
];
const SCREENING_TOOL = 'CSE-IT';
// The CSE-IT's levels of concern, and the status each documents under WIC 16501.35.
const CSEC_STATUS = { NO_CONCERN: 'NOT_IDENTIFIED', POSSIBLE_CONCERN: 'AT_RISK', CLEAR_CONCERN: 'IDENTIFIED' } as const;
const DAY = 86_400_000;

const name = (f: Faker) => `${f.person.firstName()} ${f.person.lastName()}`;
const day = (date: Date) => date.toISOString().slice(0, 10);
const byDate =
  <K extends string>(key: K) =>
  (a: Record<K, string>, b: Record<K, string>) =>
    a[key].localeCompare(b[key]);

/**
 * Probation records for the youths probation serves: most with a delinquency petition and a grant
 * of supervision, some handled informally, about half supervised by the demo's officer, most
 * screened for CSEC. Youths 0 and 1 (the demo's) have every part.
 */
export function generateProbation(youths: readonly SyntheticYouth[], today: Date): ProbationCase[] {
  const f = new Faker({ locale: [en] });
  f.seed(PROBATION_SEED);
  f.setDefaultRefDate(today);
  const cases: ProbationCase[] = [];
  youths.forEach((youth, i) => {
    const localId = youth.localIds.PROBATION;
    if (localId) cases.push(probationCase(f, youth.id, localId, i < 2, today));
  });
  return cases;
}

function probationCase(f: Faker, youthId: string, localId: string, fixed: boolean, today: Date): ProbationCase {
  const referred = f.date.past({ years: 3, refDate: new Date(today.getTime() - 60 * DAY) });
  const courtStatus: CourtStatus = fixed
    ? 'SUSTAINED'
    : f.helpers.weightedArrayElement([
        { weight: 3, value: 'NOT_FILED' as const },
        { weight: 1, value: 'PETITION_PENDING' as const },
        { weight: 1, value: 'DEFERRED_ENTRY' as const },
        { weight: 4, value: 'SUSTAINED' as const },
        { weight: 1, value: 'DISMISSED' as const },
      ]);
  const filed = courtStatus === 'NOT_FILED' ? null : f.date.between({ from: referred, to: today });
  const supervision = supervisionFor(f, courtStatus, filed ?? referred, fixed, today);
  const awaitingCourt = courtStatus === 'PETITION_PENDING' || courtStatus === 'DEFERRED_ENTRY';
  return {
    localId,
    youthId,
    runaways: [],
    supervision,
    delinquencyCase: {
      petitionNumber: filed ? `JD-${filed.getUTCFullYear()}-${f.string.numeric(5)}` : null,
      petitionFiledOn: filed ? day(filed) : null,
      courtStatus,
      nextHearingOn:
        awaitingCourt || (courtStatus === 'SUSTAINED' && supervision?.status === 'ACTIVE')
          ? day(f.date.soon({ days: 90 }))
          : null,
      // Dismissed petitions are sealed 60 days later (no draw from the generator: the rest of the
      // world stays as it was).
      ...(courtStatus === 'DISMISSED' && filed
        ? { sealedOn: day(new Date(Math.min(filed.getTime() + 60 * DAY, today.getTime()))), sealedUnder: 'WIC 786' }
        : {}),
    },
    citations: Array.from({ length: f.number.int({ min: fixed ? 2 : 1, max: 3 }) }, (_, k) => {
      const issued = k === 0 ? referred : f.date.between({ from: referred, to: today });
      return {
        issuedOn: day(issued),
        offense: f.helpers.arrayElement(OFFENSES),
        issuingAgency: f.helpers.arrayElement([`${f.location.city()} Police Department`, "County Sheriff's Office"]),
        disposition:
          k === 0 && filed
            ? ('PETITION_REQUESTED' as const)
            : f.helpers.arrayElement(['COUNSELED_AND_CLOSED', 'DIVERTED', 'PETITION_REQUESTED'] as const),
      };
    }).sort(byDate('issuedOn')),
    detentionEpisodes: filed ? detentionsFor(f, filed, fixed, today) : [],
    ...csecFor(f, referred, fixed, today),
  };
}

/** Episodes in order, each ending before the next begins; only the latest may still be open. */
function detentionsFor(f: Faker, from: Date, fixed: boolean, today: Date): ProbationCase['detentionEpisodes'] {
  const admissions = Array.from({ length: f.number.int({ min: fixed ? 1 : 0, max: 2 }) }, () =>
    f.date.between({ from, to: today }),
  ).sort((a, b) => a.getTime() - b.getTime());
  return admissions.map((admitted, k) => {
    const planned = admitted.getTime() + f.number.int({ min: 1, max: 21 }) * DAY;
    const open = !fixed && k === admissions.length - 1 && planned >= today.getTime();
    return {
      admittedOn: day(admitted),
      releasedOn: open ? null : day(new Date(Math.min(planned, (admissions[k + 1] ?? today).getTime()))),
      facility: f.helpers.arrayElement(['County Juvenile Hall', 'County Youth Camp']),
    };
  });
}

function supervisionFor(
  f: Faker,
  courtStatus: CourtStatus,
  from: Date,
  fixed: boolean,
  today: Date,
): ProbationCase['supervision'] {
  const kind: SupervisionKind | null = fixed
    ? 'WARD'
    : {
        NOT_FILED: f.number.float() < 0.6 ? ('INFORMAL' as const) : null,
        PETITION_PENDING: null,
        DEFERRED_ENTRY: 'DEFERRED_ENTRY_OF_JUDGMENT' as const,
        SUSTAINED: f.number.float() < 0.7 ? ('WARD' as const) : ('NON_WARD' as const),
        DISMISSED: f.number.float() < 0.5 ? ('DEFERRED_ENTRY_OF_JUDGMENT' as const) : null,
      }[courtStatus];
  if (!kind) return null;
  const started = f.date.between({ from, to: new Date(Math.max(from.getTime(), today.getTime() - 30 * DAY)) });
  const active = fixed || (courtStatus !== 'DISMISSED' && f.number.float() < 0.85);
  const ended = active ? null : f.date.between({ from: started, to: today });
  const officer =
    fixed || f.number.float() < 0.5
      ? { id: 'po-nguyen', name: 'Sam Nguyen' }
      : { id: `po-${f.string.alphanumeric(6)}`, name: name(f) };
  return {
    kind,
    status: active ? 'ACTIVE' : 'COMPLETED',
    startedOn: day(started),
    endsOn: day(ended ?? f.date.soon({ days: 365 })),
    officerId: officer.id,
    officerName: officer.name,
    conditions: f.helpers
      .arrayElements(CONDITIONS, { min: fixed ? 3 : 2, max: 5 })
      .map((condition) => ({ condition, imposedOn: day(started) })),
    violations: Array.from({ length: f.number.int({ min: fixed ? 1 : 0, max: 3 }) }, () => ({
      occurredOn: day(f.date.between({ from: started, to: ended ?? today })),
      description: f.helpers.arrayElement(VIOLATIONS),
      response: f.helpers.weightedArrayElement([
        { weight: 5, value: 'COUNSELED' as const },
        { weight: 2, value: 'CONDITIONS_MODIFIED' as const },
        { weight: 1, value: 'NOTICE_FILED' as const },
      ]),
    })).sort(byDate('occurredOn')),
  };
}

/** Probation's own CSEC screenings and the status the latest one documents (WIC 16501.35). */
function csecFor(
  f: Faker,
  referred: Date,
  fixed: boolean,
  today: Date,
): Pick<ProbationCase, 'csecIdentification' | 'csecScreenings'> {
  if (!fixed && f.number.float() >= 0.7) return { csecIdentification: null, csecScreenings: [] };
  const screenings = Array.from({ length: f.number.int({ min: fixed ? 2 : 1, max: 2 }) }, () => {
    const screened = day(f.date.between({ from: referred, to: today }));
    const result = f.helpers.weightedArrayElement([
      { weight: 2, value: 'NO_CONCERN' as const },
      { weight: 3, value: 'POSSIBLE_CONCERN' as const },
      { weight: 3, value: 'CLEAR_CONCERN' as const },
    ]);
    return {
      screenedOn: screened,
      tool: SCREENING_TOOL,
      result,
      indicators: result === 'NO_CONCERN' ? [] : f.helpers.arrayElements(INDICATORS, { min: 1, max: 4 }),
      reportedToChildWelfareOn:
        result === 'CLEAR_CONCERN' || (result === 'POSSIBLE_CONCERN' && f.number.float() < 0.5) ? screened : null,
    };
  }).sort(byDate('screenedOn'));
  if (fixed) {
    // The demo's youths were identified at their latest screening, with the SB 1322 contact on record.
    const latest = screenings[screenings.length - 1]!;
    latest.result = 'CLEAR_CONCERN';
    latest.indicators = [INDICATORS[INDICATORS.length - 1]!, INDICATORS[1]!, INDICATORS[6]!];
    latest.reportedToChildWelfareOn = latest.screenedOn;
  }
  const latest = screenings[screenings.length - 1]!;
  return {
    csecIdentification: {
      status: CSEC_STATUS[latest.result],
      documentedOn: latest.screenedOn,
    },
    csecScreenings: screenings,
  };
}
