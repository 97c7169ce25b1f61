import { GraphQLError } from 'graphql';
import type { Agency } from '@hub/policies';
import type { SubgraphContext } from '../context.ts';
import { auditLog } from '../disclosure/audit.ts';

/** A checkpoint as the registry hands it on (ChainAudit.checkpoints, @requires): the latest per agency. */
export interface LogCheckpointRef {
  agency: Agency;
  seq: number;
  hash: string;
  /** ISO 8601: when the registry received it. */
  checkpointedAt: string;
}

export interface ChainVerificationResult {
  agency: Agency;
  verdict: 'INTACT' | 'BROKEN';
  rows: number;
  headSeq: number | null;
  headHash: string | null;
  checkpointSeq: number | null;
  checkpointedAt: string | null;
  checkpointAgeSeconds: number | null;
  firstBrokenSeq: number | null;
  problem: string | null;
  note: string | null;
}

/**
 * This agency's disclosure log verified now, by the same code as `npm run audit:verify` (auditLog),
 * against the registry's latest checkpoint of it: a rewrite before that row changes its hash, a
 * cut tail ends before it. Oversight, decided here by the policy's `oversee` rules (privacy
 * officers acting for AUDIT); it names no youth and releases nothing of a record.
 */
export async function chainVerification(
  parent: { checkpoints?: readonly LogCheckpointRef[] | null },
  _args: unknown,
  ctx: SubgraphContext,
): Promise<ChainVerificationResult> {
  const decision = await ctx.access.may('oversee');
  if (!decision.allowed) {
    const { reason, ruleId, legalBasis } = decision;
    throw new GraphQLError('Only privacy officers acting for AUDIT verify the disclosure logs', {
      extensions: { code: 'FORBIDDEN', reason, ruleId, legalBasis },
    });
  }
  const agency = ctx.access.owner;
  const latest = (parent.checkpoints ?? [])
    .filter((c) => c.agency === agency)
    .reduce<LogCheckpointRef | null>((a, c) => (!a || c.seq > a.seq ? c : a), null);
  const audit = await auditLog(ctx.database, latest ? [{ seq: latest.seq, hash: latest.hash }] : []);
  return {
    agency,
    verdict: audit.status === 'intact' ? 'INTACT' : 'BROKEN',
    rows: audit.rowsChecked,
    headSeq: audit.head?.seq ?? null,
    headHash: audit.head?.hash ?? null,
    checkpointSeq: latest?.seq ?? null,
    checkpointedAt: latest?.checkpointedAt ?? null,
    checkpointAgeSeconds: latest
      ? Math.max(0, Math.round((Date.now() - Date.parse(latest.checkpointedAt)) / 1000))
      : null,
    firstBrokenSeq: audit.firstBroken?.seq ?? null,
    problem: audit.firstBroken?.problem ?? null,
    note: audit.note ?? null,
  };
}
