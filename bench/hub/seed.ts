import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { dbUrl, log, PREFIX, REGISTRY, SERVER_URL, SUBGRAPHS, YOUTHS } from './flags.ts';

/** Step 1: one database per subgraph holding YOUTHS synthetic youths (`npm run seed`), unless it already does. */
export async function ensureSeeded(): Promise<void> {
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  const last = new URL(dbUrl(SUBGRAPHS.at(-1)!)).pathname.slice(1);
  const [exists] = await admin`select 1 from pg_database where datname = ${last}`;
  await admin.end();
  let seeded = false;
  if (exists) {
    const registry = postgres(dbUrl(REGISTRY), { max: 1, onnotice: () => {} });
    const [row] = await registry`select count(*)::int as n from youth`;
    await registry.end();
    seeded = row?.n === YOUTHS;
  }
  if (seeded) return;
  log(`seeding ${YOUTHS} youths into ${PREFIX}* (npm run seed)`);
  const args = ['scripts/seed.ts', '--youths', String(YOUTHS), '--prefix', PREFIX, '--url', SERVER_URL, '--fresh'];
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    stdio: 'inherit',
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  if (r.status !== 0) throw new Error('seeding failed');
}
