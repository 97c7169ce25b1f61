import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const server = process.env.TEST_DATABASE_URL;

// `npm run seed` on a real server: one database per subgraph, progress printed, idempotent.
describe.skipIf(!server)('npm run seed', () => {
  it('fills one database per subgraph with progress output, and leaves a seeded one alone', async () => {
    const prefix = `seed_${randomBytes(4).toString('hex')}_`;
    const run = () =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'scripts/seed.ts', '--youths', '60', '--prefix', prefix, '--url', server!],
        {
          cwd: root,
        },
      );
    const admin = postgres(server!, { max: 1, onnotice: () => {} });
    try {
      const first = await run();
      expect(first.stdout).toMatch(/generating 60 synthetic youths/);
      expect(first.stdout).toMatch(/7\/8 public-defender -> \S+public_defender \.\.\. done in/);
      expect(first.stdout).toMatch(/8\/8 law-enforcement -> \S+law_enforcement \.\.\. done in/);
      const second = await run();
      expect(second.stdout.match(/already seeded/g)).toHaveLength(8);
      const url = new URL(server!);
      url.pathname = `/${prefix}mdt`;
      const registry = postgres(url.toString(), { max: 1 });
      const [{ n }] = (await registry`select count(*)::int as n from youth`) as unknown as [{ n: number }];
      await registry.end();
      expect(n).toBe(60);
    } finally {
      const dbs = await admin`select datname from pg_database where datname like ${prefix + '%'}`;
      for (const { datname } of dbs) await admin.unsafe(`drop database if exists ${datname} with (force)`);
      await admin.end();
    }
  }, 120_000);
});
