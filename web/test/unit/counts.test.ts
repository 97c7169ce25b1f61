import { describe, expect, it } from 'vitest';
import { countOf } from '../../src/format/counts.ts';

describe('a count the hub may have stopped', () => {
  it('says how many, in the right number', () => {
    expect(countOf(0, false, 'youth', 'youths')).toBe('0 youths');
    expect(countOf(1, false, 'youth', 'youths')).toBe('1 youth');
    expect(countOf(312, false, 'youth', 'youths')).toBe('312 youths');
  });

  it('marks a count that stopped with a plus, never the bound as if it were the number', () => {
    expect(countOf(1000, true, 'youth', 'youths')).toBe('1,000+ youths');
    expect(countOf(1, true, 'youth', 'youths')).toBe('1+ youths');
    expect(countOf(1000, false, 'youth', 'youths')).toBe('1,000 youths');
  });
});
