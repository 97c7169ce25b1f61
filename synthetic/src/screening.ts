import { Faker, en } from '@faker-js/faker';
import type { SyntheticYouth } from './types.ts';

/** A CSEC screening as child welfare records it: the tool, who screened, the level of concern, the indicators scored. */
export interface CsecScreening {
  tool: string;
  toolVersion: string;
  screenedOn: string;
  screenerName: string;
  level: 'NO_CONCERN' | 'POSSIBLE' | 'CLEAR';
  indicators: string[];
  nextRescreenDue: string;
}

// Its own seed, drawn after the rest of the world, so the screenings changed no other value.
const SCREENING_SEED = 31611;
const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

// Synthetic items in the manner of a validated tool's indicators (never a real instrument's wording).
const ITEMS = [
  'Unexplained money or gifts',
  'Older partner',
  'Runaway history',
  'Signs of control by another person',
  'Tattoo or branding',
  'Hotel or motel stays',
  'Online solicitation',
  'Substance use linked to exchange',
];
const TOOLS: [string, string][] = [
  ['CSE-IT', '2.0'],
  ['County CSEC screening', '2024.1'],
];

/**
 * Child welfare's CSEC screenings of each case, oldest first: about two in three cases screened,
 * the rescreen due 90 days after a concern and 180 after none; some rescreens overdue on `today`.
 * The first youth (the demo's) is screened twice with a clear concern at the latest.
 */
export function generateChildWelfareScreenings(youths: SyntheticYouth[], today: Date): CsecScreening[][] {
  const f = new Faker({ locale: [en] });
  f.seed(SCREENING_SEED);
  return youths.map((_, i) => {
    const fixed = i === 0;
    if (!fixed && f.number.float() >= 0.65) return [];
    const count = fixed ? 2 : f.number.int({ min: 1, max: 3 });
    let at = new Date(today.getTime() - f.number.int({ min: 200, max: 500 }) * DAY);
    return Array.from({ length: count }, (_x, n) => {
      const level =
        fixed && n === count - 1 ? 'CLEAR' : f.helpers.arrayElement(['NO_CONCERN', 'POSSIBLE', 'CLEAR'] as const);
      const [tool, toolVersion] = f.helpers.arrayElement(TOOLS);
      const screenedOn = day(at);
      const interval = level === 'NO_CONCERN' ? 180 : 90;
      const screening: CsecScreening = {
        tool,
        toolVersion,
        screenedOn,
        screenerName: f.person.fullName(),
        level,
        indicators: level === 'NO_CONCERN' ? [] : f.helpers.arrayElements(ITEMS, { min: 1, max: 4 }),
        nextRescreenDue: day(new Date(at.getTime() + interval * DAY)),
      };
      at = new Date(Math.min(today.getTime() - DAY, at.getTime() + f.number.int({ min: 60, max: 200 }) * DAY));
      return screening;
    });
  });
}
