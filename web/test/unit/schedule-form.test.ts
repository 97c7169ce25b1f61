import { describe, expect, it } from 'vitest';
import { countyWallClock, countyWallInstant } from '../../src/format/dates.ts';
import { scheduleErrors, slots, type ScheduleDraft } from '../../src/pages/mdt/schedule-form.ts';

const TZ = 'America/Los_Angeles';
const toInstant = (l: string) => countyWallInstant(l, TZ);
const toLocal = (at: Date) => countyWallClock(at, TZ);
const NOW = new Date('2026-12-03T08:00:00Z'); // Dec 3, 00:00 in the county
const draft = (over: Partial<ScheduleDraft> = {}): ScheduleDraft => ({
  startsAt: '2027-01-06T09:00',
  kind: 'MONTHLY',
  trigger: '',
  triggeredAt: '',
  youthIds: ['a', 'b'],
  minutes: 60,
  invitees: ['sw-garcia'],
  ...over,
});

describe('the agenda builder’s checks', () => {
  it('accepts a complete monthly meeting and slots each youth one after another', () => {
    expect(scheduleErrors(draft(), toInstant, NOW)).toEqual({});
    expect(slots('2027-01-06T09:00', ['a', 'b'], 45, toInstant, toLocal)).toEqual([
      { youthId: 'a', startsAt: '2027-01-06T09:00', minutes: 45 },
      { youthId: 'b', startsAt: '2027-01-06T09:45', minutes: 45 },
    ]);
  });

  it('says what is missing or wrong, field by field, in sentences', () => {
    expect(scheduleErrors(draft({ startsAt: '', youthIds: [], invitees: [], minutes: 0 }), toInstant, NOW)).toEqual({
      startsAt: 'Enter the date and time of the meeting.',
      youthIds: 'Choose at least one youth for the agenda.',
      minutes: 'Give each youth 5 to 240 minutes.',
      invitees: 'Invite at least one member.',
    });
    expect(scheduleErrors(draft({ startsAt: '2026-12-02T09:00' }), toInstant, NOW).startsAt).toBe(
      'The meeting must start in the future.',
    );
    expect(scheduleErrors(draft({ startsAt: '2027-03-14T02:30' }), toInstant, NOW).startsAt).toBe(
      'Enter the date and time as a real date and time in the county.',
    );
    expect(
      scheduleErrors(draft({ youthIds: Array.from({ length: 13 }, (_, i) => `y${i}`) }), toInstant, NOW).youthIds,
    ).toBe('Put at most 12 youths on one agenda.');
  });

  it('an urgent meeting names its trigger and starts within 72 hours of it', () => {
    expect(scheduleErrors(draft({ kind: 'URGENT' }), toInstant, NOW)).toEqual({
      trigger: 'Say what the urgent meeting answers to.',
      triggeredAt: 'Enter when it happened.',
    });
    const urgent = { kind: 'URGENT' as const, trigger: 'RUNAWAY_RETURN', triggeredAt: '2026-12-02T20:00' };
    expect(scheduleErrors(draft({ ...urgent, startsAt: '2026-12-04T10:00' }), toInstant, NOW)).toEqual({});
    expect(scheduleErrors(draft({ ...urgent, startsAt: '2026-12-05T20:01' }), toInstant, NOW).startsAt).toBe(
      'An urgent meeting must start within 72 hours after what it answers to.',
    );
    expect(scheduleErrors(draft({ ...urgent, triggeredAt: '2026-12-04T10:00' }), toInstant, NOW).triggeredAt).toBe(
      'It cannot have happened in the future.',
    );
  });
});
