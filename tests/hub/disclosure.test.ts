import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChain, type DisclosureRow } from '@hub/subgraph-kit/audit';
import { startHub, type Hub } from '../src/hub.ts';

// Every read through the gateway leaves, in each agency it touched, exactly one disclosure row
// per youth, with the categories released and denied as the policy decided them. The expected
// decisions come from the registry's accessExplanation, not from the logs under test.
const QUERY = `query ($id: ID!) {
  youth(id: $id) {
    displayName
    childWelfare { caseNumber currentPlacement { kind } runawayEpisodes { leftOn } }
    health { mentalHealth { treatmentStatus } psychotherapyNotes { writtenOn } substanceUse { status } }
    probation { supervision { status } delinquencyCase { __typename } }
    education { schoolOfRecord { schoolName } }
    districtAttorney { cases { role } }
    publicDefender { matters { kind } communications { channel } }
  }
}`;

/** The categories QUERY asks of each subgraph (the fields' @sensitive categories). */
const ASKED: Record<string, { agency: string; categories: string[] }> = {
  mdt: { agency: 'HUB', categories: ['IDENTITY'] },
  'child-welfare': { agency: 'CHILD_WELFARE', categories: ['CHILD_WELFARE_CASE', 'PLACEMENT', 'RUNAWAY'] },
  health: { agency: 'HEALTH', categories: ['MENTAL_HEALTH', 'PSYCHOTHERAPY_NOTES', 'SUBSTANCE_USE'] },
  probation: { agency: 'PROBATION', categories: ['PROBATION', 'DELINQUENCY'] },
  education: { agency: 'EDUCATION', categories: ['EDUCATION'] },
  'district-attorney': { agency: 'DISTRICT_ATTORNEY', categories: ['VICTIM_WITNESS'] },
  'public-defender': { agency: 'PUBLIC_DEFENDER', categories: ['DELINQUENCY', 'ATTORNEY_CLIENT'] },
};

let hub: Hub;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
});
afterAll(() => hub?.close());

async function heads(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of Object.keys(ASKED)) out[name] = (await hub.servers[name]!.disclosureLog.head())?.seq ?? 0;
  return out;
}

async function rowsAfter(before: Record<string, number>): Promise<Record<string, DisclosureRow[]>> {
  const out: Record<string, DisclosureRow[]> = {};
  for (const name of Object.keys(ASKED)) {
    out[name] = [];
    for await (const row of readChain(hub.databases[name]!)) if (row.seq > before[name]!) out[name].push(row);
  }
  return out;
}

async function explanation(persona: string, youthId: string) {
  const { json } = await hub.query(
    persona,
    `query ($id: ID!) { accessExplanation(youthId: $id) { agency category allowed } }`,
    { id: youthId },
  );
  return json.data.accessExplanation as { agency: string; category: string; allowed: boolean }[];
}

describe('disclosure records through the gateway', () => {
  it.each(['po-nguyen', 'clin-okafor', 'school-park', 'pd-cohen'])(
    "%s's read of the whole record leaves one row per agency, released and denied as decided",
    async (persona) => {
      const youthId = hub.world.youths[1]!.id;
      const decided = await explanation(persona, youthId);
      const before = await heads();
      const { json } = await hub.query(persona, QUERY, { id: youthId });
      expect(json.data.youth).not.toBeNull();
      const rows = await rowsAfter(before);
      for (const [name, { agency, categories }] of Object.entries(ASKED)) {
        const allowed = (c: string) => decided.find((d) => d.agency === agency && d.category === c)!.allowed;
        expect(rows[name]!.length, name).toBe(1);
        const [row] = rows[name]!;
        expect(
          { youth: row!.youthId, released: [...row!.released].sort(), denied: [...row!.denied].sort() },
          `${persona} at ${name}`,
        ).toEqual({
          youth: youthId,
          released: categories.filter(allowed).sort(),
          denied: categories.filter((c) => !allowed(c)).sort(),
        });
        expect(row).toMatchObject({ viewerSub: persona, purpose: 'CARE_COORDINATION', access: 'RECORD' });
      }
      // One request: one request id in every agency's row.
      expect(new Set(Object.values(rows).map((r) => r[0]!.requestId)).size).toBe(1);
      // What the response denied is exactly what the logs record as denied; a limited cell's
      // withheld fields (docs/domain.md, Limited cells) are of a category the log records as
      // released, under the limited rule, and are left out of the comparison.
      const releasedInLogs = new Set(
        Object.entries(rows).flatMap(([name, r]) => r[0]!.released.map((c) => `${ASKED[name]!.agency}:${c}`)),
      );
      const forbidden = (json.errors ?? []).filter(
        (e: { extensions: { code: string } }) => e.extensions.code === 'FORBIDDEN',
      ) as { extensions: { agency: string; category: string; reason: string } }[];
      for (const e of forbidden.filter((f) => releasedInLogs.has(`${f.extensions.agency}:${f.extensions.category}`))) {
        expect(e.extensions.reason).toBe('NEVER_SHARED');
      }
      const deniedInResponse = forbidden
        .filter((e) => !releasedInLogs.has(`${e.extensions.agency}:${e.extensions.category}`))
        .map(
          (e: { extensions: { agency: string; category: string } }) =>
            `${e.extensions.agency}:${e.extensions.category}`,
        )
        .sort();
      const deniedInLogs = Object.entries(rows)
        .flatMap(([name, r]) => r[0]!.denied.map((c) => `${ASKED[name]!.agency}:${c}`))
        .sort();
      expect(deniedInResponse).toEqual(deniedInLogs);
    },
  );

  it('logs a read in which everything asked was denied', async () => {
    // The survivor mentor is on youth 1's team, but each category asked needs a consent.
    const youthId = hub.world.youths[1]!.id;
    const decided = await explanation('mentor-lee', youthId);
    const asked = Object.values(ASKED).flatMap(({ agency, categories }) => categories.map((c) => `${agency}:${c}`));
    const opened = decided.filter((d) => d.allowed && asked.includes(`${d.agency}:${d.category}`));
    expect(opened).toEqual([]);
    const before = await heads();
    await hub.query('mentor-lee', QUERY, { id: youthId });
    const rows = await rowsAfter(before);
    for (const [name, { categories }] of Object.entries(ASKED)) {
      expect(
        rows[name]!.map((r) => [r.released, [...r.denied].sort()]),
        name,
      ).toEqual([[[], [...categories].sort()]]);
    }
  });

  it('writes one row per youth for a caseload page, in each agency the page touched', async () => {
    const before = await heads();
    const { json } = await hub.query(
      'sw-garcia',
      `{ youths(first: 5) { edges { node { id displayName childWelfare { caseNumber } } } } }`,
    );
    const ids = json.data.youths.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    const rows = await rowsAfter(before);
    expect(rows['child-welfare']!.map((r) => r.youthId).sort()).toEqual(ids);
    expect(rows.mdt!.map((r) => r.youthId).sort()).toEqual(ids);
    expect(rows.health).toEqual([]);
  });
});

describe('an agency whose disclosure log cannot be written', () => {
  it('releases none of its data, says why and names it, while the other agencies answer', async () => {
    const youthId = hub.world.youths[1]!.id;
    const health = hub.databases.health!;
    const before = await hub.query('clin-okafor', QUERY, { id: youthId });
    expect(before.json.data.youth.health.mentalHealth).not.toBeNull();
    await health.rows(sql`create function refuse_log() returns trigger language plpgsql as $$
      begin raise exception 'could not extend file'; end $$`);
    await health.rows(sql`create trigger refuse_log before insert on disclosure_log execute function refuse_log()`);
    try {
      const { json } = await hub.query('clin-okafor', QUERY, { id: youthId });
      expect(json.data.youth.health).toBeNull();
      expect(json.data.youth.childWelfare).toEqual(before.json.data.youth.childWelfare);
      expect(json.data.youth.displayName).toBe(before.json.data.youth.displayName);
      const failure = json.errors.filter((e: any) => e.extensions.code === 'DISCLOSURE_NOT_RECORDED');
      expect(failure.length).toBeGreaterThan(0);
      expect(failure[0].message).toBe('The disclosure could not be recorded, so nothing was released');
      expect(failure[0].extensions.subgraph).toBe('health');
      // Nothing of health's earlier answer is anywhere in this one, nor the database's reason.
      const text = JSON.stringify(json);
      for (const [field, value] of Object.entries(before.json.data.youth.health)) {
        if (value) expect(text, field).not.toContain(JSON.stringify(value));
      }
      expect(text).not.toContain('could not extend file');
    } finally {
      await health.rows(sql`drop trigger refuse_log on disclosure_log`);
    }
    const { json } = await hub.query('clin-okafor', QUERY, { id: youthId });
    expect(json.data.youth.health).toEqual(before.json.data.youth.health);
  });
});

describe("the registry's log of consents managed", () => {
  it('logs a consent recorded and one revoked, as the one who managed it, and not a refused attempt', async () => {
    const youthId = hub.world.youths[0]!.id;
    const before = await heads();
    const recorded = await hub.query(
      'sw-garcia',
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          youthId,
          grantor: 'YOUTH',
          categories: ['PLACEMENT'],
          recipientAgencies: ['COMMUNITY'],
          purposes: ['CARE_COORDINATION'],
          effectiveFrom: new Date(Date.now() - 3_600_000).toISOString(),
          formReference: 'CSEC-ROI-LOG-1',
        },
      },
    );
    const id = recorded.json.data.recordConsent.id;
    await hub.query(
      'sw-garcia',
      `mutation ($id: ID!) { revokeConsent(id: $id, reason: "Withdrawn at the MDT") { id } }`,
      {
        id,
      },
    );
    // The mentor may not manage consents: refused, nothing returned, nothing logged.
    const refused = await hub.query(
      'mentor-lee',
      `mutation ($id: ID!) { revokeConsent(id: $id, reason: "x") { id } }`,
      {
        id,
      },
    );
    expect(refused.json.errors).toBeDefined();
    const rows = await rowsAfter(before);
    expect(rows.mdt!.map((r) => [r.viewerSub, r.access, r.youthId, r.released, r.denied])).toEqual([
      ['sw-garcia', 'CONSENT', youthId, [], []],
      ['sw-garcia', 'CONSENT', youthId, [], []],
    ]);
  });
});
