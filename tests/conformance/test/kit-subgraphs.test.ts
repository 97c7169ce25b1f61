import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSupergraphConfig } from '@hub/schema';
import { depsFromEnv, readSubgraphEnv, type Database, type SubgraphServer } from '@hub/subgraph-kit';
import { openTestDatabase } from '@hub/subgraph-kit/testing';
import { generateWorld } from '@hub/synthetic';
import type { Agency } from '@hub/policies';
import { AGENCY_SUBGRAPHS } from '../../src/agencies.ts';
import {
  formatReport,
  kitDatabaseProbe,
  runConformance,
  startSuite,
  type ConformanceReport,
  type Suite,
} from '../src/index.ts';

// Every kit-built agency subgraph keeps the hub's contract, checked from outside as an agency
// would check its own: started from the environment the suite prints, on its own database.
const world = generateWorld({ youths: 12 });
const agencies = new Map(loadSupergraphConfig().map((s) => [s.name, s.agency as Agency]));

describe.each(AGENCY_SUBGRAPHS)('the conformance suite against $name', (subgraph) => {
  let suite: Suite;
  let database: Database;
  let server: SubgraphServer;
  let report: ConformanceReport;

  beforeAll(async () => {
    suite = await startSuite({ service: subgraph.name });
    database = await openTestDatabase('pglite', subgraph.migrations);
    await subgraph.seed(database, world);
    const deps = await depsFromEnv(subgraph.name, readSubgraphEnv(subgraph.name, 0, suite.env));
    server = await subgraph.build(database, deps);
    const { url } = await server.listen(0);
    report = await runConformance(
      {
        url,
        name: subgraph.name,
        agency: agencies.get(subgraph.name)!,
        youths: world.youths.map((y) => y.id),
        sql: kitDatabaseProbe(database),
      },
      suite,
    );
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
    await suite?.close();
  });

  it('passes every check', () => {
    const failed = report.results.filter((r) => r.status !== 'pass');
    expect(failed, formatReport(report)).toEqual([]);
    expect(report.results.length).toBeGreaterThanOrEqual(25);
    if (process.env.SHOW_REPORT) console.log(formatReport(report));
  });
});
