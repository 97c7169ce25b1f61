import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

const web = fileURLToPath(new URL('../..', import.meta.url));
const repo = fileURLToPath(new URL('../../..', import.meta.url));

describe('the web bundle', () => {
  // The bundle is built in memory, the way `npm run build` builds it, and its module graph read.
  it('takes from @hub/policies only its CASL-free vocabulary', { timeout: 180_000 }, async () => {
    const result = await build({
      root: web,
      configFile: `${web}/vite.config.ts`,
      logLevel: 'silent',
      build: { write: false },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
    const modules = outputs
      .flatMap((o) => o.output.flatMap((c) => (c.type === 'chunk' ? c.moduleIds : [])))
      .map((id) => relative(repo, id.replace(/^\0/, '').replace(/\?.*$/, '')));
    expect(modules).toContain('web/src/main.tsx');
    expect(modules.filter((m) => m.startsWith('policies/'))).toEqual(['policies/src/vocabulary.ts']);
    expect(modules.filter((m) => m.includes('@casl/'))).toEqual([]);
  });
});
