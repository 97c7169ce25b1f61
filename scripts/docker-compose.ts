// npm run docker-compose [-- --check]: writes docker-compose.yml from schema/supergraph.config.json
// (--check: exits 1, writing nothing, when the committed file differs from what the list makes).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSupergraphConfig } from '@hub/schema';
import { composeFile } from './deploy/compose-file.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string' } } });
const root = resolve(values.root ?? join(import.meta.dirname, '..'));
const path = join(root, 'docker-compose.yml');
const text = await composeFile(loadSupergraphConfig(join(root, 'schema', 'supergraph.config.json')), root, path);
if (values.check) {
  const same = readFileSync(path, 'utf8') === text;
  console.log(same ? 'docker-compose.yml matches the list' : 'docker-compose.yml differs: run npm run docker-compose');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
