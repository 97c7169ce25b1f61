// npm run compose: writes schema/supergraph.graphql, or fails naming every problem.
import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../src/index.ts';

const result = composeSupergraph();
if (!result.ok) {
  console.error(`Composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
writeFileSync(
  SUPERGRAPH_PATH,
  result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`,
);
console.log(`Wrote ${SUPERGRAPH_PATH}`);
