// The referral form's draft and its checks, kept apart from the page so they can be unit-tested.
// The registry checks the same again (BAD_USER_INPUT naming the field); these say it as sentences.

export type YouthKind = 'REGISTERED' | 'NEW';

export interface ReferralDraft {
  kind: YouthKind;
  youthId: string;
  localId: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  reasons: string;
  indicators: string[];
  urgency: 'ROUTINE' | 'URGENT' | '';
  urgencyReason: string;
  safetyConcerns: string;
  knownConsentsAndOrders: string;
}

export type ReferralErrors = Partial<Record<keyof ReferralDraft, string>>;

export const REASONS_MAX = 4000;
export const URGENCY_MAX = 2000;
export const KNOWN_MAX = 2000;
export const NAME_MAX = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_ID = /^[\x21-\x7e]{1,100}$/;

export const emptyReferral = (youthId = ''): ReferralDraft => ({
  kind: 'REGISTERED',
  youthId,
  localId: '',
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  reasons: '',
  indicators: [],
  urgency: '',
  urgencyReason: '',
  safetyConcerns: '',
  knownConsentsAndOrders: '',
});

const unstorable = (text: string) => text.includes('\u0000');

function text(value: string, max: number, empty: string, what: string): string | undefined {
  const t = value.trim();
  if (!t) return empty;
  if (t.length > max) return `Keep ${what} to ${max} characters.`;
  if (unstorable(t)) return `${what[0]!.toUpperCase()}${what.slice(1)} contains a character that cannot be stored.`;
  return undefined;
}

/** What is wrong with the referral, field by field, each as a sentence. `today` is the county's date. */
export function referralErrors(d: ReferralDraft, today: string, known: readonly string[]): ReferralErrors {
  const errors: ReferralErrors = {};
  const set = (field: keyof ReferralDraft, message: string | undefined) => {
    if (message) errors[field] = message;
  };
  if (d.kind === 'REGISTERED') {
    if (!d.youthId.trim())
      errors.youthId = 'Give the youth’s hub id (open the youth from your caseload and choose Refer to the MDT).';
    else if (!UUID.test(d.youthId.trim()))
      errors.youthId = 'The hub id is not one the hub gives (it looks like 187d5535-…).';
  } else {
    const local = d.localId.trim();
    if (!local) errors.localId = 'Give your agency’s own number for the youth.';
    else if (!LOCAL_ID.test(local))
      errors.localId = 'Your agency’s number must be 1 to 100 characters, without spaces.';
    set('givenName', text(d.givenName, NAME_MAX, 'Give the youth’s given name.', 'the given name'));
    set('familyName', text(d.familyName, NAME_MAX, 'Give the youth’s family name.', 'the family name'));
    const dob = d.dateOfBirth.trim();
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(dob) ? new Date(`${dob}T00:00:00Z`) : null;
    if (!dob) errors.dateOfBirth = 'Give the youth’s date of birth.';
    else if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== dob) {
      errors.dateOfBirth = 'The date of birth is not a real date.';
    } else if (dob > today) errors.dateOfBirth = 'The date of birth cannot be in the future.';
    else if (Number(today.slice(0, 4)) - Number(dob.slice(0, 4)) > 26) {
      errors.dateOfBirth = 'The date of birth is that of an adult: the MDT serves youths.';
    }
  }
  set('reasons', text(d.reasons, REASONS_MAX, 'Say why you refer the youth and what you observed.', 'the reasons'));
  if (d.indicators.some((i) => !known.includes(i))) errors.indicators = 'Choose indicators from the list only.';
  if (!d.urgency) errors.urgency = 'Choose whether the referral is routine or urgent.';
  if (d.urgency === 'URGENT') {
    set(
      'urgencyReason',
      text(d.urgencyReason, URGENCY_MAX, 'Say why it cannot wait for the monthly meeting.', 'the reason for urgency'),
    );
  }
  set(
    'safetyConcerns',
    text(
      d.safetyConcerns,
      REASONS_MAX,
      'Describe the current safety concerns, or say that none are known.',
      'the safety concerns',
    ),
  );
  const knownText = d.knownConsentsAndOrders.trim();
  if (knownText.length > KNOWN_MAX) errors.knownConsentsAndOrders = `Keep this to ${KNOWN_MAX} characters.`;
  else if (unstorable(knownText)) errors.knownConsentsAndOrders = 'This contains a character that cannot be stored.';
  return errors;
}

/** The mutation's input from a checked draft. */
export function referralInput(d: ReferralDraft) {
  const optional = (v: string) => v.trim() || null;
  return {
    ...(d.kind === 'REGISTERED'
      ? { youthId: d.youthId.trim() }
      : {
          localId: d.localId.trim(),
          givenName: d.givenName.trim(),
          familyName: d.familyName.trim(),
          dateOfBirth: d.dateOfBirth.trim(),
        }),
    reasons: d.reasons.trim(),
    indicators: d.indicators,
    urgency: d.urgency as 'ROUTINE' | 'URGENT',
    urgencyReason: d.urgency === 'URGENT' ? d.urgencyReason.trim() : null,
    safetyConcerns: d.safetyConcerns.trim(),
    knownConsentsAndOrders: optional(d.knownConsentsAndOrders),
  };
}

/** The decision form: a decision and its reason; a youth id only to link a referral of a youth not yet registered. */
export interface DecisionDraft {
  decision: 'ACCEPTED' | 'DECLINED' | '';
  reason: string;
  linkYouthId: string;
}
export type DecisionErrors = Partial<Record<keyof DecisionDraft, string>>;
export const DECISION_MAX = 2000;

export function decisionErrors(d: DecisionDraft): DecisionErrors {
  const errors: DecisionErrors = {};
  if (!d.decision) errors.decision = 'Choose to accept or decline the referral.';
  const reason = text(
    d.reason,
    DECISION_MAX,
    d.decision === 'DECLINED' ? 'Say why the referral is declined: the referrer will read it.' : 'Say why.',
    'the reason',
  );
  if (reason) errors.reason = reason;
  const link = d.linkYouthId.trim();
  if (link && d.decision !== 'ACCEPTED') errors.linkYouthId = 'A youth is linked only when the referral is accepted.';
  else if (link && !UUID.test(link))
    errors.linkYouthId = 'The hub id is not one the hub gives (it looks like 187d5535-…).';
  return errors;
}
