import type { HubDb, SubgraphContext } from '@hub/subgraph-kit';
import { DisclosureLog, type DisclosureEntry } from '@hub/subgraph-kit/audit';

/** The access kind of the MDT's own work (roster, notes, action items, referrals) in the disclosure log. */
export const MDT_ACCESS = 'MDT';

/**
 * Writes the MDT change's disclosure row into the registry's log INSIDE the change's transaction
 * `tx`, so that the change and its row commit together or not at all. The kit's DisclosureLog
 * does the numbering and chaining under the chain lock (a savepoint of `tx`); the process's own
 * log finds the head moved and re-reads it. A registry-local stand-in for a kit-level helper.
 */
export async function discloseInTransaction(ctx: SubgraphContext, tx: HubDb, youthId: string): Promise<void> {
  const { viewer } = ctx;
  const entry: DisclosureEntry = {
    requestId: ctx.requestId,
    viewerSub: viewer.sub,
    viewerName: viewer.name ?? null,
    viewerAgency: viewer.agency,
    viewerRole: viewer.role,
    purpose: ctx.purpose,
    policyVersion: ctx.access.policyVersion,
    access: MDT_ACCESS,
    youthId,
    released: [],
    denied: [],
    emergencyGrantId: null,
  };
  await new DisclosureLog({ ...ctx.database, logDb: tx }).append([entry]);
}
