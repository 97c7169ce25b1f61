// The status change of an action item and its checks, kept apart from the page so they can be unit-tested.
export type ActionItemStatusChoice = 'OPEN' | 'DONE' | 'DROPPED';

export interface StatusDraft {
  status: ActionItemStatusChoice | '';
  note: string;
}

export type StatusErrors = Partial<Record<keyof StatusDraft, string>>;

/** The registry keeps a status note to 1000 characters (MAX_REASON). */
export const NOTE_MAX = 1000;

/** What is wrong with a status change, field by field, each as a sentence. */
export function statusErrors(d: StatusDraft, current: string): StatusErrors {
  const errors: StatusErrors = {};
  const note = d.note.trim();
  if (!d.status) errors.status = 'Choose the new status.';
  else if (d.status === current) errors.status = 'Choose a status other than the current one.';
  if (d.status === 'DROPPED' && !note) errors.note = 'Say why the action item is dropped.';
  else if (note.length > NOTE_MAX) errors.note = `Keep the note to ${NOTE_MAX} characters.`;
  else if (note.includes('\u0000')) errors.note = 'The note contains a character that cannot be stored.';
  return errors;
}

/** A new action item as the meeting page drafts it: what, whose, due when. */
export interface ItemDraft {
  text: string;
  ownerSub: string;
  dueOn: string;
}

export type ItemErrors = Partial<Record<keyof ItemDraft, string>>;

/** The registry keeps an action item's text to 2000 characters. */
export const ITEM_MAX = 2000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const realDate = (day: string) => DATE.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;

/**
 * What is wrong with a new action item, field by field, each as a sentence: the owner must be one of
 * `owners` (the youth's team today), the due date today (`today`, the county's date) or later.
 */
export function itemErrors(d: ItemDraft, today: string, owners: readonly string[]): ItemErrors {
  const errors: ItemErrors = {};
  const text = d.text.trim();
  if (!text) errors.text = 'Say what is to be done.';
  else if (text.length > ITEM_MAX) errors.text = `Keep the action item to ${ITEM_MAX} characters.`;
  else if (text.includes('\u0000')) errors.text = 'The action item contains a character that cannot be stored.';
  if (!d.ownerSub) errors.ownerSub = 'Choose who owns the action item.';
  else if (!owners.includes(d.ownerSub)) errors.ownerSub = 'The owner must be on the youth’s team today.';
  if (!d.dueOn) errors.dueOn = 'Give the due date.';
  else if (!realDate(d.dueOn)) errors.dueOn = 'Give the due date as a date.';
  else if (d.dueOn < today) errors.dueOn = 'The due date must be today or later.';
  return errors;
}

/** An amendment of a note: the new text and why. */
export interface AmendDraft {
  text: string;
  reason: string;
}

export type AmendErrors = Partial<Record<keyof AmendDraft, string>>;

/** The registry keeps a note to 10,000 characters and a reason to 1000. */
export const NOTE_TEXT_MAX = 10_000;
export const REASON_MAX = 1000;

/** What is wrong with an amendment, field by field, each as a sentence; `current` is the note as it reads now. */
export function amendErrors(d: AmendDraft, current: string): AmendErrors {
  const errors: AmendErrors = {};
  const text = d.text.trim();
  const reason = d.reason.trim();
  if (!text) errors.text = 'Write the note as amended.';
  else if (text.length > NOTE_TEXT_MAX) errors.text = 'A note is at most 10,000 characters.';
  else if (text.includes('\u0000')) errors.text = 'The note contains a character that cannot be stored.';
  else if (text === current.trim()) errors.text = 'Change the text: the amendment reads the same as the note.';
  if (!reason) errors.reason = 'Say why the note is amended.';
  else if (reason.length > REASON_MAX) errors.reason = `Keep the reason to ${REASON_MAX} characters.`;
  else if (reason.includes('\u0000')) errors.reason = 'The reason contains a character that cannot be stored.';
  return errors;
}
