import type { Decision } from '@hub/policies';
import { badInput, countyDate, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import { caseload } from '../db/caseload.ts';
import type { YouthRow } from '../db/schema.ts';
import type { AccessDecision, CaseloadScope, QueryResolvers } from '../generated/resolvers-types.ts';

const MAX_PAGE = 100;
/** A name search looks at no more candidates than this. */
const MAX_SEARCH_CANDIDATES = 1000;
const cursorOf = (id: string) => Buffer.from(id).toString('base64url');
function idOfCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) throw badInput('after is not a cursor from this connection');
  return id;
}

/**
 * A name search must not find youths whose identity the viewer may not see: matching a name they
 * cannot read would tell them the name. So a youth the search matched by name alone is kept only
 * where the policy releases IDENTITY to this viewer; a match by the readable label or by the local
 * id the viewer's own agency holds tells nothing new and is kept as it is. Then it pages.
 */
async function searchCaseload(
  ctx: SubgraphContext,
  search: string,
  scope: CaseloadScope,
  first: number,
  after: string | undefined,
  today: string,
) {
  const found = await caseload(ctx.database, ctx.viewer, {
    first: MAX_SEARCH_CANDIDATES,
    search,
    scope,
    today,
    count: false,
  });
  // Whether the search stopped before its last match is not said (capped stays false): the
  // candidates include youths matched by a name the viewer may not see, so "there were more" would
  // tell of those names.
  const candidates = found.rows.slice(0, MAX_SEARCH_CANDIDATES);
  const decisions = await Promise.all(
    candidates.map((row) => (row.plainMatch ? null : ctx.access.decide(row.id, 'IDENTITY'))),
  );
  const visible = candidates.filter((_, i) => decisions[i]?.allowed ?? true);
  const start = after ? visible.findIndex((r) => r.id > after) : 0;
  const rest = start < 0 ? [] : visible.slice(start);
  return { rows: rest.slice(0, first + 1), total: visible.length, capped: false };
}

/** A decision as the schema shows it: the outcome and why, nothing of the record. */
export const accessDecision = (d: Decision): AccessDecision => ({
  agency: d.agency,
  category: d.category,
  allowed: d.allowed,
  reason: d.reason,
  ruleId: d.ruleId,
  legalBasis: d.legalBasis,
  releasedFields: d.allowed && d.fields ? [...d.fields] : null,
});

export const Query: QueryResolvers = {
  me: (_root, _args, { viewer }) => ({
    sub: viewer.sub,
    name: viewer.name ?? viewer.sub,
    agency: viewer.agency,
    role: viewer.role,
  }),

  async youth(_root, { id: asked }, { access }) {
    if (!isUuid(asked)) throw badInput('youth id must be a UUID');
    const id = asked.toLowerCase();
    // Decided (and so logged) whatever the answer: a refused look-up is an access too.
    await access.decide(id, 'IDENTITY');
    // Not linked (rule scope.linked) and not existing look the same: null, no error.
    return (await access.may('see-youth', id)).allowed ? { id } : null;
  },

  async youths(_root, { first, after, search, scope: asked }, ctx) {
    const scope = asked ?? 'ALL';
    const size = first ?? 20;
    if (size < 1 || size > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`);
    if (search && search.length > 100) throw badInput('search must be at most 100 characters');
    const today = countyDate(new Date(), ctx.timeZone);
    const afterId = after ? idOfCursor(after) : undefined;
    const { rows, total, capped }: { rows: YouthRow[]; total: number; capped: boolean } = search
      ? await searchCaseload(ctx, search, scope, size, afterId, today)
      : await caseload(ctx.database, ctx.viewer, { first: size, after: afterId, scope, today });
    const page = rows.slice(0, size);
    return {
      edges: page.map((row) => ({ cursor: cursorOf(row.id), node: { id: row.id, row } })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? cursorOf(page.at(-1)!.id) : null },
      totalCount: total,
      totalCountCapped: capped,
    };
  },

  async accessExplanation(_root, { youthId }, { access }) {
    if (!isUuid(youthId)) throw badInput('youthId must be a UUID');
    return (await access.explain(youthId.toLowerCase())).map(accessDecision);
  },
};
