import { describe, expect, it } from 'vitest';
import {
  ageOn,
  countyToday,
  formatDate,
  formatDateTime,
  formatPeriod,
  lastDayOf,
  when,
} from '../../src/format/dates.ts';

const LA = 'America/Los_Angeles';

describe("dates in the county's zone and format", () => {
  it('shows a calendar date as the county wrote it, never shifted by the device or UTC', () => {
    expect(formatDate('2026-12-02', LA)).toBe('Dec 2, 2026');
    expect(formatDate('2026-01-01', 'Pacific/Kiritimati')).toBe('Jan 1, 2026');
  });

  it("shows an instant as the county's day, and with a time in the county's zone", () => {
    // 02:30 UTC on Dec 3 is still Dec 2 in California.
    expect(formatDate('2026-12-03T02:30:00.000Z', LA)).toBe('Dec 2, 2026');
    expect(formatDateTime('2026-12-03T02:30:00.000Z', LA)).toBe('Dec 2, 2026, 6:30 PM PST');
    expect(formatDateTime('2026-07-03T02:30:00.000Z', LA)).toBe('Jul 2, 2026, 7:30 PM PDT');
    expect(formatDate('not a date', LA)).toBe('not a date');
  });

  it('reads a consent ending at the start of Jun 2 in the county as "through Jun 1, 2027"', () => {
    expect(lastDayOf('2027-06-02T07:00:00.000Z', LA)).toBe('Jun 1, 2027');
    expect(formatPeriod('2026-12-02T08:00:00.000Z', '2027-06-02T07:00:00.000Z', LA)).toBe(
      'from Dec 2, 2026 through Jun 1, 2027',
    );
    // A draft's last day is a calendar date already, and inclusive.
    expect(formatPeriod('2026-12-02', '2027-06-01', LA)).toBe('from Dec 2, 2026 through Jun 1, 2027');
    expect(formatPeriod('2026-12-02', null, LA)).toBe('from Dec 2, 2026, open-ended');
  });

  it("knows today in the county, and whether a date has passed (an 'upcoming' court date of Nov 1 is past on Dec 2)", () => {
    // 4:10 pm on 22 November in California is already 23 November in UTC.
    expect(countyToday(new Date('2026-11-23T00:10:00Z'), LA)).toBe('2026-11-22');
    expect(countyToday(new Date('2026-11-23T08:00:00Z'), LA)).toBe('2026-11-23');
    expect(when('2026-11-01', '2026-12-02')).toBe('past');
    expect(when('2026-12-02', '2026-12-02')).toBe('today');
    expect(when('2027-01-05', '2026-12-02')).toBe('upcoming');
  });

  it('counts age in whole years on the day', () => {
    expect(ageOn('2009-04-05', '2026-04-04')).toBe(16);
    expect(ageOn('2009-04-05', '2026-04-05')).toBe(17);
    expect(ageOn('05/04/2009', '2026-04-05')).toBeNull();
  });
});
