import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SUBGRAPHS = (
  JSON.parse(readFileSync(resolve(ROOT, 'schema', 'supergraph.config.json'), 'utf8')) as {
    subgraphs: { name: string; dir: string }[];
  }
).subgraphs;

// One project per part; the kind of test shows in its file name (*.test.ts, *.e2e.test.ts).
export default defineConfig({
  // graphql 16 ships CJS and ESM copies; Apollo requires the CJS one, so everything must use it
  // (Vite would otherwise pick the ESM copy and graphql refuses objects from "another realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // Most suites wait on child processes (a whole hub), Postgres and Chromium more than they compute,
    // so two files run at once even on 2 cores (Vitest's default there is one: cores - 1).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Database suites open fresh databases in their hooks; on 2 busy cores that can take a while.
    hookTimeout: 60000,
    projects: [
      { extends: true, test: { name: 'policies', root: 'policies', include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'schema', root: 'schema', include: ['test/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'protocol', root: 'protocol', include: ['test/**/*.test.ts'], testTimeout: 30000 },
      },
      { extends: true, test: { name: 'synthetic', root: 'synthetic', include: ['test/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'kit', root: 'subgraphs/kit', include: ['test/**/*.test.ts'], testTimeout: 30000 },
      },
      // One project per subgraph of schema/supergraph.config.json, named as it is served.
      ...SUBGRAPHS.map(({ name, dir }) => ({
        extends: true as const,
        test: {
          name,
          root: relative(ROOT, resolve(ROOT, 'schema', dir)),
          include: ['test/**/*.test.ts'],
          testTimeout: 30000,
        },
      })),
      {
        extends: true,
        test: { name: 'identity', root: 'identity', include: ['test/**/*.test.ts'], testTimeout: 30000 },
      },
      { extends: true, test: { name: 'gateway', root: 'gateway', include: ['test/**/*.test.ts'], testTimeout: 60000 } },
      {
        extends: true,
        test: {
          name: 'hive-gateway',
          root: 'engines/hive-gateway',
          include: ['test/**/*.test.ts'],
          testTimeout: 120000,
          hookTimeout: 180000,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', root: 'tests', include: ['**/*.test.ts'], testTimeout: 120000, hookTimeout: 180000 },
      },
      // The web app: unit tests, and the whole hub driven in headless Chromium (web/README.md).
      { extends: true, test: { name: 'web', root: 'web', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          root: 'web',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 180000,
          hookTimeout: 240000,
        },
      },
      // The bench's own plumbing (the monolith floor's plans, its answers against the hub's); not the bench itself.
      {
        extends: true,
        test: {
          name: 'bench',
          root: 'bench',
          include: ['test/**/*.test.ts'],
          testTimeout: 120000,
          hookTimeout: 180000,
        },
      },
      // npm run new-subgraph, end to end on a copy of the checkout.
      {
        extends: true,
        test: { name: 'scripts', root: 'scripts', include: ['test/**/*.test.ts'], testTimeout: 300000 },
      },
    ],
  },
});
