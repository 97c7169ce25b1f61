import { DATA_CATEGORIES, type PolicySet } from '@hub/policies';
import { cellFromRules, emergencyOpens, TABLE_ROLES } from '@hub/policies/review';
import { loadSupergraphConfig } from '@hub/schema';
import { latestCheckpoints } from '../db/chain-status.ts';
import type { Agency, QueryResolvers } from '../generated/resolvers-types.ts';
import { requirePrivacyOfficer } from './privacy-officer.ts';

/**
 * The privacy console's policy matrix and chain status. Neither names a youth or releases a
 * record, but both are oversight: privacy officers with the AUDIT purpose only.
 */
export function oversightResolvers(
  policy: PolicySet,
): Pick<QueryResolvers, 'policyMatrix' | 'auditChainStatus' | 'auditChainVerification'> {
  const subgraphs = loadSupergraphConfig().map((s) => ({ name: s.name, agency: s.agency as Agency }));
  return {
    async policyMatrix(_root, _args, ctx) {
      await requirePrivacyOfficer(ctx, 'read the policy matrix');
      return {
        policyVersion: policy.version,
        roles: [...TABLE_ROLES],
        rows: DATA_CATEGORIES.map((category) => ({
          category,
          cells: TABLE_ROLES.map((role) => ({ role, ...cellFromRules(policy, role, category) })),
        })),
        emergencyOpens: emergencyOpens(policy),
      };
    },
    /** The latest checkpoint of each log, handed on to every agency (ChainAudit.checkpoints, @requires). */
    async auditChainVerification(_root, _args, ctx) {
      await requirePrivacyOfficer(ctx, 'verify the disclosure logs');
      const agencyOf = new Map(subgraphs.map((s) => [s.name, s.agency]));
      const checkpoints = (await latestCheckpoints(ctx.database)).flatMap((row) => {
        const agency = agencyOf.get(row.subgraph);
        return agency ? [{ agency, seq: row.seq, hash: row.hash, checkpointedAt: row.receivedAt.toISOString() }] : [];
      });
      return { id: 'chain-audit', checkpoints };
    },
    async auditChainStatus(_root, _args, ctx) {
      await requirePrivacyOfficer(ctx, 'read the audit chain status');
      const latest = new Map((await latestCheckpoints(ctx.database)).map((row) => [row.subgraph, row]));
      const now = Date.now();
      return subgraphs.map(({ name, agency }) => {
        const row = latest.get(name);
        return {
          subgraph: name,
          agency,
          seq: row?.seq ?? null,
          headHash: row?.hash ?? null,
          rowAt: row?.rowAt.toISOString() ?? null,
          checkpointedAt: row?.receivedAt.toISOString() ?? null,
          ageSeconds: row ? Math.max(0, Math.round((now - row.receivedAt.getTime()) / 1000)) : null,
        };
      });
    },
  };
}
