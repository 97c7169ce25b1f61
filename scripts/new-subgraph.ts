// npm run new-subgraph -- <name> --agency <AGENCY> [--category <CATEGORY>] [--no-install]
// npm run new-subgraph -- <name> --remove [--no-install]
// Scaffolds an agency subgraph in the house shape (templates/subgraph/), adds it to the one list of
// subgraphs (schema/supergraph.config.json), generates its resolver types and first migration,
// regenerates what is made from the list (the supergraph, docker-compose.yml) and links the
// workspace. --remove undoes all of it, for a scaffold not yet committed. See
// docs/publishing-a-subgraph.md.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, getFileInfo, resolveConfig } from 'prettier';
import { clientSchema, composeSupergraph, loadSupergraphConfig } from '@hub/schema';
import { composeFile } from './deploy/compose-file.ts';
import { addEntry, DERIVED, LIST, removeEntry } from './scaffold/list.ts';
import { NAME_PATTERN, placeholders, ScaffoldError, scaffoldNames, type Scaffold } from './scaffold/names.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    agency: { type: 'string' },
    category: { type: 'string' },
    port: { type: 'string' },
    remove: { type: 'boolean', default: false },
    'no-install': { type: 'boolean', default: false },
    root: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const root = resolve(values.root ?? join(import.meta.dirname, '..'));
const TEMPLATES = join(import.meta.dirname, '..', 'templates', 'subgraph');
const say = (line: string) => {
  if (!values.quiet) console.log(line);
};

/** Files changed so far, with what they held before: put back if any later step fails. */
const touched = new Map<string, string | null>();
const read = (file: string) => readFileSync(join(root, file), 'utf8');
async function write(file: string, text: string) {
  const path = join(root, file);
  if (!touched.has(file)) touched.set(file, existsSync(path) ? readFileSync(path, 'utf8') : null);
  mkdirSync(dirname(path), { recursive: true });
  // Formatted as `npm run format` would, so the tree stays prettier-clean (.prettierignore honoured).
  const info = await getFileInfo(path, { ignorePath: join(root, '.prettierignore') });
  const formattable = !info.ignored && info.inferredParser !== null;
  const config = formattable ? await resolveConfig(path) : null;
  writeFileSync(path, formattable ? await format(text, { ...config, filepath: path }) : text);
}
function rollback() {
  for (const [file, before] of touched) {
    if (before === null) rmSync(join(root, file), { force: true });
    else writeFileSync(join(root, file), before);
  }
}

function run(command: string, args: string[], cwd: string) {
  execFileSync(command, args, { cwd, stdio: values.quiet ? 'pipe' : 'inherit' });
}
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function templates(dir = TEMPLATES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templates(join(dir, e.name)) : e.name.endsWith('.tmpl') ? [join(dir, e.name)] : [],
  );
}

const entries = () => loadSupergraphConfig(join(root, LIST));

/** What is made from the list: the composed supergraph, the client schema and docker-compose.yml. */
async function regenerate() {
  const result = composeSupergraph(entries());
  if (!result.ok) throw new ScaffoldError(`the supergraph does not compose:\n  ${result.errors.join('\n  ')}`);
  const supergraphSdl = result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`;
  await write('schema/supergraph.graphql', supergraphSdl);
  await write('schema/client-schema.graphql', clientSchema(supergraphSdl));
  await write('docker-compose.yml', await composeFile(entries(), root, join(root, 'docker-compose.yml')));
}

/**
 * --remove undoes a scaffold, so it refuses anything git already holds (the hub's own subgraphs, or
 * an agency's once committed: that is `git rm` and a review), and refuses outside a git checkout.
 */
function committed(dir: string): boolean {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, stdio: 'ignore' }).status === 0;
  if (!git('rev-parse', '--is-inside-work-tree')) {
    throw new ScaffoldError('not a git checkout: cannot tell a scaffold from committed work');
  }
  return git('ls-files', '--error-unmatch', dir);
}

const link = (s: Pick<Scaffold, 'name'>) => join(root, 'node_modules', '@hub', `subgraph-${s.name}`);
/** Removes a link, dangling or not (existsSync follows it). */
function unlink(path: string) {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** npm install records the workspace in the lockfile and links it; without it, just the link. */
function install(s: Pick<Scaffold, 'name'>, present: boolean) {
  if (!values['no-install']) {
    run('npm', ['install', '--no-audit', '--no-fund'], root);
    run(process.execPath, ['scripts/lock-platform-stubs.mjs'], root);
    return;
  }
  if (present && !existsSync(link(s))) symlinkSync(join('..', '..', 'subgraphs', s.name), link(s));
  if (!present) unlink(link(s));
}

async function create(name: string) {
  if (!values.agency) throw new ScaffoldError('--agency is required');
  const listed = entries();
  if (existsSync(join(root, 'subgraphs', name)) || listed.some((e) => e.name === name)) {
    throw new ScaffoldError(`subgraphs/${name} already exists`);
  }
  const ports = listed.map((e) => e.port).filter(Number.isFinite);
  const port = values.port ? Number(values.port) : Math.max(4000, ...ports) + 1;
  const s = scaffoldNames({ name, agency: values.agency, category: values.category, port });
  const dir = join('subgraphs', name);
  const swaps = Object.entries(placeholders(s));
  for (const template of templates()) {
    let text = readFileSync(template, 'utf8');
    for (const [from, to] of swaps) text = text.replaceAll(from, to);
    await write(join(dir, relative(TEMPLATES, template).replace(/\.tmpl$/, '')), text);
  }
  await write(LIST, addEntry(read(LIST), s));
  say(`[new-subgraph] generating resolver types and the first migration of ${dir}`);
  run(bin('graphql-codegen'), ['--config', 'codegen.ts'], join(root, dir));
  run(bin('drizzle-kit'), ['generate', '--name', s.snake], join(root, dir));
  await regenerate();
  install(s, true);
  say(`
Created ${dir} (@hub/subgraph-${name}: agency ${s.agency}, example fields classified ${s.category}, port ${port})
and listed it in ${LIST}; regenerated ${DERIVED.join(', ')}${values['no-install'] ? '' : '; package-lock.json updated'}.
Next:
  npx vitest run --project ${name}        its own tests
  npm run schema:check                     what its fields expose, and to whom, for the privacy officer
  npm run conformance -- --command "npm run dev -w @hub/subgraph-${name}" --name ${name} --seed-youths 40
  npm start                                the hub with it
  npm run registry:links -- add --agency ${s.agency} --file links.csv --by <coordinator> --reason "..."
                                           (an MDT coordinator) which youths the agency serves
Then model the agency's own data in place of the examples: docs/publishing-a-subgraph.md.${
    values['no-install'] ? '\nRun npm install (then node scripts/lock-platform-stubs.mjs) before committing.' : ''
  }`);
}

async function remove(name: string) {
  const entry = entries().find((e) => e.name === name);
  if (!entry && !existsSync(join(root, 'subgraphs', name))) throw new ScaffoldError(`there is no subgraph ${name}`);
  if (committed(join('subgraphs', name)) || (entry && committed(entry.dir))) {
    throw new ScaffoldError(`subgraphs/${name} is committed work, not a scaffold to undo: remove it with git rm`);
  }
  await write(LIST, removeEntry(read(LIST), name));
  await regenerate();
  rmSync(join(root, 'subgraphs', name), { recursive: true, force: true });
  install({ name }, false);
  say(`Removed subgraphs/${name} and its entry in ${LIST}.`);
}

const [name] = positionals;
try {
  if (!name || positionals.length > 1 || !NAME_PATTERN.test(name)) {
    throw new ScaffoldError(
      'usage: npm run new-subgraph -- <kebab-case-name> --agency <AGENCY> [--category <CATEGORY>]',
    );
  }
  await (values.remove ? remove(name) : create(name));
} catch (error) {
  rollback();
  if (!values.remove && name && touched.size) {
    rmSync(join(root, 'subgraphs', name), { recursive: true, force: true });
    unlink(link({ name }));
  }
  console.error(`new-subgraph: ${error instanceof ScaffoldError ? error.message : (error as Error).stack}`);
  process.exit(1);
}
