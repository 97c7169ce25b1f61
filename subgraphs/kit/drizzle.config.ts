import { defineConfig } from 'drizzle-kit';

// The kit's own tables, in every subgraph's database beside the agency's: the disclosure log and
// the one-time ids every replica has seen.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/disclosure/table.ts', './src/replay/table.ts'],
  out: './drizzle',
});
