import type { Agency } from '@hub/policies';
import { loadSupergraphConfig } from '@hub/schema';
import { accountingPage, badInput, consentBounds, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import { deliveryFailuresOf } from '../db/delivery.ts';
import { accountingId } from '@hub/subgraph-kit/audit';
import type { AccountingResolvers, QueryResolvers } from '../generated/resolvers-types.ts';

/**
 * The root of the accounting of disclosures. It reveals nothing itself (the id only echoes the
 * filters); each agency, the registry included, decides in its own part who sees which rows.
 */
export const accountingQuery: Pick<QueryResolvers, 'accountingOfDisclosures'> = {
  accountingOfDisclosures(_root, { youthId, from, to, viewerSub }) {
    if (!isUuid(youthId)) throw badInput('youthId must be a UUID');
    const filter = { youthId: youthId.toLowerCase(), from: from ?? null, to: to ?? null, viewerSub: viewerSub ?? null };
    return { id: accountingId(filter), ...filter };
  },
};

function filtersOf(id: string) {
  try {
    return JSON.parse(Buffer.from(id, 'base64url').toString('utf8')) as Record<string, string | null>;
  } catch {
    throw badInput('Not an accounting id');
  }
}

export const Accounting: AccountingResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  youthId: (a) => a.youthId ?? String(filtersOf(a.id).youthId),
  from: (a) => (a.from !== undefined ? a.from : (filtersOf(a.id).from ?? null)),
  to: (a) => (a.to !== undefined ? a.to : (filtersOf(a.id).to ?? null)),
  viewerSub: (a) => (a.viewerSub !== undefined ? a.viewerSub : (filtersOf(a.id).viewerSub ?? null)),
  registry: accountingPage,
  undelivered: (a, { first }, ctx) => undeliveredParts(filtersOf(a.id), first ?? 100, ctx),
};

const MAX_UNDELIVERED = 200;
let agencyOfSubgraph: Map<string, Agency> | undefined;

/**
 * The youth's undelivered parts (issue 15, item 2), scoped as the agencies' rows are: a privacy
 * officer under AUDIT reads every viewer's (or the one filtered by), anyone else only their own.
 * Metadata only, like the rest of the accounting; the registry's own row of this read is written
 * by its `registry` part when asked, and here too.
 */
async function undeliveredParts(filter: Record<string, string | null>, first: number, ctx: SubgraphContext) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_UNDELIVERED) {
    throw badInput(`first must be between 1 and ${MAX_UNDELIVERED}`);
  }
  const youthId = filter.youthId;
  if (!isUuid(youthId)) return [];
  ctx.disclosures.note(youthId, 'ACCOUNTING');
  const scope = await ctx.access.rowScope('read-accounting');
  if (scope === 'NONE') return [];
  if (scope === 'OWN' && filter.viewerSub && filter.viewerSub !== ctx.viewer.sub) return [];
  const viewerSub = scope === 'ALL' ? (filter.viewerSub ?? null) : ctx.viewer.sub;
  const from = filter.from ? consentBounds(filter.from, null, ctx.timeZone).from : null;
  const to = filter.to ? consentBounds(filter.to, filter.to, ctx.timeZone).to : null;
  agencyOfSubgraph ??= new Map(loadSupergraphConfig().map((e) => [e.name, e.agency as Agency]));
  const rows = await deliveryFailuresOf(ctx.database, { youthId, from, to, viewerSub, limit: first });
  return rows
    .filter((r) => agencyOfSubgraph!.has(r.subgraph))
    .map((r) => ({
      requestId: r.requestId,
      agency: agencyOfSubgraph!.get(r.subgraph)!,
      reportedAt: r.reportedAt.toISOString(),
    }));
}
