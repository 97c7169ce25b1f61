import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { recordCheckpoint } from '../src/db/checkpoints.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

const MATRIX = `{ policyMatrix { policyVersion roles emergencyOpens rows { category cells { role kind inferred } } } }`;
const CHAIN = `{ auditChainStatus { subgraph agency seq headHash rowAt checkpointedAt ageSeconds } }`;

describe.each(TEST_ENGINES)('privacy console oversight on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry(engine);
  });
  afterAll(() => registry?.close());

  it('gives a privacy officer the policy as a role-by-category matrix', async () => {
    const { data, errors } = await registry.ask('privacy-shah', MATRIX, undefined, 'AUDIT');
    expect(errors).toBeUndefined();
    const matrix = data.policyMatrix;
    expect(matrix.policyVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(matrix.rows).toHaveLength(17);
    expect(matrix.rows.every((r: { cells: unknown[] }) => r.cells.length === matrix.roles.length)).toBe(true);
    const row = (category: string) =>
      Object.fromEntries(
        matrix.rows
          .find((r: { category: string }) => r.category === category)
          .cells.map((c: { role: string; kind: string; inferred: boolean }) => [
            c.role,
            c.kind + (c.inferred ? '*' : ''),
          ]),
      );
    expect(row('ATTORNEY_CLIENT')).toMatchObject({ CW_SOCIAL_WORKER: 'N', PROBATION_OFFICER: 'N', CLINICIAN: 'N' });
    expect(row('PSYCHOTHERAPY_NOTES').PROBATION_OFFICER).toBe('N');
    expect(matrix.emergencyOpens).toEqual(['IDENTITY', 'PLACEMENT', 'RUNAWAY', 'SAFETY_PLAN', 'PHYSICAL_HEALTH']);
  });

  it('lists every subgraph of the hub, with its latest checkpoint once it has reported one', async () => {
    const before = await registry.ask('privacy-shah', CHAIN, undefined, 'AUDIT');
    expect(before.errors).toBeUndefined();
    expect(before.data.auditChainStatus.map((s: { subgraph: string }) => s.subgraph)).toContain('health');
    const health = () =>
      registry
        .ask('privacy-shah', CHAIN, undefined, 'AUDIT')
        .then((r) => r.data.auditChainStatus.find((s: { subgraph: string }) => s.subgraph === 'health'));
    expect(await health()).toEqual({
      subgraph: 'health',
      agency: 'HEALTH',
      seq: null,
      headHash: null,
      rowAt: null,
      checkpointedAt: null,
      ageSeconds: null,
    });
    const at = new Date('2026-11-01T10:00:00.000Z');
    for (const seq of [3, 7]) {
      const hash = String(seq).repeat(64);
      await recordCheckpoint(registry.database, { subgraph: 'health', seq, hash, rowAt: at, signedAt: at, token: 't' });
    }
    const latest = await health();
    expect(latest).toMatchObject({ seq: 7, headHash: '7'.repeat(64), rowAt: '2026-11-01T10:00:00.000Z' });
    expect(latest.ageSeconds).toBeGreaterThanOrEqual(0);
    expect(latest.ageSeconds).toBeLessThan(120);
  });

  it.each([
    ['policyMatrix', MATRIX, 'read the policy matrix'],
    ['auditChainStatus', CHAIN, 'read the audit chain status'],
  ])('denies %s to anyone but a privacy officer with the AUDIT purpose', async (_field, query, what) => {
    const onlyPrivacyOfficers = {
      data: null,
      errors: [
        {
          message: `Only privacy officers ${what}`,
          code: 'FORBIDDEN',
          reason: 'NEVER_SHARED',
          ruleId: 'oversight.privacy-officers-only',
          legalBasis: '45 CFR 164.308(a)(1)(ii)(D); 45 CFR 164.502(b)',
        },
      ],
    };
    expect(refusal(await registry.ask('sw-garcia', query, undefined, 'AUDIT'))).toEqual(onlyPrivacyOfficers);
    expect(refusal(await registry.ask('coord-ortiz', query))).toEqual(onlyPrivacyOfficers);
    expect(refusal(await registry.ask('privacy-shah', query, undefined, 'CARE_COORDINATION'))).toEqual({
      data: null,
      errors: [
        {
          message: `Privacy officers ${what} with the AUDIT purpose`,
          code: 'FORBIDDEN',
          reason: 'PURPOSE_NOT_PERMITTED',
          ruleId: 'oversight.audit-purpose-only',
          legalBasis: '45 CFR 164.502(b); 42 CFR 2.13',
        },
      ],
    });
  });
});
