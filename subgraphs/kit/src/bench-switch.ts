/**
 * BENCHMARK ONLY. `npm run bench` measures what field enforcement and the disclosure log cost by
 * running a second copy of the hub with both switched off. That copy is started with
 * `HUB_BENCH_UNSAFE_NO_ENFORCEMENT=1` AND `NODE_ENV=benchmark`; nothing else turns it on.
 *
 * - Neither variable is set by `npm start`, docker-compose, the Dockerfile or any test but the bench.
 * - The flag alone (any NODE_ENV other than `benchmark`, e.g. `production` or unset) refuses to
 *   start the subgraph: a mistaken flag fails loudly instead of serving unenforced data.
 * - A subgraph built with it on prints a warning at start.
 *
 * Off, the kit wraps every classified field and writes every disclosure, as documented in README.md.
 */
export const BENCH_SWITCH_VARIABLE = 'HUB_BENCH_UNSAFE_NO_ENFORCEMENT';

export function benchUnsafeNoEnforcement(env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = env[BENCH_SWITCH_VARIABLE];
  if (flag === undefined || flag === '' || flag === '0') return false;
  if (flag !== '1' || env.NODE_ENV !== 'benchmark') {
    throw new Error(
      `${BENCH_SWITCH_VARIABLE} is set (${JSON.stringify(flag.slice(0, 10))}) but NODE_ENV is not "benchmark": refusing to start without enforcement`,
    );
  }
  return true;
}
