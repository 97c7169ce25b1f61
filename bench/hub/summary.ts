import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median, percentile, round2, round3 } from '../src/stats.ts';
import { BASELINE, QUERIES, TARGETS, YOUTHS, type TargetName } from './flags.ts';
import type { Measured } from './measure.ts';
import type { QueryName } from './queries.ts';

export const ratio = (a: number | undefined, b: number | undefined) => (a && b ? round2(a / b) : null);

/** Target a over target b, round by round (each pair ran one after the other, so drift cancels). */
export function pairedRounds(
  runs: Measured[],
  q: QueryName,
  a: TargetName,
  b: TargetName,
  key: 'rps' | 'cpuMsPerRequestTotal',
): (number | null)[] {
  return runs
    .filter((m) => m.query === q && m.target === a)
    .map((m) => {
      const other = runs.find((o) => o.query === q && o.target === b && o.round === m.round);
      return other ? round2(m[key] / other[key]) : null;
    });
}

/** Both targets were measured in this run. */
export const both = (a: TargetName, b: TargetName) => TARGETS.includes(a) && TARGETS.includes(b);

export interface Summaries {
  summary: Record<string, any>;
  ratios: Record<string, unknown>;
  scale: unknown;
}

/**
 * Step 6: per (query, target), the median req/s, pooled latencies, CPU per request (per process and
 * summed), SQL and subgraph requests per operation, errors, peak RSS; the ratios between targets; and
 * against the 10,000-youth results (or --baseline), how it scales.
 */
export function summarize(runs: Measured[], pooled: Map<string, number[]>, peak: Record<string, number>): Summaries {
  const summary: Record<string, any> = {};
  for (const q of QUERIES) {
    for (const t of TARGETS) {
      const mine = runs.filter((m) => m.query === q && m.target === t);
      const lat = pooled.get(`${q}/${t}`)!.sort((a, b) => a - b);
      const n = mine.reduce((a, m) => a + m.requests, 0);
      const perProcess: Record<string, number> = {};
      for (const m of mine)
        for (const [p, v] of Object.entries(m.cpuMsPerRequest)) perProcess[p] = (perProcess[p] ?? 0) + v * m.requests;
      for (const p of Object.keys(perProcess)) perProcess[p] = round3(perProcess[p]! / n);
      summary[`${q}/${t}`] = {
        query: q,
        target: t,
        rps: round2(median(mine.map((m) => m.rps))),
        rpsRounds: mine.map((m) => m.rps),
        latencyMs: {
          p50: round2(percentile(lat, 50)),
          p95: round2(percentile(lat, 95)),
          p99: round2(percentile(lat, 99)),
        },
        cpuMsPerRequest: round3(Object.values(perProcess).reduce((a, b) => a + b, 0)),
        cpuMsPerRequestRounds: mine.map((m) => m.cpuMsPerRequestTotal),
        cpuMsPerRequestByProcess: perProcess,
        perOperation: mine.at(-1)?.perOperation,
        errors: {
          non2xx: mine.reduce((a, m) => a + m.non2xx, 0),
          errorBodies: mine.reduce((a, m) => a + m.errorBodies, 0),
          internal: mine.reduce((a, m) => a + m.internalErrors, 0),
          internalRounds: mine.map((m) => m.internalErrors),
          socket: mine.reduce((a, m) => a + m.socketErrors, 0),
        },
        requests: n,
        peakRssMiB: Object.fromEntries(
          Object.entries(peak)
            .filter(([k]) => k.startsWith(`${t}:`))
            .map(([k, v]) => [k.split(':')[1], v]),
        ),
      };
    }
  }
  const s = (q: QueryName, t: TargetName) => summary[`${q}/${t}`];
  const paired = (q: QueryName, a: TargetName, b: TargetName, key: 'rps' | 'cpuMsPerRequestTotal') =>
    pairedRounds(runs, q, a, b, key);
  const ratios: Record<string, unknown> = {};
  for (const q of QUERIES) {
    ratios[q] = {
      'rps hub/mono (d)/(b)': ratio(s(q, 'hub')?.rps, s(q, 'mono')?.rps),
      'rps hub/mono per round': both('hub', 'mono') ? paired(q, 'hub', 'mono', 'rps') : null,
      'CPU/req hub/mono (d)/(b)': ratio(s(q, 'hub')?.cpuMsPerRequest, s(q, 'mono')?.cpuMsPerRequest),
      'CPU/req hub/mono per round': both('hub', 'mono') ? paired(q, 'hub', 'mono', 'cpuMsPerRequestTotal') : null,
      'p95 hub/mono': ratio(s(q, 'hub')?.latencyMs.p95, s(q, 'mono')?.latencyMs.p95),
      'rps hub/floor (d)/(a)': ratio(s(q, 'hub')?.rps, s(q, 'floor')?.rps),
      'rps hub/off (d)/(c)': ratio(s(q, 'hub')?.rps, s(q, 'off')?.rps),
      'rps hub/off per round': both('hub', 'off') ? paired(q, 'hub', 'off', 'rps') : null,
      'CPU/req hub/floor (d)/(a)': ratio(s(q, 'hub')?.cpuMsPerRequest, s(q, 'floor')?.cpuMsPerRequest),
      'CPU/req hub/off (d)/(c)': ratio(s(q, 'hub')?.cpuMsPerRequest, s(q, 'off')?.cpuMsPerRequest),
      'CPU/req hub/off per round': both('hub', 'off') ? paired(q, 'hub', 'off', 'cpuMsPerRequestTotal') : null,
      'p95 hub/off': ratio(s(q, 'hub')?.latencyMs.p95, s(q, 'off')?.latencyMs.p95),
    };
  }
  if (QUERIES.includes('Q1') && QUERIES.includes('Q2')) {
    ratios['Q2/Q1'] = Object.fromEntries(
      TARGETS.map((t) => [
        t,
        {
          'CPU per page of 50 / CPU per single youth': ratio(s('Q2', t)?.cpuMsPerRequest, s('Q1', t)?.cpuMsPerRequest),
          'per youth': round3((s('Q2', t)?.cpuMsPerRequest ?? NaN) / 50 / (s('Q1', t)?.cpuMsPerRequest ?? NaN)),
        },
      ]),
    );
  }
  if (QUERIES.includes('Q1') && QUERIES.includes('Q4')) {
    // Issue 21: the youth summary (Q4) at most 2x Q1's p95.
    ratios['Q4/Q1'] = Object.fromEntries(
      TARGETS.map((t) => [
        t,
        {
          p95: ratio(s('Q4', t)?.latencyMs.p95, s('Q1', t)?.latencyMs.p95),
          p50: ratio(s('Q4', t)?.latencyMs.p50, s('Q1', t)?.latencyMs.p50),
          'CPU/req': ratio(s('Q4', t)?.cpuMsPerRequest, s('Q1', t)?.cpuMsPerRequest),
        },
      ]),
    );
  }
  let scale: unknown = null;
  const baselineFile =
    BASELINE ?? (YOUTHS !== 10000 ? fileURLToPath(new URL('./results/10000.json', import.meta.url)) : undefined);
  if (baselineFile && existsSync(baselineFile)) {
    const base = JSON.parse(readFileSync(baselineFile, 'utf8')) as {
      summary: Record<string, any>;
      date: string;
      youths: number;
    };
    scale = {
      note: `against ${baselineFile} (${base.youths} youths, ${base.date}): a separate run, not interleaved`,
      ...Object.fromEntries(
        Object.keys(summary)
          .filter((k) => base.summary[k])
          .map((k) => [
            k,
            {
              p95: ratio(summary[k].latencyMs.p95, base.summary[k].latencyMs.p95),
              rps: ratio(summary[k].rps, base.summary[k].rps),
              cpuMsPerRequest: ratio(summary[k].cpuMsPerRequest, base.summary[k].cpuMsPerRequest),
            },
          ]),
      ),
    };
  }
  return { summary, ratios, scale };
}
