import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two gateways compared: the hub's own (createHubGateway, @apollo/gateway) and Hive's runtime. */
export const KINDS = ['hive', 'apollo'] as const;
export type Kind = (typeof KINDS)[number];
export const LABEL: Record<Kind, string> = {
  hive: 'Hive Gateway runtime (bench/gateway/hive-engine.ts)',
  apollo: '@apollo/gateway + @apollo/server',
};

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}
export const ROUNDS = setting('BENCH_ROUNDS', 5);
export const SECONDS = setting('BENCH_SECONDS', 10);
export const WARMUP_ROUNDS = setting('BENCH_WARMUP_ROUNDS', 2);
export const WARMUP_SECONDS = setting('BENCH_WARMUP_SECONDS', 10);
export const CONNECTIONS = setting('BENCH_CONNECTIONS', 16);
export const YOUTHS = setting('BENCH_YOUTHS', 200);
export const PURPOSE = 'CARE_COORDINATION';
/** Where the results go: BENCH_OUT for a trial run, so that it does not replace the committed ones. */
export const OUT = resolve(
  process.env.INIT_CWD ?? process.cwd(),
  process.env.BENCH_OUT ?? fileURLToPath(new URL('./results.json', import.meta.url)),
);

/** The installed version of a package, for the results. */
export function version(pkg: string): string {
  try {
    const file = new URL(`../../node_modules/${pkg}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
