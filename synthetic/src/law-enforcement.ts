import { Faker, en } from '@faker-js/faker';
import type { ChildWelfareCase } from './child-welfare.ts';
import type { DistrictAttorneyCase } from './district-attorney.ts';
import { unusedNumber } from './missing.ts';
import type { ProbationCase } from './probation.ts';
import type { SyntheticTeam, SyntheticYouth } from './types.ts';

/**
 * What a county detective brings to the MDT about one youth, under the agency's own number (e.g.
 * SO-100000): investigations of suspected trafficking or exploitation in which the youth is a
 * victim or a witness, never a suspect (a minor's commercial sex conduct is victimisation, never
 * an offence: Penal Code 647(b)(5), SB 1322; the offences recorded are the suspected exploiter's);
 * the missing-person reports that child welfare's and probation's runaway records point to by
 * number; protective orders; contacts. No address (Penal Code 293), and no suspect is named.
 */
export interface LawEnforcementCase {
  localId: string;
  youthId: string;
  detective: { personId: string; name: string };
  investigations: {
    reportNumber: string;
    openedOn: string;
    youthRole: 'VICTIM' | 'WITNESS';
    status: 'OPEN' | 'REFERRED_TO_DA' | 'SUSPENDED' | 'CLOSED';
    referredToDaOn: string | null;
    /** The suspected exploiter's offences. */
    suspectedOffenses: { code: string; description: string }[];
  }[];
  /** One per runaway episode reported to law enforcement, under the number the episode records. */
  missingPersonReports: {
    reportNumber: string;
    reportedAt: string;
    reportedBy: string;
    ncicEnteredAt: string | null;
    clearedAt: string | null;
  }[];
  protectiveOrders: {
    orderNumber: string;
    kind: 'EMERGENCY_PROTECTIVE_ORDER' | 'CRIMINAL_PROTECTIVE_ORDER';
    /** Described generically, never by name. */
    restrainedParty: string;
    status: 'ACTIVE' | 'EXPIRED' | 'TERMINATED';
    issuedOn: string;
    expiresOn: string | null;
  }[];
  contacts: { occurredOn: string; kind: 'INTERVIEW' | 'WELFARE_CHECK' | 'RECOVERY' | 'REFERRAL'; summary: string }[];
}

// Its own seed, drawn after the rest of the world, so adding law enforcement changed no other value.
const LAW_ENFORCEMENT_SEED = 20190;
export const DETECTIVE = { personId: 'det-morales', name: 'Jordan Morales' };
const OTHER_DETECTIVES = [
  { personId: 'det-hale', name: 'Casey Hale' },
  { personId: 'det-ibarra', name: 'Noor Ibarra' },
];
const OFFENSES = [
  { code: 'PC 236.1(c)', description: 'Human trafficking of a minor for a commercial sex act' },
  { code: 'PC 266h(b)', description: 'Pimping a minor' },
  { code: 'PC 266i(b)', description: 'Pandering a minor' },
  { code: 'PC 288.3(a)', description: 'Contacting a minor with intent to commit a sexual offense' },
  { code: 'PC 311.4', description: 'Using a minor to produce sexual matter' },
];
const RESTRAINED = ['An adult known to the youth', 'A suspected exploiter', 'An associate of a suspected exploiter'];
const CONTACTS = {
  INTERVIEW: 'Forensic interview arranged at the child advocacy center, advocate present',
  WELFARE_CHECK: 'Welfare check with the placement; youth safe',
  RECOVERY: 'Youth located and returned to placement; social worker notified',
  REFERRAL: 'Youth referred to the CSEC advocate; no statement sought',
} as const;
const day = (d: Date | number) => new Date(d).toISOString().slice(0, 10);

/**
 * Law enforcement serves the youths whose runaway episodes it took a report of, and those the DA
 * holds as a victim or witness (the investigation came first). Of the demo's fixed youths, youth 1
 * (served by every agency, everyone on its team) has the detective on its team too; youth 0 (the
 * web demo's, "everyone but probation") is left as it was. The detective joins about half of the
 * other teams of the youths the agency serves. Sets each served youth's `localIds.LAW_ENFORCEMENT`.
 */
export function generateLawEnforcement(
  youths: SyntheticYouth[],
  teams: SyntheticTeam[],
  childWelfare: readonly ChildWelfareCase[],
  probation: readonly ProbationCase[],
  districtAttorney: readonly DistrictAttorneyCase[],
  today: Date,
): LawEnforcementCase[] {
  // By youth, once: a find per served youth was quadratic (minutes at 100,000 youths).
  const teamOf = new Map<string, SyntheticTeam>();
  for (const t of teams) if (!teamOf.has(t.youthId)) teamOf.set(t.youthId, t);
  const f = new Faker({ locale: [en] });
  f.seed(LAW_ENFORCEMENT_SEED);
  f.setDefaultRefDate(today);
  const episodes = new Map<
    string,
    { reportNumber: string; reportedAt: string; reportedBy: string; returnedAt: string | null }[]
  >();
  for (const c of [...childWelfare, ...probation]) {
    for (const r of c.runaways) {
      if (!r.lawEnforcementReportNumber || !r.lawEnforcementReportedAt) continue;
      const list = episodes.get(c.youthId) ?? [];
      list.push({
        reportNumber: r.lawEnforcementReportNumber,
        reportedAt: r.lawEnforcementReportedAt,
        reportedBy: r.reportedBy,
        returnedAt: r.returnedAt,
      });
      episodes.set(c.youthId, list);
    }
  }
  const victims = new Map(districtAttorney.map((d) => [d.youthId, d]));
  const cases: LawEnforcementCase[] = [];
  youths.forEach((youth, i) => {
    if (i === 0 || (!episodes.has(youth.id) && !victims.has(youth.id))) return;
    const localId = `SO-${String(100000 + i)}`;
    youth.localIds.LAW_ENFORCEMENT = localId;
    const da = victims.get(youth.id);
    const investigations: LawEnforcementCase['investigations'] = (da?.cases ?? []).map((c) => {
      const opened = f.date.between({
        from: Date.parse(c.referredOn) - 120 * 86_400_000,
        to: Date.parse(c.referredOn),
      });
      return {
        reportNumber: `SO-${day(opened).slice(2, 4)}-${f.string.numeric(6)}`,
        openedOn: day(opened),
        youthRole: c.role,
        status: 'REFERRED_TO_DA',
        referredToDaOn: c.referredOn,
        suspectedOffenses: f.helpers.arrayElements(OFFENSES, { min: 1, max: 3 }),
      };
    });
    if (!da && f.number.float() < 0.3) {
      const opened = f.date.recent({ days: 200 });
      investigations.push({
        reportNumber: `SO-${day(opened).slice(2, 4)}-${f.string.numeric(6)}`,
        openedOn: day(opened),
        youthRole: f.helpers.arrayElement(['VICTIM', 'WITNESS'] as const),
        status: f.helpers.arrayElement(['OPEN', 'SUSPENDED', 'CLOSED'] as const),
        referredToDaOn: null,
        suspectedOffenses: f.helpers.arrayElements(OFFENSES, { min: 1, max: 2 }),
      });
    }
    const missingPersonReports = (episodes.get(youth.id) ?? [])
      .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt))
      .map((e) => ({
        reportNumber: e.reportNumber,
        reportedAt: e.reportedAt,
        reportedBy: e.reportedBy,
        ncicEnteredAt:
          f.number.float() < 0.9
            ? new Date(Date.parse(e.reportedAt) + f.number.int({ min: 1, max: 2 }) * 3_600_000).toISOString()
            : null,
        clearedAt: e.returnedAt,
      }));
    const protectiveOrders =
      investigations.length && f.number.float() < 0.4
        ? [
            (() => {
              const issued = f.date.recent({ days: 300 });
              const emergency = f.number.float() < 0.5;
              const expires = new Date(issued.getTime() + (emergency ? 7 : 3 * 365) * 86_400_000);
              return {
                orderNumber: `${emergency ? 'EPO' : 'CPO'}-${f.string.numeric(6)}`,
                kind: emergency ? ('EMERGENCY_PROTECTIVE_ORDER' as const) : ('CRIMINAL_PROTECTIVE_ORDER' as const),
                restrainedParty: f.helpers.arrayElement(RESTRAINED),
                status: expires < today ? ('EXPIRED' as const) : ('ACTIVE' as const),
                issuedOn: day(issued),
                expiresOn: day(expires),
              };
            })(),
          ]
        : [];
    const contacts = Array.from({ length: f.number.int({ min: 1, max: 3 }) }, () => {
      const kind = f.helpers.arrayElement(Object.keys(CONTACTS) as (keyof typeof CONTACTS)[]);
      return { occurredOn: day(f.date.recent({ days: 300 })), kind, summary: CONTACTS[kind] };
    }).sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
    const onTeam = f.number.float() < 0.5 || i === 1;
    const detective = onTeam ? DETECTIVE : f.helpers.arrayElement(OTHER_DETECTIVES);
    const team = teamOf.get(youth.id);
    if (team && onTeam) {
      team.members.push({
        personId: DETECTIVE.personId,
        name: DETECTIVE.name,
        agency: 'LAW_ENFORCEMENT',
        role: 'LAW_ENFORCEMENT_OFFICER',
        fromDate: team.convenedOn,
        toDate: null,
      });
    }
    cases.push({
      localId,
      youthId: youth.id,
      detective,
      investigations,
      missingPersonReports,
      protectiveOrders,
      contacts,
    });
  });
  // Investigation numbers are drawn at random and must be unique (see unusedNumber).
  const used = new Set<string>();
  for (const c of cases) for (const inv of c.investigations) inv.reportNumber = unusedNumber(used, inv.reportNumber);
  return cases;
}
