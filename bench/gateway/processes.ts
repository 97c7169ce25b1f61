import { join } from 'node:path';
import { loadSupergraphConfig } from '@hub/schema';
import type { TestKeys } from '@hub/subgraph-kit/testing';
import { gatewayEnv, subgraphEnv } from '../src/keys.ts';
import { BenchChild } from '../src/process/parent.ts';
import { KINDS, YOUTHS, type Kind } from './settings.ts';

/** The registry and child welfare: the two subgraphs the comparison's query reaches. */
const SUBGRAPHS = ['mdt', 'child-welfare'];
const LISTENING = /listening on (http:\/\/\S+)/;

export interface Processes {
  subgraphs: BenchChild[];
  subgraphUrls: Record<string, string>;
  gateways: Record<Kind, BenchChild>;
}

/**
 * Step 1: each subgraph from its own dev entry point (src/dev.ts, as npm start runs it: an in-memory
 * PGlite seeded with YOUTHS synthetic youths), then one gateway of each kind, each in its own process.
 * Processes are pushed to `started` as they start, so that the caller can stop them whatever fails.
 */
export async function startProcesses(keys: TestKeys, started: BenchChild[]): Promise<Processes> {
  const entries = loadSupergraphConfig();
  const subgraphs: BenchChild[] = [];
  const subgraphUrls: Record<string, string> = {};
  for (const name of SUBGRAPHS) {
    const entry = entries.find((e) => e.name === name)!;
    const registryUrl = entry.registry ? undefined : subgraphUrls[entries.find((e) => e.registry)!.name];
    const child = BenchChild.start(name, join(entry.dir, 'src', 'dev.ts'), {
      env: subgraphEnv(keys, name, { youths: YOUTHS, ...(registryUrl ? { registryUrl } : {}) }),
      stdout: true,
    });
    started.push(child);
    subgraphs.push(child);
    subgraphUrls[name] = (await child.waitForLine(LISTENING))[1]!;
  }
  // Both gateways get the same subgraph URLs and the same supergraph (committedSupergraph(), relocated).
  const env = await gatewayEnv(keys, subgraphUrls);
  const gateways = {} as Record<Kind, BenchChild>;
  for (const kind of KINDS) {
    gateways[kind] = await BenchChild.serve(kind, new URL('../src/serve-gateway.ts', import.meta.url), {
      args: [kind],
      env,
    });
    started.push(gateways[kind]);
  }
  return { subgraphs, subgraphUrls, gateways };
}
