import { decide, type Decision } from './decide.ts';
import type { Viewer, YouthFacts } from './facts.ts';
import type { PolicySet } from './policy-set.ts';
import { AGENCIES, AGENCY_CATEGORIES, type PurposeOfUse } from './vocabulary.ts';

/** Every agency and category a youth's record may hold, decided for this viewer; releases nothing. */
export function explain(
  policy: PolicySet,
  viewer: Viewer,
  facts: YouthFacts,
  purpose: PurposeOfUse,
  now: Date = new Date(),
): Decision[] {
  return AGENCIES.flatMap((owner) =>
    AGENCY_CATEGORIES[owner].map((category) => decide(policy, viewer, facts, category, purpose, { owner, now })),
  );
}
