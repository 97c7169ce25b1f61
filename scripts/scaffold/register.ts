import type { Scaffold } from './names.ts';

/**
 * One place that lists the hub's subgraphs, and how to add a subgraph to it and take it out again.
 * `remove(add(text))` gives `text` back once both are formatted, so a scaffold can be undone exactly.
 */
export interface Registration {
  file: string;
  /** Why the subgraph must be listed there. */
  why: string;
  add(text: string, s: Scaffold): string;
  remove(text: string, s: Scaffold): string;
}

export class RegistrationError extends Error {}

function must(found: boolean, file: string, what: string): void {
  if (!found) throw new RegistrationError(`${file}: cannot find ${what}; has its layout changed?`);
}

/** Rewrites the items of a one-line or wrapped `[a, b, c]` list found by `pattern` (group 1: the items). */
function editList(text: string, pattern: RegExp, file: string, edit: (items: string[]) => string[]): string {
  const match = pattern.exec(text);
  must(Boolean(match), file, String(pattern));
  const items = match![1]!
    .split(',')
    .map((i) => i.trim())
    .filter(Boolean);
  const start = match!.index + match![0].indexOf(match![1]!);
  return `${text.slice(0, start)}${edit(items).join(', ')}${text.slice(start + match![1]!.length)}`;
}

const quoted = (name: string) => `'${name}'`;
const propertyKey = (name: string) => (/^[a-z_$][\w$]*$/i.test(name) ? name : quoted(name));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const supergraphConfig: Registration = {
  file: 'schema/supergraph.config.json',
  why: 'the subgraphs that compose the supergraph; the gateway, the registry and npm start read it',
  add(text, s) {
    const config = JSON.parse(text) as { subgraphs: Record<string, unknown>[] };
    config.subgraphs.push({
      name: s.name,
      agency: s.agency,
      schema: `../subgraphs/${s.name}/schema.graphql`,
      url: `http://127.0.0.1:${s.port}/graphql`,
      unclassifiedTypes: [],
    });
    return `${JSON.stringify(config, null, 2)}\n`;
  },
  remove(text, s) {
    const config = JSON.parse(text) as { subgraphs: { name: string }[] };
    config.subgraphs = config.subgraphs.filter((e) => e.name !== s.name);
    return `${JSON.stringify(config, null, 2)}\n`;
  },
};

const ENTRY_BLOCK = /const ENTRY: Record<string, string> = \{\n([\s\S]*?)\n\};/;
const startScript: Registration = {
  file: 'scripts/start.ts',
  why: "npm start's entry point for each subgraph",
  add(text, s) {
    must(ENTRY_BLOCK.test(text), this.file, 'the ENTRY map');
    return text.replace(ENTRY_BLOCK, (all, body: string) =>
      all.replace(body, `${body}\n  ${propertyKey(s.name)}: 'subgraphs/${s.name}/src/index.ts',`),
    );
  },
  remove(text, s) {
    return text.replace(`\n  ${propertyKey(s.name)}: 'subgraphs/${s.name}/src/index.ts',`, '');
  },
};

const dbService = (s: Scaffold) => `  ${s.name}-db:
    <<: *postgres
    environment:
      POSTGRES_USER: hub
      POSTGRES_PASSWORD: \${${s.constant}_DB_PASSWORD:?set a password}
      POSTGRES_DB: ${s.snake}
    volumes: [${s.name}-data:/var/lib/postgresql/data]

`;
const service = (s: Scaffold) => `  ${s.name}:
    build: .
    command: ['node', '--import', 'tsx', 'subgraphs/${s.name}/src/index.ts']
    restart: unless-stopped
    depends_on:
      ${s.name}-db: { condition: service_healthy }
      mdt: { condition: service_started }
    environment:
      <<: *subgraph-env
      DATABASE_URL: postgres://hub:\${${s.constant}_DB_PASSWORD}@${s.name}-db:5432/${s.snake}
      REGISTRY_URL: http://mdt:4001

`;
const gatewayUrl = (s: Scaffold) => `      SUBGRAPH_URL_${s.constant}: http://${s.name}:4001/graphql\n`;
const GATEWAY_DEPENDS = /\n {2}gateway:\n[\s\S]*?depends_on: \[([^\]]*)\]/;

const compose: Registration = {
  file: 'docker-compose.yml',
  why: 'the production topology: its own Postgres, its own container, the gateway pointed at it',
  add(text, s) {
    const registry = text.indexOf('\n  mdt:\n    build:');
    const gateway = text.indexOf('\n  gateway:\n');
    const urls = [...text.matchAll(/\n {6}SUBGRAPH_URL_[A-Z0-9_]+: [^\n]+/g)].at(-1);
    const volumes = /\nvolumes:\n(?: {2}[^\n]+\n)*/.exec(text);
    must(
      registry > 0 && gateway > registry && Boolean(urls) && Boolean(volumes),
      this.file,
      'the mdt, gateway and volumes',
    );
    let out = `${text.slice(0, registry + 1)}${dbService(s)}${text.slice(registry + 1)}`;
    const at = out.indexOf('\n  gateway:\n') + 1;
    out = `${out.slice(0, at)}${service(s)}${out.slice(at)}`;
    out = editList(out, GATEWAY_DEPENDS, this.file, (items) => [...items, s.name]);
    const lastUrl = [...out.matchAll(/\n {6}SUBGRAPH_URL_[A-Z0-9_]+: [^\n]+\n/g)].at(-1)!;
    const afterUrl = lastUrl.index + lastUrl[0].length;
    out = `${out.slice(0, afterUrl)}${gatewayUrl(s)}${out.slice(afterUrl)}`;
    const vol = /\nvolumes:\n(?: {2}[^\n]+\n)*/.exec(out)!;
    const afterVolumes = vol.index + vol[0].length;
    return `${out.slice(0, afterVolumes)}  ${s.name}-data:\n${out.slice(afterVolumes)}`;
  },
  remove(text, s) {
    const out = text.replace(dbService(s), '').replace(service(s), '').replace(gatewayUrl(s), '');
    return editList(out, GATEWAY_DEPENDS, this.file, (items) => items.filter((i) => i !== s.name)).replace(
      new RegExp(`\\n {2}${escape(s.name)}-data:\\n`),
      '\n',
    );
  },
};

const SUBGRAPHS_LIST = /const SUBGRAPHS = \[([^\]]*)\];/;
const eslint: Registration = {
  file: 'eslint.config.js',
  why: 'the rule that subgraphs never import each other, and that each declares its dependencies',
  add(text, s) {
    return editList(text, SUBGRAPHS_LIST, this.file, (items) => [...items, quoted(s.name)]);
  },
  remove(text, s) {
    return editList(text, SUBGRAPHS_LIST, this.file, (items) => items.filter((i) => i !== quoted(s.name)));
  },
};

const project = (s: Scaffold) => `      {
        extends: true,
        test: { name: '${s.name}', root: 'subgraphs/${s.name}', include: ['test/**/*.test.ts'], testTimeout: 30000 },
      },
`;
/** The project as written above, or as prettier wraps it when the name is long. */
const projectPattern = (s: Scaffold) =>
  new RegExp(
    `\\n {6}\\{\\n {8}extends: true,\\n {8}test: (?:\\{ name: '${escape(s.name)}',[^\\n]*\\},|\\{\\n {10}name: '${escape(s.name)}',\\n(?: {10}[^\\n]*\\n)* {8}\\},)\\n {6}\\},`,
  );
const vitest: Registration = {
  file: 'vitest.config.ts',
  why: 'the vitest project that runs its tests under npm test',
  add(text, s) {
    const before = [
      "\n      { extends: true, test: { name: 'gateway'",
      "\n      {\n        extends: true,\n        test: { name: 'e2e'",
    ]
      .map((marker) => text.indexOf(marker))
      .find((i) => i > 0);
    must(before !== undefined, this.file, "the gateway or e2e project to add the subgraph's before");
    return `${text.slice(0, before! + 1)}${project(s)}${text.slice(before! + 1)}`;
  },
  remove(text, s) {
    return text.replace(projectPattern(s), '');
  },
};

const importLine = (s: Scaffold) =>
  `import { build${s.pascal}, MIGRATIONS as ${s.constant}_MIGRATIONS, seed${s.pascal} } from '@hub/subgraph-${s.name}';\n`;
const agencyEntry = (s: Scaffold) =>
  `  { name: '${s.name}', migrations: ${s.constant}_MIGRATIONS, seed: seed${s.pascal}, build: build${s.pascal} },\n`;
const agencies: Registration = {
  file: 'tests/src/agencies.ts',
  why: 'the hub the cross-part suites start, and the conformance suite runs against in CI',
  add(text, s) {
    const kit = text.indexOf("import type { Database, SubgraphDeps, SubgraphServer } from '@hub/subgraph-kit';");
    const list = text.indexOf('export const AGENCY_SUBGRAPHS: AgencySubgraph[] = [');
    const end = text.indexOf('\n];', list);
    must(kit >= 0 && list > kit && end > list, this.file, 'the kit import and AGENCY_SUBGRAPHS');
    return `${text.slice(0, kit)}${importLine(s)}${text.slice(kit, end + 1)}${agencyEntry(s)}${text.slice(end + 1)}`;
  },
  remove(text, s) {
    return text
      .replace(new RegExp(`import \\{[^}]*\\} from '@hub/subgraph-${escape(s.name)}';\\n`), '')
      .replace(new RegExp(`  \\{\\s*name: '${escape(s.name)}',[^{}]*\\},\\n`), '');
  },
};

function editDependencies(text: string, edit: (deps: Record<string, string>) => void): string {
  const pkg = JSON.parse(text) as { dependencies: Record<string, string> };
  edit(pkg.dependencies);
  pkg.dependencies = Object.fromEntries(Object.entries(pkg.dependencies).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
const testsPackage: Registration = {
  file: 'tests/package.json',
  why: 'tests/src/agencies.ts imports the new package',
  add: (text, s) =>
    editDependencies(text, (deps) => {
      deps[`@hub/subgraph-${s.name}`] = '0.1.0';
    }),
  remove: (text, s) =>
    editDependencies(text, (deps) => {
      delete deps[`@hub/subgraph-${s.name}`];
    }),
};

const copyLine = (s: Scaffold) => `COPY subgraphs/${s.name}/package.json subgraphs/${s.name}/\n`;
const dockerfile: Registration = {
  file: 'Dockerfile',
  why: 'the image installs every workspace from the lockfile, so it needs each package.json first',
  add(text, s) {
    const last = [...text.matchAll(/COPY subgraphs\/[^/\s]+\/package\.json subgraphs\/[^/\s]+\/\n/g)].at(-1);
    must(Boolean(last), this.file, 'the COPY lines of the subgraphs');
    const at = last!.index + last![0].length;
    return `${text.slice(0, at)}${copyLine(s)}${text.slice(at)}`;
  },
  remove: (text, s) => text.replace(copyLine(s), ''),
};

/** Every place that lists the hub's subgraphs, in the order they are edited. */
export const REGISTRATIONS: Registration[] = [
  supergraphConfig,
  startScript,
  compose,
  eslint,
  vitest,
  agencies,
  testsPackage,
  dockerfile,
];
