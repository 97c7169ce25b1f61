import { describe, expect, it } from 'vitest';
import { consentErrors, consentInput, emptyDraft, termsErrors } from '../../src/pages/consents/consent-form.ts';
import { formatRemaining, reasonProblem } from '../../src/pages/youth/emergency-rules.ts';

describe('the consent form', () => {
  const valid = {
    ...emptyDraft('2026-11-22'),
    categories: ['PLACEMENT'],
    recipientAgencies: ['COMMUNITY'],
    formReference: ' CSEC-ROI-2026-0042 ',
  };
  it('asks for every field it needs, each in its own words', () => {
    expect(consentErrors(emptyDraft('2026-11-22'))).toEqual({
      categories: 'Choose at least one kind of record.',
      recipientAgencies: 'Choose at least one agency.',
      formReference: 'Give the reference of the signed form on file.',
    });
    expect(consentErrors({ ...valid, purposes: [] })).toEqual({ purposes: 'Choose at least one purpose.' });
    expect(consentErrors({ ...valid, effectiveTo: '2026-11-22' })).toEqual({
      effectiveTo: 'The last day must be after the first.',
    });
    expect(consentErrors({ ...valid, effectiveFrom: '22/11/2026' })).toMatchObject({
      effectiveFrom: 'Give the first day as a date.',
    });
    expect(consentErrors({ ...valid, formReference: 'x'.repeat(201) })).toEqual({
      formReference: 'Keep the reference to 200 characters.',
    });
    expect(consentErrors(valid)).toEqual({});
  });

  it('refuses what no consent may open, and minor-consent records given by anyone but the youth', () => {
    expect(consentErrors({ ...valid, categories: ['ATTORNEY_CLIENT'] })).toEqual({
      categories: 'Attorney-client communications and psychotherapy notes cannot be opened by a consent.',
    });
    expect(consentErrors({ ...valid, grantor: 'GUARDIAN', categories: ['PLACEMENT', 'SUBSTANCE_USE'] })).toEqual({
      categories: 'Only the youth may consent to sharing substance-use treatment (42 CFR Part 2).',
    });
    expect(consentErrors({ ...valid, purposes: ['AUDIT'] })).toEqual({
      purposes: 'A consent cannot name the audit purpose.',
    });
  });

  it('can print the terms for signature before the signed form has a reference', () => {
    expect(termsErrors({ ...valid, formReference: '' })).toEqual({});
    expect(consentErrors({ ...valid, formReference: '' })).toEqual({
      formReference: 'Give the reference of the signed form on file.',
    });
  });

  it('sends the mutation exactly the terms, trimmed, without an empty end date', () => {
    expect(consentInput('y-1', valid)).toEqual({
      youthId: 'y-1',
      grantor: 'YOUTH',
      categories: ['PLACEMENT'],
      recipientAgencies: ['COMMUNITY'],
      purposes: ['CARE_COORDINATION'],
      effectiveFrom: '2026-11-22',
      formReference: 'CSEC-ROI-2026-0042',
    });
  });
});

describe('emergency access', () => {
  it('wants a reason of 20 to 2000 characters, counted after trimming', () => {
    expect(reasonProblem('   too short        ')).toBe('Give at least 20 characters (now 9).');
    expect(reasonProblem('Youth missing overnight, need placement')).toBeNull();
    expect(reasonProblem('x'.repeat(2001))).toBe('Keep it to 2000 characters (now 2001).');
  });
  it('counts down in hours, minutes and seconds', () => {
    expect(formatRemaining(4 * 3600_000)).toBe('4:00:00');
    expect(formatRemaining(61_500)).toBe('0:01:01');
    expect(formatRemaining(0)).toBe('expired');
  });
});

describe("the consent form's first day", () => {
  it("is today in the county, not in the browser's time zone", async () => {
    const { countyToday } = await import('../../src/format/dates.ts');
    // 4:10 pm on 22 November in California is already 23 November in UTC.
    expect(countyToday(new Date('2026-11-23T00:10:00Z'))).toBe('2026-11-22');
    expect(countyToday(new Date('2026-11-23T08:00:00Z'))).toBe('2026-11-23');
  });
});
