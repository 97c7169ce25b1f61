import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSupergraphConfig } from '@hub/schema';
import { importGraph } from './src/imports.ts';

// Production serves real records: nothing it runs may load the synthetic world (its generator, its
// personas), and the image is built without it. Seeding is a dev entry point (src/dev.ts).
const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const subgraphs = loadSupergraphConfig();
const synthetic = realpathSync(join(root, 'synthetic'));
const fromSynthetic = (files: Set<string>) => [...files].filter((f) => f.startsWith(`${synthetic}/`));
const at = (dir: string, file: string) => relative(root, join(dir, 'src', file));

describe('what production runs', () => {
  it.each(subgraphs.map((s) => [s.name, at(s.dir, 'index.ts')]))(
    'subgraph %s: its entry point %s loads no synthetic data',
    (_name, entry) => {
      const graph = importGraph(root, join(root, entry));
      expect(fromSynthetic(graph.files)).toEqual([]);
      expect([...graph.packages].filter((p) => p.startsWith('@hub/synthetic'))).toEqual([]);
      // It did walk the subgraph: its server, resolvers and the kit.
      expect(graph.files.size).toBeGreaterThan(20);
      expect(graph.packages).toContain('@hub/subgraph-kit');
    },
  );

  it('the gateway: gateway/src/index.ts loads no synthetic data', () => {
    const graph = importGraph(root, join(root, 'gateway/src/index.ts'));
    expect(fromSynthetic(graph.files)).toEqual([]);
    expect([...graph.packages].filter((p) => p.startsWith('@hub/synthetic'))).toEqual([]);
    expect(graph.files).toContain(realpathSync(join(root, 'gateway/src/demo-idp.ts')));
    // The demo's OpenID provider is its own process (identity/, npm start's demo only).
    expect([...graph.packages].filter((p) => p.startsWith('@hub/identity') || p.startsWith('oidc-provider'))).toEqual(
      [],
    );
    expect(graph.packages).toContain('@hub/protocol');
  });

  it.each(subgraphs.map((s) => [s.name, at(s.dir, 'dev.ts')]))(
    'subgraph %s: the walk does see the synthetic world where it belongs, in %s',
    (_name, entry) => {
      const graph = importGraph(root, join(root, entry));
      expect(fromSynthetic(graph.files)).toContain(join(synthetic, 'src', 'world.ts'));
    },
  );

  it('no production package depends on @hub/synthetic, at most as a dev dependency', () => {
    const production = ['.', 'gateway', 'schema', 'policies', 'subgraphs/kit', ...subgraphs.map((s) => s.dir)];
    for (const dir of production) {
      const pkg = JSON.parse(readFileSync(resolve(root, dir, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      expect(Object.keys(pkg.dependencies ?? {}), dir).not.toContain('@hub/synthetic');
    }
  });
});

/** Docker's rule for a context path: the last pattern matching it or a folder above it decides. */
function dockerIgnores(patterns: string[], path: string): boolean {
  const regex = (pattern: string) =>
    new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*/g, '\u0000')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
        .replace(/\u0000/g, '.*')}$`,
    );
  const paths = path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const line of patterns) {
    const negated = line.startsWith('!');
    const pattern = negated ? line.slice(1) : line;
    if (paths.some((p) => regex(pattern).test(p))) ignored = !negated;
  }
  return ignored;
}

describe('the image', () => {
  const patterns = read('.dockerignore')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.name === 'node_modules' ? [] : e.isDirectory() ? files(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
    );

  it('gets no file of the synthetic world but its package.json (npm ci needs the workspace)', () => {
    const sent = files('synthetic').filter((f) => !dockerIgnores(patterns, f));
    expect(sent).toEqual(['synthetic/package.json']);
    expect(dockerIgnores(patterns, 'subgraphs/health/src/index.ts')).toBe(false);
  });

  it("gets none of the demo's OpenID provider but its package.json: production signs in at the county's", () => {
    expect(files('identity').filter((f) => !dockerIgnores(patterns, f))).toEqual(['identity/package.json']);
  });

  it('installs production dependencies only, and takes nothing from the build stages but manifests and web/dist', () => {
    const stages = read('Dockerfile')
      .split(/^FROM /m)
      .slice(1);
    const image = stages.at(-1)!;
    expect(image).toMatch(/^RUN npm ci --omit=dev --ignore-scripts$/m);
    expect(image.match(/^COPY .*$/gm)).toEqual([
      'COPY --from=manifests /hub ./',
      'COPY . .',
      'COPY --from=web /hub/web/dist web/dist',
    ]);
    // The manifests stage keeps package.json files only: the synthetic sources cannot ride along.
    expect(stages[0]).toMatch(
      /AS manifests\n[\s\S]*find \. -type f ! -name package\.json ! -name package-lock\.json -delete/,
    );
  });
});
