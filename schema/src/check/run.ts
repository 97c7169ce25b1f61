import { clientSchema } from '../client-schema.ts';
import { composeSupergraph } from '../compose.ts';
import type { SchemaEntry } from '../config.ts';
import { applyAcknowledgements, type Acknowledged, type Acknowledgement } from './acknowledge.ts';
import { diffSupergraphs, type Change } from './diff.ts';
import type { PolicyView } from './exposure.ts';
import { holdingProblems } from './holdings.ts';
import { readSupergraph } from './model.ts';
import { renderReport } from './report.ts';

export interface SchemaCheckOptions {
  entries: SchemaEntry[];
  /** The supergraph to compare with: the committed one, as the gateway serves it. */
  baselineSdl: string;
  /** Where the baseline came from, for the report (`schema/supergraph.graphql at HEAD`). */
  baselineLabel: string;
  acknowledgements: readonly Acknowledgement[];
  acknowledgementsFile: string;
  view: PolicyView;
  /**
   * The committed client schema (`schema/client-schema.graphql`), checked fresh: it must equal the
   * one generated from this composition, as `npm run compose` writes it.
   */
  clientSchema?: { committed: string; label: string };
}

export type SchemaCheckResult =
  | { ok: false; stage: 'compose' | 'holdings'; errors: string[]; report: string }
  | {
      ok: boolean;
      stage: 'diff';
      supergraphSdl: string;
      changes: Change[];
      acknowledged: Acknowledged;
      /** False when the committed client schema differs from a fresh one (undefined: not checked). */
      clientSchemaFresh?: boolean;
      report: string;
    };

/**
 * `npm run schema:check`: compose (refusing unclassified fields), refuse a category the subgraph's
 * agency does not hold in the policy set, compare with the baseline, and fail on any breaking
 * change or reclassification nobody acknowledged.
 */
export function checkSchema(opts: SchemaCheckOptions): SchemaCheckResult {
  const composed = composeSupergraph(opts.entries);
  if (!composed.ok) {
    const report = `Schema check: composition failed\n${composed.errors.map((e) => `  ✗ ${e}`).join('\n')}`;
    return { ok: false, stage: 'compose', errors: composed.errors, report };
  }
  const unheld = opts.view.holds ? holdingProblems(opts.entries, (agency) => opts.view.holds!(agency)) : [];
  if (unheld.length) {
    const report = `Schema check: categories outside the policy set\n${unheld.map((e) => `  ✗ ${e}`).join('\n')}`;
    return { ok: false, stage: 'holdings', errors: unheld, report };
  }
  const changes = diffSupergraphs(readSupergraph(opts.baselineSdl), readSupergraph(composed.supergraphSdl));
  const acknowledged = applyAcknowledgements(changes, opts.acknowledgements);
  let report = renderReport({
    baseline: opts.baselineLabel,
    subgraphs: opts.entries.length,
    changes,
    acknowledged,
    view: opts.view,
    acknowledgementsFile: opts.acknowledgementsFile,
  });
  let clientSchemaFresh: boolean | undefined;
  if (opts.clientSchema) {
    clientSchemaFresh = clientSchema(composed.supergraphSdl) === opts.clientSchema.committed;
    report += clientSchemaFresh
      ? `\n\nClient schema: ${opts.clientSchema.label} is fresh.`
      : `\n\nClient schema:\n  ✗ ${opts.clientSchema.label} differs from the one this composition gives: run \`npm run compose\` and commit both files.`;
  }
  return {
    ok: acknowledged.unacknowledged.length === 0 && clientSchemaFresh !== false,
    stage: 'diff',
    supergraphSdl: composed.supergraphSdl,
    changes,
    acknowledged,
    clientSchemaFresh,
    report,
  };
}
