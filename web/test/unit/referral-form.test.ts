import { describe, expect, it } from 'vitest';
import { addMemberErrors, endErrors } from '../../src/pages/roster/roster-form.ts';
import {
  decisionErrors,
  emptyReferral,
  referralErrors,
  referralInput,
  type ReferralDraft,
} from '../../src/pages/referrals/referral-form.ts';

const TODAY = '2026-12-03';
const KNOWN = ['Repeated running away', 'Branding tattoo'];
const YOUTH = '187d5535-0000-4000-8000-000000000000';
const valid = (extra: Partial<ReferralDraft> = {}): ReferralDraft => ({
  ...emptyReferral(YOUTH),
  reasons: 'Returned with a new phone.',
  indicators: ['Repeated running away'],
  urgency: 'ROUTINE',
  safetyConcerns: 'None known.',
  ...extra,
});
const sentence = (s: string | undefined) => expect(s).toMatch(/^[A-Z].*\.$/);

describe('the referral form', () => {
  it('passes a complete referral and builds the input the registry takes', () => {
    expect(referralErrors(valid(), TODAY, KNOWN)).toEqual({});
    expect(referralInput(valid({ knownConsentsAndOrders: '  ' }))).toEqual({
      youthId: YOUTH,
      reasons: 'Returned with a new phone.',
      indicators: ['Repeated running away'],
      urgency: 'ROUTINE',
      urgencyReason: null,
      safetyConcerns: 'None known.',
      knownConsentsAndOrders: null,
    });
  });

  it('says in a sentence what each empty or wrong field needs', () => {
    const errors = referralErrors(emptyReferral(''), TODAY, KNOWN);
    expect(Object.keys(errors).sort()).toEqual(['reasons', 'safetyConcerns', 'urgency', 'youthId']);
    for (const message of Object.values(errors)) sentence(message);
    expect(referralErrors(valid({ urgency: 'URGENT' }), TODAY, KNOWN)).toEqual({
      urgencyReason: 'Say why it cannot wait for the monthly meeting.',
    });
    expect(referralErrors(valid({ indicators: ['Wears red'] }), TODAY, KNOWN).indicators).toBe(
      'Choose indicators from the list only.',
    );
    expect(referralErrors(valid({ reasons: 'x'.repeat(4001) }), TODAY, KNOWN).reasons).toBe(
      'Keep the reasons to 4000 characters.',
    );
    sentence(referralErrors(valid({ reasons: 'a\u0000b' }), TODAY, KNOWN).reasons);
    sentence(referralErrors(valid({ youthId: 'nope' }), TODAY, KNOWN).youthId);
  });

  it('asks for the local id, names and a real, past date of birth of a youth not yet in the hub', () => {
    const fresh = valid({ kind: 'NEW' });
    expect(Object.keys(referralErrors(fresh, TODAY, KNOWN)).sort()).toEqual([
      'dateOfBirth',
      'familyName',
      'givenName',
      'localId',
    ]);
    const named = { ...fresh, localId: 'CW-1', givenName: 'Ana', familyName: 'Doe' };
    expect(referralErrors({ ...named, dateOfBirth: '2011-02-30' }, TODAY, KNOWN).dateOfBirth).toBe(
      'The date of birth is not a real date.',
    );
    expect(referralErrors({ ...named, dateOfBirth: '2027-01-01' }, TODAY, KNOWN).dateOfBirth).toBe(
      'The date of birth cannot be in the future.',
    );
    expect(referralErrors({ ...named, localId: 'has space', dateOfBirth: '2011-02-03' }, TODAY, KNOWN)).toEqual({
      localId: 'Your agency’s number must be 1 to 100 characters, without spaces.',
    });
    expect(referralInput({ ...named, dateOfBirth: '2011-02-03' })).toMatchObject({
      localId: 'CW-1',
      givenName: 'Ana',
      familyName: 'Doe',
      dateOfBirth: '2011-02-03',
    });
  });
});

describe('the decision and roster forms', () => {
  it('a decision needs a choice and a reason; a youth to link only when accepting', () => {
    expect(decisionErrors({ decision: '', reason: '', linkYouthId: '' })).toEqual({
      decision: 'Choose to accept or decline the referral.',
      reason: 'Say why.',
    });
    expect(decisionErrors({ decision: 'DECLINED', reason: ' ', linkYouthId: YOUTH })).toEqual({
      reason: 'Say why the referral is declined: the referrer will read it.',
      linkYouthId: 'A youth is linked only when the referral is accepted.',
    });
    expect(decisionErrors({ decision: 'ACCEPTED', reason: 'Confirmed', linkYouthId: YOUTH })).toEqual({});
  });

  it('adding and ending a membership need a member chosen and a reason', () => {
    expect(addMemberErrors({ memberSub: '', reason: '' })).toEqual({
      memberSub: 'Choose the member to add from the MDT member directory.',
      reason: 'Say why the member joins the team.',
    });
    expect(addMemberErrors({ memberSub: 'mentor lee', reason: 'x' }).memberSub).toBe(
      'A user id has no spaces and at most 200 characters.',
    );
    expect(endErrors('')).toEqual({ reason: 'Say why the membership ends.' });
    expect(endErrors('Moved away')).toEqual({});
  });
});
