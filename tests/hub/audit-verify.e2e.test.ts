import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@hub/subgraph-kit';
import { DisclosureLog, startCheckpoints } from '@hub/subgraph-kit/audit';
import { checkpointsOf, MIGRATIONS as MDT_MIGRATIONS } from '@hub/subgraph-registry';
import { startHub } from '../src/hub.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SUBGRAPHS = [
  'mdt',
  'child-welfare',
  'health',
  'probation',
  'education',
  'district-attorney',
  'public-defender',
  'law-enforcement',
];

interface Result {
  subgraph: string;
  status: string;
  rowsChecked?: number;
  checkpointsChecked?: number;
  firstBroken?: { seq: number; problem: string } | null;
  checkpoint?: {
    lastCheckpointSeq: number | null;
    lastCheckpointAgeSeconds: number | null;
    uncheckpointedRows: number;
    stale: boolean;
  };
}

/** Runs `npm run audit:verify` as an auditor would, on PGlite directories laid out as `npm start` does. */
async function auditVerify(
  dataDir: string,
  ...args: string[]
): Promise<{ code: number; results: Result[]; stderr: string }> {
  const run = promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'scripts/audit-verify.ts', '--data-dir', dataDir, '--json', ...args],
    {
      cwd: root,
      env: { ...process.env, MDT_DATABASE_URL: '', PROBATION_DATABASE_URL: '' },
    },
  );
  try {
    const { stdout, stderr } = await run;
    return { code: 0, results: JSON.parse(stdout) as Result[], stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, results: e.stdout ? (JSON.parse(e.stdout) as Result[]) : [], stderr: e.stderr };
  }
}

describe('npm run audit:verify, over a hub that has been used', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-audit-'));
  beforeAll(async () => {
    const hub = await startHub({ youths: 20, dataDir });
    try {
      const youth = hub.world.youths[1]!.id; // every agency serves this youth
      for (const who of ['sw-garcia', 'clin-okafor', 'po-nguyen', 'da-reyes']) {
        const { json } = await hub.query(
          who,
          `query ($id: ID!) { youth(id: $id) { id displayName childWelfare { caseNumber } health { mentalHealth { treatmentStatus } substanceUse { status } }
             probation { supervision { status } } education { schoolOfRecord { schoolName } }
             districtAttorney { cases { role } } publicDefender { matters { kind } } lawEnforcement { contacts { __typename } } } }`,
          { id: youth },
        );
        expect(json.data).toBeDefined();
      }
      // Each subgraph records its chain head in the registry, as `npm start` does every minute.
      for (const name of SUBGRAPHS) {
        const publisher = startCheckpoints({
          log: hub.servers[name]!.disclosureLog,
          registryUrl: hub.subgraphUrls.mdt!,
          subgraph: name,
          signer: await hub.signer(name),
          intervalMs: 3_600_000,
          report: (message, detail) => {
            throw new Error(`${name}: ${message} ${String(detail)}`);
          },
        });
        expect(await publisher.publish(), name).toBeGreaterThan(0);
        await publisher.stop();
      }
      expect(new Set((await checkpointsOf(hub.databases.mdt!)).map((c) => c.subgraph))).toEqual(new Set(SUBGRAPHS));
    } finally {
      await hub.close();
    }
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reports every log intact, with the rows and checkpoints it checked', async () => {
    const { code, results } = await auditVerify(dataDir);
    expect(code).toBe(0);
    expect(results.map((r) => [r.subgraph, r.status, r.firstBroken])).toEqual(
      SUBGRAPHS.map((s) => [s, 'intact', null]),
    );
    for (const r of results) {
      expect(r.rowsChecked, r.subgraph).toBeGreaterThan(0);
      expect(r.checkpointsChecked, r.subgraph).toBe(1);
    }
  });

  it("reports each agency's last checkpoint age and flags rows left without one; --strict fails on it", async () => {
    const fresh = await auditVerify(dataDir, '--strict');
    expect(fresh.code).toBe(0);
    for (const r of fresh.results) {
      expect(r.checkpoint, r.subgraph).toMatchObject({ uncheckpointedRows: 0, stale: false });
      expect(r.checkpoint!.lastCheckpointAgeSeconds, r.subgraph).toBeGreaterThanOrEqual(0);
      expect(r.checkpoint!.lastCheckpointAgeSeconds, r.subgraph).toBeLessThan(600);
    }
    // Health writes a row its subgraph never checkpoints (a publisher that stopped working).
    const health = await openDatabase({
      dataDir: join(dataDir, 'health'),
      migrationsFolder: MDT_MIGRATIONS,
      migrate: false,
    });
    try {
      await new DisclosureLog(health).append([
        {
          requestId: 'req-uncheckpointed',
          viewerSub: 'clin-okafor',
          viewerName: null,
          viewerAgency: 'HEALTH',
          viewerRole: 'CLINICIAN',
          purpose: 'CARE_COORDINATION',
          access: 'RECORD',
          youthId: '00000000-0000-4000-8000-000000000001',
          released: [],
          denied: [],
          policyVersion: 'v-test',
          emergencyGrantId: null,
        },
      ]);
    } finally {
      await health.close();
    }
    // Within the interval and margin it is only reported; past them it is stale.
    const waiting = await auditVerify(dataDir, '--strict');
    expect(waiting.code).toBe(0);
    expect(waiting.results.find((r) => r.subgraph === 'health')!.checkpoint).toMatchObject({
      uncheckpointedRows: 1,
      stale: false,
    });
    const late = ['--interval', '0', '--margin', '0'];
    const reported = await auditVerify(dataDir, ...late);
    expect(reported.code).toBe(0);
    expect(reported.results.filter((r) => r.checkpoint?.stale).map((r) => r.subgraph)).toEqual(['health']);
    expect((await auditVerify(dataDir, ...late, '--strict')).code).toBe(1);
  });

  it("finds a row modified behind the application's back, names the agency and the row, and exits 1", async () => {
    const probation = await openDatabase({
      dataDir: join(dataDir, 'probation'),
      migrationsFolder: MDT_MIGRATIONS,
      migrate: false,
    });
    try {
      await probation.rows(sql.raw('alter table disclosure_log disable trigger user'));
      await probation.rows(sql.raw(`update disclosure_log set released = '{}' where seq = 2`));
      await probation.rows(sql.raw('alter table disclosure_log enable trigger user'));
    } finally {
      await probation.close();
    }
    const { code, results } = await auditVerify(dataDir);
    expect(code).toBe(1);
    expect(results.find((r) => r.subgraph === 'probation')).toMatchObject({
      status: 'broken',
      firstBroken: { seq: 2, problem: 'row 2 was modified after it was written' },
    });
    expect(results.filter((r) => r.status === 'intact').map((r) => r.subgraph)).toEqual(
      SUBGRAPHS.filter((s) => s !== 'probation'),
    );
  });

  it('counts a log dropped whole as broken, since the registry holds checkpoints for it', async () => {
    const education = await openDatabase({
      dataDir: join(dataDir, 'education'),
      migrationsFolder: MDT_MIGRATIONS,
      migrate: false,
    });
    try {
      await education.rows(sql.raw('drop table disclosure_log'));
    } finally {
      await education.close();
    }
    const { code, results } = await auditVerify(dataDir);
    expect(code).toBe(1);
    const dropped = results.find((r) => r.subgraph === 'education')!;
    expect(dropped.status).toBe('broken');
    expect(dropped.firstBroken?.problem).toMatch(
      /^cannot read the log: .*, but the registry holds 1 checkpoints for this log$/,
    );
  });

  it('refuses to run without the registry, whose checkpoints it needs', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'hub-audit-empty-'));
    try {
      const { code, stderr } = await auditVerify(empty);
      expect(code).toBe(2);
      expect(stderr).toMatch(/registry \(mdt\) database was not found/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
