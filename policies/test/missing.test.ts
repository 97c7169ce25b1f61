import { describe, expect, it } from 'vitest';
import { maySeeReportingClocks, missingNow, reportingClocks, type Viewer } from '../src/index.ts';

const start = '2026-11-30T22:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('the 24-hour reporting clocks of a missing youth', () => {
  it('runs, falls overdue, and is met in time or late, 24 hours from the start', () => {
    const open = { startedAt: start, returnedAt: null, lawEnforcementReportedAt: null, ncmecReportedAt: null };
    expect(reportingClocks(open, at('2026-12-01T21:59:00Z')).map((c) => [c.kind, c.status])).toEqual([
      ['LAW_ENFORCEMENT', 'RUNNING'],
      ['NCMEC', 'RUNNING'],
    ]);
    const later = reportingClocks(
      { ...open, lawEnforcementReportedAt: '2026-12-01T22:00:00Z', ncmecReportedAt: '2026-12-01T22:00:01Z' },
      at('2026-12-03T00:00:00Z'),
    );
    expect(later.map((c) => c.status)).toEqual(['MET', 'MET_LATE']);
    expect(later[0]!.dueAt.toISOString()).toBe('2026-12-01T22:00:00.000Z');
    expect(later[0]!.legalBasis).toContain('42 USC 671(a)(35)(B)');
    expect(reportingClocks(open, at('2026-12-01T22:00:01Z')).map((c) => c.status)).toEqual(['OVERDUE', 'OVERDUE']);
  });

  it('says a youth is missing while the latest episode has no return, and for how many hours', () => {
    const old = {
      startedAt: '2025-01-01T00:00:00Z',
      returnedAt: null,
      lawEnforcementReportedAt: null,
      ncmecReportedAt: null,
    };
    const back = { ...old, startedAt: '2026-06-01T00:00:00Z', returnedAt: '2026-06-03T00:00:00Z' };
    const now = at('2026-12-02T10:30:00Z');
    expect(missingNow([old, back], now)).toBeNull();
    const gone = { ...old, startedAt: start };
    expect(missingNow([old, back, gone], now)).toMatchObject({ episode: gone, hours: 36 });
    // An episode entered ahead of time has not started.
    expect(missingNow([back, { ...gone, startedAt: '2026-12-05T00:00:00Z' }], now)).toBeNull();
  });

  it('shows the clocks only to the staff of the agency that holds the episode', () => {
    const worker: Viewer = { sub: 'sw', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' };
    expect(maySeeReportingClocks(worker, 'CHILD_WELFARE')).toBe(true);
    expect(maySeeReportingClocks(worker, 'PROBATION')).toBe(false);
  });
});
