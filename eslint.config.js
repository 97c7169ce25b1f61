// A few architectural rules, nothing stylistic (prettier formats).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SUBGRAPHS = ['mdt', 'child-welfare', 'health', 'probation', 'education', 'district-attorney', 'public-defender'];
const PACKAGES = [
  'schema',
  'policies',
  'protocol',
  'synthetic',
  'gateway',
  'tests',
  'web',
  ...SUBGRAPHS.map((n) => `subgraphs/${n}`),
  'subgraphs/kit',
];
const DEV_FILES = [
  '**/test/**',
  '**/*.test.ts',
  '**/scripts/**',
  '**/bench/**',
  '**/codegen.ts',
  '**/vite.config.ts',
  '**/drizzle.config.ts',
  '**/testing/**',
  'tests/**',
  'vitest.config.ts',
  'eslint.config.js',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/generated/**', '**/drizzle/**', '.data/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX, '@typescript-eslint': tseslint.plugin },
  },
  // Every package declares what it imports (the root's dev tools count for tests and scripts).
  ...PACKAGES.map((dir) => ({
    files: [`${dir}/**/*.ts`],
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: DEV_FILES, packageDir: [`${ROOT}/${dir}`, ROOT] },
      ],
    },
  })),
  // Subgraphs never import each other.
  ...SUBGRAPHS.map((name) => ({
    files: [`subgraphs/${name}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: SUBGRAPHS.filter((n) => n !== name).flatMap((n) => [`@hub/subgraph-${n}`, `**/subgraphs/${n}/**`]),
              message: 'Subgraphs never import each other.',
            },
          ],
        },
      ],
    },
  })),
  // The gateway reaches the subgraphs through the wire protocol alone: it never loads the kit (nor
  // its PGlite, drizzle and postgres.js). The benchmark compares engines, so it may.
  {
    files: ['gateway/**/*.ts'],
    ignores: ['gateway/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@hub/subgraph-kit', '@hub/subgraph-kit/*', '**/subgraphs/**'],
              message: 'The gateway imports the wire protocol from @hub/protocol, never the subgraph kit.',
            },
          ],
        },
      ],
    },
  },
  // The protocol is the wire alone: no database, no GraphQL server, no kit.
  {
    files: ['protocol/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@electric-sql/*',
                'drizzle-orm',
                'drizzle-orm/*',
                'postgres',
                '@apollo/*',
                '@hub/subgraph-*',
                '**/subgraphs/**',
              ],
              message: '@hub/protocol is what gateway and subgraphs share on the wire; it loads no database or server.',
            },
          ],
        },
      ],
    },
  },
  // Resolvers never build SQL or read headers: they call query functions and read the context.
  // Every resolver lives in a src/resolvers/ folder, the kit's own (the accounting) included.
  {
    files: ['subgraphs/*/src/resolvers/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'drizzle-orm', message: 'Resolvers call query modules (src/db/); they never build SQL.' },
            { name: 'postgres', message: 'Resolvers never talk to the database directly.' },
            { name: '@electric-sql/pglite', message: 'Resolvers never talk to the database directly.' },
          ],
          patterns: [
            {
              group: ['**/db/schema*', '**/disclosure/table*', 'drizzle-orm/*'],
              allowTypeImports: true,
              message: 'Resolvers call query modules (src/db/); they never build SQL (row types are fine).',
            },
          ],
        },
      ],
    },
  },
  // The web bundle takes the contract's enums from @hub/policies/vocabulary, never the main
  // entry (CASL and the rules) nor the review tools or the oracle.
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@hub/policies', message: 'The web imports @hub/policies/vocabulary (no CASL).' }],
          patterns: [
            {
              group: ['@hub/policies/*', '!@hub/policies/vocabulary', '**/policies/src/**', '@casl/*'],
              message: 'The web imports @hub/policies/vocabulary only.',
            },
          ],
        },
      ],
    },
  },
);
