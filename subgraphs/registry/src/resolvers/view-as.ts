import { DEFAULT_PURPOSE, explain, ROLE_AGENCY, type PolicySet, type Viewer } from '@hub/policies';
import { badInput, isUuid } from '@hub/subgraph-kit';
import { accessFacts } from '../db/queries.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { requirePrivacyOfficer } from './privacy-officer.ts';
import { accessDecision } from './query.ts';

/**
 * View-as: the decisions another viewer would get for this youth, from the registry's facts for
 * that viewer (team membership and emergency grant by `sub`; the crosswalk, consents, court
 * orders), decided by the same policy the subgraphs use. Without a `sub` the simulated viewer is
 * on no team and holds no grant. Releases no record.
 */
export function viewAsResolver(policy: PolicySet): Pick<QueryResolvers, 'viewAs'> {
  return {
    async viewAs(_root, { youthId, as }, ctx) {
      await requirePrivacyOfficer(ctx, 'view the hub as another viewer');
      if (!isUuid(youthId)) throw badInput('youthId must be a UUID');
      // The same pairing a user token must have: a role belongs to one agency.
      if (ROLE_AGENCY[as.role] !== as.agency) throw badInput(`The role ${as.role} does not belong to ${as.agency}`);
      const sub = as.sub?.trim() ?? '';
      if (sub.length > 200) throw badInput('sub must be at most 200 characters');
      const viewer: Viewer = { sub, agency: as.agency, role: as.role };
      const now = new Date();
      const [facts] = await accessFacts(ctx.database, viewer, [youthId.toLowerCase()], now, ctx.timeZone);
      // A simulation releases no record, but a privacy officer looked: it is logged.
      ctx.disclosures.note(youthId.toLowerCase(), 'VIEW_AS');
      return explain(policy, viewer, facts!, as.purpose ?? DEFAULT_PURPOSE, now).map(accessDecision);
    },
  };
}
