import { describe, expect, it } from 'vitest';
import { generateWorld } from '@hub/synthetic';

// The probation part of the synthetic world (synthetic/src/probation.ts), checked where it is used.
describe("the synthetic world's probation records", () => {
  const world = generateWorld({ youths: 200 });
  const cases = world.probation;

  it('gives probation a record, under its probation number, for exactly the youths it serves', () => {
    const served = world.youths.filter((y) => y.localIds.PROBATION);
    expect(cases.map((c) => [c.youthId, c.localId])).toEqual(served.map((y) => [y.id, y.localIds.PROBATION]));
    expect(cases.every((c) => /^PRB-\d{6}$/.test(c.localId))).toBe(true);
  });

  it('is the same every time (its own fixed seed)', () => {
    expect(JSON.stringify(generateWorld({ youths: 200 }).probation)).toBe(JSON.stringify(cases));
  });

  it("gives the demo youths every part, under the demo's probation officer", () => {
    expect(cases.slice(0, 2).map((c) => c.youthId)).toEqual(world.youths.slice(0, 2).map((y) => y.id));
    for (const c of cases.slice(0, 2)) {
      expect(c.supervision).toMatchObject({ status: 'ACTIVE', officerId: 'po-nguyen', officerName: 'Sam Nguyen' });
      expect(c.supervision!.conditions.length).toBeGreaterThan(0);
      expect(c.supervision!.violations.length).toBeGreaterThan(0);
      expect(c.delinquencyCase.petitionNumber).not.toBeNull();
      expect(c.delinquencyCase.nextHearingOn).not.toBeNull();
      expect(c.citations.length).toBeGreaterThan(0);
      expect(c.detentionEpisodes.length).toBeGreaterThan(0);
      expect(c.csecIdentification?.status).toBe('IDENTIFIED');
      expect(c.csecScreenings.at(-1)!.reportedToChildWelfareOn).not.toBeNull();
    }
  });

  it('assigns about half the other supervised youths to the demo officer', () => {
    const supervised = cases.slice(2).filter((c) => c.supervision);
    const share = supervised.filter((c) => c.supervision!.officerId === 'po-nguyen').length / supervised.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.65);
  });

  it('keeps each record consistent: a petition for every court status but NOT_FILED, a concern for every report', () => {
    for (const c of cases) {
      expect(c.delinquencyCase.petitionNumber === null).toBe(c.delinquencyCase.courtStatus === 'NOT_FILED');
      expect(c.detentionEpisodes.filter((d) => d.releasedOn === null).length).toBeLessThanOrEqual(1);
      for (const s of c.csecScreenings) {
        if (s.result === 'NO_CONCERN') expect([s.indicators, s.reportedToChildWelfareOn]).toEqual([[], null]);
        if (s.result === 'CLEAR_CONCERN') expect(s.reportedToChildWelfareOn).toBe(s.screenedOn);
      }
    }
  });

  it('never cites a minor for commercial sex conduct, and never uses a slur (SB 1322)', () => {
    const offenses = cases.flatMap((c) => c.citations.map((x) => x.offense));
    expect(offenses.join('\n')).not.toMatch(/647\(b\)|653\.2|solicit|loiter|commercial sex/i);
    expect(JSON.stringify(cases)).not.toMatch(/prostitut|whore|hooker/i);
  });
});
