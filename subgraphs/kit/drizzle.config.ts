import { defineConfig } from 'drizzle-kit';

// The kit's own tables, in every subgraph's database beside the agency's: the disclosure log.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/disclosure/table.ts',
  out: './drizzle',
});
