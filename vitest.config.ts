import { defineConfig } from 'vitest/config';

// One project per part; the kind of test shows in its file name (*.test.ts, *.e2e.test.ts).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'policies', root: 'policies', include: ['test/**/*.test.ts'] } },
      { test: { name: 'schema', root: 'schema', include: ['test/**/*.test.ts'] } },
      { test: { name: 'kit', root: 'subgraphs/kit', include: ['test/**/*.test.ts'], testTimeout: 30000 } },
      { test: { name: 'mdt', root: 'subgraphs/mdt', include: ['test/**/*.test.ts'], testTimeout: 30000 } },
      {
        test: { name: 'child-welfare', root: 'subgraphs/child-welfare', include: ['test/**/*.test.ts'], testTimeout: 30000 },
      },
      { test: { name: 'gateway', root: 'gateway', include: ['test/**/*.test.ts'], testTimeout: 60000 } },
      { test: { name: 'e2e', root: 'tests', include: ['**/*.test.ts'], testTimeout: 120000, hookTimeout: 120000 } },
    ],
  },
});
