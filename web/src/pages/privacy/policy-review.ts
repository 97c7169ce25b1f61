// The policy review pages' plain logic (PolicyMatrix.tsx, PolicyDiff.tsx); the decisions are the server's.

/** A rule's anchor on the matrix page (rule ids hold dots, which an element id may hold too). */
export const ruleAnchor = (id: string) => `rule-${id.replace(/[^A-Za-z0-9_.-]/g, '-')}`;

/**
 * A proposed rules file as the gateway should receive it: parsed and written back without spaces
 * (the request body is limited to 100 kB; the default rules are about 71 kB so), or the problem.
 * Only the JSON is read here: the diff is computed by the registry with the policies package.
 */
export function compactRules(text: string): { rules?: string; problem?: string } {
  if (!text.trim()) return { problem: 'Paste or choose a rules file first.' };
  try {
    return { rules: JSON.stringify(JSON.parse(text)) };
  } catch (error) {
    return { problem: `The rules file is not JSON: ${(error as Error).message}` };
  }
}
