// The agenda builder's draft and its checks, kept apart from the page so they can be unit-tested.
// The registry checks the same again and names the field (BAD_USER_INPUT): these say it first, in a sentence.

export type MeetingKindChoice = 'MONTHLY' | 'URGENT';

export interface ScheduleDraft {
  /** The county date and time of the start (an `<input type="datetime-local">` value, YYYY-MM-DDTHH:MM). */
  startsAt: string;
  kind: MeetingKindChoice;
  trigger: string;
  triggeredAt: string;
  /** The youths on the agenda, in slot order. */
  youthIds: string[];
  /** Minutes per youth. */
  minutes: number;
  invitees: string[];
}

export type ScheduleErrors = Partial<Record<keyof ScheduleDraft, string>>;

export const MAX_AGENDA = 12;
const URGENT_WINDOW_MS = 72 * 3_600_000;
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * What is wrong with a draft, field by field, each as a sentence. `toInstant` reads a county
 * wall-clock time (null when it is not one); `now` is the current instant.
 */
export function scheduleErrors(d: ScheduleDraft, toInstant: (local: string) => Date | null, now: Date): ScheduleErrors {
  const errors: ScheduleErrors = {};
  const start = LOCAL.test(d.startsAt) ? toInstant(d.startsAt) : null;
  if (!d.startsAt) errors.startsAt = 'Enter the date and time of the meeting.';
  else if (!start) errors.startsAt = 'Enter the date and time as a real date and time in the county.';
  else if (start.getTime() <= now.getTime()) errors.startsAt = 'The meeting must start in the future.';
  if (d.kind === 'URGENT') {
    if (!d.trigger) errors.trigger = 'Say what the urgent meeting answers to.';
    const at = LOCAL.test(d.triggeredAt) ? toInstant(d.triggeredAt) : null;
    if (!d.triggeredAt) errors.triggeredAt = 'Enter when it happened.';
    else if (!at) errors.triggeredAt = 'Enter when it happened as a real date and time in the county.';
    else if (at.getTime() > now.getTime()) errors.triggeredAt = 'It cannot have happened in the future.';
    else if (start && !errors.startsAt && start.getTime() > at.getTime() + URGENT_WINDOW_MS) {
      errors.startsAt = 'An urgent meeting must start within 72 hours after what it answers to.';
    }
  }
  if (!d.youthIds.length) errors.youthIds = 'Choose at least one youth for the agenda.';
  else if (d.youthIds.length > MAX_AGENDA) errors.youthIds = `Put at most ${MAX_AGENDA} youths on one agenda.`;
  if (!Number.isInteger(d.minutes) || d.minutes < 5 || d.minutes > 240) {
    errors.minutes = 'Give each youth 5 to 240 minutes.';
  }
  if (!d.invitees.length) errors.invitees = 'Invite at least one member.';
  return errors;
}

/** Each youth's slot: one after another from the start. */
export function slots(
  startsAt: string,
  youthIds: readonly string[],
  minutes: number,
  toInstant: (local: string) => Date | null,
  toLocal: (at: Date) => string,
) {
  const start = toInstant(startsAt)!;
  return youthIds.map((youthId, i) => ({
    youthId,
    startsAt: toLocal(new Date(start.getTime() + i * minutes * 60_000)),
    minutes,
  }));
}
