import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { openTestDatabase, TEST_ENGINES } from '../src/testing/index.ts';

const migrations = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));

describe.each(TEST_ENGINES)('database on %s', (engine) => {
  it('applies migrations and returns rows the same way', async () => {
    const db = await openTestDatabase(engine, migrations);
    try {
      await db.rows(sql`insert into note (body) values ('a'), ('b')`);
      expect(await db.rows(sql`select body from note order by id`)).toEqual([{ body: 'a' }, { body: 'b' }]);
      expect(db.statementCount).toBeGreaterThanOrEqual(2);
    } finally {
      await db.close();
    }
  });
});

describe('embedded PGlite in a directory', () => {
  it('keeps data across restarts and migrates only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-kit-'));
    try {
      const first = await openDatabase({ dataDir: dir, migrationsFolder: migrations });
      await first.rows(sql`insert into note (body) values ('kept')`);
      await first.close();
      const second = await openDatabase({ dataDir: dir, migrationsFolder: migrations });
      expect(await second.rows(sql`select body from note`)).toEqual([{ body: 'kept' }]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
