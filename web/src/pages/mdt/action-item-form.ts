// The status change of an action item and its checks, kept apart from the page so they can be unit-tested.
export type ActionItemStatusChoice = 'OPEN' | 'DONE' | 'DROPPED';

export interface StatusDraft {
  status: ActionItemStatusChoice | '';
  note: string;
}

export type StatusErrors = Partial<Record<keyof StatusDraft, string>>;

export const NOTE_MAX = 2000;

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
