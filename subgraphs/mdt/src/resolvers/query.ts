import { badInput } from '@hub/subgraph-kit';
import { caseload, isUuid } from '../db/queries.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';

const MAX_PAGE = 100;
const cursorOf = (id: string) => Buffer.from(id).toString('base64url');
function idOfCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) throw badInput('after is not a cursor from this connection');
  return id;
}

export const Query: QueryResolvers = {
  me: (_root, _args, { viewer }) => ({
    sub: viewer.sub,
    name: viewer.name ?? viewer.sub,
    agency: viewer.agency,
    role: viewer.role,
  }),

  async youth(_root, { id }, { access, viewer }) {
    if (!isUuid(id)) throw badInput('youth id must be a UUID');
    const facts = await access.factsFor(id);
    // Not linked and not existing look the same: null, no error.
    const linked = facts.team.onTeam || facts.servedBy.includes(viewer.agency);
    return linked ? { id } : null;
  },

  async youths(_root, { first, after, search }, { database, viewer }) {
    const size = first ?? 20;
    if (size < 1 || size > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`);
    if (search && search.length > 100) throw badInput('search must be at most 100 characters');
    const today = new Date().toISOString().slice(0, 10);
    const { rows, total } = await caseload(database, viewer, {
      first: size,
      after: after ? idOfCursor(after) : undefined,
      search: search ?? undefined,
      today,
    });
    const page = rows.slice(0, size);
    return {
      edges: page.map((row) => ({ cursor: cursorOf(row.id), node: { id: row.id, row } })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? cursorOf(page.at(-1)!.id) : null },
      totalCount: total,
    };
  },

  async accessExplanation(_root, { youthId }, { access }) {
    if (!isUuid(youthId)) throw badInput('youthId must be a UUID');
    const decisions = await access.explain(youthId);
    return decisions.map((d) => ({
      agency: d.agency,
      category: d.category,
      allowed: d.allowed,
      reason: d.reason,
      ruleId: d.ruleId,
      legalBasis: d.legalBasis,
    }));
  },
};
