import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSupergraphConfig, registryEntry } from '@hub/schema';
import { QUERY_NAMES, type QueryName } from './queries.ts';

export const USAGE = `npm run bench -- [--youths 10000] [--warmup 10] [--duration 20] [--rounds 2] [--connections 16]
                 [--queries Q1,Q2,Q3,Q4,Q5] [--targets floor,mono,off,hub] [--log-rows 5] [--persona sw-garcia]
                 [--url postgres://...] [--prefix bench10k_] [--baseline bench/hub/results/10000.json] [--out /tmp/trial]

The hub against its own floors, side by side in one run (bench/README.md):
  floor  (a) the SQL floor: bare node:http, one statement per subgraph database
  mono   (b) the monolith floor: the subgraphs' own schemas, resolvers, policies and disclosure writes
             in one process, no federation
  off    (c) the hub with enforcement and the disclosure log off (the kit's benchmark-only switch)
  hub    (d) the hub as shipped: the gateway and every subgraph, each in its own process
Seeds one database per subgraph on --url (BENCH_DATABASE_URL) if needed, fills each disclosure log to
--log-rows rows per youth, then a warm-up of every (query, target) and --rounds rounds of them in turn,
--duration seconds each. Writes bench/hub/results/<youths>.json and .md, or --out <path>.json and .md
(a short trial must not replace the committed results); relative paths from where npm was run.`;

const { values: flags } = parseArgs({
  options: {
    youths: { type: 'string', default: '10000' },
    url: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    prefix: { type: 'string' },
    'log-rows': { type: 'string', default: '5' },
    warmup: { type: 'string', default: '10' },
    duration: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '16' },
    queries: { type: 'string', default: 'Q1,Q2,Q3,Q4,Q5' },
    targets: { type: 'string', default: 'floor,mono,off,hub' },
    persona: { type: 'string', default: 'sw-garcia' },
    baseline: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
export const HELP = flags.help;

export type TargetName = 'floor' | 'mono' | 'off' | 'hub';
export const TARGET_LABEL: Record<TargetName, string> = {
  floor: '(a) SQL floor',
  mono: '(b) monolith floor',
  off: '(c) hub, enforcement + disclosure log off',
  hub: '(d) hub as shipped',
};

export const YOUTHS = Number(flags.youths);
export const PREFIX = flags.prefix ?? `bench${YOUTHS >= 1000 ? `${YOUTHS / 1000}k` : YOUTHS}_`;
export const LOG_ROWS = Number(flags['log-rows']);
export const WARMUP = Number(flags.warmup);
export const DURATION = Number(flags.duration);
export const ROUNDS = Number(flags.rounds);
export const CONNECTIONS = Number(flags.connections);
export const QUERIES = flags.queries!.split(',') as QueryName[];
export const TARGETS = flags.targets!.split(',') as TargetName[];
export const VIEWER = flags.persona!;
export const AUDITOR = 'privacy-shah';
export const SERVER_URL = flags.url!;

/** Paths on the command line mean what they say from where `npm run bench` was typed. */
const fromCaller = (path: string) => (isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path));
export const BASELINE = flags.baseline === undefined ? undefined : fromCaller(flags.baseline);
export const OUT = flags.out === undefined ? undefined : fromCaller(flags.out);

/** The hub's subgraphs (schema/supergraph.config.json), the registry first. */
const entries = loadSupergraphConfig();
export const REGISTRY = registryEntry(entries).name;
export const SUBGRAPHS = [REGISTRY, ...entries.filter((e) => !e.registry).map((e) => e.name)];
const DATABASES = new Map(entries.map((e) => [e.name, e.database]));

/** The bench's database of a subgraph on the server: <prefix><its database>. */
export function dbUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${PREFIX}${DATABASES.get(name)}`;
  return url.toString();
}

export function checkFlags(): string | undefined {
  const whole = { youths: YOUTHS, rounds: ROUNDS, connections: CONNECTIONS };
  for (const [flag, value] of Object.entries(whole)) {
    if (!Number.isInteger(value) || value < 1) return `--${flag} must be a whole number above 0`;
  }
  if (!Number.isInteger(LOG_ROWS) || LOG_ROWS < 0) return '--log-rows must be a whole number';
  if (!(WARMUP > 0 && DURATION > 0)) return '--warmup and --duration must be seconds above 0';
  const unknown = [
    ...QUERIES.filter((q) => !(QUERY_NAMES as readonly string[]).includes(q)),
    ...TARGETS.filter((t) => !(t in TARGET_LABEL)),
  ];
  if (unknown.length) return `unknown queries or targets: ${unknown.join(', ')}`;
  return undefined;
}

export const log = (m: string) => console.error(`[bench] ${m}`);
