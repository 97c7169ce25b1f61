import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changesSince, hasNews, lastMeetingBefore } from '../../src/api/changes.ts';
import { setCountyTimeZone } from '../../src/format/dates.ts';

const event = (id: string, date: string, category: string, agency = 'CHILD_WELFARE') => ({
  id,
  date,
  agency,
  category,
  kind: 'PLACEMENT_STARTED',
  summary: 'Placed: shelter, Harbor Shelter',
});
const forbidden = (path: (string | number)[], category: string) => ({
  message: 'Not shared',
  path,
  extensions: { code: 'FORBIDDEN', category, agency: 'CHILD_WELFARE', reason: 'CONSENT_REQUIRED' },
});

beforeEach(() => setCountyTimeZone('America/Los_Angeles'));
afterEach(() => setCountyTimeZone(undefined));

describe('since you last looked', () => {
  const youth = {
    childWelfare: {
      timeline: {
        placement: [event('p1', '2026-11-30', 'PLACEMENT'), event('p2', '2026-12-02', 'PLACEMENT')],
        runaway: null,
      },
    },
    health: { timeline: { mentalHealth: [event('h1', '2026-12-01', 'MENTAL_HEALTH', 'HEALTH')] } },
  };
  const errors = [forbidden(['youth', 'childWelfare', 'timeline', 'runaway'], 'RUNAWAY')];

  it('lists the released events dated on or after the county day of the last look, newest first', () => {
    // 07:30 UTC on Dec 2 is still Dec 1 in California: that day's events are new.
    const events = changesSince(youth, errors, '2026-12-02T07:30:00.000Z');
    expect(events.map((e) => e.id)).toEqual(['p2', 'h1']);
    expect(changesSince(youth, errors, '2026-12-02T09:00:00.000Z').map((e) => e.id)).toEqual(['p2']);
  });

  it('says nothing of a withheld list, not even that it is there', () => {
    const events = changesSince(youth, errors, '2026-11-01T00:00:00.000Z');
    expect(events.map((e) => e.category)).not.toContain('RUNAWAY');
    expect(JSON.stringify(events)).not.toMatch(/runaway|RUNAWAY/);
  });
});

describe('the caseload news mark', () => {
  const latest = (placement: string | null, runaway: string | null) => ({
    id: 'y-1',
    childWelfare: {
      timeline: { placement: placement ? [{ date: placement }] : null, runaway: runaway ? [{ date: runaway }] : null },
    },
  });

  it('is on where a released list has an event since the last look, off where none, null before any look', () => {
    expect(hasNews(latest('2026-12-02', null), '2026-12-02T18:00:00Z')).toBe(true);
    expect(hasNews(latest('2026-11-02', null), '2026-12-02T18:00:00Z')).toBe(false);
    expect(hasNews(latest('2026-12-02', null), null)).toBeNull();
  });

  it('reads withheld lists and agencies (null) as nothing new', () => {
    expect(hasNews({ id: 'y-1', childWelfare: null, health: { timeline: null } }, '2026-12-02T18:00:00Z')).toBe(false);
  });
});

describe('since the last MDT meeting', () => {
  const meetings = [
    { id: 'next', startsAt: '2027-01-06T17:00:00.000Z' },
    { id: 'dec', startsAt: '2026-12-02T17:00:00.000Z' },
    { id: 'nov', startsAt: '2026-11-04T17:00:00.000Z' },
  ];

  it('counts from the latest meeting shown to the viewer that has begun, never one still to come', () => {
    expect(lastMeetingBefore(meetings, new Date('2026-12-03T12:00:00Z'))?.id).toBe('dec');
    expect(lastMeetingBefore(meetings, new Date('2026-12-02T16:59:00Z'))?.id).toBe('nov');
    expect(lastMeetingBefore([...meetings].reverse(), new Date('2026-12-03T12:00:00Z'))?.id).toBe('dec');
  });

  it('has none before the first meeting, for no meetings, or where the meetings are withheld (null)', () => {
    expect(lastMeetingBefore(meetings, new Date('2026-11-01T00:00:00Z'))).toBeNull();
    expect(lastMeetingBefore([], new Date())).toBeNull();
    expect(lastMeetingBefore(null, new Date())).toBeNull();
  });

  it("lists from the meeting's county day, as the strip does from a look", () => {
    const youth = {
      childWelfare: {
        timeline: { placement: [event('p1', '2026-12-02', 'PLACEMENT'), event('p0', '2026-12-01', 'PLACEMENT')] },
      },
    };
    const dec = lastMeetingBefore(meetings, new Date('2026-12-03T12:00:00Z'))!;
    expect(changesSince(youth, [], dec.startsAt).map((e) => e.id)).toEqual(['p1']);
  });
});
