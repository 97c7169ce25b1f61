import type { Viewer } from './facts.ts';
import type { Agency, PurposeOfUse } from './vocabulary.ts';

/**
 * Rule `sealed.deemed-never-occurred` (issue 19, item 4). A sealed juvenile petition is "deemed
 * never to have occurred" (WIC 781(a)(1)(A); WIC 786(b) for a petition dismissed after probation
 * was completed): the agency that holds it serves neither the petition nor its events (citations,
 * detention) to anyone, with no denial: the answer is exactly that of a youth with no such record.
 * Only the agency's own staff see it, and only under COURT_ORDERED, the purpose for the access the
 * sealing statutes keep (WIC 786(g): by order of the court, for the limited purposes it names).
 */
export const SEALED_RULE = {
  ruleId: 'sealed.deemed-never-occurred',
  legalBasis: 'WIC 781(a)(1)(A); WIC 786(b), (g)',
} as const;

export function seesSealedRecords(viewer: Viewer, purpose: PurposeOfUse, owner: Agency): boolean {
  return viewer.agency === owner && purpose === 'COURT_ORDERED';
}
