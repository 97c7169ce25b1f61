// A few architectural rules, nothing stylistic (prettier formats).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));
/** The subgraphs of schema/supergraph.config.json: their workspace folder and package. */
const SUBGRAPHS = JSON.parse(readFileSync(resolve(ROOT, 'schema', 'supergraph.config.json'), 'utf8')).subgraphs.map(
  (/** @type {{ dir: string, package: string }} */ s) => ({
    dir: relative(ROOT, resolve(ROOT, 'schema', s.dir)),
    package: s.package,
  }),
);
const PACKAGES = [
  'schema',
  'policies',
  'protocol',
  'synthetic',
  'gateway',
  'identity',
  'tests',
  'bench',
  'web',
  ...SUBGRAPHS.map((s) => s.dir),
  'subgraphs/kit',
];
/** Production code loads no synthetic data (the resolvers' rule below repeats it: a later rule replaces). */
const NO_SYNTHETIC = {
  group: ['@hub/synthetic', '@hub/synthetic/*', '**/synthetic/**'],
  allowTypeImports: true,
  message: 'Production code loads no synthetic data: seed from src/dev.ts (types are fine).',
};
const DEV_FILES = [
  '**/test/**',
  // A subgraph's dev entry: seeds synthetic youths, never run in production.
  'subgraphs/*/src/dev.ts',
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
  ...SUBGRAPHS.map((own) => ({
    files: [`${own.dir}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: SUBGRAPHS.filter((s) => s !== own).flatMap((s) => [s.package, `**/${s.dir}/**`]),
              message: 'Subgraphs never import each other.',
            },
          ],
        },
      ],
    },
  })),
  // The gateway reaches the subgraphs through the wire protocol alone: it never loads the kit (nor
  // its PGlite, drizzle and postgres.js). The benchmark (bench/, its own package) may.
  {
    files: ['gateway/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@hub/subgraph-kit', '@hub/subgraph-kit/*', '**/subgraphs/**'],
              message: 'The gateway imports the wire protocol from @hub/protocol, never the subgraph kit.',
            },
            {
              group: ['@hub/identity', '@hub/identity/*', 'oidc-provider', '**/identity/**'],
              message: "The demo's OpenID provider is its own process (identity/); the gateway only verifies tokens.",
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
  // What production runs loads no synthetic data: only a subgraph's dev entry (src/dev.ts) seeds.
  {
    files: ['subgraphs/*/src/**/*.ts', 'gateway/src/**/*.ts', 'policies/src/**/*.ts', 'schema/src/**/*.ts'],
    ignores: ['subgraphs/*/src/dev.ts', 'subgraphs/kit/src/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [NO_SYNTHETIC],
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
            NO_SYNTHETIC,
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
