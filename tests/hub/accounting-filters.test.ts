import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChain } from '@hub/subgraph-kit/audit';
import { startHub, type Hub } from '../src/hub.ts';

// The accounting as an answer (issue 18, item 1): each row's rule ids and legal bases, the filters
// (category, outcome, access kind, viewer, agency, the officer's own reads apart), pages capped at
// the subgraph. Through the gateway; each agency filters its own log.
const PARTS = [
  'registry',
  'childWelfare',
  'health',
  'probation',
  'education',
  'districtAttorney',
  'publicDefender',
  'lawEnforcement',
];
const PAGE = `{ totalCount hasNextPage endCursor entries { id agency at requestId viewerSub purpose access youthId released denied
  basis { category allowed ruleId legalBasis } } }`;
const ACCOUNTING = (
  parts = PARTS,
  args = '(first: 20)',
) => `query ($id: ID!, $viewer: String, $categories: [DataCategory!],
  $outcome: DisclosureOutcome, $access: [DisclosureAccess!], $own: OwnAccess) {
  accountingOfDisclosures(youthId: $id, viewerSub: $viewer, categories: $categories, outcome: $outcome, access: $access, own: $own) {
    youthId categories outcome access own ${parts.map((p) => `${p}${args} ${PAGE}`).join(' ')}
  }
}`;
const RECORD = `query ($id: ID!) { youth(id: $id) { displayName childWelfare { caseNumber } health { mentalHealth { treatmentStatus } }
  probation { supervision { status } } education { schoolOfRecord { schoolName } } }}`;
const EXPLAIN = `query ($id: ID!) { accessExplanation(youthId: $id) { agency category allowed ruleId legalBasis } }`;

type Basis = { category: string; allowed: boolean; ruleId: string; legalBasis: string };
type Entry = {
  id: string;
  agency: string;
  requestId: string;
  viewerSub: string;
  access: string;
  released: string[];
  denied: string[];
  basis: Basis[] | null;
};

let hub: Hub;
let youthId: string;
const audit = (variables: Record<string, unknown>, parts = PARTS, args?: string) =>
  hub.query('privacy-shah', ACCOUNTING(parts, args), { id: youthId, ...variables }, { purpose: 'AUDIT' });

beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  youthId = hub.world.youths[1]!.id; // every agency serves this youth; every persona is on its team
  // A row written before the basis was recorded (chain encoding v1), in Health's log.
  await hub.servers.health!.disclosureLog.append([
    {
      requestId: 'req-before-v2',
      viewerSub: 'clin-okafor',
      viewerName: 'Ada Okafor',
      viewerAgency: 'HEALTH',
      viewerRole: 'CLINICIAN',
      purpose: 'CARE_COORDINATION',
      access: 'RECORD',
      youthId,
      released: ['MENTAL_HEALTH'],
      denied: [],
      policyVersion: 'v-old',
      emergencyGrantId: null,
    },
  ]);
  for (const who of ['po-nguyen', 'sw-garcia']) await hub.query(who, RECORD, { id: youthId });
  await audit({}); // the officer's own read, in every agency's log
});
afterAll(() => hub?.close());

const entriesOf = (json: any, part: string) => json.data.accountingOfDisclosures[part].entries as Entry[];

describe('the accounting as an answer', () => {
  it('records, per row, the rule id and legal basis of each category released and denied; older rows say none', async () => {
    const { json } = await audit({ access: ['RECORD'] });
    expect(json.errors).toBeUndefined();
    const explained = (await hub.query('po-nguyen', EXPLAIN, { id: youthId })).json.data.accessExplanation as (Basis & {
      agency: string;
    })[];
    let denials = 0;
    for (const part of ['childWelfare', 'health', 'probation', 'education']) {
      for (const e of entriesOf(json, part).filter((e) => e.viewerSub !== 'clin-okafor')) {
        expect(e.basis, `${part} ${e.viewerSub}`).not.toBeNull();
        expect(
          e
            .basis!.filter((b) => b.allowed)
            .map((b) => b.category)
            .sort(),
        ).toEqual([...e.released].sort());
        expect(
          e
            .basis!.filter((b) => !b.allowed)
            .map((b) => b.category)
            .sort(),
        ).toEqual([...e.denied].sort());
        for (const b of e.basis!) {
          expect(b.ruleId).toMatch(/\S/);
          expect(b.legalBasis).toMatch(/\S/);
          if (e.viewerSub !== 'po-nguyen') continue;
          // The same rule the policy gives when asked why (the explanation decides as the read did).
          const why = explained.find((x) => x.agency === e.agency && x.category === b.category);
          expect(why && { ruleId: why.ruleId, legalBasis: why.legalBasis, allowed: why.allowed }).toEqual({
            ruleId: b.ruleId,
            legalBasis: b.legalBasis,
            allowed: b.allowed,
          });
          if (!b.allowed) denials++;
        }
      }
    }
    expect(denials).toBeGreaterThan(0);
    const old = entriesOf(json, 'health').find((e) => e.viewerSub === 'clin-okafor')!;
    expect(old).toMatchObject({ requestId: 'req-before-v2', released: ['MENTAL_HEALTH'], basis: null });
  });

  it('writes one row per request and agency for a record read, and one for an accounting read', async () => {
    const { json } = await audit({ viewer: 'po-nguyen' });
    for (const part of PARTS) {
      const entries = entriesOf(json, part);
      const requests = entries.map((e) => `${e.requestId}/${e.access}`);
      expect(new Set(requests).size, part).toBe(requests.length);
    }
  });

  it('filters by category and outcome: released only, denied only, either', async () => {
    const released = await audit({ categories: ['MENTAL_HEALTH'], outcome: 'RELEASED' });
    const health = entriesOf(released.json, 'health');
    expect(health.length).toBeGreaterThan(0);
    for (const e of health) expect(e.released).toContain('MENTAL_HEALTH');
    expect(entriesOf(released.json, 'probation')).toEqual([]); // Probation holds no mental-health record
    expect(released.json.data.accountingOfDisclosures).toMatchObject({
      categories: ['MENTAL_HEALTH'],
      outcome: 'RELEASED',
    });

    const denied = await audit({ outcome: 'DENIED' });
    for (const part of PARTS)
      for (const e of entriesOf(denied.json, part)) expect(e.denied.length, part).toBeGreaterThan(0);
    const anyDenied = PARTS.flatMap((p) => entriesOf(denied.json, p));
    expect(anyDenied.length).toBeGreaterThan(0);
    // Released-only leaves out rows that released nothing (the officer's accounting reads among them).
    const releasedOnly = await audit({ outcome: 'RELEASED' });
    for (const part of PARTS) {
      for (const e of entriesOf(releasedOnly.json, part)) {
        expect(e.released.length, part).toBeGreaterThan(0);
        expect(e.access).toBe('RECORD');
      }
    }
    const either = await audit({ categories: ['MENTAL_HEALTH'] });
    for (const e of entriesOf(either.json, 'health')) expect([...e.released, ...e.denied]).toContain('MENTAL_HEALTH');
  });

  it("keeps, as WITHHELD, the rows that denied something and released nothing (the statement's second section)", async () => {
    const row = (requestId: string, released: string[], denied: string[]) => ({
      requestId,
      viewerSub: 'edu-liaison-test',
      viewerName: 'Test Liaison',
      viewerAgency: 'EDUCATION',
      viewerRole: 'SCHOOL_LIAISON',
      purpose: 'CARE_COORDINATION',
      access: 'RECORD',
      youthId,
      released,
      denied,
      policyVersion: 'v-test',
      emergencyGrantId: null,
    });
    await hub.servers.health!.disclosureLog.append([
      row('req-withheld', [], ['MENTAL_HEALTH']),
      row('req-partly', ['PHYSICAL_HEALTH'], ['MENTAL_HEALTH']),
    ]);
    const withheld = await audit({ outcome: 'WITHHELD', viewer: 'edu-liaison-test' }, ['health']);
    expect(withheld.json.errors).toBeUndefined();
    expect(entriesOf(withheld.json, 'health').map((e) => e.requestId)).toEqual(['req-withheld']);
    const denied = await audit({ outcome: 'DENIED', viewer: 'edu-liaison-test' }, ['health']);
    expect(entriesOf(denied.json, 'health').map((e) => e.requestId)).toEqual(['req-partly', 'req-withheld']);
    // With categories: denied one of them, released nothing at all.
    const other = await audit({ outcome: 'WITHHELD', viewer: 'edu-liaison-test', categories: ['PHYSICAL_HEALTH'] }, [
      'health',
    ]);
    expect(entriesOf(other.json, 'health')).toEqual([]);
    const all = await audit({ outcome: 'WITHHELD' });
    for (const part of PARTS) {
      for (const e of entriesOf(all.json, part)) {
        expect(e.released, part).toEqual([]);
        expect(e.denied.length, part).toBeGreaterThan(0);
      }
    }
  });

  it('filters by access kind and viewer, and by agency through the parts asked for', async () => {
    const reads = await audit({ access: ['ACCOUNTING'] }, ['health', 'education']);
    expect(Object.keys(reads.json.data.accountingOfDisclosures)).not.toContain('probation');
    for (const part of ['health', 'education']) {
      const entries = entriesOf(reads.json, part);
      expect(entries.length, part).toBeGreaterThan(0);
      expect(new Set(entries.map((e) => e.access)), part).toEqual(new Set(['ACCOUNTING']));
    }
    const byViewer = await audit({ viewer: 'sw-garcia', access: ['RECORD'] });
    for (const part of ['childWelfare', 'health', 'probation', 'education']) {
      expect(
        entriesOf(byViewer.json, part).map((e) => e.viewerSub),
        part,
      ).toEqual(['sw-garcia']);
    }
  });

  it("lists the officer's own reads apart: left out, or alone", async () => {
    const without = await audit({ own: 'EXCLUDE' });
    const alone = await audit({ own: 'ONLY' });
    for (const part of PARTS) {
      const others = entriesOf(without.json, part);
      expect(
        others.some((e) => e.viewerSub === 'privacy-shah'),
        part,
      ).toBe(false);
      const own = entriesOf(alone.json, part);
      expect(own.length, part).toBeGreaterThan(0);
      expect(new Set(own.map((e) => `${e.viewerSub}/${e.access}`)), part).toEqual(new Set(['privacy-shah/ACCOUNTING']));
    }
    // A viewer filter naming someone else and "only mine" select nothing together.
    const both = await audit({ own: 'ONLY', viewer: 'sw-garcia' });
    for (const part of PARTS) expect(entriesOf(both.json, part), part).toEqual([]);
  });

  it('gives anyone else only their own accesses, whatever the filters', async () => {
    const { json } = await hub.query('po-nguyen', ACCOUNTING(), { id: youthId, own: 'INCLUDE', outcome: 'DENIED' });
    for (const part of PARTS) {
      for (const e of entriesOf(json, part)) expect(e.viewerSub, part).toBe('po-nguyen');
    }
    const excluded = await hub.query('po-nguyen', ACCOUNTING(), { id: youthId, own: 'EXCLUDE' });
    for (const part of PARTS) expect(entriesOf(excluded.json, part), part).toEqual([]);
  });

  it('caps a page at the subgraph, and pages on with the cursor under the filters', async () => {
    const big = await audit({}, ['health'], '(first: 201)');
    expect(big.json.errors[0]).toMatchObject({
      message: 'first must be between 1 and 200',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const first = (await audit({ access: ['RECORD'] }, ['health'], '(first: 1)')).json.data.accountingOfDisclosures
      .health;
    expect(first).toMatchObject({ hasNextPage: true });
    const next = (await audit({ access: ['RECORD'] }, ['health'], `(first: 1, after: "${first.endCursor}")`)).json.data
      .accountingOfDisclosures.health;
    expect(next.entries[0].id).not.toBe(first.entries[0].id);
    expect(next.entries[0].access).toBe('RECORD');
  });
});

const SUBJECTS = `query ($q: String!) { accountingSubjects(search: $q) { youthId initials dateOfBirth matchedBy } }`;

describe('finding the youth of an accounting request', () => {
  it('finds by name, agency local id or hub id, showing initials and date of birth only, and logs each youth shown', async () => {
    const youth = hub.world.youths[1]!;
    const expected = {
      youthId: youth.id,
      initials: `${youth.givenName[0]}. ${youth.familyName[0]}.`,
      dateOfBirth: youth.dateOfBirth,
    };
    const before = (await hub.servers.mdt!.disclosureLog.head())!.seq;
    const byName = await hub.query(
      'privacy-shah',
      SUBJECTS,
      { q: youth.familyName.toLowerCase() },
      { purpose: 'AUDIT' },
    );
    expect(byName.json.errors).toBeUndefined();
    expect(byName.json.data.accountingSubjects).toContainEqual({ ...expected, matchedBy: 'NAME' });
    const full = await hub.query(
      'privacy-shah',
      SUBJECTS,
      { q: `${youth.givenName} ${youth.familyName}` },
      { purpose: 'AUDIT' },
    );
    expect(full.json.data.accountingSubjects).toContainEqual({ ...expected, matchedBy: 'NAME' });
    const [agency, localId] = Object.entries(youth.localIds)[0]!;
    const byLocal = await hub.query('privacy-shah', SUBJECTS, { q: localId }, { purpose: 'AUDIT' });
    expect(byLocal.json.data.accountingSubjects, agency).toEqual([{ ...expected, matchedBy: 'LOCAL_ID' }]);
    const byHub = await hub.query('privacy-shah', SUBJECTS, { q: youth.id.toUpperCase() }, { purpose: 'AUDIT' });
    expect(byHub.json.data.accountingSubjects).toEqual([{ ...expected, matchedBy: 'HUB_ID' }]);
    // Nothing more of the identity than the policy text says.
    expect(JSON.stringify(byName.json)).not.toContain(youth.givenName);

    const logged = [];
    for await (const row of readChain(hub.databases.mdt!)) if (row.seq > before) logged.push(row);
    expect(logged.filter((r) => r.youthId === youth.id).map((r) => [r.viewerSub, r.access, r.released])).toEqual(
      Array(4).fill(['privacy-shah', 'ACCOUNTING', []]),
    );
  });

  it('refuses anyone but a privacy officer under AUDIT', async () => {
    const youth = hub.world.youths[1]!;
    for (const [who, purpose] of [
      ['sw-garcia', undefined],
      ['privacy-shah', 'CARE_COORDINATION'],
    ] as const) {
      const { json } = await hub.query(who, SUBJECTS, { q: youth.familyName }, purpose ? { purpose } : {});
      expect(json.data?.accountingSubjects ?? null, who).toBeNull();
      expect(json.errors[0].extensions.code, who).toBe('FORBIDDEN');
    }
  });
});

const STATEMENT = `query ($id: ID!, $outcome: DisclosureOutcome) {
  accountingOfDisclosures(youthId: $id, outcome: $outcome, own: EXCLUDE, statement: true) {
    statement ${PARTS.map((p) => `${p}(first: 20) ${PAGE}`).join(' ')}
  }
}`;

describe('a statement for the youth', () => {
  it('holds the released rows the accounting holds, and is itself logged as STATEMENT in every agency', async () => {
    const heads: Record<string, number> = {};
    for (const [name, server] of Object.entries(hub.servers)) heads[name] = (await server.disclosureLog.head())!.seq;
    const rows = (await audit({ outcome: 'RELEASED', own: 'EXCLUDE' })).json;
    const { json } = await hub.query(
      'privacy-shah',
      STATEMENT,
      { id: youthId, outcome: 'RELEASED' },
      { purpose: 'AUDIT' },
    );
    expect(json.errors).toBeUndefined();
    expect(json.data.accountingOfDisclosures.statement).toBe(true);
    for (const part of PARTS) {
      const stated = entriesOf(json, part);
      expect(stated, part).toEqual(entriesOf(rows, part));
      for (const e of stated) expect(e.released.length, part).toBeGreaterThan(0);
    }
    for (const [name] of Object.entries(hub.servers)) {
      const logged = [];
      for await (const row of readChain(hub.databases[name]!)) if (row.seq > heads[name]!) logged.push(row);
      // The accounting read, then the statement.
      expect(
        logged.map((r) => [r.viewerSub, r.access, r.youthId]),
        name,
      ).toEqual([
        ['privacy-shah', 'ACCOUNTING', youthId],
        ['privacy-shah', 'STATEMENT', youthId],
      ]);
    }
  });

  it('is refused to anyone but a privacy officer under AUDIT', async () => {
    for (const [who, purpose] of [
      ['po-nguyen', undefined],
      ['privacy-shah', 'CARE_COORDINATION'],
    ] as const) {
      const { json } = await hub.query(who, STATEMENT, { id: youthId }, purpose ? { purpose } : {});
      expect(json.data?.accountingOfDisclosures ?? null, who).toBeNull();
      expect(json.errors[0].extensions.code, who).toBe('FORBIDDEN');
    }
  });
});
