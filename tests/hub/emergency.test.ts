import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMERGENCY_CATEGORIES } from '@hub/policies';
import { readChain, type DisclosureRow } from '@hub/subgraph-kit/audit';
import { startHub, type Hub } from '../src/hub.ts';

// Break-glass through the gateway: the survivor mentor is on youth 1's team, and every category
// of that youth's record except MDT notes needs a consent (or a court order) for a mentor, so
// today identity, placement, runaway episodes, the safety plan and physical health are all closed.
const RECORD = `query ($id: ID!) {
  youth(id: $id) {
    displayName
    childWelfare { caseNumber currentPlacement { kind } runawayEpisodes { leftOn } csecIndicators { indicator } safetyPlan { updatedOn } }
    health {
      mentalHealth { treatmentStatus }
      psychotherapyNotes { writtenOn }
      substanceUse { status }
      sexualHealth { __typename }
      physicalHealth { __typename }
    }
    probation { supervision { status } delinquencyCase { __typename } csecIdentification { status } }
    education { schoolOfRecord { schoolName } }
    districtAttorney { cases { role } }
    publicDefender { matters { kind } communications { channel } }
    lawEnforcement { investigations { youthRole } missingPersonReports { reportNumber } }
  }
}`;
const REQUEST = `mutation ($id: ID!, $reason: String!) {
  requestEmergencyAccess(youthId: $id, reason: $reason) { id youthId active expiresAt reviewStatus requestedBy { sub role } } }`;
const MINE = `query ($id: ID!) { myEmergencyGrant(youthId: $id) { id } }`;
const QUEUE = `query { emergencyReviewQueue { totalCount edges { node { id youthId reason requestedBy { sub } reviewStatus } } } }`;
const CLOSE = `mutation ($id: ID!) {
  closeEmergencyReview(grantId: $id, finding: NEEDS_FOLLOW_UP, note: "Access was proportionate; ask for a consent at the next MDT.") {
    id reviewStatus finding reviewedBy } }`;
const REASON = 'Youth did not return to placement last night; police asked where she was staying.';

// Each field the query reads, with the category it is released under.
const FIELDS: Record<string, string> = {
  displayName: 'IDENTITY',
  'childWelfare.caseNumber': 'CHILD_WELFARE_CASE',
  'childWelfare.currentPlacement': 'PLACEMENT',
  'childWelfare.runawayEpisodes': 'RUNAWAY',
  'childWelfare.csecIndicators': 'CSEC_INDICATORS',
  'childWelfare.safetyPlan': 'SAFETY_PLAN',
  'health.mentalHealth': 'MENTAL_HEALTH',
  'health.psychotherapyNotes': 'PSYCHOTHERAPY_NOTES',
  'health.substanceUse': 'SUBSTANCE_USE',
  'health.sexualHealth': 'SEXUAL_HEALTH',
  'health.physicalHealth': 'PHYSICAL_HEALTH',
  'probation.supervision': 'PROBATION',
  'probation.delinquencyCase': 'DELINQUENCY',
  'probation.csecIdentification': 'CSEC_INDICATORS',
  'education.schoolOfRecord': 'EDUCATION',
  'districtAttorney.cases': 'VICTIM_WITNESS',
  'publicDefender.matters': 'DELINQUENCY',
  'publicDefender.communications': 'ATTORNEY_CLIENT',
  'lawEnforcement.investigations': 'LAW_ENFORCEMENT_RECORDS',
  // Law enforcement's missing-person reports are whereabouts: a grant opens them (issue 19).
  'lawEnforcement.missingPersonReports': 'RUNAWAY',
};

let hub: Hub;
let youthId: string;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  youthId = hub.world.youths[1]!.id; // every persona is on this youth's team
});
afterAll(() => hub?.close());

interface Seen {
  /** Field path -> "reason (ruleId)", for every denied field. */
  denied: Record<string, string>;
  /** Field paths released with a value. */
  released: string[];
}

async function mentorSees(purpose: string): Promise<Seen> {
  const { json } = await hub.query('mentor-lee', RECORD, { id: youthId }, { purpose });
  const denied: Record<string, string> = {};
  for (const e of json.errors ?? []) {
    denied[(e.path as string[]).slice(1).join('.')] = `${e.extensions.reason} (${e.extensions.ruleId})`;
  }
  const valueAt = (path: string) => path.split('.').reduce((v: any, k) => v?.[k], json.data.youth);
  const released = Object.keys(FIELDS).filter((path) => valueAt(path) != null);
  expect(released.filter((path) => denied[path])).toEqual([]);
  return { denied, released };
}

const categoriesOf = (paths: string[]) => [...new Set(paths.map((p) => FIELDS[p]!))].sort();

describe('emergency access through the gateway', () => {
  let grantId: string;
  let closedBefore: Seen;
  let closedForCare: Seen;

  it('starts closed: the emergency categories need a consent for the mentor', async () => {
    closedBefore = await mentorSees('EMERGENCY');
    closedForCare = await mentorSees('CARE_COORDINATION');
    expect(closedBefore).toEqual(closedForCare);
    expect(closedBefore.released).toEqual([]);
    expect(closedBefore.denied).toMatchObject({
      displayName: 'CONSENT_REQUIRED (identity.consent.mentor)',
      'childWelfare.currentPlacement': 'CONSENT_REQUIRED (placement.consent.mentor)',
      'childWelfare.runawayEpisodes': 'CONSENT_REQUIRED (runaway.consent.mentor)',
      'childWelfare.safetyPlan': 'CONSENT_REQUIRED (safety-plan.consent.mentor)',
      'health.physicalHealth': 'CONSENT_REQUIRED (physical-health.consent.mentor)',
    });
  });

  it('a team member asks for emergency access with a reason and gets a time-limited grant', async () => {
    const { json } = await hub.query('mentor-lee', REQUEST, { id: youthId, reason: REASON });
    expect(json.errors).toBeUndefined();
    const grant = json.data.requestEmergencyAccess;
    expect(grant).toMatchObject({
      youthId,
      active: true,
      reviewStatus: 'OPEN',
      requestedBy: { sub: 'mentor-lee', role: 'SURVIVOR_MENTOR' },
    });
    expect(Date.parse(grant.expiresAt) - Date.now()).toBeGreaterThan(3.9 * 3_600_000);
    grantId = grant.id;
    expect((await hub.query('mentor-lee', MINE, { id: youthId })).json.data.myEmergencyGrant).toEqual({ id: grantId });
  });

  it('with the EMERGENCY purpose, opens exactly the emergency categories that were closed, and nothing else', async () => {
    const open = await mentorSees('EMERGENCY');
    const wasClosed = Object.keys(closedBefore.denied);
    const opened = wasClosed.filter((path) => !open.denied[path]);
    expect(categoriesOf(opened)).toEqual([...EMERGENCY_CATEGORIES].sort());
    expect(categoriesOf(open.released)).toEqual([...EMERGENCY_CATEGORIES].sort());
    for (const path of opened) expect(open.released).toContain(path);
    // Everything else is denied exactly as before, with the same reason and rule.
    expect(open.denied).toEqual(
      Object.fromEntries(Object.entries(closedBefore.denied).filter(([path]) => !opened.includes(path))),
    );
    expect(open.denied).toMatchObject({
      'health.psychotherapyNotes': 'NEVER_SHARED (invariant.psychotherapy-notes)',
      'publicDefender.communications': 'NEVER_SHARED (invariant.attorney-client)',
      'health.mentalHealth': 'CONSENT_REQUIRED (mh.consent.mentor)',
      'health.substanceUse': 'CONSENT_REQUIRED (su.consent.mentor)',
      'childWelfare.caseNumber': 'CONSENT_REQUIRED (cw-case.consent.mentor)',
    });
  });

  it("flags every use in each agency's disclosure log with the grant, and no other read", async () => {
    const logRowsOf = async (purpose: string) => {
      const before: Record<string, number> = {};
      for (const name of Object.keys(hub.servers))
        before[name] = (await hub.servers[name]!.disclosureLog.head())?.seq ?? 0;
      await mentorSees(purpose);
      const rows: DisclosureRow[] = [];
      for (const name of Object.keys(hub.servers)) {
        for await (const row of readChain(hub.databases[name]!)) if (row.seq > before[name]!) rows.push(row);
      }
      return rows;
    };
    const emergency = await logRowsOf('EMERGENCY');
    expect(emergency.length).toBe(Object.keys(hub.servers).length);
    for (const row of emergency)
      expect(row).toMatchObject({ purpose: 'EMERGENCY', emergencyGrantId: grantId, youthId });
    const care = await logRowsOf('CARE_COORDINATION');
    expect(care.length).toBe(Object.keys(hub.servers).length);
    for (const row of care) expect(row.emergencyGrantId).toBeNull();
  });

  it('changes nothing for any other purpose', async () => {
    expect(await mentorSees('CARE_COORDINATION')).toEqual(closedForCare);
  });

  it('is closed again on the next request once it has expired', async () => {
    // The database keeps a grant's terms unchanged (migration 0005); the test moves time by hand.
    await hub.databases.mdt!.rows(sql`alter table emergency_grant disable trigger emergency_grant_history`);
    await hub.databases.mdt!.rows(
      sql`update emergency_grant set granted_at = now() - interval '4 hours', expires_at = now() - interval '1 second' where id = ${grantId}`,
    );
    await hub.databases.mdt!.rows(sql`alter table emergency_grant enable trigger emergency_grant_history`);
    expect(await mentorSees('EMERGENCY')).toEqual(closedBefore);
    expect((await hub.query('mentor-lee', MINE, { id: youthId })).json.data.myEmergencyGrant).toBeNull();
  });

  it("is in the privacy officers' review queue from the start, and closes with a finding", async () => {
    expect((await hub.query('mentor-lee', QUEUE, {}, { purpose: 'AUDIT' })).json.errors[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NEVER_SHARED',
    });
    const before = (await hub.servers.mdt!.disclosureLog.head())!.seq;
    const queue = (await hub.query('privacy-shah', QUEUE, {}, { purpose: 'AUDIT' })).json.data.emergencyReviewQueue;
    // The reviewer's read is logged in the registry, one row per youth the page names.
    const logged = [];
    for await (const row of readChain(hub.databases.mdt!)) if (row.seq > before) logged.push(row);
    expect(logged.map((r) => [r.viewerSub, r.purpose, r.access, r.youthId])).toContainEqual([
      'privacy-shah',
      'AUDIT',
      'ACCOUNTING',
      youthId,
    ]);
    expect(queue.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      id: grantId,
      youthId,
      reason: REASON,
      requestedBy: { sub: 'mentor-lee' },
      reviewStatus: 'OPEN',
    });
    const closed = await hub.query('privacy-shah', CLOSE, { id: grantId }, { purpose: 'AUDIT' });
    expect(closed.json).toEqual({
      data: {
        closeEmergencyReview: {
          id: grantId,
          reviewStatus: 'CLOSED',
          finding: 'NEEDS_FOLLOW_UP',
          reviewedBy: 'privacy-shah',
        },
      },
    });
    const after = (await hub.query('privacy-shah', QUEUE, {}, { purpose: 'AUDIT' })).json.data.emergencyReviewQueue;
    expect(after.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(grantId);
    const again = await hub.query('privacy-shah', CLOSE, { id: grantId }, { purpose: 'AUDIT' });
    expect(again.json.errors.map((e: { message: string }) => e.message)).toEqual([
      'This emergency review is already closed',
    ]);
  });
});

const END = `mutation ($id: ID!, $reason: String!) {
  endEmergencyGrant(grantId: $id, reason: $reason) { id active endedAt endedBy endedReason reviewStatus } }`;
const CLOSE_AS = `mutation ($id: ID!, $finding: EmergencyReviewFinding!) {
  closeEmergencyReview(grantId: $id, finding: $finding, note: "The situation did not call for break-glass access.") {
    id active reviewStatus finding endedAt endedBy } }`;

describe('ending an emergency grant now (issue 15, item 4)', () => {
  let closed: Seen;
  beforeAll(async () => {
    closed = await mentorSees('EMERGENCY');
    expect(closed.released).toEqual([]);
  });
  async function grant(): Promise<string> {
    const { json } = await hub.query('mentor-lee', REQUEST, { id: youthId, reason: REASON });
    expect(json.errors).toBeUndefined();
    // In effect: every agency releases the emergency categories on the next read.
    expect(categoriesOf((await mentorSees('EMERGENCY')).released)).toEqual([...EMERGENCY_CATEGORIES].sort());
    return json.data.requestEmergencyAccess.id;
  }
  async function endedRows(id: string) {
    const rows: DisclosureRow[] = [];
    for await (const row of readChain(hub.databases.mdt!)) if (row.emergencyGrantId === id) rows.push(row);
    return rows.filter((r) => r.access === 'EMERGENCY_GRANT_ENDED');
  }

  it('its requester ends it: the very next request is refused in every agency, and the end is accounted', async () => {
    const id = await grant();
    // Someone else learns nothing about it, not even that it exists.
    const stranger = await hub.query('sw-garcia', END, { id, reason: 'Not mine to end.' });
    expect(stranger.json.errors.map((e: any) => [e.message, e.extensions.code])).toEqual([
      ['No such emergency grant, or it is not yours', 'BAD_USER_INPUT'],
    ]);
    const missing = await hub.query('sw-garcia', END, { id: '00000000-0000-4000-8000-000000000000', reason: 'x' });
    expect(missing.json.errors[0].message).toBe(stranger.json.errors[0].message);

    const ended = await hub.query('mentor-lee', END, { id, reason: '  Youth found safe; access no longer needed.  ' });
    expect(ended.json.errors).toBeUndefined();
    expect(ended.json.data.endEmergencyGrant).toMatchObject({
      id,
      active: false,
      endedBy: 'mentor-lee',
      endedReason: 'Youth found safe; access no longer needed.',
      reviewStatus: 'OPEN',
    });
    // Denied again in every agency, with the same reasons and rules as before the grant.
    expect(await mentorSees('EMERGENCY')).toEqual(closed);
    expect((await hub.query('mentor-lee', MINE, { id: youthId })).json.data.myEmergencyGrant).toBeNull();
    expect(await endedRows(id)).toEqual([
      expect.objectContaining({ viewerSub: 'mentor-lee', youthId, released: [], denied: [] }),
    ]);
    // A grant ends once.
    const again = await hub.query('mentor-lee', END, { id, reason: 'Again.' });
    expect(again.json.errors[0].message).toBe('This emergency grant has already ended');
    // The grant's terms are kept as granted.
    const [row] = await hub.databases.mdt!.rows<{ reason: string; expires_at: unknown }>(
      sql`select reason, expires_at from emergency_grant where id = ${id}`,
    );
    expect(row!.reason).toBe(REASON);
    await expect(
      hub.databases.mdt!.rows(
        sql`update emergency_grant set ended_at = null, ended_by = null, ended_reason = null where id = ${id}`,
      ),
    ).rejects.toThrow();
  });

  it('a privacy officer ends any grant, for AUDIT only', async () => {
    const id = await grant();
    const care = await hub.query('privacy-shah', END, { id, reason: 'Ending it.' }, { purpose: 'CARE_COORDINATION' });
    expect(care.json.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', ruleId: 'emergency.end.others' });
    const ended = await hub.query('privacy-shah', END, { id, reason: 'Ended pending review.' }, { purpose: 'AUDIT' });
    expect(ended.json.data.endEmergencyGrant).toMatchObject({ id, active: false, endedBy: 'privacy-shah' });
    expect(await mentorSees('EMERGENCY')).toEqual(closed);
    expect(await endedRows(id)).toEqual([expect.objectContaining({ viewerSub: 'privacy-shah', purpose: 'AUDIT' })]);
  });

  it('a review finding NOT_JUSTIFIED ends the grant with the finding', async () => {
    const id = await grant();
    const { json } = await hub.query('privacy-shah', CLOSE_AS, { id, finding: 'NOT_JUSTIFIED' }, { purpose: 'AUDIT' });
    expect(json.errors).toBeUndefined();
    expect(json.data.closeEmergencyReview).toMatchObject({
      id,
      active: false,
      reviewStatus: 'CLOSED',
      finding: 'NOT_JUSTIFIED',
      endedBy: 'privacy-shah',
    });
    expect(await mentorSees('EMERGENCY')).toEqual(closed);
    expect(await endedRows(id)).toHaveLength(1);
  });
});
