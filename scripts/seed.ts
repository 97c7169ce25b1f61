// npm run seed -- --youths 100000 [--url postgres://postgres@127.0.0.1:5432/postgres] [--prefix hub_] [--fresh]
// Fills one Postgres database per subgraph of schema/supergraph.config.json (hub_<its database>:
// hub_mdt, hub_child_welfare, ...) on a server with the deterministic synthetic world, for benchmarks.
// Prints progress as it goes.
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { openDatabase } from '@hub/subgraph-kit';
import { generateWorld } from '@hub/synthetic';
import { HUB_SUBGRAPHS } from '../tests/src/agencies.ts';

const { values } = parseArgs({
  options: {
    youths: { type: 'string', default: '10000' },
    url: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    prefix: { type: 'string', default: 'hub_' },
    fresh: { type: 'boolean', default: false },
  },
});
const youths = Number(values.youths);
if (!Number.isInteger(youths) || youths < 1 || youths > 1_000_000) {
  console.error('--youths must be a whole number between 1 and 1,000,000');
  process.exit(2);
}
if (!/^[a-z_][a-z0-9_]*$/.test(values.prefix!)) {
  console.error('--prefix may hold only lower-case letters, digits and underscores');
  process.exit(2);
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const targets = HUB_SUBGRAPHS;

const admin = postgres(values.url!, { max: 1, onnotice: () => {} });
try {
  await admin`select 1`;
} catch (error) {
  console.error(`cannot reach ${values.url}: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`[seed] generating ${youths.toLocaleString('en-US')} synthetic youths...`);
const world = generateWorld({ youths });
console.log(
  `[seed] generated in ${elapsed()}: ${world.teams.length} teams, ${world.consents.length} consents, ${world.childWelfare.length} child-welfare cases, ${world.health.length} health records`,
);
for (const [i, target] of targets.entries()) {
  const dbName = `${values.prefix}${target.entry.database}`;
  if (values.fresh) await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  const [exists] = await admin`select 1 from pg_database where datname = ${dbName}`;
  if (!exists) await admin.unsafe(`create database ${dbName}`);
  const url = new URL(values.url!);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ url: url.toString(), migrationsFolder: target.migrations, maxConnections: 2 });
  const t0 = Date.now();
  process.stdout.write(`[seed] ${i + 1}/${targets.length} ${target.name} -> ${dbName} ... `);
  const seeded = await target.seed(database, world);
  console.log(
    seeded ? `done in ${((Date.now() - t0) / 1000).toFixed(1)} s` : 'already seeded (use --fresh to start over)',
  );
  await database.close();
}
await admin.end();
console.log(
  `[seed] all ${targets.length} databases ready in ${elapsed()}; point each subgraph's DATABASE_URL at ${values.prefix}<name>`,
);
