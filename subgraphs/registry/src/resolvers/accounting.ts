import { accountingPage, badInput, isUuid } from '@hub/subgraph-kit';
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
};
