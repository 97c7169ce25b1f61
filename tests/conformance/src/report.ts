import type { ConformanceReport } from './suite.ts';

const MARK = { pass: '✓', fail: '✗', skip: '-', 'n/a': '○' } as const;

/** The report an agency reads: one line per check, what went wrong under each failure. */
export function formatReport(report: ConformanceReport): string {
  const { target, results } = report;
  const failed = results.filter((r) => r.status === 'fail').length;
  const skipped = results.filter((r) => r.status === 'skip').length;
  const na = results.filter((r) => r.status === 'n/a').length;
  const notCounted = [skipped ? `${skipped} skipped` : '', na ? `${na} not applicable` : ''].filter(Boolean).join(', ');
  const lines = [`Conformance of ${target.name} (${target.agency}) at ${target.url}, run ${report.runId}`];
  for (const r of results) {
    lines.push(`  ${MARK[r.status]} ${r.id}: ${r.title}`);
    for (const d of r.details.slice(0, 8)) lines.push(`      ${d}`);
    if (r.details.length > 8) lines.push(`      ... and ${r.details.length - 8} more`);
  }
  lines.push(
    report.ok
      ? `${results.length - skipped - na} of ${results.length} checks passed${notCounted ? `, ${notCounted}` : ''} in ${(report.durationMs / 1000).toFixed(1)} s.`
      : `${failed} of ${results.length} checks failed${notCounted ? `, ${notCounted}` : ''}: the subgraph does not keep the hub's contract.`,
  );
  return lines.join('\n');
}
