import { accountingPage, badInput, isUuid } from '@hub/subgraph-kit';
import { accountingId, parseAccountingId } from '@hub/subgraph-kit/audit';
import type { AccountingResolvers, QueryResolvers } from '../generated/resolvers-types.ts';

/**
 * The root of the accounting of disclosures. It reveals nothing itself (the id only echoes the
 * filters); each agency, the registry included, decides in its own part who sees which rows.
 */
export const accountingQuery: Pick<QueryResolvers, 'accountingOfDisclosures'> = {
  accountingOfDisclosures(_root, { youthId, from, to, viewerSub, categories, outcome, access, own }) {
    if (!isUuid(youthId)) throw badInput('youthId must be a UUID');
    const filter = {
      youthId: youthId.toLowerCase(),
      from: from ?? null,
      to: to ?? null,
      viewerSub: viewerSub ?? null,
      categories: categories?.length ? categories : null,
      outcome: outcome ?? null,
      access: access?.length ? access : null,
      own: own ?? 'INCLUDE',
    };
    return { id: accountingId(filter), ...filter };
  },
};

const filtersOf = (id: string) => parseAccountingId(id);

export const Accounting: AccountingResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  youthId: (a) => a.youthId ?? String(filtersOf(a.id).youthId),
  from: (a) => (a.from !== undefined ? a.from : (filtersOf(a.id).from ?? null)),
  to: (a) => (a.to !== undefined ? a.to : (filtersOf(a.id).to ?? null)),
  viewerSub: (a) => (a.viewerSub !== undefined ? a.viewerSub : (filtersOf(a.id).viewerSub ?? null)),
  categories: (a) => (a.categories !== undefined ? a.categories : (filtersOf(a.id).categories ?? null)) as never,
  outcome: (a) => (a.outcome !== undefined ? a.outcome : (filtersOf(a.id).outcome ?? null)),
  access: (a) => (a.access !== undefined ? a.access : (filtersOf(a.id).access ?? null)) as never,
  own: (a) => a.own ?? filtersOf(a.id).own ?? 'INCLUDE',
  registry: accountingPage,
};
