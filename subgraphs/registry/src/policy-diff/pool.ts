import { Piscina } from 'piscina';
import type { PolicySet } from '@hub/policies';
import type { PolicyDiffResult, PolicyDiffTask } from './task.ts';

/** Comparisons waiting for the thread at most; one more is refused until the queue moves. */
const MAX_QUEUED = 4;

/** Refused because MAX_QUEUED comparisons already wait: the caller says so and asks to retry. */
export class PolicyDiffBusy extends Error {}

/**
 * `policyDiff` off the registry's event loop: one worker thread (piscina), started at the first
 * comparison and ended after a minute idle, so every other registry request (access facts, the
 * accounting, consents) keeps being answered while ~340,000 points are decided twice.
 */
export class PolicyDiffPool {
  private pool: Piscina<PolicyDiffTask, PolicyDiffResult> | undefined;

  async run(running: PolicySet, proposed: string): Promise<PolicyDiffResult> {
    this.pool ??= new Piscina<PolicyDiffTask, PolicyDiffResult>({
      filename: new URL('./worker.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: 60_000,
      maxQueue: MAX_QUEUED,
    });
    if (this.pool.queueSize >= MAX_QUEUED) throw new PolicyDiffBusy('too many policy comparisons are waiting');
    return this.pool.run({ running: running.rules, proposed });
  }

  /** Ends the thread (the registry's close). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
