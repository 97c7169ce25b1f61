import type { Agency } from '@hub/policies';
import { loadSupergraphConfig } from '@hub/schema';
import { accountingPage, badInput, consentBounds, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import { accountingId, parseAccountingId, type AccountingFilter } from '@hub/subgraph-kit/audit';
import { accountingSubjects } from '../db/queries.ts';
import { deliveryFailuresOf } from '../db/delivery.ts';
import type { AccountingResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import { requirePrivacyOfficer } from './privacy-officer.ts';

const MAX_SUBJECTS = 20;
const initial = (name: string | null) => (name?.trim() ? `${name.trim().charAt(0).toUpperCase()}.` : '');

/**
 * The root of the accounting of disclosures. It reveals nothing itself (the id only echoes the
 * filters); each agency, the registry included, decides in its own part who sees which rows.
 */
export const accountingQuery: Pick<QueryResolvers, 'accountingOfDisclosures' | 'accountingSubjects'> = {
  /**
   * Privacy officers under AUDIT find the youth of an accounting request: initials and date of
   * birth, as the policy's oversight rule says, never the record. Each youth shown is logged.
   */
  async accountingSubjects(_root, { search }, ctx) {
    await requirePrivacyOfficer(ctx, 'look youths up for an accounting');
    const term = search.trim();
    if (term.length < 2 || term.length > 100) throw badInput('search must be 2 to 100 characters');
    const found = await accountingSubjects(ctx.database, term, MAX_SUBJECTS);
    for (const { row } of found) ctx.disclosures.note(row.id, 'ACCOUNTING');
    return found.map(({ row, matchedBy }) => ({
      youthId: row.id,
      initials: `${initial(row.preferredName ?? row.givenName)} ${initial(row.familyName)}`,
      dateOfBirth: row.dateOfBirth,
      matchedBy,
    }));
  },
  async accountingOfDisclosures(
    _root,
    { youthId, from, to, viewerSub, categories, outcome, access, own, statement },
    ctx,
  ) {
    if (statement) await requirePrivacyOfficer(ctx, 'produce a statement of disclosures');
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
      statement: statement === true,
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
  statement: (a) => a.statement ?? filtersOf(a.id).statement === true,
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
async function undeliveredParts(filter: AccountingFilter, first: number, ctx: SubgraphContext) {
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
