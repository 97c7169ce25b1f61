import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { depsFromEnv, readSubgraphEnv, type Database, type SubgraphServer } from '@hub/subgraph-kit';
import { openTestDatabase } from '@hub/subgraph-kit/testing';
import { buildEducation, MIGRATIONS, seedEducation } from '@hub/subgraph-education';
import { generateWorld } from '@hub/synthetic';
import { REFERENCE_YOUTH, startReferenceSubgraph, type Faults } from '../fixtures/reference-subgraph.ts';
import { formatReport, kitDatabaseProbe, runConformance, startSuite, type ConformanceReport } from '../src/index.ts';

// The suite must pass a subgraph that keeps the contract however it was built, and fail each
// deliberately broken one on exactly the promises it breaks.

async function against(faults: Faults): Promise<ConformanceReport> {
  const suite = await startSuite({ service: 'mentoring' });
  const subgraph = await startReferenceSubgraph({ name: 'mentoring', env: suite.env, faults });
  try {
    return await runConformance(
      { url: subgraph.url, name: 'mentoring', agency: 'COMMUNITY', youths: [REFERENCE_YOUTH] },
      suite,
    );
  } finally {
    await subgraph.close();
    await suite.close();
  }
}
const ids = (report: ConformanceReport, status: 'fail' | 'skip') =>
  report.results.filter((r) => r.status === status).map((r) => r.id);

describe('the conformance suite against a subgraph built without the kit', () => {
  it('passes it when it keeps the contract (no database access given, so that check is skipped)', async () => {
    const report = await against({});
    expect(ids(report, 'fail'), formatReport(report)).toEqual([]);
    expect(ids(report, 'skip')).toEqual(['disclosure.database-append-only']);
  });

  it('fails one that skips the signature checks, on every forged, replayed or misdirected request', async () => {
    const report = await against({ skipSignature: true });
    expect(ids(report, 'fail')).toEqual([
      'auth.replayed',
      'auth.unsigned',
      'auth.wrong-key',
      'auth.wrong-audience',
      'auth.expired-signature',
      'auth.tampered-body',
      'auth.tampered-purpose',
      'auth.service-unsigned',
      'auth.service-wrong-key',
    ]);
  });

  it('fails one that leaks a denied field, saying which and to whom', async () => {
    const report = await against({ leakDenied: true });
    expect(ids(report, 'fail')).toEqual(['access.denial-shape', 'access.same-answer', 'access.matches-policy']);
    const shape = report.results.find((r) => r.id === 'access.denial-shape')!;
    expect(shape.details).toEqual([
      'mentoring.mentor: denied (scope.not-on-team) but released a value: {"__typename":"Mentor"}',
      'mentoring.mentor: denied, expected one FORBIDDEN error at its path, found 0',
    ]);
  });

  it('fails one that does not log', async () => {
    const report = await against({ noLog: true });
    expect(ids(report, 'fail')).toEqual([
      'disclosure.recorded',
      'disclosure.accounting-logged',
      'disclosure.append-only',
      'disclosure.accounting-scoped',
    ]);
  });

  it('fails one whose log loses old records', async () => {
    const report = await against({ purgeLog: true });
    expect(ids(report, 'fail')).toEqual([
      'disclosure.recorded',
      'disclosure.accounting-logged',
      'disclosure.append-only',
    ]);
  });
});

describe('the conformance suite against a kit subgraph whose database lets the log be changed', () => {
  const world = generateWorld({ youths: 6 });
  let database: Database;
  let server: SubgraphServer;
  let report: ConformanceReport;
  beforeAll(async () => {
    const suite = await startSuite({ service: 'education' });
    database = await openTestDatabase('pglite', MIGRATIONS);
    await seedEducation(database, world);
    // What a database owner could do: switch the append-only triggers off.
    await database.rows(sql.raw('alter table disclosure_log disable trigger all'));
    server = await buildEducation(database, await depsFromEnv('education', readSubgraphEnv('education', 0, suite.env)));
    const { url } = await server.listen(0);
    const target = { url, name: 'education', agency: 'EDUCATION' as const, youths: [world.youths[0]!.id] };
    report = await runConformance({ ...target, sql: kitDatabaseProbe(database) }, suite);
    await suite.close();
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('fails only the database check, naming each statement it accepted, and the log is unharmed', async () => {
    expect(ids(report, 'fail')).toEqual(['disclosure.database-append-only']);
    expect(report.results.find((r) => r.id === 'disclosure.database-append-only')!.details).toEqual([
      'the database accepted: update disclosure_log set "seq" = "seq"',
      'the database accepted: delete from disclosure_log',
      'the database accepted: truncate disclosure_log',
    ]);
    // Every statement was rolled back: the chain is whole, seq 1 to n with no gap.
    const [counts] = (await database.rows(
      sql.raw('select count(*)::int as n, max(seq)::int as last from disclosure_log'),
    )) as { n: number; last: number }[];
    expect(counts!.n).toBeGreaterThan(20);
    expect(counts!.last).toBe(counts!.n);
  });
});
