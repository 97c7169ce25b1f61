import { describe, expect, it } from 'vitest';
import { consentBounds, countyDate, countyMidnight } from '../src/time.ts';

const LA = 'America/Los_Angeles';

describe('county time', () => {
  it("gives the county's date, not UTC's", () => {
    // 5:59 pm in California on 22 November is already 23 November in UTC.
    expect(countyDate(new Date('2026-11-23T01:59:00Z'), LA)).toBe('2026-11-22');
    expect(countyDate(new Date('2026-11-23T08:00:00Z'), LA)).toBe('2026-11-23');
  });

  it('turns the date at the county midnight exactly, for calls a millisecond apart (the date is kept per minute)', () => {
    expect(countyDate(new Date('2026-11-22T07:59:59.999Z'), LA)).toBe('2026-11-21');
    expect(countyDate(new Date('2026-11-22T08:00:00.000Z'), LA)).toBe('2026-11-22');
    expect(countyDate(new Date('2026-11-22T07:59:00.000Z'), LA)).toBe('2026-11-21');
    // A zone whose offset is not whole hours (UTC+05:45).
    expect(countyDate(new Date('2026-11-22T18:14:59.999Z'), 'Asia/Kathmandu')).toBe('2026-11-22');
    expect(countyDate(new Date('2026-11-22T18:15:00.000Z'), 'Asia/Kathmandu')).toBe('2026-11-23');
  });

  it('finds midnight in the county across daylight saving', () => {
    expect(countyMidnight('2026-11-22', LA)).toBe('2026-11-22T08:00:00.000Z');
    expect(countyMidnight('2026-07-04', LA)).toBe('2026-07-04T07:00:00.000Z');
    expect(countyMidnight('2026-03-08', LA)).toBe('2026-03-08T08:00:00.000Z');
    expect(countyMidnight('2026-11-01', LA)).toBe('2026-11-01T07:00:00.000Z');
  });

  it('runs a date-only consent end to the end of that county day', () => {
    expect(consentBounds('2026-01-01', '2026-12-31', LA)).toEqual({
      from: '2026-01-01T08:00:00.000Z',
      to: '2027-01-01T08:00:00.000Z',
    });
    expect(consentBounds('2026-01-01T10:00:00Z', null, LA)).toEqual({ from: '2026-01-01T10:00:00.000Z', to: null });
  });
});
