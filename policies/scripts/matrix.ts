// npm run policy:matrix: the role-by-category matrix as the rules decide it (markdown).
import { defaultPolicySet } from '../src/index.ts';
import { emergencyOpens, limitedCellsMarkdown, policyMatrixMarkdown } from '../src/review.ts';

const policy = defaultPolicySet();
console.log(policyMatrixMarkdown(policy));
console.log(
  `\nA allowed (agency serves the youth or on the team) · M on the team · C consent · O court order · N never`,
);
console.log(`A|C agency serves, else consent · M/C on the team and consent · C/O consent or court order · * inferred`);
console.log(
  '\nLimited cells (~ in the table): only these fields are released; the rest of the category is NEVER_SHARED',
);
console.log(limitedCellsMarkdown(policy));
console.log(`EMERGENCY purpose with an active grant also opens: ${emergencyOpens(policy).join(', ')}`);
console.log(`policy version ${policy.version}`);
