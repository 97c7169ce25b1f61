import { describe, expect, it } from 'vitest';
import { amendErrors, itemErrors, statusErrors } from '../../src/pages/mdt/action-item-form.ts';

describe("an action item's status change", () => {
  it('needs a new status, other than the current one', () => {
    expect(statusErrors({ status: '', note: '' }, 'OPEN')).toEqual({ status: 'Choose the new status.' });
    expect(statusErrors({ status: 'OPEN', note: '' }, 'OPEN')).toEqual({
      status: 'Choose a status other than the current one.',
    });
  });
  it('needs a reason to drop an item, not to close or reopen one', () => {
    expect(statusErrors({ status: 'DROPPED', note: '  ' }, 'OPEN')).toEqual({
      note: 'Say why the action item is dropped.',
    });
    expect(statusErrors({ status: 'DROPPED', note: 'Youth moved out of county.' }, 'OPEN')).toEqual({});
    expect(statusErrors({ status: 'DONE', note: '' }, 'OPEN')).toEqual({});
    expect(statusErrors({ status: 'OPEN', note: '' }, 'DONE')).toEqual({});
  });
  it('refuses an oversized note or a NUL byte, in a sentence', () => {
    expect(statusErrors({ status: 'DONE', note: 'x'.repeat(1001) }, 'OPEN').note).toBe(
      'Keep the note to 1000 characters.',
    );
    expect(statusErrors({ status: 'DONE', note: 'a\u0000b' }, 'OPEN').note).toBe(
      'The note contains a character that cannot be stored.',
    );
  });
});

describe('a new action item on the meeting page', () => {
  const TODAY = '2026-12-03';
  const owners = ['sw-garcia', 'coord-ortiz'];
  const ok = { text: 'Call the placement about the curfew.', ownerSub: 'sw-garcia', dueOn: '2026-12-10' };
  it('needs what, an owner on the team today and a due date from today, each said in a sentence', () => {
    expect(itemErrors({ text: ' ', ownerSub: '', dueOn: '' }, TODAY, owners)).toEqual({
      text: 'Say what is to be done.',
      ownerSub: 'Choose who owns the action item.',
      dueOn: 'Give the due date.',
    });
    expect(itemErrors(ok, TODAY, owners)).toEqual({});
    expect(itemErrors({ ...ok, dueOn: TODAY }, TODAY, owners)).toEqual({});
    expect(itemErrors({ ...ok, dueOn: '2026-12-02' }, TODAY, owners)).toEqual({
      dueOn: 'The due date must be today or later.',
    });
    expect(itemErrors({ ...ok, dueOn: '2026-02-30' }, TODAY, owners).dueOn).toBe('Give the due date as a date.');
    expect(itemErrors({ ...ok, ownerSub: 'mentor-lee' }, TODAY, owners).ownerSub).toBe(
      'The owner must be on the youth’s team today.',
    );
    expect(itemErrors({ ...ok, text: 'x'.repeat(2001) }, TODAY, owners).text).toBe(
      'Keep the action item to 2000 characters.',
    );
    expect(itemErrors({ ...ok, text: 'a\u0000b' }, TODAY, owners).text).toBe(
      'The action item contains a character that cannot be stored.',
    );
  });
});

describe("an amendment of a meeting's note", () => {
  it('needs a changed text and a reason, each said in a sentence', () => {
    expect(amendErrors({ text: '', reason: '' }, 'The note.')).toEqual({
      text: 'Write the note as amended.',
      reason: 'Say why the note is amended.',
    });
    expect(amendErrors({ text: ' The note. ', reason: 'Typo' }, 'The note.')).toEqual({
      text: 'Change the text: the amendment reads the same as the note.',
    });
    expect(amendErrors({ text: 'The note, corrected.', reason: 'x'.repeat(1001) }, 'The note.')).toEqual({
      reason: 'Keep the reason to 1000 characters.',
    });
    expect(amendErrors({ text: 'The note, corrected.', reason: 'The date was wrong.' }, 'The note.')).toEqual({});
  });
});
