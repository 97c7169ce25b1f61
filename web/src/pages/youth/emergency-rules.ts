// The emergency form's checks and the countdown's text, kept apart from the page so they can be unit-tested.
export const REASON_MIN = 20;
export const REASON_MAX = 2000;

/** What is wrong with an emergency reason, or null. */
export function reasonProblem(reason: string): string | null {
  const length = reason.trim().length;
  if (length < REASON_MIN) return `Give at least ${REASON_MIN} characters (now ${length}).`;
  if (length > REASON_MAX) return `Keep it to ${REASON_MAX} characters (now ${length}).`;
  return null;
}

export function formatRemaining(ms: number): string {
  if (ms <= 0) return 'expired';
  const s = Math.floor(ms / 1000);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  return `${hh}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}
