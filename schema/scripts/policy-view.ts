import { AGENCY_CATEGORIES, defaultPolicySet, type Agency, type PolicySet } from '@hub/policies';
import { policyMatrix, policyMatrixMarkdown } from '@hub/policies/review';
import type { PolicyView } from '../src/check/index.ts';

/** The policy matrix (`npm run policy:matrix`) as the schema check reads it: cells per category and role column. */
export function policyView(policy: PolicySet = defaultPolicySet()): PolicyView {
  const header = policyMatrixMarkdown(policy).split('\n')[0]!;
  const columns = header
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean)
    .slice(1);
  const rows = new Map(policyMatrix(policy).map(([category, ...cells]) => [category!, cells]));
  return {
    version: policy.version,
    columns,
    cells: (category) => rows.get(category),
    holds: (agency) => AGENCY_CATEGORIES[agency as Agency],
  };
}
