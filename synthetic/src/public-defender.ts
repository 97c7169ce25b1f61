import { Faker, en } from '@faker-js/faker';
import type { SyntheticYouth } from './types.ts';

export type DefenderMatterKind = 'DELINQUENCY' | 'DEPENDENCY';
export type DefenderMatterStatus = 'PENDING' | 'UNDER_JURISDICTION' | 'DISMISSED' | 'CLOSED';
export type DefenderHearingKind = 'DETENTION' | 'JURISDICTION' | 'DISPOSITION' | 'REVIEW' | 'PERMANENCY';
export type AttorneyClientChannel = 'IN_PERSON' | 'PHONE' | 'VIDEO' | 'LETTER';

/**
 * The public defender's file on one client (the youth), under the office's own client number
 * (e.g. PD-100000): the assigned defender, the petitions the office represents the youth in, and
 * attorney-client communications (privileged: Evidence Code 954).
 */
export interface PublicDefenderCase {
  localId: string;
  youthId: string;
  /** The assigned defender's person id (a persona id such as `pd-cohen`, or a synthetic one). */
  defenderId: string;
  defenderName: string;
  /** Delinquency (WIC 602, counsel under WIC 634) or dependency (WIC 300, counsel under WIC 317) petitions. */
  matters: {
    /** The juvenile court's case number. */
    matterNumber: string;
    kind: DefenderMatterKind;
    status: DefenderMatterStatus;
    openedOn: string;
    closedOn: string | null;
    nextHearingOn: string | null;
    nextHearingKind: DefenderHearingKind | null;
  }[];
  communications: {
    occurredOn: string;
    channel: AttorneyClientChannel;
    attorneyId: string;
    attorney: string;
    summary: string;
  }[];
}

// Its own seed, drawn after the rest of the world, so adding the defender changed no existing value.
const PUBLIC_DEFENDER_SEED = 20145;
// Short, non-graphic and about the representation only. No charges are ever recorded: a minor's
// exploitation is victimisation, never an offence (SB 1322).
const SUMMARIES = [
  'Explained the petition and what happens at the next hearing; client asked how to reach counsel between hearings.',
  'Reviewed the court report with the client; client wants to tell the judge about progress at school.',
  'Client called to confirm the next court date; arranged transportation with the placement.',
  "Met at the placement; discussed the client's wishes about where to live and visits with a sibling.",
  'Explained that what the client tells counsel stays with counsel; answered questions about the MDT.',
  'Prepared the client for the review hearing; client asked for help finding a job-training program.',
  "Discussed a motion to dismiss and the client's progress in services.",
  'Checked in after the hearing; client understood the orders and had no further questions.',
];

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Files for the youths the public defender represents: most with one matter, some with two or
 * three, delinquency somewhat more often than dependency; about half assigned to the demo's
 * defender (Ari Cohen). Youths 0 and 1 (the demo's) have a delinquency and a dependency matter,
 * both with a hearing ahead, and several communications.
 */
export function generatePublicDefender(youths: readonly SyntheticYouth[], today: Date): PublicDefenderCase[] {
  const f = new Faker({ locale: [en] });
  f.seed(PUBLIC_DEFENDER_SEED);
  f.setDefaultRefDate(today);
  const counter = { next: 1 };
  const cases: PublicDefenderCase[] = [];
  youths.forEach((youth, i) => {
    const localId = youth.localIds.PUBLIC_DEFENDER;
    if (localId) cases.push(defenderCase(f, youth.id, localId, i < 2, today, counter));
  });
  return cases;
}

function defenderCase(
  f: Faker,
  youthId: string,
  localId: string,
  fixed: boolean,
  today: Date,
  counter: { next: number },
): PublicDefenderCase {
  const defender =
    fixed || f.number.float() < 0.5
      ? { id: 'pd-cohen', name: 'Ari Cohen' }
      : { id: `pd-${f.string.alphanumeric(6)}`, name: `${f.person.firstName()} ${f.person.lastName()}` };
  const kinds: DefenderMatterKind[] = fixed
    ? ['DELINQUENCY', 'DEPENDENCY']
    : Array.from(
        {
          length: f.helpers.weightedArrayElement([
            { weight: 6, value: 1 },
            { weight: 3, value: 2 },
            { weight: 1, value: 3 },
          ]),
        },
        () => (f.number.float() < 0.6 ? 'DELINQUENCY' : 'DEPENDENCY'),
      );
  const matters = kinds
    .map((kind, k) => {
      const opened = f.date.past({ years: 3 });
      const status: DefenderMatterStatus = fixed
        ? k === 0
          ? 'UNDER_JURISDICTION'
          : 'PENDING'
        : f.helpers.weightedArrayElement([
            { weight: 3, value: 'PENDING' as const },
            { weight: 4, value: 'UNDER_JURISDICTION' as const },
            { weight: 2, value: 'DISMISSED' as const },
            { weight: 2, value: 'CLOSED' as const },
          ]);
      const open = status === 'PENDING' || status === 'UNDER_JURISDICTION';
      const nextHearingKind: DefenderHearingKind | null = !open
        ? null
        : status === 'PENDING'
          ? f.helpers.arrayElement(['JURISDICTION', 'DISPOSITION'] as const)
          : kind === 'DEPENDENCY' && f.number.float() < 0.3
            ? 'PERMANENCY'
            : 'REVIEW';
      return {
        kind,
        status,
        openedOn: day(opened),
        closedOn: open ? null : day(f.date.between({ from: opened, to: today })),
        nextHearingOn: open ? day(f.date.soon({ days: 90 })) : null,
        nextHearingKind,
      };
    })
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn))
    .map(({ kind, ...matter }) => ({
      matterNumber: `${kind === 'DELINQUENCY' ? 'JV' : 'JD'}-${matter.openedOn.slice(0, 4)}-${String(counter.next++).padStart(6, '0')}`,
      kind,
      ...matter,
    }));
  const firstOpened = new Date(`${matters[0]!.openedOn}T00:00:00Z`);
  const communications = Array.from({ length: f.number.int({ min: fixed ? 3 : 0, max: 5 }) }, () => ({
    occurredOn: day(f.date.between({ from: firstOpened, to: today })),
    channel: f.helpers.weightedArrayElement([
      { weight: 5, value: 'IN_PERSON' as const },
      { weight: 3, value: 'PHONE' as const },
      { weight: 2, value: 'VIDEO' as const },
      { weight: 1, value: 'LETTER' as const },
    ]),
    attorneyId: defender.id,
    attorney: defender.name,
    summary: f.helpers.arrayElement(SUMMARIES),
  })).sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return { localId, youthId, defenderId: defender.id, defenderName: defender.name, matters, communications };
}
