import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PART2_NOTICE } from '@hub/policies';
import { issueTestToken, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { startHub, type Hub } from '../src/hub.ts';

// Issue 19, items 2, 3 and 5 through the gateway: SUD counseling notes, the treating program, the
// consent's scope carried with a Part 2 release, the youth's restriction requests (42 CFR 2.26) and
// consents given within the team (WIC 832(b)(4)).

const NOTES = `query ($id: ID!) { youth(id: $id) { health { sudCounselingNotes { id author text } } } }`;
const SU = `query ($id: ID!) { youth(id: $id) { health { substanceUse { programName } } } }`;
const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const RESTRICT = `mutation ($input: RecordRestrictionInput!) { recordRestriction(input: $input) { id active } }`;
const LIFT = `mutation ($id: ID!) { liftRestriction(id: $id, reason: "The youth asked to share again") { active liftedBy } }`;
const END_TEAM = `mutation ($id: ID!, $how: TeamEndKind!) { endYouthTeam(youthId: $id, how: $how, reason: "The youth moved out of county") { how endedOn endedBy } }`;
const CONSENTS = `query ($id: ID!) { youth(id: $id) { consents { id status withinTeam noLongerApplies } teamEnd { how } } }`;
const EDUCATION = `query ($id: ID!) { youth(id: $id) { education { enrollments { schoolName } } } }`;
const ACCOUNTING = `query ($id: ID!) { accountingOfDisclosures(youthId: $id) {
  health { entries { viewerSub released basis { category allowed ruleId legalBasis } } } } }`;

const minuteAgo = () => new Date(Date.now() - 60_000).toISOString();

describe.each(TEST_ENGINES)('Part 2 (2024), the treating program and team-bound consents (%s)', (engine) => {
  let hub: Hub;
  // Youth 0: Health's program treats the youth and the demo clinician works in it and wrote its
  // counseling notes; probation serves the youth, its officer is not on the team.
  let y0: string;
  // Youth 1: the officer, the social worker and the coordinator are on the team.
  let y1: string;
  let otherClinician: string;
  let programCounsellor: { sub: string; token: string };
  beforeAll(async () => {
    hub = await startHub({ youths: 60, engine });
    y0 = hub.world.youths[0]!.id;
    y1 = hub.world.youths[1]!.id;
    // A Health clinician who works in no program treating youth 0 (Health serves the youth).
    otherClinician = await issueTestToken(hub.keys, {
      id: 'clin-hale',
      name: 'Rory Hale',
      agency: 'HEALTH',
      role: 'CLINICIAN',
    });
    const program = hub.world.treatmentPrograms.find((p) => p.youths.some((y) => y.youthId === y0))!;
    const counsellor = program.staff.find((s) => s.personId !== 'clin-okafor')!;
    programCounsellor = {
      sub: counsellor.personId,
      token: await issueTestToken(hub.keys, {
        id: counsellor.personId,
        name: counsellor.name,
        agency: 'HEALTH',
        role: 'CLINICIAN',
      }),
    };
  }, 300_000);
  afterAll(() => hub?.close());

  const denialAt = (json: any, reason: string, ruleId: string) =>
    expect(json.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'FORBIDDEN', reason, ruleId, agency: 'HEALTH' }),
      }),
    ]);

  describe('SUD counseling notes never leave the treating counsellor', () => {
    it('reach their author in the program treating the youth, and only their author', async () => {
      const own = await hub.query('clin-okafor', NOTES, { id: y0 });
      expect(own.json.errors).toBeUndefined();
      const notes = own.json.data.youth.health.sudCounselingNotes;
      const seeded = hub.world.health.find((h) => h.youthId === y0)!.sudCounselingNotes;
      expect(seeded.length).toBeGreaterThan(0);
      expect(notes).toHaveLength(seeded.length);
      expect(notes.every((n: { author: string }) => n.author === 'Ada Okafor')).toBe(true);
      // A colleague in the same program is released the category, and none of the notes she did not write.
      const colleague = await hub.query(null, NOTES, { id: y0 }, { token: programCounsellor.token });
      expect(colleague.json.errors).toBeUndefined();
      expect(colleague.json.data.youth.health.sudCounselingNotes).toEqual([]);
    });

    it('are never shared with a clinician outside the program, the nurse, probation, the social worker or the defender', async () => {
      const outside = await hub.query(null, NOTES, { id: y0 }, { token: otherClinician });
      expect(outside.json.data.youth.health.sudCounselingNotes).toBeNull();
      denialAt(outside.json, 'NEVER_SHARED', 'invariant.sud-counseling-notes');
      for (const persona of ['phn-silva', 'po-nguyen', 'sw-garcia', 'pd-cohen']) {
        const r = await hub.query(persona, NOTES, { id: y0 });
        expect(r.json.data.youth.health.sudCounselingNotes).toBeNull();
        denialAt(r.json, 'NEVER_SHARED', 'invariant.sud-counseling-notes');
      }
    });

    it('cannot be consented away to others: the consent is refused, naming the category', async () => {
      const r = await hub.query('sw-garcia', RECORD, {
        input: {
          youthId: y0,
          grantor: 'YOUTH',
          categories: ['SUD_COUNSELING_NOTES'],
          recipientAgencies: ['PROBATION'],
          purposes: ['CARE_COORDINATION'],
          effectiveFrom: minuteAgo(),
          formReference: 'SUD-ROI-0002',
        },
      });
      expect(r.json.data).toBeNull();
      expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.json.errors[0].message).toMatch(/SUD_COUNSELING_NOTES/);
    });
  });

  describe('the treating program', () => {
    it("opens Health's own substance-use record to the clinician in the program, with the notice and no consent scope", async () => {
      const r = await hub.query('clin-okafor', SU, { id: y0 });
      expect(r.json.errors).toBeUndefined();
      expect(r.json.data.youth.health.substanceUse.programName).toBe(
        hub.world.health.find((h) => h.youthId === y0)!.substanceUse!.programName,
      );
      expect(r.json.extensions.obligations).toEqual([{ code: 'PART2_REDISCLOSURE_NOTICE', text: PART2_NOTICE }]);
    });

    it('still asks another Health clinician for the youth’s consent', async () => {
      const r = await hub.query(null, SU, { id: y0 }, { token: otherClinician });
      expect(r.json.data.youth.health.substanceUse).toBeNull();
      denialAt(r.json, 'CONSENT_REQUIRED', 'su.consent.clinician');
      // The demo clinician is in no program treating youth 5, whose team she is on: she needs the consent too.
      const y5 = hub.world.youths[5]!.id;
      expect(hub.world.treatmentPrograms.some((p) => p.youths.some((y) => y.youthId === y5))).toBe(true);
      const there = await hub.query('clin-okafor', SU, { id: y5 });
      denialAt(there.json, 'CONSENT_REQUIRED', 'su.consent.clinician');
    });
  });

  describe('a Part 2 release made with a consent', () => {
    let consentId: string;
    it('carries the consent’s scope beside the 2.32 notice, and the accounting names the consent', async () => {
      const recorded = await hub.query('sw-garcia', RECORD, {
        input: {
          youthId: y0,
          grantor: 'YOUTH',
          categories: ['SUBSTANCE_USE'],
          recipientAgencies: ['PROBATION'],
          purposes: ['CARE_COORDINATION'],
          effectiveFrom: minuteAgo(),
          formReference: 'SUD-ROI-42CFR2-0100',
        },
      });
      consentId = recorded.json.data.recordConsent.id;
      const r = await hub.query('po-nguyen', SU, { id: y0 });
      expect(r.json.errors).toBeUndefined();
      const [notice] = r.json.extensions.obligations;
      expect(notice.code).toBe('PART2_REDISCLOSURE_NOTICE');
      expect(notice.text).toBe(PART2_NOTICE);
      expect(notice.consentScope).toHaveLength(1);
      expect(notice.consentScope[0]).toContain(`Consent ${consentId} (form SUD-ROI-42CFR2-0100), given by the youth`);
      expect(notice.consentScope[0]).toContain('substance-use treatment records to Probation');
      expect(notice.consentScope[0]).toContain('for care coordination purposes');

      const accounting = await hub.query('privacy-shah', ACCOUNTING, { id: y0 }, { purpose: 'AUDIT' });
      const uses = accounting.json.data.accountingOfDisclosures.health.entries.filter(
        (e: { viewerSub: string; released: string[] }) =>
          e.viewerSub === 'po-nguyen' && e.released.includes('SUBSTANCE_USE'),
      );
      expect(uses).toHaveLength(1);
      expect(uses[0].basis).toContainEqual({
        category: 'SUBSTANCE_USE',
        allowed: true,
        ruleId: 'su.consent.probation',
        legalBasis: `42 CFR 2.31, 2.35 — consent ${consentId}`,
      });
    });

    it('a restriction the youth asked for closes it on the next request, and lifting it reopens it; the program is not restricted', async () => {
      const restricted = await hub.query('sw-garcia', RESTRICT, {
        input: {
          youthId: y0,
          categories: ['SUBSTANCE_USE'],
          recipientAgencies: ['PROBATION'],
          reason: 'The youth asked that probation not see treatment records for now',
        },
      });
      expect(restricted.json.errors).toBeUndefined();
      expect(restricted.json.data.recordRestriction.active).toBe(true);
      const denied = await hub.query('po-nguyen', SU, { id: y0 });
      expect(denied.json.data.youth.health.substanceUse).toBeNull();
      expect(denied.json.errors[0].extensions).toMatchObject({
        reason: 'CONSENT_REQUIRED',
        ruleId: 'su.consent.probation',
      });
      const program = await hub.query('clin-okafor', SU, { id: y0 });
      expect(program.json.errors).toBeUndefined();

      // Only those who manage the youth's consents record or lift one; the officer may not.
      const refused = await hub.query('po-nguyen', LIFT, { id: restricted.json.data.recordRestriction.id });
      expect(refused.json.errors[0].extensions.code).toBe('FORBIDDEN');
      const lifted = await hub.query('sw-garcia', LIFT, { id: restricted.json.data.recordRestriction.id });
      expect(lifted.json.data.liftRestriction).toEqual({ active: false, liftedBy: 'sw-garcia' });
      const again = await hub.query('po-nguyen', SU, { id: y0 });
      expect(again.json.errors).toBeUndefined();
      expect(again.json.data.youth.health.substanceUse).not.toBeNull();
    });

    it('a restriction names at least one category that a consent could open (BAD_USER_INPUT)', async () => {
      const r = await hub.query('sw-garcia', RESTRICT, {
        input: { youthId: y0, categories: ['PSYCHOTHERAPY_NOTES'], recipientAgencies: [], reason: 'x' },
      });
      expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.json.errors[0].message).toMatch(/PSYCHOTHERAPY_NOTES is never disclosed by consent/);
    });
  });

  describe('a consent given within the team (WIC 832(b)(4))', () => {
    it('holds while the team lasts and ends with it on the next request, in every agency, and says why', async () => {
      const recorded = await hub.query('sw-garcia', RECORD, {
        input: {
          youthId: y1,
          grantor: 'YOUTH',
          categories: ['SUBSTANCE_USE', 'EDUCATION'],
          recipientAgencies: ['PROBATION'],
          purposes: ['CARE_COORDINATION'],
          effectiveFrom: minuteAgo(),
          formReference: 'CFT-ROI-0007',
          withinTeam: true,
        },
      });
      expect(recorded.json.errors).toBeUndefined();
      const consentId = recorded.json.data.recordConsent.id;
      const su = await hub.query('po-nguyen', SU, { id: y1 });
      expect(su.json.errors).toBeUndefined();
      expect(su.json.extensions.obligations[0].consentScope[0]).toContain(
        "given within the youth's MDT, it ends when the youth's team ends (WIC 832(b)(4))",
      );
      const edu = await hub.query('po-nguyen', EDUCATION, { id: y1 });
      expect(edu.json.errors).toBeUndefined();
      expect(edu.json.data.youth.education.enrollments).not.toBeNull();

      // Only the coordinator ends the team.
      const refused = await hub.query('sw-garcia', END_TEAM, { id: y1, how: 'YOUTH_LEFT' });
      expect(refused.json.errors[0].extensions.code).toBe('FORBIDDEN');
      const ended = await hub.query('coord-ortiz', END_TEAM, { id: y1, how: 'YOUTH_LEFT' });
      expect(ended.json.errors).toBeUndefined();
      expect(ended.json.data.endYouthTeam).toMatchObject({ how: 'YOUTH_LEFT', endedBy: 'coord-ortiz' });

      // Probation still serves the youth (linked), but the consent no longer opens anything.
      const suAfter = await hub.query('po-nguyen', SU, { id: y1 });
      expect(suAfter.json.data.youth.health.substanceUse).toBeNull();
      expect(suAfter.json.errors[0].extensions).toMatchObject({ reason: 'CONSENT_REQUIRED', agency: 'HEALTH' });
      const eduAfter = await hub.query('po-nguyen', EDUCATION, { id: y1 });
      expect(eduAfter.json.data.youth.education.enrollments).toBeNull();
      expect(eduAfter.json.errors[0].extensions).toMatchObject({ reason: 'CONSENT_REQUIRED', agency: 'EDUCATION' });

      // The coordinator stays on the closed team's record: the consent says why it no longer applies.
      const consents = await hub.query('coord-ortiz', CONSENTS, { id: y1 });
      expect(consents.json.data.youth.teamEnd).toEqual({ how: 'YOUTH_LEFT' });
      const consent = consents.json.data.youth.consents.find((c: { id: string }) => c.id === consentId);
      expect(consent).toMatchObject({ status: 'ENDED_WITH_TEAM', withinTeam: true });
      expect(consent.noLongerApplies).toMatch(
        /^Given within the youth's MDT, which the youth left on \d{4}-\d{2}-\d{2}/,
      );
      expect(consent.noLongerApplies).toContain('WIC 832(b)(4)');

      // The other members' memberships ended with the team: the social worker no longer manages its consents.
      const off = await hub.query('sw-garcia', CONSENTS, { id: y1 });
      expect(off.json.data.youth.consents).toBeNull();
      // A team-bound consent needs a team in progress (BAD_USER_INPUT naming the field); a second end is refused.
      const twice = await hub.query('coord-ortiz', RECORD, {
        input: {
          youthId: y1,
          grantor: 'YOUTH',
          categories: ['EDUCATION'],
          recipientAgencies: ['PROBATION'],
          purposes: ['CARE_COORDINATION'],
          effectiveFrom: minuteAgo(),
          formReference: 'CFT-ROI-0008',
          withinTeam: true,
        },
      });
      expect(twice.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinTeam' });
      const again = await hub.query('coord-ortiz', END_TEAM, { id: y1, how: 'TEAM_CLOSED' });
      expect(again.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'youthId' });
      // An ended team takes no one back: re-adding the social worker would reopen its M cells.
      const back = await hub.query(
        'coord-ortiz',
        `mutation ($id: ID!) { addTeamMember(youthId: $id, memberSub: "sw-garcia", reason: "Back on the case") { id } }`,
        { id: y1 },
      );
      expect(back.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'youthId' });
      expect((await hub.query('sw-garcia', CONSENTS, { id: y1 })).json.data.youth.consents).toBeNull();
    });

    it('a consent not given within the team outlives it', async () => {
      const y2 = hub.world.youths[2]!.id; // social worker and coordinator on the team; Health serves
      const recorded = await hub.query('sw-garcia', RECORD, {
        input: {
          youthId: y2,
          grantor: 'YOUTH',
          categories: ['EDUCATION'],
          recipientAgencies: ['HEALTH'],
          purposes: ['CARE_COORDINATION'],
          effectiveFrom: minuteAgo(),
          formReference: 'ROI-0009',
        },
      });
      expect(recorded.json.errors).toBeUndefined();
      const id = recorded.json.data.recordConsent.id;
      const ended = await hub.query('coord-ortiz', END_TEAM, { id: y2, how: 'TEAM_CLOSED' });
      expect(ended.json.errors).toBeUndefined();
      const consents = await hub.query('coord-ortiz', CONSENTS, { id: y2 });
      expect(consents.json.data.youth.consents.find((c: { id: string }) => c.id === id)).toMatchObject({
        status: 'ACTIVE',
        withinTeam: false,
        noLongerApplies: null,
      });
    });
  });
});
