// The roster's forms and their checks, kept apart from the page so they can be unit-tested.
export const REASON_MAX = 1000;
const SUB_MAX = 200;

function reasonError(value: string, empty: string): string | undefined {
  const reason = value.trim();
  if (!reason) return empty;
  if (reason.length > REASON_MAX) return `Keep the reason to ${REASON_MAX} characters.`;
  if (reason.includes('\u0000')) return 'The reason contains a character that cannot be stored.';
  return undefined;
}

export function addMemberErrors(d: { memberSub: string; reason: string }): { memberSub?: string; reason?: string } {
  const errors: { memberSub?: string; reason?: string } = {};
  const sub = d.memberSub.trim();
  if (!sub) errors.memberSub = 'Choose the member to add from the MDT member directory.';
  else if (sub.length > SUB_MAX || /\s|\u0000/.test(sub))
    errors.memberSub = 'A user id has no spaces and at most 200 characters.';
  const reason = reasonError(d.reason, 'Say why the member joins the team.');
  if (reason) errors.reason = reason;
  return errors;
}

export function endErrors(value: string): { reason?: string } {
  const reason = reasonError(value, 'Say why the membership ends.');
  return reason ? { reason } : {};
}
