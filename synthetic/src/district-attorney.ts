import { Faker, en } from '@faker-js/faker';
import type { SyntheticYouth } from './types.ts';

export type ProsecutionStatus = 'UNDER_REVIEW' | 'FILED' | 'IN_TRIAL' | 'SENTENCED' | 'DISMISSED';
export type CourtEventKind =
  'ARRAIGNMENT' | 'PRELIMINARY_HEARING' | 'PRETRIAL_CONFERENCE' | 'TRIAL' | 'SENTENCING' | 'RESTITUTION_HEARING';

/**
 * The District Attorney's victim-witness file on one youth, under its own number (e.g. DA-100000):
 * the prosecutions of exploiters in which the youth is a victim or a witness (never the defendant),
 * the assigned victim advocate, court dates and protective orders. No address is ever kept here
 * (Penal Code 293, Gov. Code 7923.615), and the restrained party is never named.
 */
export interface DistrictAttorneyCase {
  localId: string;
  youthId: string;
  /** `personId` is the advocate's person id (the identity provider's `sub`). */
  advocate: { personId: string; name: string; assignedOn: string } | null;
  cases: {
    /** The DA's file number, e.g. DA26-004512. */
    caseNumber: string;
    role: 'VICTIM' | 'WITNESS';
    status: ProsecutionStatus;
    referredOn: string;
    filedOn: string | null;
    /** Charges against the alleged exploiter. */
    charges: { code: string; description: string }[];
    courtDates: {
      scheduledOn: string;
      kind: CourtEventKind;
      department: string;
      /** The youth is subpoenaed to appear (to testify). */
      appearanceRequired: boolean;
      status: 'SCHEDULED' | 'HELD' | 'CONTINUED' | 'VACATED';
    }[];
  }[];
  protectiveOrders: {
    caseNumber: string;
    kind: 'CRIMINAL_PROTECTIVE_ORDER' | 'POST_CONVICTION_PROTECTIVE_ORDER';
    /** Described generically, never by name. */
    restrainedParty: string;
    terms: string[];
    status: 'ACTIVE' | 'EXPIRED' | 'TERMINATED';
    issuedOn: string;
    expiresOn: string | null;
  }[];
}

// Its own seed, drawn after the rest of the world, so adding the DA changed no existing value.
const DISTRICT_ATTORNEY_SEED = 20144;
const TRAFFICKING = { code: 'PC 236.1(c)', description: 'Human trafficking of a minor for a commercial sex act' };
const OTHER_CHARGES = [
  { code: 'PC 236.1(a)', description: 'Human trafficking for forced labor or services' },
  { code: 'PC 266h(b)', description: 'Pimping a minor' },
  { code: 'PC 266i(b)', description: 'Pandering a minor' },
  { code: 'PC 288.3(a)', description: 'Contacting a minor with intent to commit a sexual offense' },
  { code: 'PC 136.1(b)', description: 'Dissuading a witness' },
  { code: 'PC 422', description: 'Criminal threats' },
  { code: 'PC 182(a)(1)', description: 'Conspiracy' },
  { code: 'PC 272(a)', description: 'Contributing to the delinquency of a minor' },
];
const RESTRAINED = ['Adult respondent', 'Adult co-respondent', 'Adult respondent (co-defendant)'];
const NO_CONTACT = 'No contact with the protected person, directly or through others, including online';
const TERMS = [
  'Stay at least 100 yards away from the protected person',
  'No firearms or ammunition',
  'No posting or sharing images of the protected person',
];
const BEFORE_TRIAL: CourtEventKind[] = ['ARRAIGNMENT', 'PRELIMINARY_HEARING', 'PRETRIAL_CONFERENCE'];
const DAY = 86_400_000;

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/**
 * Victim-witness files for the youths the DA serves: most youths a victim in one prosecution (some
 * in two, some a witness), about half with Efua Mensah as their advocate, court dates for filed
 * cases and protective orders for many. Youths 0 and 1 (the demo's) have every part: a filed
 * trafficking case, an upcoming hearing, an active protective order, Efua Mensah.
 */
export function generateDistrictAttorney(youths: readonly SyntheticYouth[], today: Date): DistrictAttorneyCase[] {
  const f = new Faker({ locale: [en] });
  f.seed(DISTRICT_ATTORNEY_SEED);
  f.setDefaultRefDate(today);
  const files: DistrictAttorneyCase[] = [];
  youths.forEach((youth, i) => {
    const localId = youth.localIds.DISTRICT_ATTORNEY;
    if (localId) files.push(victimFile(f, youth.id, localId, i < 2, today));
  });
  return files;
}

function victimFile(f: Faker, youthId: string, localId: string, fixed: boolean, today: Date): DistrictAttorneyCase {
  const count = fixed || f.number.float() < 0.8 ? 1 : 2;
  const cases = Array.from({ length: count }, () => prosecution(f, fixed, today))
    // One row per (youth, case number): a rare repeated number is the same case.
    .filter((c, k, all) => all.findIndex((o) => o.caseNumber === c.caseNumber) === k)
    .sort((a, b) => a.referredOn.localeCompare(b.referredOn));
  const advocate =
    fixed || f.number.float() < 0.5
      ? { personId: 'va-mensah', name: 'Efua Mensah' }
      : f.number.float() < 0.85
        ? { personId: `va-${f.string.alphanumeric(6)}`, name: `${f.person.firstName()} ${f.person.lastName()}` }
        : null;
  // Assigned within two weeks of the first referral, never after today.
  const assigned = addDays(new Date(`${cases[0]!.referredOn}T00:00:00Z`), f.number.int({ min: 0, max: 14 }));
  return {
    localId,
    youthId,
    advocate: advocate ? { ...advocate, assignedOn: day(assigned < today ? assigned : today) } : null,
    cases: cases.map(({ issuedOrder: _, ...c }) => c),
    protectiveOrders: cases.flatMap((c) => (c.issuedOrder ? [c.issuedOrder] : [])),
  };
}

type Prosecution = DistrictAttorneyCase['cases'][number] & {
  issuedOrder: DistrictAttorneyCase['protectiveOrders'][number] | null;
};

function prosecution(f: Faker, fixed: boolean, today: Date): Prosecution {
  const referred = f.date.past({ years: fixed ? 1 : 2 });
  const status: ProsecutionStatus = fixed
    ? 'FILED'
    : f.helpers.weightedArrayElement([
        { weight: 2, value: 'UNDER_REVIEW' as const },
        { weight: 4, value: 'FILED' as const },
        { weight: 1, value: 'IN_TRIAL' as const },
        { weight: 2, value: 'SENTENCED' as const },
        { weight: 1, value: 'DISMISSED' as const },
      ]);
  const role = fixed || f.number.float() < 0.8 ? ('VICTIM' as const) : ('WITNESS' as const);
  const caseNumber = `DA${day(referred).slice(2, 4)}-${String(f.number.int({ min: 1000, max: 999999 })).padStart(6, '0')}`;
  const charges = [TRAFFICKING, ...f.helpers.arrayElements(OTHER_CHARGES, { min: fixed ? 1 : 0, max: 3 })];
  const base = { caseNumber, role, status, referredOn: day(referred), charges };
  if (status === 'UNDER_REVIEW') return { ...base, filedOn: null, courtDates: [], issuedOrder: null };

  const filed = new Date(Math.min(addDays(referred, f.number.int({ min: 3, max: 45 })).getTime(), today.getTime()));
  const department = `Dept. ${f.number.int({ min: 1, max: 30 })}`;
  // A victim testifies at the preliminary hearing and the trial; a witness at the trial.
  const appears = (kind: CourtEventKind) => kind === 'TRIAL' || (role === 'VICTIM' && kind === 'PRELIMINARY_HEARING');
  const past: { kind: CourtEventKind; on: Date }[] = f.helpers
    .arrayElements(BEFORE_TRIAL, { min: 1, max: 3 })
    .map((kind) => ({ kind, on: f.date.between({ from: filed, to: today }) }))
    .sort((a, b) => a.on.getTime() - b.on.getTime());
  if (status === 'SENTENCED')
    past.push({ kind: 'SENTENCING', on: f.date.between({ from: past.at(-1)!.on, to: today }) });
  const next: CourtEventKind[] =
    status === 'FILED' || status === 'DISMISSED'
      ? [f.helpers.arrayElement(['PRELIMINARY_HEARING', 'PRETRIAL_CONFERENCE', 'TRIAL'] as const)]
      : status === 'IN_TRIAL'
        ? ['TRIAL']
        : f.number.float() < 0.4
          ? ['RESTITUTION_HEARING']
          : [];
  const courtDates = [
    ...past.map(({ kind, on }) => ({
      scheduledOn: day(on),
      kind,
      department,
      appearanceRequired: appears(kind),
      status: f.number.float() < 0.85 ? ('HELD' as const) : ('CONTINUED' as const),
    })),
    // A dismissal vacates the dates still to come.
    ...next.map((kind) => ({
      scheduledOn: day(f.date.soon({ days: fixed ? 45 : 120 })),
      kind,
      department,
      appearanceRequired: fixed || appears(kind),
      status: status === 'DISMISSED' ? ('VACATED' as const) : ('SCHEDULED' as const),
    })),
  ];

  const postConviction = status === 'SENTENCED';
  const ordered = fixed || f.number.float() < (status === 'DISMISSED' ? 0.5 : 0.7);
  const issued = postConviction ? past.at(-1)!.on : filed;
  // Penal Code 136.2: while the case is pending (here 1-3 years); 136.2(i): up to 10 years after conviction.
  const years = postConviction ? 10 : fixed ? 3 : f.number.int({ min: 1, max: 3 });
  const expires = addDays(issued, 365 * years);
  const issuedOrder = ordered
    ? {
        caseNumber,
        kind: postConviction ? ('POST_CONVICTION_PROTECTIVE_ORDER' as const) : ('CRIMINAL_PROTECTIVE_ORDER' as const),
        restrainedParty: fixed ? RESTRAINED[0]! : f.helpers.arrayElement(RESTRAINED),
        terms: [NO_CONTACT, ...f.helpers.arrayElements(TERMS, { min: 1, max: 2 })],
        status:
          status === 'DISMISSED'
            ? ('TERMINATED' as const)
            : expires < today
              ? ('EXPIRED' as const)
              : ('ACTIVE' as const),
        issuedOn: day(issued),
        expiresOn: day(expires),
      }
    : null;
  return { ...base, filedOn: day(filed), courtDates, issuedOrder };
}
