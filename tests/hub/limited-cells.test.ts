import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.ts';

// Issue 15, item 11: a "M (limited)" cell releases its named fields, and only them.
const HEALTH = `query ($id: ID!) {
  youth(id: $id) {
    health {
      mentalHealth { currentProvider clinicianName treatmentStatus diagnoses { code } }
      physicalHealth { primaryClinician lastExamOn medications { name } }
      timeline { mentalHealth { id } }
    }
  }
}`;
const CW = `query ($id: ID!) {
  youth(id: $id) { childWelfare { dependencyStatus assignedWorker { name } caseNumber referrals { receivedOn } } }
}`;

let hub: Hub;
const onTeamOf = (personId: string) =>
  new Set(
    hub.world.teams.filter((t) => t.members.some((m) => m.personId === personId && !m.toDate)).map((t) => t.youthId),
  );
type Denial = { path: (string | number)[]; message: string; extensions: Record<string, unknown> };
const denials = (errors: Denial[] | undefined) =>
  (errors ?? []).map((e) => [e.path.join('.'), e.extensions.reason, e.extensions.ruleId]).sort();

beforeAll(async () => {
  hub = await startHub({ youths: 80 });
});
afterAll(() => hub?.close());

describe('limited cells release a named subset of fields', () => {
  it('a social worker on the team sees that the youth is in treatment and with whom, not the diagnoses, medications or clinical timeline', async () => {
    const team = onTeamOf('sw-garcia');
    const record = hub.world.health.find(
      (h) => team.has(h.youthId) && (h.mentalHealth?.diagnoses.length ?? 0) > 0 && h.medications.length > 0,
    );
    if (!record) throw new Error('no youth in the synthetic world fits: widen the world');
    const { json } = await hub.query('sw-garcia', HEALTH, { id: record.youthId });
    const health = json.data.youth.health;
    expect(health.mentalHealth).toEqual({
      currentProvider: record.mentalHealth!.provider,
      clinicianName: record.mentalHealth!.clinicianName,
      treatmentStatus: record.mentalHealth!.treatmentStatus,
      diagnoses: null,
    });
    expect(health.physicalHealth.primaryClinician).toBe(record.primaryClinician);
    expect(health.physicalHealth.medications).toBeNull();
    expect(health.timeline.mentalHealth).toBeNull();
    expect(denials(json.errors)).toEqual([
      ['youth.health.mentalHealth.diagnoses', 'NEVER_SHARED', 'mh.team.cw-worker'],
      ['youth.health.physicalHealth.medications', 'NEVER_SHARED', 'physical-health.team.cw-worker'],
      ['youth.health.timeline.mentalHealth', 'NEVER_SHARED', 'mh.team.cw-worker'],
    ]);
    const diagnosis = (json.errors as Denial[]).find((e) => e.path.at(-1) === 'diagnoses')!;
    expect(diagnosis.message).toBe(
      'Not shared: of mental-health records, your role sees only whether the youth is in treatment, with whom, and the next appointment',
    );
  });

  it('a clinician of the treating agency sees the whole category (no limit for an "A" cell)', async () => {
    const record = hub.world.health.find((h) => (h.mentalHealth?.diagnoses.length ?? 0) > 0)!;
    const { json } = await hub.query('clin-okafor', HEALTH, { id: record.youthId });
    expect(json.data.youth.health.mentalHealth.diagnoses.length).toBeGreaterThan(0);
  });

  it('a school liaison on the team sees dependency status and the worker, not the case number or referrals', async () => {
    const team = onTeamOf('school-park');
    const record = hub.world.childWelfare.find((c) => team.has(c.youthId) && c.referrals.length > 0);
    if (!record) throw new Error('no youth in the synthetic world fits: widen the world');
    const { json } = await hub.query('school-park', CW, { id: record.youthId });
    expect(json.data.youth.childWelfare).toEqual({
      dependencyStatus: record.dependencyStatus,
      assignedWorker: { name: record.workerName },
      caseNumber: null,
      referrals: null,
    });
    expect(denials(json.errors)).toEqual([
      ['youth.childWelfare.caseNumber', 'NEVER_SHARED', 'cw-case.team.school'],
      ['youth.childWelfare.referrals', 'NEVER_SHARED', 'cw-case.team.school'],
    ]);
  });
});
