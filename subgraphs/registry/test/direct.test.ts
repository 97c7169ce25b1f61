import { afterAll, beforeAll } from 'vitest';
import { describeDirectCallRefusals } from '@hub/subgraph-kit/testing';
import { persona } from '@hub/synthetic';
import { startRegistry, type TestRegistry } from './registry.ts';

// Straight to the registry, as an attacker who bypasses the gateway would: the registry is a kit
// subgraph and owes the same refusals as every agency's.
let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry('pglite');
});
afterAll(() => registry?.close());

describeDirectCallRefusals({
  subgraph: 'mdt',
  otherSubgraph: 'health',
  viewer: persona('coord-ortiz'),
  selection: 'displayName',
  target: () => ({
    url: `${registry.base}/graphql`,
    keys: registry.keys,
    youthIds: registry.world.youths.map((y) => y.id),
  }),
});
