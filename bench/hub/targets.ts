import postgres from 'postgres';
import type { TestKeys } from '@hub/subgraph-kit/testing';
import { gatewayEnv, subgraphEnv } from '../src/keys.ts';
import { BenchChild } from '../src/process/parent.ts';
import { dbUrl, log, REGISTRY, SERVER_URL, SUBGRAPHS, TARGETS, type TargetName } from './flags.ts';

/** One target of the bench: its processes, each measured alone, and where the load goes. */
export interface Group {
  target: TargetName;
  processes: BenchChild[];
  url: string;
}

/** serve-monolith.ts reads BENCH_MONO_FACTS (inherited): facts once per operation, or per subgraph part. */
export const MONO_FACTS = process.env.BENCH_MONO_FACTS === 'subgraph' ? 'subgraph part' : 'operation';

/**
 * Connections per database per target: every target holds one pool on each subgraph's database,
 * and together they must stay under the server's max_connections (100 by default: 4 targets x 7 x 3).
 * The same for every target, so the ratios stay fair; BENCH_POOL overrides.
 */
export async function poolSize(targets: number): Promise<number> {
  if (process.env.BENCH_POOL) return Number(process.env.BENCH_POOL);
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  const [row] = await admin`select current_setting('max_connections')::int as max,
    (select count(*)::int from pg_stat_activity) as used`;
  await admin.end();
  const free = (row?.max ?? 100) - (row?.used ?? 0) - 6;
  return Math.max(1, Math.min(4, Math.floor(free / (targets * SUBGRAPHS.length))));
}

/** (c) and (d): every subgraph (serve-subgraph.ts) and the gateway (serve-gateway.ts), each in its own process. */
async function startHub(target: 'off' | 'hub', keys: TestKeys, pool: number, started: BenchChild[]): Promise<Group> {
  const env: Record<string, string> = {
    BENCH_POOL: String(pool),
    ...(target === 'off'
      ? { NODE_ENV: 'benchmark', HUB_BENCH_UNSAFE_NO_ENFORCEMENT: '1' }
      : { HUB_BENCH_UNSAFE_NO_ENFORCEMENT: '' }),
  };
  const serve = async (name: string, registryUrl?: string) => {
    const child = await BenchChild.serve(`${target}:${name}`, new URL('../src/serve-subgraph.ts', import.meta.url), {
      args: [name],
      env: {
        ...subgraphEnv(keys, name, { databaseUrl: dbUrl(name), ...(registryUrl ? { registryUrl } : {}) }),
        ...env,
      },
    });
    started.push(child);
    return child;
  };
  const registry = await serve(REGISTRY);
  const registryBase = new URL('/', registry.url).toString().replace(/\/$/, '');
  const agencies = await Promise.all(SUBGRAPHS.filter((n) => n !== REGISTRY).map((n) => serve(n, registryBase)));
  const processes = [registry, ...agencies];
  const urls = Object.fromEntries(processes.map((p) => [p.name.split(':')[1]!, p.url]));
  const gateway = await BenchChild.serve(`${target}:gateway`, new URL('../src/serve-gateway.ts', import.meta.url), {
    env: { ...(await gatewayEnv(keys, urls)), ...env },
  });
  started.push(gateway);
  return { target, processes: [gateway, ...processes], url: gateway.url };
}

/** Step 2: every target asked for, each process pushed to `started` as it comes up (to stop them all). */
export async function startTargets(
  keys: TestKeys,
  pool: number,
  started: BenchChild[],
): Promise<Partial<Record<TargetName, Group>>> {
  const databaseUrls = JSON.stringify(Object.fromEntries(SUBGRAPHS.map((s) => [s, dbUrl(s)])));
  const groups: Partial<Record<TargetName, Group>> = {};
  for (const t of TARGETS) {
    if (t === 'floor') {
      const floor = await BenchChild.serve('floor:sql-floor', new URL('./serve-sql-floor.ts', import.meta.url), {
        env: { BENCH_POOL: String(pool), BENCH_DATABASE_URLS: databaseUrls },
      });
      started.push(floor);
      groups.floor = { target: 'floor', processes: [floor], url: floor.url };
    } else if (t === 'mono') {
      const mono = await BenchChild.serve('mono:monolith', new URL('./serve-monolith.ts', import.meta.url), {
        env: {
          BENCH_POOL: String(pool),
          BENCH_DATABASE_URLS: databaseUrls,
          BENCH_USER_KEYS: JSON.stringify({ jwks: keys.jwks, issuer: keys.issuer, audience: keys.audience }),
        },
      });
      started.push(mono);
      groups.mono = { target: 'mono', processes: [mono], url: mono.url };
    } else groups[t] = await startHub(t, keys, pool, started);
    log(`${t} up: ${groups[t]!.url}`);
  }
  return groups;
}
