import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSupergraphConfig } from '@hub/schema';
import { depsFromEnv, readSubgraphEnv, type Database, type SubgraphServer } from '@hub/subgraph-kit';
import { openTestDatabase, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { buildRegistry, MIGRATIONS, seedRegistry } from '@hub/subgraph-registry';
import { generateWorld } from '@hub/synthetic';
import {
  formatReport,
  kitDatabaseProbe,
  registryScenario,
  runConformance,
  startSuite,
  type ConformanceReport,
  type Suite,
} from '../src/index.ts';

// The registry keeps the same contract as every agency subgraph, checked from outside. Its access
// facts are its own tables, not the suite's stand-in: the suite writes its scenario there (youths,
// teams) and the registry must decide from them, read fresh on every request.
describe.each(TEST_ENGINES)('the conformance suite against the registry (mdt) on %s', (engine) => {
  let suite: Suite;
  let database: Database;
  let server: SubgraphServer;
  let report: ConformanceReport;
  let url: string;
  const target = () => ({
    url,
    name: 'mdt',
    agency: 'HUB' as const,
    youths: [],
    unclassifiedTypes: loadSupergraphConfig().find((s) => s.name === 'mdt')!.unclassifiedTypes,
    sql: kitDatabaseProbe(database),
  });

  beforeAll(async () => {
    suite = await startSuite({ service: 'mdt' });
    database = await openTestDatabase(engine, MIGRATIONS);
    await seedRegistry(database, generateWorld({ youths: 12 }));
    server = await buildRegistry(database, await depsFromEnv('mdt', readSubgraphEnv('mdt', 0, suite.env)), {
      log: () => {},
    });
    url = (await server.listen(0)).url;
    report = await runConformance({ ...target(), registry: registryScenario((query) => database.rows(query)) }, suite);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
    await suite?.close();
  });

  it('passes every check that applies, and says why the one that does not is not applicable', () => {
    if (process.env.SHOW_REPORT) console.log(formatReport(report));
    expect(
      report.results.filter((r) => r.status === 'fail' || r.status === 'skip'),
      formatReport(report),
    ).toEqual([]);
    expect(report.results.filter((r) => r.status === 'n/a')).toEqual([
      {
        id: 'registry.asked',
        title: "asks the registry for access facts, authenticated with the hub's service token",
        status: 'n/a',
        details: [
          'it is the registry: its facts come from its own tables, not from /access-facts (registry.fresh checks that they are read on every request)',
        ],
      },
    ]);
    expect(report.results.find((r) => r.id === 'registry.fresh')?.status).toBe('pass');
    expect(report.results.filter((r) => r.status === 'pass').length).toBeGreaterThanOrEqual(27);
    // It never asked the stand-in: it is the registry.
    expect(suite.harness.factsCalls).toEqual([]);
  });

  it('fails registry.fresh, and only it, when a team membership ended is not taken into account', async () => {
    // The scenario "forgets" to end the membership: to the suite, the registry keeps deciding on stale facts.
    const scenario = registryScenario((query) => database.rows(query));
    const stale = await runConformance({ ...target(), registry: { ...scenario, leaveTeam: async () => {} } }, suite);
    expect(stale.results.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(['registry.fresh']);
  });
});
