// @hub/policies/review: the tools a reviewer of the rules uses (policy:matrix, policy:verify,
// policy:diff, the privacy console's matrix): the table, the attribute space, the walks over it.
export { DEVIATIONS, TABLE_ROLES, tableCell } from './table.ts';
export type { Cell, CellKind, TableRole } from './table.ts';
export {
  allPoints,
  CONSENT_STATES,
  describePoint,
  GRANT_STATES,
  materialise,
  ORDER_STATES,
  ownersOf,
  VERIFY_NOW,
} from './space.ts';
export type { ConsentState, GrantState, OrderState, Point } from './space.ts';
export { allActionPoints, describeActionPoint, HUB_ACTIONS, materialiseAction } from './action-space.ts';
export type { ActionPoint } from './action-space.ts';
export { decidePoint, diffPolicies, verifyPolicy } from './verify.ts';
export { formatPolicyDiff, parsePolicyRules, policyDiffReport } from './diff-report.ts';
export type { PolicyDiffLine, PolicyDiffReport } from './diff-report.ts';
export type { ActionDifference, Counterexample, PolicyDifference, VerifyReport } from './verify.ts';
export { decideActionPoint, policyProblems, verifyActions } from './verify-actions.ts';
export type { ActionCounterexample } from './verify-actions.ts';
export {
  cellFromRules,
  MATRIX_ROLES,
  emergencyOpens,
  limitedCells,
  limitedCellsMarkdown,
  policyMatrix,
  policyMatrixMarkdown,
} from './matrix.ts';
