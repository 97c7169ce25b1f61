import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hub/subgraph-kit';
import { openTestDatabase, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import {
  CASELOAD_SCOPES,
  inCaseloadScope,
  labelCode,
  linked,
  type Agency,
  type Viewer,
  type YouthFacts,
} from '@hub/policies';
import { generateWorld, PERSONAS, personaViewer as persona, type SyntheticYouth } from '@hub/synthetic';
import { caseload, caseloadPlan, type CaseloadPlan } from '../src/db/caseload.ts';
import { accessFacts } from '../src/db/queries.ts';
import { MIGRATIONS, seedRegistry } from '../src/server.ts';

const PLANS: CaseloadPlan[] = ['sets', 'per-youth'];

const world = generateWorld({ youths: 50 });
const now = new Date('2026-11-01T12:00:00Z');
const today = '2026-11-01';

/** A youth's facts for a viewer read off the generated world as CASELOAD describes them, not from SQL. */
function worldFacts(y: SyntheticYouth, viewer: Viewer): YouthFacts {
  const member = world.teams.some(
    (t) =>
      t.youthId === y.id &&
      t.members.some((m) => m.personId === viewer.sub && m.fromDate <= today && (!m.toDate || m.toDate >= today)),
  );
  return {
    youthId: y.id,
    servedBy: Object.keys(y.localIds) as Agency[],
    team: { onTeam: member },
    consents: [],
    courtOrders: [],
    emergencyGrant: null,
  };
}

describe.each(TEST_ENGINES)('registry queries on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine, MIGRATIONS);
    expect(await seedRegistry(db, world)).toBe(true);
  });
  afterAll(() => db?.close());

  it('seeds once and only once', async () => {
    expect(await seedRegistry(db, world)).toBe(false);
  });

  it('reads access facts for many youths in one statement, in the order asked', async () => {
    const viewer = persona('sw-garcia');
    const ids = [world.youths[1]!.id, 'not-a-uuid', world.youths[0]!.id, '00000000-0000-4000-8000-000000000000'];
    const before = db.statementCount;
    const facts = await accessFacts(db, viewer, ids, now, 'UTC');
    expect(db.statementCount - before).toBe(1);
    expect(facts.map((f) => f.youthId)).toEqual(ids);
    expect(facts[0]!.team).toEqual({ onTeam: true, role: 'CW_SOCIAL_WORKER' });
    expect(facts[0]!.servedBy).toContain('CHILD_WELFARE');
    // A malformed id and an unknown one get the same empty facts.
    const { youthId: _a, ...bad } = facts[1]!;
    const { youthId: _b, ...unknown } = facts[3]!;
    expect(bad).toEqual(unknown);
    expect(unknown).toEqual({
      servedBy: [],
      team: { onTeam: false },
      consents: [],
      courtOrders: [],
      emergencyGrant: null,
      restrictions: [],
      inProgramOf: [],
    });
  });

  it("returns every youth's consents, court orders and serving agencies as seeded, times as ISO instants", async () => {
    const ids = world.youths.map((y) => y.id.toUpperCase());
    const facts = await accessFacts(db, persona('po-nguyen'), ids, now, 'UTC');
    const iso = (t: string | null) => (t === null ? null : new Date(t).toISOString());
    world.youths.forEach((y, i) => {
      const fact = facts[i]!;
      expect(fact.youthId).toBe(ids[i]);
      expect([...fact.servedBy].sort()).toEqual(Object.keys(y.localIds).sort());
      const consents = world.consents.filter((c) => c.youthId === y.id);
      expect(fact.consents.map((c) => [c.id, c.grantor, c.categories, c.recipientAgencies, c.purposes]).sort()).toEqual(
        consents.map((c) => [c.id, c.grantor, c.categories, c.recipientAgencies, c.purposes]).sort(),
      );
      for (const c of consents) {
        expect(fact.consents.find((x) => x.id === c.id)).toMatchObject({
          effectiveFrom: iso(c.effectiveFrom),
          effectiveTo: iso(c.effectiveTo),
        });
      }
      const orders = world.courtOrders.filter((o) => o.youthId === y.id);
      expect(
        fact.courtOrders.map((o) => [o.id, o.agency, o.categories, o.effectiveFrom, o.effectiveTo]).sort(),
      ).toEqual(orders.map((o) => [o.id, o.agency, o.categories, iso(o.effectiveFrom), iso(o.effectiveTo)]).sort());
    });
  });

  it('reports a consent as revoked or expired from its dates, not a stored flag', async () => {
    const consents = world.consents.slice(0, 10);
    const facts = await accessFacts(
      db,
      persona('po-nguyen'),
      consents.map((c) => c.youthId),
      now,
      'UTC',
    );
    consents.forEach((c, i) => {
      const fact = facts[i]!.consents.find((x) => x.id === c.id)!;
      const expected = c.revokedAt
        ? 'REVOKED'
        : c.effectiveTo && Date.parse(c.effectiveTo) <= now.getTime()
          ? 'EXPIRED'
          : 'ACTIVE';
      expect(fact.status).toBe(expected);
    });
  });

  it("pages the viewer's caseload: team membership or the agency's own youths", async () => {
    const viewer = persona('po-nguyen');
    const expected = world.youths
      .filter(
        (y) =>
          y.localIds.PROBATION ||
          world.teams.some(
            (t) =>
              t.youthId === y.id &&
              t.members.some((m) => m.personId === viewer.sub && (!m.toDate || m.toDate >= today)),
          ),
      )
      .map((y) => y.id)
      .sort();
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await caseload(db, viewer, { first: 7, after, today });
      expect(page.total).toBe(expected.length);
      seen.push(...page.rows.slice(0, 7).map((r) => r.id));
      if (page.rows.length <= 7) break;
      after = page.rows[6]!.id;
    }
    expect(seen).toEqual(expected);
  });

  it("lists exactly the youths the policy's `linked` rule holds for (CASELOAD), for every persona", async () => {
    const kinds = { teamOnly: 0, agencyOnly: 0, ended: 0, outside: 0 };
    for (const { id } of PERSONAS) {
      const viewer = persona(id);
      const { rows, total } = await caseload(db, viewer, { first: world.youths.length, today });
      const listed = rows.map((r) => r.id).sort();
      const expected = world.youths.filter((y) => linked(viewer, worldFacts(y, viewer))).map((y) => y.id);
      expect(listed, id).toEqual(expected.sort());
      expect(total, id).toBe(expected.length);
      // The same rule over the facts the registry serves the subgraphs.
      const facts = await accessFacts(
        db,
        viewer,
        world.youths.map((y) => y.id),
        now,
        'UTC',
      );
      expect(
        facts
          .filter((f) => linked(viewer, f))
          .map((f) => f.youthId)
          .sort(),
        id,
      ).toEqual(listed);
      for (const y of world.youths) {
        const f = worldFacts(y, viewer);
        const served = f.servedBy.includes(viewer.agency);
        if (f.team.onTeam && !served) kinds.teamOnly++;
        if (served && !f.team.onTeam) kinds.agencyOnly++;
        if (!f.team.onTeam && !served) kinds.outside++;
        const former = world.teams.some(
          (t) => t.youthId === y.id && t.members.some((m) => m.personId === id && m.toDate && m.toDate < today),
        );
        if (former && !f.team.onTeam) kinds.ended++;
      }
    }
    // The world holds every kind of case the rule tells apart.
    expect(
      Object.values(kinds).every((n) => n > 0),
      JSON.stringify(kinds),
    ).toBe(true);
  });

  it('counts the caseload up to its limit and says when more youths match', async () => {
    const viewer = persona('sw-garcia');
    // A caseload this small is built as sets; a county-sized one is walked youth by youth.
    expect(await caseloadPlan(db, viewer)).toBe('sets');
    const { total: all, capped } = await caseload(db, viewer, { first: 5, today });
    expect(all).toBeGreaterThan(3);
    expect(capped).toBe(false);
    expect(await caseload(db, viewer, { first: 5, today, countLimit: all })).toMatchObject({
      total: all,
      capped: false,
    });
    const stopped = await caseload(db, viewer, { first: 5, today, countLimit: all - 1 });
    expect(stopped).toMatchObject({ total: all - 1, capped: true });
    // The page itself is the same whether or not the count stopped.
    expect(stopped.rows.map((r) => r.id)).toEqual(
      (await caseload(db, viewer, { first: 5, today })).rows.map((r) => r.id),
    );
    expect(await caseload(db, viewer, { first: 5, today, count: false })).toMatchObject({ total: 0, capped: false });
  });

  it('pages the same way under either plan', async () => {
    for (const { id } of PERSONAS) {
      const viewer = persona(id);
      const pages = await Promise.all(
        PLANS.map(async (plan) => {
          const seen: string[] = [];
          let after: string | undefined;
          for (;;) {
            const page = await caseload(db, viewer, { first: 5, after, today, plan });
            seen.push(...page.rows.slice(0, 5).map((r) => r.id));
            if (page.rows.length <= 5) return seen;
            after = page.rows[4]!.id;
          }
        }),
      );
      expect(pages[1], id).toEqual(pages[0]);
    }
  });

  it('searches the caseload by name, treating wildcards as text', async () => {
    const viewer = persona('sw-garcia');
    const target = world.youths[0]!;
    const hit = await caseload(db, viewer, { first: 50, search: target.familyName.slice(0, 4).toLowerCase(), today });
    expect(hit.rows.map((r) => r.id)).toContain(target.id);
    const none = await caseload(db, viewer, { first: 50, search: '%_%', today });
    expect(none.rows).toEqual([]);
  });

  it('lists exactly the youths inCaseloadScope holds for, scope by scope, for every persona', async () => {
    let split = 0;
    for (const { id } of PERSONAS) {
      const viewer = persona(id);
      const parts: Record<string, string[]> = {};
      for (const scope of CASELOAD_SCOPES) {
        const expected = world.youths
          .filter((y) => inCaseloadScope(viewer, worldFacts(y, viewer), scope))
          .map((y) => y.id)
          .sort();
        // Either plan Postgres may be given lists the same youths, in the same order.
        for (const plan of PLANS) {
          const { rows, total } = await caseload(db, viewer, { first: world.youths.length, scope, today, plan });
          parts[scope] = rows.map((r) => r.id).sort();
          expect(parts[scope], `${id} ${scope} ${plan}`).toEqual(expected);
          expect(total, `${id} ${scope} ${plan}`).toBe(expected.length);
        }
      }
      // The two narrow scopes part the whole caseload.
      expect([...parts.ON_MY_TEAM!, ...parts.MY_AGENCY_SERVES!].sort(), id).toEqual(parts.ALL);
      if (parts.ON_MY_TEAM!.length && parts.MY_AGENCY_SERVES!.length) split++;
    }
    expect(split).toBeGreaterThan(0);
  });

  it("searches by the readable label, by the local id of the viewer's own agency only, and by initials", async () => {
    const viewer = persona('sw-garcia');
    const target = world.youths.find((y) => y.localIds.CHILD_WELFARE && y.localIds.PROBATION)!;
    const label = `Youth ${labelCode(target.id)}`;
    for (const search of [label, label.toLowerCase(), labelCode(target.id)]) {
      const hit = await caseload(db, viewer, { first: 50, search, today });
      expect(hit.rows.find((r) => r.id === target.id)?.plainMatch, search).toBe(true);
      expect(hit.rows.every((r) => r.id.startsWith(labelCode(target.id).toLowerCase()))).toBe(true);
    }
    const own = await caseload(db, viewer, { first: 50, search: target.localIds.CHILD_WELFARE!.toLowerCase(), today });
    expect(own.rows.map((r) => [r.id, r.plainMatch])).toEqual([[target.id, true]]);
    // Another agency's number for the youth is not the viewer's to search by.
    const other = await caseload(db, viewer, { first: 50, search: target.localIds.PROBATION!, today });
    expect(other.rows.filter((r) => r.plainMatch)).toEqual([]);
    const initials = `${(target.preferredName ?? target.givenName)[0]}. ${target.familyName[0]}.`;
    const byInitials = await caseload(db, viewer, { first: 50, search: initials, today });
    expect(byInitials.rows.find((r) => r.id === target.id)?.plainMatch).toBe(false);
  });
});
