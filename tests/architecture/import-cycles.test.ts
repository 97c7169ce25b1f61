import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// No module imports itself through others, not even by types: the lint rule import-x/no-cycle
// catches runtime cycles, and this graph of every relative import (type-only ones included) the rest.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;

/** Each source file's relative imports, as repository paths. */
export function importGraph(files: readonly string[], read: (file: string) => string): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = [...read(file).matchAll(IMPORT)]
      .map((m) => resolve('/', dirname(file), m[1]!).slice(1))
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The cycles of a graph, each once, as the files along it (depth-first search with colours). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

describe('import cycles', () => {
  it('finds a cycle made of type-only imports, and none in a tree', () => {
    const sources: Record<string, string> = {
      'a/x.ts': "import type { Y } from './y.ts';\nexport type X = Y;",
      'a/y.ts': "import { z } from './z.ts';\nexport type { X } from './x.ts';\nexport type Y = typeof z;",
      'a/z.ts': 'export const z = 1;',
    };
    expect(cycles(importGraph(Object.keys(sources), (f) => sources[f]!))).toEqual([['a/x.ts', 'a/y.ts']]);
    delete sources['a/x.ts'];
    sources['a/y.ts'] = "import { z } from './z.ts';\nexport type Y = typeof z;";
    expect(cycles(importGraph(Object.keys(sources), (f) => sources[f]!))).toEqual([]);
  });

  it('the repository has none', () => {
    const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && !f.includes('/generated/') && !f.includes('/node_modules/'));
    expect(cycles(importGraph(files, (f) => readFileSync(resolve(ROOT, f), 'utf8')))).toEqual([]);
  });
});
