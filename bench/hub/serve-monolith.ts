/**
 * Bench child: the monolith floor (monolith.ts), alone in its process: every subgraph built by its
 * own build function on its own seeded database (BENCH_DATABASE_URLS, one pool of BENCH_POOL each),
 * executed in process, with no gateway and no HTTP between them. Verifies the viewer's token against
 * the bench's identity provider (BENCH_USER_KEYS: jwks, issuer, audience) as the gateway does.
 * Counts its SQL statements (agency reads and disclosure-log statements apart, summed over the seven
 * databases), the subgraph parts it executed in process and its access-facts reads.
 */
import type { JSONWebKeySet } from 'jose';
import { createUserTokenVerifier } from '@hub/protocol';
import { openDatabase, type Database } from '@hub/subgraph-kit';
import { HUB_SUBGRAPHS } from '@hub/tests/agencies';
import { serveChild } from '../src/process/child.ts';
import { createMonolith, MONOLITH_SUBGRAPHS, type Monolith } from './monolith.ts';

const urls = JSON.parse(process.env.BENCH_DATABASE_URLS!) as Record<string, string>;
const keys = JSON.parse(process.env.BENCH_USER_KEYS!) as { jwks: JSONWebKeySet; issuer: string; audience: string };
const facts = process.env.BENCH_MONO_FACTS === 'subgraph' ? 'subgraph' : 'operation';
const databases: Record<string, Database> = {};
let monolith: Monolith | undefined;

serveChild({
  async start() {
    for (const name of MONOLITH_SUBGRAPHS) {
      databases[name] = await openDatabase({
        url: urls[name]!,
        migrationsFolder: HUB_SUBGRAPHS.find((s) => s.name === name)!.migrations,
        maxConnections: Number(process.env.BENCH_POOL ?? 10),
      });
    }
    monolith = await createMonolith({
      databases,
      verifyUser: createUserTokenVerifier({ issuer: keys.issuer, audience: keys.audience, jwks: keys.jwks }),
      facts,
    });
    const { url } = await monolith.listen(0);
    return { url };
  },
  counters: () => {
    const dbs = Object.values(databases);
    const c = monolith?.counters() ?? { operations: 0, executions: 0, factsCalls: 0 };
    return {
      statements: dbs.reduce((t, d) => t + d.statementCount, 0),
      logStatements: dbs.reduce((t, d) => t + d.logStatementCount, 0),
      requests: c.operations,
      inProcessExecutions: c.executions,
      factsCalls: c.factsCalls,
    };
  },
  async stop() {
    await monolith?.close();
    await Promise.all(Object.values(databases).map((d) => d.close()));
  },
});
