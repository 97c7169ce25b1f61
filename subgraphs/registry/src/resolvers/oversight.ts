import { DATA_CATEGORIES, type PolicySet } from '@hub/policies';
import { GraphQLError } from 'graphql';
import { cellFromRules, emergencyOpens, MATRIX_ROLES } from '@hub/policies/review';
import { loadSupergraphConfig } from '@hub/schema';
import { PolicyDiffBusy, type PolicyDiffPool } from '../policy-diff/pool.ts';
import { latestCheckpoints } from '../db/chain-status.ts';
import type { Agency, QueryResolvers } from '../generated/resolvers-types.ts';
import { requirePrivacyOfficer } from './privacy-officer.ts';
import { badField } from './roster.ts';

/** A proposed rules file's text at most (the default rules are about 71,000 characters as JSON). */
const MAX_RULES_CHARS = 90_000;

/**
 * The privacy console's policy matrix and chain status. Neither names a youth or releases a
 * record, but both are oversight: privacy officers with the AUDIT purpose only.
 */
export function oversightResolvers(
  policy: PolicySet,
  diffs: PolicyDiffPool,
): Pick<QueryResolvers, 'policyMatrix' | 'policyDiff' | 'auditChainStatus' | 'auditChainVerification'> {
  const subgraphs = loadSupergraphConfig().map((s) => ({ name: s.name, agency: s.agency as Agency }));
  return {
    async policyMatrix(_root, _args, ctx) {
      await requirePrivacyOfficer(ctx, 'read the policy matrix');
      const rows = DATA_CATEGORIES.map((category) => ({
        category,
        cells: MATRIX_ROLES.map((role) => ({ role, ...cellFromRules(policy, role, category) })),
      }));
      const cited = new Set(rows.flatMap((r) => r.cells.map((c) => c.ruleId)));
      return {
        policyVersion: policy.version,
        roles: [...MATRIX_ROLES],
        rows,
        emergencyOpens: emergencyOpens(policy),
        rules: [...cited].flatMap((id) => {
          const rule = policy.byId.get(id);
          return rule
            ? [{ id, description: rule.description, legalBasis: rule.legalBasis, inferred: Boolean(rule.inferred) }]
            : [];
        }),
      };
    },
    /**
     * policy:diff between the running rules and a proposed file, by the policies package's own
     * code, in the registry's worker thread (`policy-diff/pool.ts`): the event loop stays free.
     */
    async policyDiff(_root, { rules }, ctx) {
      await requirePrivacyOfficer(ctx, 'compare policies');
      if (rules.length > MAX_RULES_CHARS) throw badField('rules', `at most ${MAX_RULES_CHARS} characters`);
      let result;
      try {
        result = await diffs.run(policy, rules);
      } catch (error) {
        if (!(error instanceof PolicyDiffBusy)) throw error;
        throw new GraphQLError('Other policy comparisons are running; try again in a minute', {
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        });
      }
      if (!result.ok) throw badField('rules', result.message);
      const { report, text } = result;
      return {
        ...report,
        changes: report.lines.map((l) => ({ ...l, kind: l.kind.toUpperCase() })),
        text,
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
