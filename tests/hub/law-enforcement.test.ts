import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicySet, decide, type Agency, type DataCategory, type YouthFacts } from '@hub/policies';
import { emptyFacts } from '@hub/policies';
import { startHub, type Hub } from '../src/hub.ts';

// Issue 19, item 1, through the gateway: the county detective (det-morales) on a youth's team sees
// the youth as the need-to-know table's Detective column says, each agency's part decided by its
// own subgraph; a court order recorded in the registry opens a health cell on the next request.
const RECORD = `query ($id: ID!) { youth(id: $id) {
  displayName
  childWelfare { caseNumber currentPlacement { kind } runawayEpisodes { lawEnforcementReportNumber } csecIndicators { indicator } }
  health { mentalHealth { treatmentStatus } psychotherapyNotes { writtenOn } substanceUse { status } sexualHealth { __typename } physicalHealth { lastExamOn } }
  probation { supervision { status } delinquencyCase { __typename } }
  education { schoolOfRecord { schoolName } }
  districtAttorney { cases { role } }
  publicDefender { matters { kind } communications { channel } }
  lawEnforcement { detective { name } investigations { youthRole suspectedOffenses { code } } missingPersonReports { reportNumber reportedAt } protectiveOrders { kind } contacts { kind } }
} }`;

// Each queried field: its path under youth, the agency that owns it and its category.
const FIELDS: [string, Agency, DataCategory][] = [
  ['childWelfare.caseNumber', 'CHILD_WELFARE', 'CHILD_WELFARE_CASE'],
  ['childWelfare.currentPlacement', 'CHILD_WELFARE', 'PLACEMENT'],
  ['childWelfare.runawayEpisodes', 'CHILD_WELFARE', 'RUNAWAY'],
  ['childWelfare.csecIndicators', 'CHILD_WELFARE', 'CSEC_INDICATORS'],
  ['health.mentalHealth', 'HEALTH', 'MENTAL_HEALTH'],
  ['health.psychotherapyNotes', 'HEALTH', 'PSYCHOTHERAPY_NOTES'],
  ['health.substanceUse', 'HEALTH', 'SUBSTANCE_USE'],
  ['health.sexualHealth', 'HEALTH', 'SEXUAL_HEALTH'],
  ['health.physicalHealth', 'HEALTH', 'PHYSICAL_HEALTH'],
  ['probation.supervision', 'PROBATION', 'PROBATION'],
  ['probation.delinquencyCase', 'PROBATION', 'DELINQUENCY'],
  ['education.schoolOfRecord', 'EDUCATION', 'EDUCATION'],
  ['districtAttorney.cases', 'DISTRICT_ATTORNEY', 'VICTIM_WITNESS'],
  ['publicDefender.matters', 'PUBLIC_DEFENDER', 'DELINQUENCY'],
  ['publicDefender.communications', 'PUBLIC_DEFENDER', 'ATTORNEY_CLIENT'],
  ['lawEnforcement.investigations', 'LAW_ENFORCEMENT', 'LAW_ENFORCEMENT_RECORDS'],
  ['lawEnforcement.missingPersonReports', 'LAW_ENFORCEMENT', 'RUNAWAY'],
  ['lawEnforcement.protectiveOrders', 'LAW_ENFORCEMENT', 'LAW_ENFORCEMENT_RECORDS'],
  ['lawEnforcement.contacts', 'LAW_ENFORCEMENT', 'LAW_ENFORCEMENT_RECORDS'],
];
const detective = { sub: 'det-morales', agency: 'LAW_ENFORCEMENT' as const, role: 'LAW_ENFORCEMENT_OFFICER' as const };

let hub: Hub;
let youthId: string;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  youthId = hub.world.youths[1]!.id; // every agency serves youth 1, and the detective is on its team
});
afterAll(() => hub?.close());

const at = (data: unknown, path: string) =>
  path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k], data);
const denials = (json: { errors?: { path?: (string | number)[]; extensions: { reason?: string } }[] }) =>
  new Map((json.errors ?? []).map((e) => [(e.path ?? []).slice(1).join('.'), e.extensions.reason]));

describe("the detective's view of a youth, through the gateway", () => {
  it('releases exactly what the table gives the detective on the team, and denies the rest with its reason', async () => {
    const { json } = await hub.query('det-morales', RECORD, { id: youthId });
    const denied = denials(json);
    const facts: YouthFacts = { ...emptyFacts(youthId), team: { onTeam: true }, servedBy: ['LAW_ENFORCEMENT'] };
    const released: string[] = [];
    for (const [path, owner, category] of FIELDS) {
      const d = decide(defaultPolicySet(), detective, facts, category, 'CARE_COORDINATION', { owner });
      if (d.allowed) {
        expect(denied.has(path), path).toBe(false);
        expect(at(json.data.youth, path), path).not.toBeNull();
        released.push(path);
      } else {
        expect([path, denied.get(path)]).toEqual([path, d.reason]);
        expect(at(json.data.youth, path), path).toBeNull();
      }
    }
    // What the Detective column says, in words: the MDT's categories and the agency's own records;
    // never health, education, delinquency or attorney-client records without a court order.
    expect(released).toEqual([
      'childWelfare.caseNumber',
      'childWelfare.currentPlacement',
      'childWelfare.runawayEpisodes',
      'childWelfare.csecIndicators',
      'probation.supervision',
      'districtAttorney.cases',
      'lawEnforcement.investigations',
      'lawEnforcement.missingPersonReports',
      'lawEnforcement.protectiveOrders',
      'lawEnforcement.contacts',
    ]);
    expect(denied.get('health.mentalHealth')).toBe('COURT_ORDER_REQUIRED');
    expect(denied.get('health.psychotherapyNotes')).toBe('NEVER_SHARED');
    expect(denied.get('publicDefender.communications')).toBe('NEVER_SHARED');
    expect(denied.get('education.schoolOfRecord')).toBe('COURT_ORDER_REQUIRED');
  });

  it("finds the missing-person report each of the youth's runaway episodes points to", async () => {
    const { json } = await hub.query('det-morales', RECORD, { id: youthId });
    const pointed = json.data.youth.childWelfare.runawayEpisodes
      .map((e: { lawEnforcementReportNumber: string | null }) => e.lawEnforcementReportNumber)
      .filter(Boolean);
    const held = json.data.youth.lawEnforcement.missingPersonReports.map(
      (r: { reportNumber: string }) => r.reportNumber,
    );
    expect(pointed.length).toBeGreaterThan(0);
    for (const n of pointed) expect(held).toContain(n);
    for (const i of json.data.youth.lawEnforcement.investigations) expect(['VICTIM', 'WITNESS']).toContain(i.youthRole);
  });

  it('is refused a prosecution purpose outright', async () => {
    const { json } = await hub.query('det-morales', RECORD, { id: youthId }, { purpose: 'PROSECUTION' });
    for (const [path] of FIELDS) {
      expect(at(json.data.youth, path), path).toBeNull();
      expect([path, denials(json).get(path)]).toEqual([path, 'PURPOSE_NOT_PERMITTED']);
    }
  });

  it('sees a youth off its team and outside its agency exactly as a youth that does not exist', async () => {
    const other = hub.world.youths.find(
      (y) =>
        !y.localIds.LAW_ENFORCEMENT &&
        !hub.world.teams.some((t) => t.youthId === y.id && t.members.some((m) => m.personId === 'det-morales')),
    )!;
    const a = await hub.query('det-morales', RECORD, { id: other.id });
    const b = await hub.query('det-morales', RECORD, { id: '00000000-0000-4000-8000-0000000000ff' });
    expect(a.json).toEqual(b.json);
  });

  it('reads a health cell only while a court order naming law enforcement is in effect', async () => {
    const q = `query ($id: ID!) { youth(id: $id) { health { physicalHealth { lastExamOn } } } }`;
    const before = await hub.query('det-morales', q, { id: youthId }, { purpose: 'COURT_ORDERED' });
    expect(denials(before.json).get('health.physicalHealth')).toBe('COURT_ORDER_REQUIRED');
    const orderId = '5c0ffee0-0000-4000-8000-0000000000e1';
    await hub.databases.mdt!
      .rows(sql`insert into court_order (id, youth_id, agency, categories, effective_from, effective_to, case_number)
      values (${orderId}, ${youthId}, 'LAW_ENFORCEMENT', array['PHYSICAL_HEALTH'], now() - interval '1 day', now() + interval '30 days', 'JV-2026-0190')`);
    const during = await hub.query('det-morales', q, { id: youthId }, { purpose: 'COURT_ORDERED' });
    expect(during.json.errors).toBeUndefined();
    expect(during.json.data.youth.health.physicalHealth).not.toBeNull();
    await hub.databases.mdt!.rows(
      sql`update court_order set effective_to = now() - interval '1 second' where id = ${orderId}`,
    );
    const after = await hub.query('det-morales', q, { id: youthId }, { purpose: 'COURT_ORDERED' });
    expect(denials(after.json).get('health.physicalHealth')).toBe('COURT_ORDER_REQUIRED');
  });

  it('lets nobody read law-enforcement records for a prosecution, the DA included', async () => {
    const q = `query ($id: ID!) { youth(id: $id) { lawEnforcement { investigations { youthRole } } } }`;
    const care = await hub.query('da-reyes', q, { id: youthId });
    expect(care.json.errors).toBeUndefined();
    const prosecution = await hub.query('da-reyes', q, { id: youthId }, { purpose: 'PROSECUTION' });
    expect(denials(prosecution.json).get('lawEnforcement.investigations')).toBe('NEVER_SHARED');
  });
});
