// npm run compose: writes schema/supergraph.graphql and, from it, schema/client-schema.graphql (the
// API a client sees, without federation's machinery, each classified field's category in its
// description), or fails naming every problem.
import { writeFileSync } from 'node:fs';
import { CLIENT_SCHEMA_PATH, clientSchema, composeSupergraph, SUPERGRAPH_PATH } from '../src/index.ts';

const result = composeSupergraph();
if (!result.ok) {
  console.error(`Composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
const supergraphSdl = result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`;
writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
console.log(`Wrote ${SUPERGRAPH_PATH}`);
writeFileSync(CLIENT_SCHEMA_PATH, clientSchema(supergraphSdl));
console.log(`Wrote ${CLIENT_SCHEMA_PATH}`);
