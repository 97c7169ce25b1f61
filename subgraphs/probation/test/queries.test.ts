import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hub/subgraph-kit';
import { openTestDatabase, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { generateWorld } from '@hub/synthetic';
import {
  citationsOf,
  conditionsOf,
  delinquencyCaseOf,
  detentionsOf,
  screeningsOf,
  supervisionOf,
  violationsOf,
  youthsByHubIds,
} from '../src/db/queries.ts';
import { MIGRATIONS, seedProbation } from '../src/server.ts';

const world = generateWorld({ youths: 40 });
const ids = (n: number) => world.probation.slice(0, n).map((c) => c.youthId);

describe.each(TEST_ENGINES)('probation queries on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine, MIGRATIONS);
    expect(await seedProbation(db, world)).toBe(true);
  });
  afterAll(() => db?.close());

  it('seeds only an empty database', async () => {
    expect(await seedProbation(db, world)).toBe(false);
  });

  it('finds youths by hub youth id through the crosswalk, ignoring malformed ids', async () => {
    const rows = await youthsByHubIds(db, [
      ...ids(5),
      'x; drop table probation_youth',
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(rows.map((r) => r.localId).sort()).toEqual(
      world.probation
        .slice(0, 5)
        .map((c) => c.localId)
        .sort(),
    );
    expect(rows.every((r) => /^PRB-\d{6}$/.test(r.localId))).toBe(true);
  });

  it("tags every table's rows with their youth's hub id, one statement per table for many youths", async () => {
    const cases = world.probation.slice(0, 12);
    const wanted = ids(12);
    const before = db.statementCount;
    const [youths, grants, conditions, violations, courtCases, citations, detentions, screenings] = await Promise.all([
      youthsByHubIds(db, wanted),
      supervisionOf(db, wanted),
      conditionsOf(db, wanted),
      violationsOf(db, wanted),
      delinquencyCaseOf(db, wanted, true),
      citationsOf(db, wanted, true),
      detentionsOf(db, wanted, true),
      screeningsOf(db, wanted),
    ]);
    expect(db.statementCount - before).toBe(8);
    const of = <R extends { youthId: string }>(rows: R[], youthId: string) => rows.filter((r) => r.youthId === youthId);
    for (const c of cases) {
      const youth = youths.find((y) => y.hubYouthId === c.youthId)!;
      expect([youth.csecStatus, youth.csecDocumentedOn]).toEqual(
        c.csecIdentification ? [c.csecIdentification.status, c.csecIdentification.documentedOn] : [null, null],
      );
      expect(of(grants, c.youthId).map((g) => [g.kind, g.status, g.officerId])).toEqual(
        c.supervision ? [[c.supervision.kind, c.supervision.status, c.supervision.officerId]] : [],
      );
      expect(of(conditions, c.youthId).map((r) => r.condition)).toEqual(
        c.supervision?.conditions.map((r) => r.condition) ?? [],
      );
      expect(of(violations, c.youthId).map((v) => [v.occurredOn, v.response])).toEqual(
        c.supervision?.violations.map((v) => [v.occurredOn, v.response]) ?? [],
      );
      expect(of(courtCases, c.youthId).map(({ youthId: _y, localId: _l, ...rest }) => rest)).toEqual([
        { sealedOn: null, sealedUnder: null, ...c.delinquencyCase },
      ]);
      expect(of(citations, c.youthId).map((r) => [r.issuedOn, r.offense])).toEqual(
        c.citations.map((r) => [r.issuedOn, r.offense]),
      );
      expect(of(detentions, c.youthId).map((d) => [d.admittedOn, d.releasedOn])).toEqual(
        c.detentionEpisodes.map((d) => [d.admittedOn, d.releasedOn]),
      );
      expect(of(screenings, c.youthId).map((s) => [s.screenedOn, s.result, s.indicators])).toEqual(
        c.csecScreenings.map((s) => [s.screenedOn, s.result, s.indicators]),
      );
    }
  });

  it('answers nothing, without a statement, for no valid id', async () => {
    const before = db.statementCount;
    expect(await citationsOf(db, ['not-a-uuid'], false)).toEqual([]);
    expect(await youthsByHubIds(db, [])).toEqual([]);
    expect(db.statementCount).toBe(before);
  });
});
