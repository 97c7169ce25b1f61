import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { personaViewer } from '@hub/synthetic';
import { accessFacts } from '../src/db/queries.ts';
import { DEFAULT_EMERGENCY_ACCESS_HOURS, emergencyAccessHours } from '../src/server.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

// The rule behind each refusal of oversight, as the refusal names it.
const OVERSIGHT_RULE = {
  NEVER_SHARED: {
    ruleId: 'oversight.privacy-officers-only',
    legalBasis: '45 CFR 164.308(a)(1)(ii)(D); 45 CFR 164.502(b)',
  },
  PURPOSE_NOT_PERMITTED: { ruleId: 'oversight.audit-purpose-only', legalBasis: '45 CFR 164.502(b); 42 CFR 2.13' },
};

const GRANT = `id youthId requestedBy { sub name agency role } reason grantedAt expiresAt active
  reviewStatus finding reviewNote reviewedBy reviewedAt`;
const REQUEST = `mutation ($youthId: ID!, $reason: String!) { requestEmergencyAccess(youthId: $youthId, reason: $reason) { ${GRANT} } }`;
const MINE = `query ($youthId: ID!) { myEmergencyGrant(youthId: $youthId) { id expiresAt active } }`;
const QUEUE = `query ($status: EmergencyReviewStatus, $first: Int, $after: String) {
  emergencyReviewQueue(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id reviewStatus requestedBy { sub } } } } }`;
const CLOSE = `mutation ($grantId: ID!, $finding: EmergencyReviewFinding!, $note: String!) {
  closeEmergencyReview(grantId: $grantId, finding: $finding, note: $note) { id reviewStatus finding reviewNote reviewedBy reviewedAt } }`;
const EXPLAIN = `query ($youthId: ID!) { accessExplanation(youthId: $youthId) { agency category allowed ruleId } }`;
const REASON = 'Youth missing since last night; police need the current placement address.';
const NOWHERE = '00000000-0000-4000-8000-000000000000';
const hour = 3_600_000;

describe('EMERGENCY_ACCESS_HOURS', () => {
  it('defaults to 4 hours and takes fractions, refusing nonsense', () => {
    expect(emergencyAccessHours(undefined)).toBe(DEFAULT_EMERGENCY_ACCESS_HOURS);
    expect(emergencyAccessHours('')).toBe(4);
    expect(emergencyAccessHours('0.5')).toBe(0.5);
    for (const bad of ['0', '-1', '73', 'four', 'NaN'])
      expect(() => emergencyAccessHours(bad)).toThrow(/EMERGENCY_ACCESS_HOURS/);
  });
});

describe.each(TEST_ENGINES)('emergency access on %s', (engine) => {
  let registry: TestRegistry;
  let youth0: string; // everyone but probation on the team; served by every agency
  let youth1: string; // everyone on the team
  beforeAll(async () => {
    registry = await startRegistry(engine);
    [youth0, youth1] = registry.world.youths.map((y) => y.id) as [string, string];
  });
  afterAll(() => registry?.close());
  const request = (persona: string, youthId: string, reason = REASON) =>
    registry.ask(persona, REQUEST, { youthId, reason });

  it('grants a team member time-limited access with their reason, open for review', async () => {
    const before = Date.now();
    const { data, errors } = await request('mentor-lee', youth1, `   ${REASON}  `);
    expect(errors).toBeUndefined();
    const grant = data.requestEmergencyAccess;
    expect(grant).toMatchObject({
      youthId: youth1,
      requestedBy: { sub: 'mentor-lee', name: 'Jo Lee', agency: 'COMMUNITY', role: 'SURVIVOR_MENTOR' },
      reason: REASON,
      active: true,
      reviewStatus: 'OPEN',
      finding: null,
      reviewNote: null,
      reviewedBy: null,
      reviewedAt: null,
    });
    expect(Date.parse(grant.grantedAt)).toBeGreaterThanOrEqual(before - 5);
    expect(Date.parse(grant.expiresAt) - Date.parse(grant.grantedAt)).toBe(4 * hour);

    // The requester's countdown; nobody else holds it.
    expect((await registry.ask('mentor-lee', MINE, { youthId: youth1 })).data.myEmergencyGrant).toEqual({
      id: grant.id,
      expiresAt: grant.expiresAt,
      active: true,
    });
    expect((await registry.ask('sw-garcia', MINE, { youthId: youth1 })).data.myEmergencyGrant).toBeNull();
    expect((await registry.ask('mentor-lee', MINE, { youthId: youth0 })).data.myEmergencyGrant).toBeNull();

    // Access facts carry it for (requester, youth) only.
    const [mine, others] = await Promise.all([
      accessFacts(registry.database, personaViewer('mentor-lee'), [youth1, youth0], new Date(), 'UTC'),
      accessFacts(registry.database, personaViewer('sw-garcia'), [youth1], new Date(), 'UTC'),
    ]);
    expect(mine.map((f) => f.emergencyGrant)).toEqual([{ id: grant.id, expiresAt: grant.expiresAt }, null]);
    expect(others[0]!.emergencyGrant).toBeNull();

    // The registry's own records open under the EMERGENCY purpose only.
    const opened = async (purpose: string) =>
      (await registry.ask('mentor-lee', EXPLAIN, { youthId: youth1 }, purpose)).data.accessExplanation
        .filter((d: { ruleId: string }) => d.ruleId === 'emergency.break-glass')
        .map((d: { agency: string; category: string }) => `${d.agency}:${d.category}`);
    expect(await opened('EMERGENCY')).toEqual([
      'CHILD_WELFARE:IDENTITY',
      'CHILD_WELFARE:PLACEMENT',
      'CHILD_WELFARE:RUNAWAY',
      'CHILD_WELFARE:SAFETY_PLAN',
      'PROBATION:RUNAWAY',
      'HEALTH:PHYSICAL_HEALTH',
      'LAW_ENFORCEMENT:RUNAWAY', // missing-person reports are whereabouts (issue 19)
      'HUB:IDENTITY',
      'HUB:SAFETY_PLAN',
    ]);
    expect(await opened('CARE_COORDINATION')).toEqual([]);
  });

  it('refuses a second request while a grant is in effect, saying until when', async () => {
    const first = await request('cbo-james', youth1);
    const until = first.data.requestEmergencyAccess.expiresAt;
    expect(refusal(await request('cbo-james', youth1, `${REASON} Again.`))).toEqual({
      data: null,
      errors: [{ message: `You already hold emergency access to this youth until ${until}`, code: 'BAD_USER_INPUT' }],
    });
  });

  it.each([
    ['a reason under 20 characters once trimmed', '   too short, sorry     ', 'reason must be at least 20 characters'],
    ['a reason over 2000 characters', 'x'.repeat(2001), 'reason must be at most 2000 characters'],
  ])('refuses %s and grants nothing', async (_label, reason, message) => {
    expect(refusal(await request('school-park', youth1, reason))).toEqual({
      data: null,
      errors: [{ message, code: 'BAD_USER_INPUT' }],
    });
    expect((await registry.ask('school-park', MINE, { youthId: youth1 })).data.myEmergencyGrant).toBeNull();
  });

  it('answers a youth that does not exist and one the viewer has no link to alike', async () => {
    const stranger = registry.world.youths.find(
      (y) =>
        !y.localIds.COMMUNITY &&
        !registry.world.teams.some((t) => t.youthId === y.id && t.members.some((m) => m.personId === 'mentor-lee')),
    );
    expect(stranger, 'the seed needs a youth mentor-lee has no link to').toBeDefined();
    const missing = await request('mentor-lee', NOWHERE);
    expect(refusal(missing)).toEqual({
      data: null,
      errors: [{ message: 'No such youth, or it is not on your caseload', code: 'BAD_USER_INPUT' }],
    });
    expect(await request('mentor-lee', stranger!.id)).toEqual(missing);
  });

  it("refuses someone whose agency serves the youth but who is not on the youth's team", async () => {
    // Probation serves youth 0, but the probation officer is not on its team.
    expect(refusal(await request('po-nguyen', youth0))).toEqual({
      data: null,
      errors: [
        {
          message: "Only a member of the youth's MDT may request emergency access",
          code: 'FORBIDDEN',
          reason: 'NOT_ON_TEAM',
          ruleId: 'emergency.request',
          legalBasis: '45 CFR 164.512(j); 45 CFR 164.510(b)(3); WIC 18961.7',
        },
      ],
    });
  });

  it('puts every grant in the privacy officers’ queue, which they close once with a finding', async () => {
    const granted = (await request('phn-silva', youth1)).data.requestEmergencyAccess;
    const queue = async (status: string | null = 'OPEN') =>
      (await registry.ask('privacy-shah', QUEUE, { status, first: 100 }, 'AUDIT')).data.emergencyReviewQueue;
    const open = await queue();
    expect(open.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(granted.id);
    expect(open.totalCount).toBe(open.edges.length);

    const closed = await registry.ask(
      'privacy-shah',
      CLOSE,
      { grantId: granted.id, finding: 'JUSTIFIED', note: '  Youth was missing; placement shared with police.  ' },
      'AUDIT',
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data.closeEmergencyReview).toMatchObject({
      id: granted.id,
      reviewStatus: 'CLOSED',
      finding: 'JUSTIFIED',
      reviewNote: 'Youth was missing; placement shared with police.',
      reviewedBy: 'privacy-shah',
    });
    expect(Date.parse(closed.data.closeEmergencyReview.reviewedAt)).not.toBeNaN();
    const ids = (c: { edges: { node: { id: string } }[] }) => c.edges.map((e) => e.node.id);
    expect(ids(await queue())).not.toContain(granted.id);
    expect(ids(await queue('CLOSED'))).toEqual([granted.id]);
    expect(ids(await queue(null))).toContain(granted.id);

    const again = await registry.ask(
      'privacy-shah',
      CLOSE,
      { grantId: granted.id, finding: 'NOT_JUSTIFIED', note: 'second thoughts' },
      'AUDIT',
    );
    expect(refusal(again)).toEqual({
      data: null,
      errors: [{ message: 'This emergency review is already closed', code: 'BAD_USER_INPUT' }],
    });
    const unknown = await registry.ask(
      'privacy-shah',
      CLOSE,
      { grantId: NOWHERE, finding: 'JUSTIFIED', note: 'x' },
      'AUDIT',
    );
    expect(unknown.errors![0].message).toBe('No such emergency grant');
    const blank = await registry.ask(
      'privacy-shah',
      CLOSE,
      { grantId: granted.id, finding: 'JUSTIFIED', note: '  ' },
      'AUDIT',
    );
    expect(blank.errors![0].message).toBe('note must not be empty');
  });

  it('pages the queue oldest first', async () => {
    for (const persona of ['clin-okafor', 'da-reyes', 'va-mensah'])
      expect((await request(persona, youth1)).errors).toBeUndefined();
    const all = (await registry.ask('privacy-shah', QUEUE, { status: null, first: 100 }, 'AUDIT')).data
      .emergencyReviewQueue;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await registry.ask('privacy-shah', QUEUE, { status: null, first: 2, after }, 'AUDIT')).data
        .emergencyReviewQueue;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(all.edges.slice(-3).map((e: { node: { requestedBy: { sub: string } } }) => e.node.requestedBy.sub)).toEqual([
      'clin-okafor',
      'da-reyes',
      'va-mensah',
    ]);
  });

  it.each([
    [
      'a team member, even with AUDIT',
      'sw-garcia',
      'AUDIT',
      'Only privacy officers review emergency access',
      'NEVER_SHARED',
    ],
    [
      'a privacy officer without the AUDIT purpose',
      'privacy-shah',
      'CARE_COORDINATION',
      'Privacy officers review emergency access with the AUDIT purpose',
      'PURPOSE_NOT_PERMITTED',
    ],
  ])('keeps the queue and its findings from %s', async (_label, persona, purpose, message, reason) => {
    const rule = OVERSIGHT_RULE[reason as keyof typeof OVERSIGHT_RULE];
    const expected = { data: null, errors: [{ message, code: 'FORBIDDEN', reason, ...rule }] };
    expect(refusal(await registry.ask(persona, QUEUE, {}, purpose))).toEqual(expected);
    const grantId = (await registry.ask('privacy-shah', QUEUE, { first: 1 }, 'AUDIT')).data.emergencyReviewQueue
      .edges[0].node.id;
    expect(
      refusal(await registry.ask(persona, CLOSE, { grantId, finding: 'JUSTIFIED', note: 'fine' }, purpose)),
    ).toEqual(expected);
  });

  it('expires on time: the facts, the countdown and the queue all say so, and a new request is possible', async () => {
    const brief = await registry.sibling({ emergencyAccessHours: 1.5 / 3600 }); // 1.5 seconds
    const { data } = await brief('mentor-lee', REQUEST, { youthId: youth0, reason: REASON });
    const grant = data.requestEmergencyAccess;
    expect(Date.parse(grant.expiresAt) - Date.parse(grant.grantedAt)).toBe(1500);
    const facts = () => accessFacts(registry.database, personaViewer('mentor-lee'), [youth0], new Date(), 'UTC');
    expect((await facts())[0]!.emergencyGrant).toEqual({ id: grant.id, expiresAt: grant.expiresAt });
    // At the instant of expiry the grant is already out of effect (expiry is exclusive).
    const atExpiry = await accessFacts(
      registry.database,
      personaViewer('mentor-lee'),
      [youth0],
      new Date(grant.expiresAt),
      'UTC',
    );
    expect(atExpiry[0]!.emergencyGrant).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(grant.expiresAt) - Date.now() + 50)));
    expect((await facts())[0]!.emergencyGrant).toBeNull();
    expect((await registry.ask('mentor-lee', MINE, { youthId: youth0 })).data.myEmergencyGrant).toBeNull();
    const inQueue = (
      await registry.ask(
        'privacy-shah',
        `query { emergencyReviewQueue(first: 100) { edges { node { id active } } } }`,
        {},
        'AUDIT',
      )
    ).data.emergencyReviewQueue.edges.find((e: { node: { id: string } }) => e.node.id === grant.id);
    expect(inQueue.node.active).toBe(false);
    expect((await request('mentor-lee', youth0)).errors).toBeUndefined();
  });
});
