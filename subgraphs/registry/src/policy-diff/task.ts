import { createPolicySet, type PolicyRule, type PolicySet } from '@hub/policies';
import { formatPolicyDiff, parsePolicyRules, policyDiffReport, type PolicyDiffReport } from '@hub/policies/review';

/** What the registry sends the worker: the running rules (data) and the proposed file's text. */
export interface PolicyDiffTask {
  running: readonly PolicyRule[];
  proposed: string;
}

/** The report, or why the proposed rules could not be read or evaluated (said to the officer). */
export type PolicyDiffResult = { ok: true; report: PolicyDiffReport; text: string[] } | { ok: false; message: string };

/** The running policy, built once per worker thread while its version holds. */
let running: PolicySet | undefined;

/**
 * `policy:diff` between the running rules and a proposed file (the policies package's own code),
 * run in the registry's worker thread (`pool.ts`): every point of the attribute space decided
 * under both, a few seconds of CPU that must not stall the registry's event loop.
 */
export function policyDiffTask(task: PolicyDiffTask): PolicyDiffResult {
  const current = createPolicySet(task.running);
  if (running?.version !== current.version) running = current;
  let proposed: PolicySet;
  try {
    proposed = parsePolicyRules(task.proposed, 'the rules file');
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  try {
    const report = policyDiffReport(running, proposed);
    return { ok: true, report, text: formatPolicyDiff(report) };
  } catch (error) {
    return { ok: false, message: `the rules could not be evaluated: ${(error as Error).message}` };
  }
}
